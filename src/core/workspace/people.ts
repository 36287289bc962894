/**
 * People as identities across a workspace: one resolution rule for every feature (the Open Actions view, the person
 * picker, the export, references, rename, hover), and every place a person is written.
 *
 * The rule: an owner is who its own file's roster (and the `minutes.people` setting) says; an owner the file cannot
 * place is looked up in every roster of the workspace; an owner that is ambiguous in its file, or across the
 * workspace, stays ambiguous (reported, never guessed); an owner no roster knows is a person of that written name.
 */
import type { Action, MinutesDocument, OwnerRef, Range, RosterEntry } from '../model';
import { normaliseKey as writtenKey, PeopleResolver, Spellings, type Resolution } from '../people';

/** A person's identity: their full name, as a roster or the `minutes.people` setting writes it. */
export type PersonId = string;

export interface PeopleFile {
  key: string;
  path: string;
  document: MinutesDocument;
}

/** A roster entry naming a person: where they are defined. */
export interface Definition {
  kind: 'definition';
  file: PeopleFile;
  entry: RosterEntry;
  range: Range;
}

/** An action's owner naming a person. */
export interface Reference {
  kind: 'reference';
  file: PeopleFile;
  action: Action;
  owner: OwnerRef;
  range: Range;
}

export type Occurrence = Definition | Reference;

export interface Person {
  id: PersonId;
  /** Every alias and handle a roster or the setting gives them, without the `@`, sorted. */
  aliases: string[];
  /** In the `minutes.people` setting. */
  inSettings: boolean;
}

/**
 * The people of a set of parsed files. Built once per index generation (`WorkspaceIndex.people()`); its look-ups are
 * computed on first use and kept.
 */
export class WorkspacePeople {
  private readonly resolver: PeopleResolver;
  private byId?: Map<PersonId, Occurrence[]>;
  private ambiguousByWritten?: Map<string, Reference[]>;
  private everyone?: Map<PersonId, Person>;
  /** An owner no roster names is one person whatever its letter case (`@MJ`, `@mj`). */
  private readonly spellings = new Spellings();

  constructor(
    readonly files: readonly PeopleFile[],
    private readonly extra: Record<string, string[]> = {},
  ) {
    this.resolver = new PeopleResolver(distinctPeople(files), extra);
  }

  /** A name as written anywhere in the workspace: one person, ambiguous, or unknown to every roster. */
  resolve(written: string): Resolution {
    return this.resolver.resolve(written);
  }

  /** The one rule: the owner's file first (the parser's answer), then the workspace. */
  resolveOwner(owner: OwnerRef): Resolution {
    if (owner.person !== undefined) return { person: owner.person };
    if (owner.ambiguous !== undefined) return { ambiguous: owner.ambiguous };
    return this.resolve(owner.text);
  }

  /** Who an owner is, for grouping and filtering: the person, else the name as written. */
  ownerId(owner: OwnerRef): PersonId {
    const resolution = this.resolveOwner(owner);
    return 'person' in resolution ? resolution.person : this.spellings.of(owner.text);
  }

  /** An action's owners as people, without repeats. */
  ownersOf(action: Action): PersonId[] {
    const ids = action.owners.map((owner) => this.ownerId(owner));
    return ids.length < 2 ? ids : [...new Set(ids)];
  }

  private index(): Map<PersonId, Occurrence[]> {
    if (this.byId) return this.byId;
    const byId = new Map<PersonId, Occurrence[]>();
    const ambiguous = new Map<string, Reference[]>();
    const add = (id: PersonId, occurrence: Occurrence): void => {
      const list = byId.get(id);
      if (list) list.push(occurrence);
      else byId.set(id, [occurrence]);
    };
    for (const file of this.files) {
      for (const entry of file.document.roster) add(entry.name, { kind: 'definition', file, entry, range: entry.range });
      for (const action of file.document.actions) {
        for (const owner of action.owners) {
          const reference: Reference = { kind: 'reference', file, action, owner, range: owner.range };
          const resolution = this.resolveOwner(owner);
          if ('ambiguous' in resolution) {
            const key = writtenKey(owner.text);
            ambiguous.set(key, [...(ambiguous.get(key) ?? []), reference]);
          } else {
            add('person' in resolution ? resolution.person : owner.text, reference);
          }
        }
      }
    }
    this.ambiguousByWritten = ambiguous;
    this.byId = byId;
    return byId;
  }

  /** Every roster entry and owner that names this person, in file order. */
  occurrences(id: PersonId): Occurrence[] {
    return this.index().get(id) ?? [];
  }

  /** The owners written this way that could be more than one person. */
  ambiguousOccurrences(written: string): Reference[] {
    this.index();
    return this.ambiguousByWritten?.get(writtenKey(written)) ?? [];
  }

  /** Everybody on a roster, in the setting, or owning an action, by id. */
  private people(): Map<PersonId, Person> {
    if (this.everyone) return this.everyone;
    const people = new Map<PersonId, Person>();
    const person = (id: PersonId): Person => {
      let found = people.get(id);
      if (!found) people.set(id, (found = { id, aliases: [], inSettings: false }));
      return found;
    };
    const addAliases = (target: Person, aliases: readonly string[]): void => {
      for (const alias of aliases) if (alias !== target.id && !target.aliases.includes(alias)) target.aliases.push(alias);
    };
    for (const file of this.files) for (const entry of file.document.roster) addAliases(person(entry.name), entry.aliases);
    for (const [name, aliases] of Object.entries(this.extra)) {
      const target = person(name);
      target.inSettings = true;
      addAliases(target, aliases);
    }
    for (const id of this.index().keys()) person(id);
    for (const found of people.values()) found.aliases.sort((a, b) => a.localeCompare(b));
    this.everyone = people;
    return people;
  }

  person(id: PersonId): Person | undefined {
    return this.people().get(id);
  }

  /** Everybody, sorted by name. */
  all(): Person[] {
    return [...this.people().values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

/**
 * Every roster entry with a name and aliases not seen before, in order. Ten thousand files repeat the same few hundred
 * people, and a resolver reads only names and aliases: a repeated entry adds nothing to it, so the resolver over these
 * resolves as the one over every entry does, built in a fraction of the time (the Open Actions view waits for it).
 */
function distinctPeople(files: readonly PeopleFile[]): { name: string; aliases: readonly string[] }[] {
  // By name, the alias lists seen with it (mostly one); strings from the cache are shared, so comparing is cheap.
  const seen = new Map<string, (readonly string[])[]>();
  const entries: { name: string; aliases: readonly string[] }[] = [];
  for (const file of files) {
    for (const entry of file.document.roster) {
      const lists = seen.get(entry.name);
      if (lists === undefined) seen.set(entry.name, [entry.aliases]);
      else if (lists.some((aliases) => sameStrings(aliases, entry.aliases))) continue;
      else lists.push(entry.aliases);
      entries.push(entry);
    }
  }
  return entries;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Find All References and Go to Definition for people: every roster entry and owner that names the person at a
 * position, across the workspace; the roster entry that defines them.
 */
import type { Action, Range } from '../model';
import type { Definition, Occurrence, PeopleFile, PersonId, WorkspacePeople } from '../workspace/people';
import type { PersonMention } from './mentions';

export interface Location {
  key: string;
  range: Range;
}

export type ReferencesResult =
  | { person: PersonId; locations: Location[] }
  /** The name could be any of these people: the owners written the same way are listed, nobody is guessed. */
  | { ambiguous: string[]; written: string; locations: Location[] };

function location(occurrence: Occurrence): Location {
  return { key: occurrence.file.key, range: occurrence.range };
}

/** Who the mention names, when it names one person (someone no roster knows is the name as written). */
export function personOf(mention: PersonMention): PersonId | undefined {
  const { resolution } = mention;
  if ('person' in resolution) return resolution.person;
  if ('unknown' in resolution) return mention.written;
  return undefined;
}

/**
 * Every place that names the person at `mention`. `superseded` tells which actions a later meeting carried on (the
 * action log's): such an action is listed once, where it stands now, as the Open Actions view lists it.
 */
export function references(people: WorkspacePeople, mention: PersonMention, includeDefinitions = true, superseded: (action: Action) => boolean = () => false): ReferencesResult {
  const id = personOf(mention);
  if (id === undefined) {
    const candidates = 'ambiguous' in mention.resolution ? mention.resolution.ambiguous : [];
    const written = people.ambiguousOccurrences(mention.written).filter((o) => !superseded(o.action));
    return { ambiguous: candidates, written: mention.written, locations: written.map(location) };
  }
  const occurrences = people.occurrences(id).filter((o) => (o.kind === 'reference' ? !superseded(o.action) : includeDefinitions));
  return { person: id, locations: occurrences.map(location) };
}

function rank(role: string): number {
  return role === 'copy' ? 1 : 0;
}

/**
 * The roster entry that defines a person: an Attended or Apologies entry of the latest meeting that lists them (by
 * the meeting's date; undated meetings count as oldest), else a "Copies to" entry; else the `minutes.people`
 * setting; else nothing.
 */
export function definitionOf(people: WorkspacePeople, id: PersonId): { definition: Definition } | { inSettings: true } | undefined {
  const definitions = people.occurrences(id).filter((o): o is Definition => o.kind === 'definition');
  const latest = (file: PeopleFile): string => file.document.date ?? '';
  const best = [...definitions].sort(
    (a, b) => rank(a.entry.role) - rank(b.entry.role) || latest(b.file).localeCompare(latest(a.file)) || b.file.path.localeCompare(a.file.path),
  )[0];
  if (best) return { definition: best };
  return people.person(id)?.inSettings ? { inSettings: true } : undefined;
}

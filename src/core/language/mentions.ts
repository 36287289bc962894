/**
 * What is written at a position of a minutes document: a person (an owner, a roster entry's name or alias) or an
 * action's due date. The look-up every language feature starts from.
 */
import type { Action, MinutesDocument, OwnerRef, Position, Range, RosterEntry } from '../model';
import { LineIndex } from '../model';
import type { Resolution } from '../people';
import type { WorkspacePeople } from '../workspace/people';

export interface PersonMention {
  kind: 'person';
  /** The name as written here (an alias or handle without its `@`). */
  written: string;
  /** Where it is written: the owner, or on a roster entry the name or alias (the whole entry when not found). */
  range: Range;
  resolution: Resolution;
  /** On an action: the owner and its action. */
  owner?: OwnerRef;
  action?: Action;
  /** On a roster entry. */
  entry?: RosterEntry;
}

export interface DueMention {
  kind: 'due';
  range: Range;
  action: Action;
}

export type Mention = PersonMention | DueMention;

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function contains(range: Range, position: Position): boolean {
  return before(range.start, position) && before(position, range.end);
}

/** The person or due date at a position. `text` is the document's text, to tell a roster entry's name from its aliases. */
export function mentionAt(document: MinutesDocument, position: Position, people: WorkspacePeople, text?: string): Mention | undefined {
  for (const action of document.actions) {
    if (position.line < action.range.start.line || position.line > action.range.end.line) continue;
    for (const owner of action.owners) {
      if (contains(owner.range, position)) return { kind: 'person', written: owner.text, range: owner.range, resolution: people.resolveOwner(owner), owner, action };
    }
    if (action.dueRange && contains(action.dueRange, position)) return { kind: 'due', range: action.dueRange, action };
  }
  for (const entry of document.roster) {
    if (!contains(entry.range, position)) continue;
    const parts = text === undefined ? undefined : rosterEntryParts(text, entry);
    const alias = parts?.aliases.find((part) => contains(part.range, position));
    if (alias) return { kind: 'person', written: alias.alias, range: alias.range, resolution: { person: entry.name }, entry };
    return { kind: 'person', written: entry.name, range: parts?.name ?? entry.range, resolution: { person: entry.name }, entry };
  }
  return undefined;
}

const WORD_CHAR = /[\p{L}\p{N}._-]/u;

/** Where `word` stands alone in `text` (not inside a longer word), from `from`; -1 when it does not. */
function findWord(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const previous = text[at - 1];
    const next = text[at + word.length];
    if ((previous === undefined || !WORD_CHAR.test(previous)) && (next === undefined || !WORD_CHAR.test(next))) return at;
  }
  return -1;
}

export interface RosterEntryParts {
  /** The name as written, when the entry writes it as the roster reads it (not inside emphasis split by marks). */
  name?: Range;
  /** Whether the name is written as an @handle (`@mjones`). */
  nameIsHandle: boolean;
  /** Each alias and handle the entry writes, without the `@`. */
  aliases: { alias: string; range: Range }[];
}

/** Where a roster entry writes its name and each alias, read from the document's text. */
export function rosterEntryParts(text: string, entry: RosterEntry, lines: LineIndex = new LineIndex(text)): RosterEntryParts {
  const start = lines.offset(entry.range.start);
  const raw = text.slice(start, lines.offset(entry.range.end));
  const nameAt = findWord(raw, entry.name);
  const nameEnd = nameAt < 0 ? 0 : nameAt + entry.name.length;
  const aliases: RosterEntryParts['aliases'] = [];
  for (const alias of entry.aliases) {
    if (alias === entry.name) continue;
    const at = findWord(raw, alias, nameEnd);
    if (at >= 0) aliases.push({ alias, range: lines.range(start + at, start + at + alias.length) });
  }
  return {
    name: nameAt < 0 ? undefined : lines.range(start + nameAt, start + nameEnd),
    nameIsHandle: nameAt > 0 && raw[nameAt - 1] === '@',
    aliases,
  };
}

/** Where an owner writes its name, without a leading `@` or emphasis around it; undefined when not found as read. */
export function ownerNameRange(text: string, owner: OwnerRef, lines: LineIndex = new LineIndex(text)): Range | undefined {
  const start = lines.offset(owner.range.start);
  const at = text.slice(start, lines.offset(owner.range.end)).indexOf(owner.text);
  return at < 0 ? undefined : lines.range(start + at, start + at + owner.text.length);
}

/**
 * Rename Symbol for people. On a full name: the roster entries that name them and every owner written in full, in
 * every minutes file. On an alias or handle: that alias on the rosters and every owner written as it. What a person
 * is called otherwise (aliases on a full-name rename, the full name on an alias rename) is left alone.
 */
import { replaceCell, type TextEdit } from '../edits';
import { LineIndex, type Action, type MinutesDocument, type Range } from '../model';
import { normaliseKey } from '../people';
import type { PersonId, WorkspacePeople } from '../workspace/people';
import { ownerNameRange, rosterEntryParts, type PersonMention } from './mentions';
import { personOf } from './references';

/** What a rename changes: a person's full name, or one of their aliases. */
export interface RenameTarget {
  person: PersonId;
  alias?: string;
}

const ALIAS = /^[\p{L}\p{N}._-]{1,20}$/u;

/** What F2 on the mention would rename, or why it cannot. */
export function renameTarget(people: WorkspacePeople, mention: PersonMention): RenameTarget | { error: string } {
  const id = personOf(mention);
  if (id === undefined) {
    const candidates = 'ambiguous' in mention.resolution ? mention.resolution.ambiguous : [];
    return { error: `"${mention.written}" could be ${orList(candidates)}: rename where the person is written in full.` };
  }
  const written = normaliseKey(mention.written);
  if (written === normaliseKey(id)) {
    // Somebody a roster knows only by a handle (`- @rob`): the name is the handle, renamed as one.
    const handleOnly = people.occurrences(id).some((o) => o.kind === 'definition' && o.entry.aliases.includes(id));
    return handleOnly ? { person: id, alias: id } : { person: id };
  }
  const person = people.person(id);
  const alias = person?.aliases.find((a) => normaliseKey(a) === written);
  if (alias !== undefined) return { person: id, alias };
  return { error: `"${mention.written}" is how ${id} is known here, not an alias on a roster: rename ${id} where the full name is written.` };
}

function orList(names: readonly string[]): string {
  if (names.length === 0) return 'more than one person';
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Why a new name is refused outright (empty, or not an alias that a handle can write). */
export function invalidNewName(target: RenameTarget, newName: string): string | undefined {
  const name = newName.trim();
  if (!name) return 'A name cannot be empty.';
  if (/[|\n\r]/.test(name)) return 'A name cannot hold a "|" or a line break.';
  if (target.alias !== undefined && !ALIAS.test(name.replace(/^@/, ''))) return `"${name}" cannot be an alias: one word of letters, digits, ".", "_" or "-", up to 20 characters.`;
  return undefined;
}

/** Somebody else who already goes by the new name (or several), so the rename would merge them: ask first. */
export function renameCollision(people: WorkspacePeople, target: RenameTarget, newName: string): string[] {
  const resolution = people.resolve(newName.trim().replace(/^@/, ''));
  if ('person' in resolution) return resolution.person === target.person ? [] : [resolution.person];
  if ('ambiguous' in resolution) return resolution.ambiguous.filter((p) => p !== target.person);
  return [];
}

/** The files a rename may touch: every file that mentions the person. */
export function filesToRename(people: WorkspacePeople, target: RenameTarget): string[] {
  return [...new Set(people.occurrences(target.person).map((o) => o.file.key))];
}

export interface RenameFile {
  key: string;
  path: string;
  /** The text now (the editor's buffer when open) and its parse. */
  text: string;
  document: MinutesDocument;
}

export interface RenameResult {
  edits: Map<string, TextEdit[]>;
  /** Mentions that are not renamed, and why (a name written across emphasis, a name from the settings). */
  skipped: string[];
}

/**
 * The edits of a rename, read from each file's text now: the index may be a moment behind the editor, so the files
 * are parsed afresh and their owners resolved by the same rule.
 */
export function renameEdits(people: WorkspacePeople, target: RenameTarget, newName: string, files: readonly RenameFile[]): RenameResult {
  const name = target.alias === undefined ? newName.trim() : newName.trim().replace(/^@/, '');
  const renamed = normaliseKey(target.alias ?? target.person);
  const result: RenameResult = { edits: new Map(), skipped: [] };
  for (const file of files) {
    const lines = new LineIndex(file.text);
    const edits: TextEdit[] = [];
    const where = (range: Range): string => `${file.path}:${range.start.line + 1}`;
    for (const entry of file.document.roster) {
      if (entry.name !== target.person) continue;
      const parts = rosterEntryParts(file.text, entry, lines);
      if (target.alias === undefined) {
        if (parts.nameIsHandle) continue; // a handle is an alias: left alone
        if (parts.name) edits.push({ range: parts.name, newText: name });
        else result.skipped.push(`${where(entry.range)}: the roster entry does not write "${entry.name}" as one piece of text`);
      } else {
        if (parts.nameIsHandle && parts.name && normaliseKey(entry.name) === renamed) edits.push({ range: parts.name, newText: name });
        for (const alias of parts.aliases) if (normaliseKey(alias.alias) === renamed) edits.push({ range: alias.range, newText: name });
      }
    }
    for (const action of file.document.actions) {
      const ranges: Range[] = [];
      for (const owner of action.owners) {
        if (people.ownerId(owner) !== target.person || normaliseKey(owner.text) !== renamed) continue;
        const range = ownerNameRange(file.text, owner, lines);
        if (range) ranges.push(range);
        else result.skipped.push(`${where(owner.range)}: the owner "${owner.text}" is written across emphasis or a link`);
      }
      if (ranges.length > 0) edits.push(...ownerEdits(lines, action, ranges, name));
    }
    if (edits.length > 0) result.edits.set(file.key, edits);
  }
  if (target.alias === undefined && people.person(target.person)?.inSettings) {
    result.skipped.push(`the minutes.people setting names "${target.person}": change it there`);
  }
  return result;
}

/** An owner cell is rewritten whole, so the table stays aligned; elsewhere each name is replaced where it stands. */
function ownerEdits(lines: LineIndex, action: Action, ranges: readonly Range[], name: string): TextEdit[] {
  const cell = action.ownerRange;
  if (action.kind !== 'table' || cell.start.line !== cell.end.line) return ranges.map((range) => ({ range, newText: name }));
  const lineText = lines.lineText(cell.start.line);
  let content = '';
  let at = cell.start.character;
  for (const range of [...ranges].sort((a, b) => a.start.character - b.start.character)) {
    content += lineText.slice(at, range.start.character) + name;
    at = range.end.character;
  }
  content += lineText.slice(at, cell.end.character);
  return [replaceCell(lines, cell, content)];
}

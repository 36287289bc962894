/**
 * Completion of owners and due dates. Owners after `ACTION:` (and the other action labels), after `@` in a task item
 * and in an Owner cell: this meeting's roster first, then everybody in the workspace, each with an alias beside the
 * name. Due dates after `Due:` / `due:` and in a Due cell: the next meeting's date, the end of this month and a week
 * from the meeting, written in the form the file mostly writes its dates in.
 */
import { addDays, endOfMonth, formatDate, formatLongDate } from '../dates';
import { LineIndex, type MinutesDocument, type Position, type Range } from '../model';
import { DUE_HEADERS, OWNER_HEADERS } from '../dialect/vocabulary';
import { withoutMarks } from '../people';
import { prevailingForm } from '../quickFixes';
import type { WorkspacePeople } from '../workspace/people';

export type CompletionKind = 'owner' | 'handle' | 'due';

export interface CompletionSite {
  kind: CompletionKind;
  /** What is typed so far: the completion replaces it. */
  range: Range;
}

export interface CompletionEntry {
  label: string;
  /** Shown beside the label: an alias, or the date spelt out. */
  description?: string;
  detail?: string;
  insertText: string;
  /** Also matched when typing (the name and aliases). */
  filterText: string;
  sortText: string;
  kind: 'person' | 'date';
}

// An action label, then owners typed so far (no dash, colon or pipe yet): `ACTION: MJ / Ri`, `**AI:** Ma`.
const AFTER_ACTION = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*|__)?(?:ACTION(?:[- ]ITEMS?)?(?:\s+[\w.]+)?|AI)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*([^—–:|]*)$/;
const TASK_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s/;
const AFTER_AT = /(?:^|[\s(])@([\p{L}\p{N}._-]*)$/u;
const AFTER_DUE = /\b[Dd]ue\s*:\s*([^|]*)$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** The last of several owners typed: `Mark Jones / Ri` → `Ri`. */
// The owner typed last holds no separator, "and" included: `Ann Lee and Bo` → `Bo`.
const LAST_OWNER = /(?:^|[/,&+]|\band\b)\s*((?:(?!\band\b)[^/,&+])*)$/;

function site(kind: CompletionKind, line: number, from: number, to: number): CompletionSite {
  return { kind, range: { start: { line, character: from }, end: { line, character: to } } };
}

function cells(line: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let start = line.indexOf('|') === line.search(/\S/) ? line.indexOf('|') + 1 : 0;
  for (let i = start; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      if (i < line.length || line.slice(start).trim()) found.push({ start, end: i });
      start = i + 1;
    }
  }
  return found;
}

/** The owner or due cell the position is in, when it is in a table whose header names one. */
function tableCell(lines: LineIndex, position: Position): CompletionKind | undefined {
  const text = lines.lineText(position.line);
  if (!text.includes('|') || TABLE_DELIMITER.test(text)) return undefined;
  let delimiter = position.line - 1;
  while (delimiter >= 1 && lines.lineText(delimiter).includes('|') && !TABLE_DELIMITER.test(lines.lineText(delimiter))) delimiter--;
  if (delimiter < 1 || !TABLE_DELIMITER.test(lines.lineText(delimiter))) return undefined;
  const headers = cells(lines.lineText(delimiter - 1)).map((cell) => withoutMarks(lines.lineText(delimiter - 1).slice(cell.start, cell.end).trim()).toLowerCase().replace(/[:?]$/, ''));
  const column = cells(text).findIndex((cell) => cell.start <= position.character && position.character <= cell.end);
  if (column < 0 || column >= headers.length) return undefined;
  if (OWNER_HEADERS.has(headers[column])) return 'owner';
  if (DUE_HEADERS.has(headers[column])) return 'due';
  return undefined;
}

/** What may be completed at a position, and the text typed so far. */
export function completionSite(text: string, position: Position, lines: LineIndex = new LineIndex(text)): CompletionSite | undefined {
  const line = lines.lineText(position.line);
  const before = line.slice(0, position.character);
  const at = position.character;
  const due = AFTER_DUE.exec(before);
  if (due && !before.includes('|')) return site('due', position.line, at - due[1].length, at);
  if (TASK_ITEM.test(before)) {
    const handle = AFTER_AT.exec(before);
    if (handle) return site('handle', position.line, at - handle[1].length, at);
  }
  const action = AFTER_ACTION.exec(before);
  if (action) {
    const typed = LAST_OWNER.exec(action[1])?.[1] ?? '';
    // Owners are a few words; more is the action's text, which is not completed.
    if (typed.trim().split(/\s+/).length <= 3) return site('owner', position.line, at - typed.length, at);
    return undefined;
  }
  const cell = tableCell(lines, position);
  if (!cell) return undefined;
  const start = before.lastIndexOf('|') + 1;
  const typed = before.slice(start);
  const part = cell === 'owner' ? (LAST_OWNER.exec(typed)?.[1] ?? typed) : typed;
  const trimmed = part.trimStart();
  return site(cell, position.line, at - trimmed.length, at);
}

/** Owners: this meeting's roster first, then everybody else in the workspace. */
export function ownerCompletions(document: MinutesDocument, people: WorkspacePeople, kind: 'owner' | 'handle'): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  const seen = new Set<string>();
  const push = (name: string, aliases: readonly string[], here: boolean): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const handle = aliases.find((alias) => /^[\p{L}\p{N}._-]+$/u.test(alias));
    // After `@` only a handle can be written.
    if (kind === 'handle' && handle === undefined) return;
    entries.push({
      label: name,
      description: aliases.length > 0 ? aliases.join(', ') : undefined,
      detail: here ? 'on this meeting\u2019s roster' : 'in the workspace',
      insertText: kind === 'handle' ? handle! : name,
      filterText: kind === 'handle' ? `${handle} ${name}` : `${name} ${aliases.join(' ')}`,
      sortText: `${here ? 0 : 1}${name.toLowerCase()}`,
      kind: 'person',
    });
  };
  for (const entry of document.roster) if (entry.role !== 'copy') push(entry.name, people.person(entry.name)?.aliases ?? entry.aliases, true);
  for (const person of people.all()) {
    // Everyone a roster or the setting knows; an owner no roster knows is no suggestion.
    if (person.inSettings || people.occurrences(person.id).some((o) => o.kind === 'definition')) push(person.id, person.aliases, false);
  }
  return entries;
}

export interface DueCompletionContext {
  text: string;
  document: MinutesDocument;
  /** ISO date today: "the end of this month" is this month's. */
  today: string;
  dayFirst?: boolean;
}

/** Due dates: the next meeting's, the end of this month, a week from the meeting; in the file's prevailing form. */
export function dueCompletions(context: DueCompletionContext): CompletionEntry[] {
  const form = prevailingForm(context);
  const dates = { meetingDate: context.document.date, dayFirst: context.dayFirst };
  const choices: [string, string | undefined][] = [
    ['the next meeting', context.document.nextMeeting?.date],
    ['the end of this month', endOfMonth(context.today)],
    ['a week from the meeting', context.document.date && addDays(context.document.date, 7)],
  ];
  const entries: CompletionEntry[] = [];
  const seen = new Set<string>();
  choices.forEach(([what, iso], i) => {
    if (!iso || seen.has(iso)) return;
    seen.add(iso);
    const written = formatDate(iso, form, dates);
    entries.push({ label: written, description: what, detail: `${what}: ${formatLongDate(iso)}`, insertText: written, filterText: written, sortText: String(i), kind: 'date' });
  });
  return entries;
}

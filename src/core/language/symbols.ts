/**
 * Symbols: a document's actions and decisions under the headings they stand under (the Outline and breadcrumbs), and
 * the workspace's people, actions and meetings (Go to Symbol in Workspace).
 */
import { formatLongDate } from '../dates';
import type { Action, MinutesDocument, Range } from '../model';
import type { WorkspacePeople } from '../workspace/people';
import { definitionOf } from './references';

export type SymbolKind = 'heading' | 'action' | 'decision' | 'person' | 'meeting';

export interface DocumentSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: DocumentSymbol[];
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

interface Heading {
  level: number;
  name: string;
  line: number;
  length: number;
}

/** ATX headings outside fenced code and front matter. */
function headings(lines: readonly string[]): Heading[] {
  const found: Heading[] = [];
  let fence: string | undefined;
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
    if (end > 0) start = end + 1;
  }
  for (let i = start; i < lines.length; i++) {
    // A file with CRLF line ends: the heading ends before its carriage return.
    const line = lines[i].replace(/\r$/, '');
    const marker = FENCE.exec(line);
    if (marker) {
      if (fence === undefined) fence = marker[1];
      else if (marker[1][0] === fence[0] && marker[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = ATX_HEADING.exec(line);
    if (heading) found.push({ level: heading[1].length, name: (heading[2] ?? '').trim() || '(untitled)', line: i, length: line.length });
  }
  return found;
}

function ownersText(action: Action, people?: WorkspacePeople): string {
  const names = people ? people.ownersOf(action) : action.owners.map((o) => o.person ?? o.text);
  return names.length > 0 ? names.join(' / ') : 'no owner';
}

export function actionDetail(action: Action, people?: WorkspacePeople): string {
  const due = action.due ? `due ${formatLongDate(action.due, action.duePrecision ?? 'day')}` : action.dueText ? `due ${action.dueText}` : 'no due date';
  return `${ownersText(action, people)} · ${due}${action.status === 'open' ? '' : ` · ${action.status}`}`;
}

/**
 * Actions and decisions, each under the nearest heading above it. Only headings that hold an action or a decision
 * (directly or below) are listed, as Markdown's own symbols already list every heading; `allHeadings` lists every
 * one, for a document no Markdown provider reads (the legacy `minutes` language).
 */
export function documentSymbols(text: string, document: MinutesDocument, people?: WorkspacePeople, allHeadings = false): DocumentSymbol[] {
  const lines = text.split('\n');
  const items: DocumentSymbol[] = [
    ...document.actions.map((action): DocumentSymbol => ({
      name: action.text || '(no text)',
      detail: actionDetail(action, people),
      kind: 'action',
      range: action.range,
      selectionRange: action.textRange,
      children: [],
    })),
    ...document.decisions.map((decision): DocumentSymbol => ({ name: decision.text, detail: 'decision', kind: 'decision', range: decision.range, selectionRange: decision.range, children: [] })),
  ].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

  const top: DocumentSymbol[] = [];
  // The open headings, outermost first, each with its level.
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  const all = headings(lines);
  let next = 0;
  const end = { line: Math.max(0, lines.length - 1), character: (lines[lines.length - 1] ?? '').replace(/\r$/, '').length };
  const close = (symbol: DocumentSymbol, line: number): void => {
    const last = Math.max(symbol.range.start.line, line - 1);
    symbol.range = { start: symbol.range.start, end: line > lines.length - 1 ? end : { line: last, character: lines[last].replace(/\r$/, '').length } };
  };
  const openHeading = (heading: Heading): void => {
    while (stack.length > 0 && stack[stack.length - 1].level >= heading.level) close(stack.pop()!.symbol, heading.line);
    const range = { start: { line: heading.line, character: 0 }, end: { line: heading.line, character: heading.length } };
    const symbol: DocumentSymbol = { name: heading.name, detail: '', kind: 'heading', range, selectionRange: range, children: [] };
    (stack.length > 0 ? stack[stack.length - 1].symbol.children : top).push(symbol);
    stack.push({ level: heading.level, symbol });
  };
  for (const item of items) {
    while (next < all.length && all[next].line <= item.range.start.line) openHeading(all[next++]);
    (stack.length > 0 ? stack[stack.length - 1].symbol.children : top).push(item);
  }
  while (next < all.length) openHeading(all[next++]);
  while (stack.length > 0) close(stack.pop()!.symbol, lines.length);
  return allHeadings ? top : prune(top);
}

/** Headings with no action or decision under them go. */
function prune(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((symbol) => {
    if (symbol.kind !== 'heading') return [symbol];
    symbol.children = prune(symbol.children);
    return symbol.children.length > 0 ? [symbol] : [];
  });
}

export interface WorkspaceSymbol {
  name: string;
  kind: SymbolKind;
  /** Where it is: the meeting, or the aliases of a person. */
  container: string;
  key: string;
  range: Range;
}

/** Does every character of the query appear in the text, in order (case aside)? VS Code ranks what it is given. */
function fuzzy(query: string, text: string): boolean {
  let at = 0;
  const lower = text.toLowerCase();
  for (const char of query.toLowerCase()) {
    if (char === ' ') continue;
    at = lower.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export function meetingName(document: MinutesDocument, path: string): string {
  const title = document.title ?? path;
  if (!document.date) return title;
  return title.includes(formatLongDate(document.date)) ? `${title} (${document.date})` : `${title} — ${formatLongDate(document.date)} (${document.date})`;
}

/** People (at the roster entry Go to Definition goes to), actions by their text, meetings by title or date. */
export function workspaceSymbols(people: WorkspacePeople, query: string, limit = 500): WorkspaceSymbol[] {
  const found: WorkspaceSymbol[] = [];
  const add = (symbol: WorkspaceSymbol): boolean => {
    if (fuzzy(query, symbol.name)) found.push(symbol);
    return found.length < limit;
  };
  for (const person of people.all()) {
    const defined = definitionOf(people, person.id);
    const at = defined && 'definition' in defined ? defined.definition : people.occurrences(person.id)[0];
    if (at && !add({ name: person.id, kind: 'person', container: person.aliases.join(', '), key: at.file.key, range: at.range })) return found;
  }
  for (const file of people.files) {
    const meeting = meetingName(file.document, file.path);
    const start = { line: 0, character: 0 };
    if (!add({ name: meeting, kind: 'meeting', container: file.path, key: file.key, range: { start, end: start } })) return found;
  }
  for (const file of people.files) {
    for (const action of file.document.actions) {
      if (!add({ name: action.text, kind: 'action', container: `${actionDetail(action, people)} · ${file.document.title ?? file.path}`, key: file.key, range: action.range })) return found;
    }
  }
  return found;
}

/**
 * Action summaries built from parsed documents: the JSON schema the CLI prints, Markdown and CSV.
 * Shared by the CLI and the editor's export command so that both say the same.
 */
import { formatLongDate, todayIso } from './dates';
import type { ActionKind, ActionStatus, MinutesDocument, Severity } from './model';
import { ACTION_STYLES, actionBadgeHtml, actionClasses, escapeHtml as html } from './render/actionBadge';
import { WorkspacePeople } from './workspace/people';
import { withoutSuperseded } from './workspace/actionDiagnostics';
import { buildActionLog, historyText, type ActionLog } from './workspace/actions';

export interface SourceDocument {
  /** Path relative to the folder the summary is made from, with forward slashes. */
  file: string;
  document: MinutesDocument;
}

export interface ExportedAction {
  file: string;
  line: number;
  owners: string[];
  text: string;
  due: string | null;
  dueText: string | null;
  duePrecision: 'day' | 'month' | null;
  status: ActionStatus;
  kind: ActionKind;
  /** The action's number where the minutes give one (`ACTION 62.3:`). */
  id?: string;
  /** For an action carried from earlier meetings (listed once, as its latest row): "agreed 6 June 2007; carried 22 June". */
  history?: string;
  meeting: { title: string | null; date: string | null };
}

export interface ExportedDecision {
  file: string;
  line: number;
  text: string;
  meeting: { title: string | null; date: string | null };
}

export interface ExportedDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

export interface ActionSummary {
  actions: ExportedAction[];
  decisions: ExportedDecision[];
  diagnostics: ExportedDiagnostic[];
}

export interface SummaryOptions {
  /** Only open actions. */
  openOnly?: boolean;
  /** Only actions owned by this person (full name, case-insensitive). */
  person?: string;
  /** Also list hints (prose that reads like an action); left out by default, as they are not problems. */
  includeHints?: boolean;
  /**
   * Who owners are: by default the people of the sources themselves (an owner its file cannot place is looked up in
   * every source's roster), as the Open Actions view resolves them; the editor passes the whole workspace's.
   */
  people?: WorkspacePeople;
  /** Which actions later meetings carried on (the workspace index's); built from the sources when not given. */
  log?: Pick<ActionLog, 'trackedOf' | 'isSuperseded'>;
}

export function buildSummary(sources: readonly SourceDocument[], options: SummaryOptions = {}): ActionSummary {
  const summary: ActionSummary = { actions: [], decisions: [], diagnostics: [] };
  const person = options.person?.toLowerCase();
  const people = options.people ?? new WorkspacePeople(sources.map(({ file, document }) => ({ key: file, path: file, document })));
  const log = options.log ?? buildActionLog(sources.map(({ file, document }) => ({ key: file, path: file, document })));
  for (const { file, document } of sources) {
    const meeting = { title: document.title ?? null, date: document.date ?? null };
    for (const action of document.actions) {
      if (options.openOnly && action.status !== 'open') continue;
      // An action carried to later meetings is listed once, as its latest row.
      const tracked = log.trackedOf(action);
      if (tracked && tracked.occurrences[tracked.occurrences.length - 1].action !== action) continue;
      const owners = people.ownersOf(action);
      if (person !== undefined && !owners.some((owner) => owner.toLowerCase() === person)) continue;
      summary.actions.push({
        file,
        line: action.range.start.line + 1,
        owners,
        text: action.text,
        due: action.due,
        dueText: action.dueText,
        duePrecision: action.duePrecision,
        status: action.status,
        kind: action.kind,
        ...(action.id === undefined ? {} : { id: action.id }),
        ...(tracked && tracked.occurrences.length > 1 ? { history: historyText(tracked) } : {}),
        meeting,
      });
    }
    for (const decision of document.decisions) {
      summary.decisions.push({ file, line: decision.range.start.line + 1, text: decision.text, meeting });
    }
    for (const diagnostic of withoutSuperseded(document.diagnostics, document, log)) {
      if (diagnostic.severity === 'hint' && !options.includeHints) continue;
      summary.diagnostics.push({
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        severity: diagnostic.severity,
        code: diagnostic.code,
        message: diagnostic.message,
      });
    }
  }
  sortActions(summary.actions);
  return summary;
}

/**
 * Sorts as `compareActions` does, with each file's place among the files found once: sorting 60,000 actions made a
 * million `localeCompare` calls. Files that compare equal share a place, so the order is the same.
 */
function sortActions(actions: ExportedAction[]): void {
  const files = [...new Set(actions.map((action) => action.file))].sort((a, b) => a.localeCompare(b));
  const places = new Map<string, number>();
  let place = 0;
  files.forEach((file, i) => {
    if (i > 0 && files[i - 1].localeCompare(file) !== 0) place++;
    places.set(file, place);
  });
  // Each action's file place looked up once, not twice per comparison.
  const keyed = actions.map((action) => ({ action, place: places.get(action.file) ?? 0 }));
  keyed.sort((a, b) => compareDue(a.action, b.action) || a.place - b.place || a.action.line - b.action.line);
  keyed.forEach(({ action }, i) => (actions[i] = action));
}

/** Undated last. */
function compareDue(a: ExportedAction, b: ExportedAction): number {
  if (a.due === b.due) return 0;
  if (a.due === null) return 1;
  if (b.due === null) return -1;
  return a.due < b.due ? -1 : 1;
}

/** By due date (undated last), then by file and line, so summaries read in the order work falls due. */
export function compareActions(a: ExportedAction, b: ExportedAction): number {
  return compareDue(a, b) || a.file.localeCompare(b.file) || a.line - b.line;
}

export function formatJson(summary: ActionSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

// ---- CSV (RFC 4180) ---------------------------------------------------------------------------------

const CSV_COLUMNS = ['Owner', 'Action', 'Due', 'Due as written', 'Status', 'Meeting', 'Meeting date', 'File', 'Line'];

/**
 * One CSV cell. Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) get a
 * leading apostrophe, which spreadsheets show as text.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(summary: ActionSummary): string {
  const rows = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const action of summary.actions) {
    rows.push(
      [
        action.owners.join('; '),
        action.text,
        action.due,
        action.dueText,
        action.status,
        action.meeting.title,
        action.meeting.date,
        action.file,
        action.line,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

// ---- Markdown -----------------------------------------------------------------------------------------

export interface MarkdownOptions {
  /** ISO date the summary is made on: it decides what is overdue. Defaults to today. */
  today?: string;
  /** What the summary was made from, for its header ("3 files in minutes/"). */
  from?: string;
}

const NO_OWNER = 'No owner';

export function markdownEscape(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\r?\n/g, ' ');
}

export function linkTarget(file: string): string {
  return encodeURI(file).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Grouped by person, then Overdue / by due date / No date; each action links back to its file and line. */
export function formatMarkdown(summary: ActionSummary, options: MarkdownOptions = {}): string {
  const today = options.today ?? todayIso();
  const byPerson = new Map<string, ExportedAction[]>();
  for (const action of summary.actions) {
    for (const owner of action.owners.length > 0 ? action.owners : [NO_OWNER]) {
      const list = byPerson.get(owner) ?? [];
      list.push(action);
      byPerson.set(owner, list);
    }
  }
  const people = [...byPerson.keys()].sort((a, b) => (a === NO_OWNER ? 1 : b === NO_OWNER ? -1 : a.localeCompare(b)));
  const openCount = summary.actions.filter((a) => a.status === 'open').length;
  const lines = [
    '# Summary of actions',
    '',
    `Made on ${formatLongDate(today)}${options.from ? ` from ${markdownEscape(options.from)}` : ''}: ${summary.actions.length} action${summary.actions.length === 1 ? '' : 's'}, ${openCount} open.`,
  ];
  if (people.length === 0) lines.push('', 'No actions.');
  for (const person of people) {
    lines.push('', `## ${markdownEscape(person)}`);
    const actions = byPerson.get(person) ?? [];
    const overdue = actions.filter((a) => a.status === 'open' && a.due !== null && a.due < today);
    const rest = actions.filter((a) => !overdue.includes(a));
    const groups: [string, ExportedAction[]][] = [];
    if (overdue.length > 0) groups.push(['Overdue', overdue]);
    const dated = rest.filter((a) => a.due !== null);
    if (dated.length > 0) groups.push(['Coming up', dated]);
    const undated = rest.filter((a) => a.due === null);
    if (undated.length > 0) groups.push(['No date', undated]);
    for (const [heading, group] of groups) {
      lines.push('', `### ${heading}`, '');
      for (const action of group) lines.push(markdownActionLine(action, person));
    }
  }
  return `${lines.join('\n')}\n`;
}

function markdownActionLine(action: ExportedAction, person: string): string {
  const box = action.status === 'done' ? '[x]' : '[ ]';
  const text = action.status === 'cancelled' ? `~~${markdownEscape(action.text)}~~ (cancelled)` : markdownEscape(action.text);
  const due = action.due ? ` — due ${formatLongDate(action.due, action.duePrecision ?? 'day')}` : action.dueText ? ` — due ${markdownEscape(action.dueText)}` : '';
  const others = action.owners.filter((owner) => owner !== person);
  const withOthers = others.length > 0 ? ` (with ${others.map(markdownEscape).join(', ')})` : '';
  const meeting = action.meeting.title ?? action.file;
  const source = `[${markdownEscape(meeting)}${action.meeting.date ? `, ${action.meeting.date}` : ''}](${linkTarget(action.file)}#L${action.line})`;
  return `- ${box} ${text}${due}${withOthers} · ${source}`;
}

// ---- HTML: one self-contained, printable page ------------------------------------------------------------

export function formatHtml(summary: ActionSummary, options: MarkdownOptions = {}): string {
  const today = options.today ?? todayIso();
  const byPerson = new Map<string, ExportedAction[]>();
  for (const action of summary.actions) {
    for (const owner of action.owners.length > 0 ? action.owners : [NO_OWNER]) byPerson.set(owner, [...(byPerson.get(owner) ?? []), action]);
  }
  const people = [...byPerson.keys()].sort((a, b) => (a === NO_OWNER ? 1 : b === NO_OWNER ? -1 : a.localeCompare(b)));
  const sections = people.map((person) => {
    // Each action as the Markdown preview shows it: its text, then the badge of owners, due date and state.
    const rows = (byPerson.get(person) ?? []).map(
      (action) =>
        `<tr class="${actionClasses(action, today)}"><td>${html(action.text)}${actionBadgeHtml(action, today)}</td><td>${html(action.meeting.title ?? '')}${action.meeting.date ? `, ${html(action.meeting.date)}` : ''}<br><small>${html(action.file)}:${action.line}</small></td></tr>`,
    );
    return `<section><h2>${html(person)}</h2><table><thead><tr><th>Action</th><th>Meeting</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  });
  const open = summary.actions.filter((a) => a.status === 'open').length;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Summary of actions</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%;margin-bottom:1.5em;table-layout:fixed}th:nth-child(1){width:70%}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}section{break-inside:avoid}@media print{body{margin:0}}
${ACTION_STYLES}</style>
</head><body>
<h1>Summary of actions</h1>
<p>Made on ${html(formatLongDate(today))}${options.from ? ` from ${html(options.from)}` : ''}: ${summary.actions.length} action${summary.actions.length === 1 ? '' : 's'}, ${open} open.</p>
${sections.join('\n') || '<p>No actions.</p>'}
</body></html>
`;
}

// ---- iCalendar (RFC 5545): a VTODO per action with a due date ----------------------------------------------

function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, as RFC 5545 requires, never splitting a UTF-8 character. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = new TextEncoder().encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function hashId(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

export function formatIcs(summary: ActionSummary, options: MarkdownOptions = {}): string {
  const stamp = `${(options.today ?? todayIso()).replace(/-/g, '')}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Minutes for VS Code//Action summary//EN', 'CALSCALE:GREGORIAN'];
  for (const action of summary.actions) {
    if (action.due === null) continue;
    lines.push(
      'BEGIN:VTODO',
      `UID:${hashId(`${action.file}:${action.line}:${action.text}`)}@minutes`,
      `DTSTAMP:${stamp}`,
      `DUE;VALUE=DATE:${action.due.replace(/-/g, '')}`,
      `SUMMARY:${icsText(action.text)}`,
      `DESCRIPTION:${icsText(`${action.meeting.title ?? action.file}${action.meeting.date ? `, ${action.meeting.date}` : ''} (${action.file}:${action.line})`)}`,
      `STATUS:${action.status === 'done' ? 'COMPLETED' : action.status === 'cancelled' ? 'CANCELLED' : 'NEEDS-ACTION'}`,
      ...action.owners.map((owner) => `ATTENDEE;CN="${owner.replace(/"/g, "'")}";ROLE=REQ-PARTICIPANT:mailto:${encodeURIComponent(owner.toLowerCase().replace(/\s+/g, '.'))}@invalid`),
      'END:VTODO',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export type ExportFormat = 'json' | 'markdown' | 'csv' | 'html' | 'ics';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'markdown', 'csv', 'html', 'ics'];

export function formatSummary(summary: ActionSummary, format: ExportFormat, options: MarkdownOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(summary);
    case 'csv':
      return formatCsv(summary);
    case 'markdown':
      return formatMarkdown(summary, options);
    case 'html':
      return formatHtml(summary, options);
    case 'ics':
      return formatIcs(summary, options);
  }
}

/**
 * The model of one minutes document: what every feature (tree, diagnostics, export, CLI) reads.
 * Positions are 0-based lines and UTF-16 columns, as in VS Code and LSP; the CLI prints them 1-based.
 */
import type { DatePrecision } from './dates';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type RosterRole = 'attendee' | 'apology' | 'copy';

export interface RosterEntry {
  name: string;
  /** Explicit aliases (`Mark Jones (MJ)`) and @handles, without the `@`. */
  aliases: string[];
  affiliation?: string;
  role: RosterRole;
  range: Range;
}

/** `prose`: a commitment written as prose, read as an action when `proseActions` is `action`. */
export type ActionKind = 'table' | 'line' | 'task' | 'prose';
export type ActionStatus = 'open' | 'done' | 'cancelled';

export interface OwnerRef {
  /** As written, without a leading `@`. */
  text: string;
  /** The roster's full name when the owner resolves; otherwise undefined. */
  person?: string;
  /** Every person the written name could mean, when it is ambiguous. */
  ambiguous?: string[];
  range: Range;
}

export interface Action {
  kind: ActionKind;
  /** The whole construct: the table row, the action line(s) or the task item. */
  range: Range;
  text: string;
  textRange: Range;
  owners: OwnerRef[];
  /** Where owners are (or, for a missing owner, would be) written: the owner cell, or the text after the marker. */
  ownerRange: Range;
  due: string | null;
  dueText: string | null;
  duePrecision: DatePrecision | null;
  dueRange?: Range;
  /** A numeric due date that reads both ways: the other reading, ISO. */
  dueAmbiguous?: string;
  /** The due text is a relative phrase ("next meeting") the document gives no date for. */
  dueRelative?: boolean;
  status: ActionStatus;
  statusRange?: Range;
  /** The action's own number, as written: `ACTION 62.3:` is `62.3`. */
  id?: string;
  /** A row of an "Actions from previous meetings" table: this meeting's word on an action agreed earlier. */
  review?: ActionReview;
  /** Table actions: the column layout, so edits can keep the table aligned. */
  table?: { headerLine: number; columns: { owner: number; action: number; due?: number; status?: number } };
}

/** What a review row says about the earlier action it reports on (see core/dialect/reviewTable.ts). */
export interface ActionReview {
  /** The earlier action's id, from the Ref column: `A12`, `61.1`. */
  ref?: string;
  /** Where it was agreed: the target of the link in the Agreed (or Ref) column, as written. */
  link?: string;
  /** The Agreed column's text without its link markup ("6 June 2007"). */
  agreedText?: string;
  /** The Status column as written, in lower case: carried, done, dropped… */
  statusWord?: string;
}

/** An open action whose due date has passed: the one rule the view, the editor, the preview and the export share. */
export function isOverdueOn(action: Pick<Action, 'status' | 'due'>, today: string): boolean {
  return action.status === 'open' && action.due !== null && action.due < today;
}

export interface Decision {
  text: string;
  range: Range;
}

export interface NextMeeting {
  date?: string;
  dateText?: string;
  time?: string;
  place?: string;
  range: Range;
}

/** A commitment written as prose ("RS will communicate the above to AW"): a hint, not an action. */
export interface ProseAction {
  range: Range;
  owners: string[];
  ownerText: string;
  text: string;
  /** The end of its paragraph: where an ACTION: line for it goes. */
  insertAt: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type DiagnosticCode =
  | 'missing-owner'
  | 'missing-due'
  | 'bad-date'
  | 'ambiguous-date'
  | 'unknown-person'
  | 'due-before-meeting'
  | 'bad-front-matter'
  | 'prose-action'
  | 'unreviewed-action'
  | 'carried-too-often';

export interface MinutesDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  range: Range;
}

export interface MinutesDocument {
  title?: string;
  /** ISO date of the meeting. */
  date?: string;
  dateSource?: 'front-matter' | 'date-line' | 'title' | 'file-name';
  location?: string;
  roster: RosterEntry[];
  actions: Action[];
  decisions: Decision[];
  nextMeeting?: NextMeeting;
  proseActions: ProseAction[];
  diagnostics: MinutesDiagnostic[];
}

/** Maps offsets in a text to positions, in O(log lines). */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // indexOf finds newlines far faster than a loop over every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line last found: the parser asks for offsets in order, mostly on that line or near it. */
  private lastLine = 0;

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    const last = this.lastLine;
    // The last line or the next one, when the offset lies on it, without a search.
    if (starts[last] <= clamped) {
      if (last + 1 === starts.length || clamped < starts[last + 1]) return { line: last, character: clamped - starts[last] };
      if (last + 2 === starts.length || clamped < starts[last + 2]) {
        this.lastLine = last + 1;
        return { line: last + 1, character: clamped - starts[last + 1] };
      }
    }
    const line = lastAtOrBefore(starts, clamped);
    this.lastLine = line;
    return { line, character: clamped - starts[line] };
  }

  offset(position: Position): number {
    const start = this.lineStarts[Math.min(position.line, this.lineStarts.length - 1)] ?? 0;
    return Math.min(start + position.character, this.text.length);
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const next = this.lineStarts[line + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}

/** The index of the last of an ascending list's numbers at or before a value (a binary search; 0 when none is). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

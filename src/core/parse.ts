/**
 * Reads a minutes document into the model: front matter, roster, actions (tables, ACTION lines, task items),
 * decisions and the next meeting. One function, used by every feature.
 */
import type { Content, List, ListItem, Paragraph, Root, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { dateFromFileName, findDates, parseDate, type DateContext, type ParsedDate } from './dates';
import { blockLines, MappedText, parseMarkdown } from './markdown';
import {
  Action,
  ActionStatus,
  Decision,
  LineIndex,
  MinutesDocument,
  NextMeeting,
  OwnerRef,
  RosterEntry,
  RosterRole,
} from './model';
import { looksLikeNames, parseRosterEntry, PeopleResolver, plainText, rosterEntry, splitOwners } from './people';
import { computeDiagnostics } from './diagnostics';
import { readSimpleFrontMatter } from './frontMatter';
import { findProseCommitments } from './proseActions';
import { parseRelevantMarkdown } from './prescan';

export interface ParseOptions {
  /** File name (or path): a date in it is the meeting date when the document gives none. */
  fileName?: string;
  /** Numeric dates like 03/04/2008 are day first unless false. */
  dayFirst?: boolean;
  /** ISO date used for year-less dates when the meeting date is unknown; defaults to today. */
  today?: string;
  /** Extra aliases, by full name (the `minutes.people` setting). */
  people?: Record<string, string[]>;
  /** Hand the whole text to remark, skipping the pre-scan (the differential tests compare both). */
  fullParse?: boolean;
}

const ACTION_MARKER = /^(?:\*\*|__)?(?:action[ -]item|action)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i;
const DECISION_MARKER = /^(?:\*\*|__)?(?:decision|agreed|resolved)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i;
const ROSTER_LABEL =
  /^(?:\*\*|__)?(attended|attendees|attendance|present|participants|apologies|apologies for absence|absent|regrets|copies to|copy to|distribution|circulation|next meeting)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i;
const META_LABEL = /^(?:\*\*|__)?(date|meeting date|location|venue|place)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.+)$/i;
const NEXT_MEETING_PHRASE = /^(?:the\s+)?next\s+meeting$/i;

const OWNER_HEADERS = new Set(['owner', 'owners', 'who', 'assignee', 'assignees', 'assigned to', 'responsible', 'lead', 'by whom', 'action by']);
const ACTION_HEADERS = new Set(['action', 'actions', 'task', 'tasks', 'what', 'description', 'item', 'action item']);
const DUE_HEADERS = new Set(['due', 'due date', 'when', 'deadline', 'by', 'by when', 'target', 'target date', 'date']);
const STATUS_HEADERS = new Set(['status', 'done', 'state']);

type SectionKind = { roster: RosterRole } | { nextMeeting: true } | { other: true };

/** What a heading (or a label line) says about the section it opens. */
export function classifySection(heading: string): SectionKind {
  const name = plainText(heading)
    .replace(/^\d+(?:\.\d+)*[.)]?\s*/, '')
    .replace(/\s*:\s*$/, '')
    .trim()
    .toLowerCase();
  if (/^(?:attended|attendees|attendance|present|participants|in attendance)$/.test(name)) return { roster: 'attendee' };
  if (/^(?:apologies|apologies for absence|absent|regrets)$/.test(name)) return { roster: 'apology' };
  if (/^(?:copies to|copy to|distribution|circulation)$/.test(name)) return { roster: 'copy' };
  if (/^next meeting\b/.test(name)) return { nextMeeting: true };
  return { other: true };
}

interface Candidate {
  kind: 'line' | 'task';
  body: MappedText;
  whole: [number, number];
  markerEnd: number;
  checked?: boolean;
}

interface TableCandidate {
  row: Content & { type: 'tableRow' };
  cells: (MappedText | undefined)[];
  columns: { owner: number; action: number; due?: number; status?: number };
  headerLine: number;
}

class Parser {
  private readonly index: LineIndex;
  private readonly roster: RosterEntry[] = [];
  private readonly candidates: Candidate[] = [];
  private readonly tableRows: TableCandidate[] = [];
  private readonly decisions: Decision[] = [];
  private readonly nextMeetingLines: MappedText[] = [];
  /** Unmarked paragraphs, where a commitment written as prose may hide. */
  private readonly prose: { text: MappedText; end: number }[] = [];
  private nextMeetingRange?: [number, number];
  private frontMatter: Record<string, unknown> = {};
  private frontMatterError?: { message: string; range: [number, number] };
  private title?: string;
  private dateLine?: string;
  private locationLine?: string;
  private section: SectionKind = { other: true };

  constructor(
    private readonly source: string,
    private readonly options: ParseOptions,
  ) {
    this.index = new LineIndex(source);
  }

  run(): MinutesDocument {
    const tree = this.options.fullParse ? parseMarkdown(this.source) : parseRelevantMarkdown(this.source);
    this.walkRoot(tree);
    this.rosterFromFrontMatter();

    const document: MinutesDocument = {
      roster: this.roster,
      actions: [],
      decisions: this.decisions,
      proseActions: [],
      diagnostics: [],
    };
    document.title = stringField(this.frontMatter.title) ?? this.title;
    document.location = stringField(this.frontMatter.location) ?? this.locationLine;
    this.resolveMeetingDate(document);

    const context: DateContext = { meetingDate: document.date, today: this.options.today, dayFirst: this.options.dayFirst };
    document.nextMeeting = this.nextMeeting(context);
    const resolver = new PeopleResolver(this.roster, this.options.people);
    const dueContext = { ...context, nextMeetingDate: document.nextMeeting?.date };

    for (const candidate of this.candidates) document.actions.push(this.lineAction(candidate, resolver, dueContext));
    for (const row of this.tableRows) document.actions.push(this.tableAction(row, resolver, dueContext));
    document.actions.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

    for (const paragraph of this.prose) {
      for (const found of findProseCommitments(paragraph.text, resolver, document.actions)) {
        document.proseActions.push({
          range: this.index.range(found.start, found.end),
          owners: found.owners,
          ownerText: found.ownerText,
          text: found.text,
          insertAt: this.index.position(paragraph.end),
        });
      }
    }

    document.diagnostics = computeDiagnostics(document, {
      rosterKnown: this.roster.length > 0 || !resolver.isEmpty,
      resolver,
      frontMatterError: this.frontMatterError && { message: this.frontMatterError.message, range: this.index.range(...this.frontMatterError.range) },
    });
    return document;
  }

  // ---- walking the tree -------------------------------------------------------------------------

  private walkRoot(tree: Root): void {
    for (const node of tree.children) {
      if (node.type === 'yaml') {
        this.readFrontMatter(node.value, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        continue;
      }
      if (node.type === 'heading') {
        const text = toString(node);
        if (node.depth === 1 && this.title === undefined) this.title = plainText(text);
        this.section = classifySection(text);
        if ('nextMeeting' in this.section) this.nextMeetingRange = this.offsets(node);
        continue;
      }
      if ('roster' in this.section && (node.type === 'list' || node.type === 'paragraph')) {
        this.readRosterBlock(node, this.section.roster);
        continue;
      }
      if ('nextMeeting' in this.section && node.type === 'paragraph') {
        const [start, end] = this.offsets(node);
        // Marked lines (an ACTION: agreed for the next meeting) are still actions; the rest describes the meeting.
        this.nextMeetingLines.push(...blockLines(this.source, start, end).filter((line) => !ACTION_MARKER.test(line.text) && !DECISION_MARKER.test(line.text)));
        this.extendNextMeetingRange(end);
        this.readParagraph(node);
        continue;
      }
      this.collect(node);
    }
  }

  private offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
    return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
  }

  private extendNextMeetingRange(end: number): void {
    if (this.nextMeetingRange) this.nextMeetingRange[1] = end;
  }

  private collect(node: RootContent): void {
    switch (node.type) {
      case 'table':
        this.readTable(node);
        break;
      case 'list':
        this.readList(node);
        break;
      case 'blockquote':
        for (const child of node.children) this.collect(child);
        break;
      case 'paragraph':
        this.readParagraph(node);
        break;
      default:
        break;
    }
  }

  private readList(list: List): void {
    for (const item of list.children) this.readListItem(item);
  }

  private readListItem(item: ListItem): void {
    const [first, ...rest] = item.children;
    if (typeof item.checked === 'boolean' && first?.type === 'paragraph') {
      const [start, end] = this.offsets(first);
      const body = MappedText.join(blockLines(this.source, start, end));
      const marker = ACTION_MARKER.exec(body.text);
      const markerLength = marker ? marker[0].length : 0;
      this.candidates.push({
        kind: 'task',
        body: body.slice(markerLength),
        whole: [this.offsets(item)[0], end],
        markerEnd: body.sourceOffset(markerLength),
        checked: item.checked,
      });
      for (const child of rest) this.collect(child);
      return;
    }
    for (const child of item.children) this.collect(child);
  }

  /** A paragraph may hold several marked lines; unmarked lines continue the one before. */
  private readParagraph(paragraph: Paragraph): void {
    const [start, end] = this.offsets(paragraph);
    const lines = blockLines(this.source, start, end);
    let current: { kind: 'action' | 'decision' | 'roster' | 'next'; lines: MappedText[]; markerLength: number; role?: RosterRole } | undefined;
    const prose: MappedText[] = [];
    const flush = (): void => {
      if (!current) return;
      const body = MappedText.join(current.lines);
      const rest = body.slice(current.markerLength);
      if (current.kind === 'action') {
        this.candidates.push({ kind: 'line', body: rest, whole: [body.start, body.end], markerEnd: rest.start });
      } else if (current.kind === 'decision') {
        this.decisions.push({ text: plainText(rest.text), range: this.index.range(body.start, body.end) });
      } else if (current.kind === 'next') {
        this.nextMeetingRange ??= [body.start, body.end];
        if (rest.text.trim()) this.nextMeetingLines.push(rest);
        else this.section = { nextMeeting: true };
      } else if (current.kind === 'roster' && current.role) {
        if (rest.text.trim()) this.readRosterLine(rest, current.role);
        else this.section = { roster: current.role };
      }
      current = undefined;
    };
    for (const line of lines) {
      const text = line.text;
      let match: RegExpExecArray | null;
      if ((match = ACTION_MARKER.exec(text))) {
        flush();
        current = { kind: 'action', lines: [line], markerLength: match[0].length };
      } else if ((match = DECISION_MARKER.exec(text))) {
        flush();
        current = { kind: 'decision', lines: [line], markerLength: match[0].length };
      } else if ((match = META_LABEL.exec(text))) {
        flush();
        const value = plainText(match[2]);
        if (/date/i.test(match[1])) this.dateLine ??= value;
        else this.locationLine ??= value;
      } else if ((match = ROSTER_LABEL.exec(text))) {
        flush();
        const section = classifySection(match[1]);
        if ('roster' in section) current = { kind: 'roster', lines: [line], markerLength: match[0].length, role: section.roster };
        else current = { kind: 'next', lines: [line], markerLength: match[0].length };
        // A roster line is one line of names; do not let prose that follows join it.
        if (current.kind === 'roster' && line.text.length > match[0].length) flush();
      } else if (current) {
        current.lines.push(line);
      } else if ('roster' in this.section && isRosterLine(line.text)) {
        this.readRosterLine(line, this.section.roster);
      } else if (!('nextMeeting' in this.section)) {
        prose.push(line);
      }
    }
    flush();
    if (prose.length > 0) this.prose.push({ text: MappedText.join(prose), end });
  }

  // ---- roster -----------------------------------------------------------------------------------

  /** In a roster section, paragraphs and list items are people, unless they are written as actions or labels. */
  private readRosterBlock(node: List | Paragraph, role: RosterRole): void {
    if (node.type === 'paragraph') {
      this.readParagraph(node);
      return;
    }
    for (const item of node.children) {
      const first = item.children[0];
      if (first?.type !== 'paragraph') continue;
      const [start, end] = this.offsets(first);
      const line = blockLines(this.source, start, end)[0];
      if (typeof item.checked === 'boolean' || ACTION_MARKER.test(line.text) || DECISION_MARKER.test(line.text)) {
        this.readListItem(item);
        continue;
      }
      const parsed = parseRosterEntry(line.text);
      if (parsed) this.roster.push(rosterEntry(parsed, role, this.index.range(line.start, line.end)));
      for (const child of item.children.slice(1)) if (child.type === 'list') this.readRosterBlock(child, role);
    }
  }

  private readRosterLine(line: MappedText, role: RosterRole): void {
    let offset = 0;
    for (const part of line.text.split(/[,;]/)) {
      const parsed = parseRosterEntry(part);
      const leading = part.length - part.trimStart().length;
      if (parsed) {
        const [start, end] = line.sourceSpan(offset + leading, offset + part.trimEnd().length);
        this.roster.push(rosterEntry(parsed, role, this.index.range(start, end)));
      }
      offset += part.length + 1;
    }
  }

  private readFrontMatter(value: string, start: number, end: number): void {
    try {
      const data: unknown = readSimpleFrontMatter(value) ?? parseYaml(value);
      if (data && typeof data === 'object' && !Array.isArray(data)) this.frontMatter = data as Record<string, unknown>;
      else if (data !== null && data !== undefined) this.frontMatterError = { message: 'Front matter should be a YAML mapping (key: value lines).', range: [start, end] };
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      this.frontMatterError = { message: `Front matter is not valid YAML: ${message}`, range: [start, end] };
    }
    this.frontMatterRange = [start, end];
  }

  private frontMatterRange: [number, number] = [0, 0];

  private rosterFromFrontMatter(): void {
    const lists: [string, RosterRole][] = [
      ['attendees', 'attendee'],
      ['attended', 'attendee'],
      ['apologies', 'apology'],
      ['copies', 'copy'],
    ];
    for (const [key, role] of lists) {
      const value = this.frontMatter[key];
      const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
      for (const item of items) {
        if (typeof item !== 'string') continue;
        const parsed = parseRosterEntry(item);
        if (!parsed) continue;
        const at = this.source.indexOf(item.trim(), this.frontMatterRange[0]);
        const range = at >= 0 && at < this.frontMatterRange[1] ? this.index.range(at, at + item.trim().length) : this.index.range(...this.frontMatterRange);
        this.roster.push(rosterEntry(parsed, role, range));
      }
    }
  }

  // ---- dates of the meeting -----------------------------------------------------------------------

  private resolveMeetingDate(document: MinutesDocument): void {
    const context: DateContext = { today: this.options.today, dayFirst: this.options.dayFirst };
    const fromFrontMatter = this.frontMatter.date;
    if (fromFrontMatter instanceof Date && !Number.isNaN(fromFrontMatter.getTime())) {
      document.date = fromFrontMatter.toISOString().slice(0, 10);
      document.dateSource = 'front-matter';
      return;
    }
    const frontMatterDate = stringField(fromFrontMatter);
    const candidates: [string | undefined, MinutesDocument['dateSource']][] = [
      [frontMatterDate, 'front-matter'],
      [this.dateLine, 'date-line'],
      [document.title, 'title'],
    ];
    for (const [text, source] of candidates) {
      if (!text) continue;
      const parsed = parseDate(text, context) ?? findDates(text, context)[0];
      if (parsed) {
        document.date = parsed.iso;
        document.dateSource = source;
        return;
      }
    }
    const fromName = this.options.fileName ? dateFromFileName(this.options.fileName.split(/[\\/]/).pop() ?? '') : undefined;
    if (fromName) {
      document.date = fromName;
      document.dateSource = 'file-name';
    }
  }

  private nextMeeting(context: DateContext): NextMeeting | undefined {
    if (!this.nextMeetingRange && this.nextMeetingLines.length === 0) return undefined;
    const text = this.nextMeetingLines.map((line) => line.text).join('\n');
    const found = findDates(text, context)[0];
    const time = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b(?:\s*(?:to|-|–)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm))?|\b\d{1,2}:\d{2}\b(?:\s*(?:to|-|–)\s*\d{1,2}:\d{2}\b)?/i.exec(text);
    const place = /\bat\s+([^,(\n]+?)\s*(?:[,(\n]|$)/i.exec(time ? text.slice(time.index + time[0].length) : text);
    const range = this.nextMeetingRange ?? [this.nextMeetingLines[0].start, this.nextMeetingLines[this.nextMeetingLines.length - 1].end];
    return {
      date: found?.iso,
      dateText: found?.text,
      time: time?.[0],
      place: place?.[1]?.trim() || undefined,
      range: this.index.range(range[0], range[1]),
    };
  }

  // ---- actions ---------------------------------------------------------------------------------

  private readTable(table: Table): void {
    const [header, ...rows] = table.children;
    if (!header) return;
    const headers = header.children.map((cell) => plainText(toString(cell)).toLowerCase().replace(/[:?]$/, ''));
    const find = (names: Set<string>, exclude: number[] = []): number | undefined => {
      const index = headers.findIndex((h, i) => names.has(h) && !exclude.includes(i));
      return index >= 0 ? index : undefined;
    };
    const owner = find(OWNER_HEADERS);
    const action = find(ACTION_HEADERS, owner === undefined ? [] : [owner]);
    if (owner === undefined || action === undefined) return;
    const due = find(DUE_HEADERS, [owner, action]);
    const status = find(STATUS_HEADERS, [owner, action, ...(due === undefined ? [] : [due])]);
    const headerLine = this.index.position(this.offsets(header)[0]).line;
    for (const row of rows) {
      const cells = row.children.map((cell) => this.cellContent(cell));
      if (cells.every((cell) => !cell || cell.text.trim() === '')) continue;
      this.tableRows.push({ row, cells, columns: { owner, action, due, status }, headerLine });
    }
  }

  /** The cell's text without its pipes and padding (an empty cell gives an empty text where typing would go). */
  private cellContent(cell: TableCell): MappedText {
    let [start, end] = this.offsets(cell);
    if (this.source[start] === '|') start++;
    if (end > start && this.source[end - 1] === '|' && this.source[end - 2] !== '\\') end--;
    const raw = MappedText.of(this.source, start, end);
    const trimmed = raw.trim();
    if (trimmed.text.length > 0) return trimmed;
    const at = Math.min(end, start + (this.source[start] === ' ' ? 1 : 0));
    return MappedText.of(this.source, at, at);
  }

  private tableAction(candidate: TableCandidate, resolver: PeopleResolver, context: DueContext): Action {
    const { row, cells, columns } = candidate;
    const [rowStart, rowEnd] = this.offsets(row);
    const missing = MappedText.of(this.source, rowEnd, rowEnd);
    const ownerCell = cells[columns.owner] ?? missing;
    const actionCell = cells[columns.action] ?? missing;
    const dueCell = columns.due === undefined ? undefined : cells[columns.due] ?? missing;
    const statusCell = columns.status === undefined ? undefined : cells[columns.status];

    const owners = this.owners(ownerCell, resolver);
    const due = dueCell && dueCell.text.trim() ? readDue(dueCell.text.trim(), context) : undefined;
    return {
      kind: 'table',
      range: this.index.range(rowStart, rowEnd),
      text: plainText(actionCell.text),
      textRange: this.index.range(actionCell.start, actionCell.end),
      owners,
      ownerRange: this.index.range(ownerCell.start, ownerCell.end),
      due: due?.parsed?.iso ?? null,
      dueText: dueCell && dueCell.text.trim() ? dueCell.text.trim() : null,
      duePrecision: due?.parsed?.precision ?? null,
      dueAmbiguous: due?.parsed?.ambiguous?.alternative,
      dueRelative: due?.relative,
      dueRange: dueCell ? this.index.range(dueCell.start, dueCell.end) : undefined,
      status: statusCell ? statusOf(statusCell.text) : 'open',
      statusRange: statusCell ? this.index.range(statusCell.start, statusCell.end) : undefined,
      table: { headerLine: candidate.headerLine, columns },
    };
  }

  private owners(text: MappedText, resolver: PeopleResolver): OwnerRef[] {
    return splitOwners(text.text).map((part) => {
      const written = plainText(part.text).replace(/^@/, '');
      const resolution = resolver.resolve(written);
      const [start, end] = text.sourceSpan(part.start, part.end);
      return {
        text: written,
        person: 'person' in resolution ? resolution.person : undefined,
        ambiguous: 'ambiguous' in resolution ? resolution.ambiguous : undefined,
        range: this.index.range(start, end),
      };
    });
  }

  private lineAction(candidate: Candidate, resolver: PeopleResolver, context: DueContext): Action {
    let body = candidate.body;
    // Trailing due clause first, so that "by 15 June" never reads as part of the text.
    const dueClause = splitDueClause(body.text, context);
    let dueMapped: MappedText | undefined;
    if (dueClause) {
      dueMapped = body.slice(dueClause.dueStart, dueClause.dueEnd);
      body = body.slice(0, dueClause.textEnd);
    }
    body = trimPunctuation(body);

    let owners: OwnerRef[] = [];
    let ownerRange: [number, number] = [candidate.markerEnd, candidate.markerEnd];
    let text = body;
    const split = splitOwnerPart(body.text, resolver);
    if (split) {
      const ownerText = body.slice(split.ownerStart, split.ownerEnd);
      owners = this.owners(ownerText, resolver);
      ownerRange = [ownerText.start, ownerText.end];
      text = body.slice(split.textStart);
    }
    const due = dueClause ? readDue(dueClause.dueText, context) : undefined;
    const status: ActionStatus = candidate.checked ? 'done' : 'open';
    return {
      kind: candidate.kind,
      range: this.index.range(candidate.whole[0], candidate.whole[1]),
      text: plainText(text.text),
      textRange: this.index.range(text.start, text.end),
      owners,
      ownerRange: this.index.range(ownerRange[0], ownerRange[1]),
      due: due?.parsed?.iso ?? null,
      dueText: dueClause ? dueClause.dueText : null,
      duePrecision: due?.parsed?.precision ?? null,
      dueAmbiguous: due?.parsed?.ambiguous?.alternative,
      dueRelative: due?.relative,
      dueRange: dueMapped ? this.index.range(dueMapped.start, dueMapped.end) : undefined,
      status,
    };
  }
}

interface DueContext extends DateContext {
  nextMeetingDate?: string;
}

interface DueReading {
  parsed?: ParsedDate;
  /** A relative phrase ("next meeting") that could not be resolved to a date. */
  relative?: boolean;
}

function readDue(text: string, context: DueContext): DueReading {
  const cleaned = plainText(text).replace(/^(?:by|due|before)\s+/i, '');
  if (NEXT_MEETING_PHRASE.test(cleaned)) {
    return context.nextMeetingDate ? { parsed: { iso: context.nextMeetingDate, precision: 'day' } } : { relative: true };
  }
  const parsed = parseDate(cleaned, context);
  return parsed ? { parsed } : {};
}

function isDateLike(text: string, context: DueContext): boolean {
  const cleaned = plainText(text);
  return NEXT_MEETING_PHRASE.test(cleaned) || parseDate(cleaned, context) !== undefined;
}

/**
 * Finds a trailing due clause: `(due 15 June)`, `Due: 2008-02-29`, `due 15 June 07`, `by 19/12/2007`.
 * `Due:` with a colon always is one (so an unreadable date is reported); `due`/`by` without a colon only when
 * what follows reads as a date, so "due to the weather" and "by email" stay text.
 */
function splitDueClause(text: string, context: DueContext): { textEnd: number; dueStart: number; dueEnd: number; dueText: string } | undefined {
  const paren = /\(\s*(?:due|by|deadline)\s*:?\s*([^()]*?)\s*\)\s*\.?\s*$/i.exec(text);
  if (paren) {
    const dueStart = paren.index + paren[0].indexOf(paren[1], paren[0].search(/\s|:/));
    return { textEnd: paren.index, dueStart, dueEnd: dueStart + paren[1].length, dueText: paren[1] };
  }
  const labelled = /^(.*?)(?:^|[\s,;([—–-])(?:\*\*|__)?(?:due(?:\s+date)?|deadline|by when)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.+?)\s*\.?\s*$/i.exec(text);
  if (labelled && labelled[2].trim()) {
    const dueStart = text.length - labelled[0].length + labelled[0].lastIndexOf(labelled[2]);
    return { textEnd: labelled[1].length, dueStart, dueEnd: dueStart + labelled[2].length, dueText: labelled[2] };
  }
  const worded = /^(.*)(?:^|\s|,)(?:due|by|before)\s+(.+?)\s*\.?\s*$/i.exec(text);
  if (worded && isDateLike(worded[2], context)) {
    const dueStart = text.lastIndexOf(worded[2], text.length);
    return { textEnd: worded[1].length, dueStart, dueEnd: dueStart + worded[2].length, dueText: worded[2] };
  }
  return undefined;
}

/**
 * Finds who an action line names: leading @handles; `Owners — text` (em/en dash, ` - ` or `:`) when the
 * part before reads like names; or W3C's `Owners to text` when every name resolves to a known person.
 */
function splitOwnerPart(text: string, resolver: PeopleResolver): { ownerStart: number; ownerEnd: number; textStart: number } | undefined {
  const handles = /^((?:@[\p{L}\p{N}._-]+)(?:\s*(?:,|\/|&|\band\b)\s*@[\p{L}\p{N}._-]+)*)\s*(?::|—|–|\s-\s)?\s*/u.exec(text);
  if (handles) return { ownerStart: 0, ownerEnd: handles[1].length, textStart: handles[0].length };

  const separator = /\s*(?:—|–|\s-\s|:)\s*/.exec(text);
  if (separator && separator.index > 0 && looksLikeNames(text.slice(0, separator.index))) {
    return { ownerStart: 0, ownerEnd: separator.index, textStart: separator.index + separator[0].length };
  }

  const to = /^(.+?)\s+to\s+/i.exec(text);
  if (to && to[1].length <= 80) {
    const names = splitOwners(to[1]);
    if (names.length > 0 && names.every((name) => 'person' in resolver.resolve(name.text))) {
      return { ownerStart: 0, ownerEnd: to[1].length, textStart: to[0].length };
    }
  }
  return undefined;
}

/** A line of names ("Ann Lee (AL), Bo Chan — PCT"), not a sentence that happens to sit under a roster heading. */
function isRosterLine(text: string): boolean {
  return text.split(/[,;]/).every((part) => {
    const entry = parseRosterEntry(part);
    return !entry || looksLikeNames(entry.name.replace(/^@/, '')) || /^@/.test(part.trim());
  });
}

function trimPunctuation(text: MappedText): MappedText {
  const match = /[\s,;:—–-]+$/.exec(text.text);
  return (match ? text.slice(0, match.index) : text).trim();
}

function statusOf(cell: string): ActionStatus {
  const value = plainText(cell).toLowerCase();
  if (/^(?:done|complete|completed|closed|finished|yes|x|✓|✔|☑)\b/u.test(value) || /^[✓✔☑]/u.test(value)) return 'done';
  if (/^(?:cancelled|canceled|dropped|withdrawn|abandoned)\b/.test(value)) return 'cancelled';
  return 'open';
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Parses a minutes document. Never throws: whatever the text, it returns a model (possibly empty). */
export function parseMinutes(text: string, options: ParseOptions = {}): MinutesDocument {
  return new Parser(text, options).run();
}

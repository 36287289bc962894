/**
 * Reads a minutes document into the model: front matter, roster, actions (tables, ACTION lines, task items),
 * decisions and the next meeting. One function, used by every feature.
 */
import type { Content, List, ListItem, Paragraph, Root, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { dateFromFileName, findDates, isRelativeDue, parseDate, resolveRelativeDue, type DateContext, type ParsedDate } from './dates';
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
import { HANDLE, looksLikeNames, parseRosterEntry, PeopleResolver, plainText, rosterEntry, splitOwners, withoutMarks } from './people';
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

/**
 * `ACTION:`, `Action item:`, `**ACTION-ITEM:**`, `ACTION 62.3:` (an id), `(possible) ACTION ITEM:`; any case, optionally
 * emphasised; also `Next step:` followed by the step. Group 1 is set for a next step, group 2 is the id.
 */
const ACTION_MARKER =
  /^(?:\*\*|__|\*|_)?(?:\(possible\)\s*)?(?:action[ -]?items?|action|(next[ -]steps?))(?:[ -]?#?(\d+(?:\.\d+)*))?(?:\*\*|__|\*|_)?\s*:(?:\*\*|__|\*|_)?\s*/i;
/** `AI:`, `*AI:*`, `AI(Mark):`, `AI Felix:` (capitals only: "ai:" is no label). Group 1 or 2 is the owner. */
const AI_MARKER = /^(?:\*\*|__|\*|_)?AI(?:\s*\(([^()\n]{1,40})\)|\s+(\p{Lu}[\p{L}'’.-]*))?(?:\*\*|__|\*|_)?\s*:(?:\*\*|__|\*|_)?\s*/u;
const AI_TOPICS =
  /^(?:safety|ethics|summary|summaries|update|updates|notes?|discussion|review|topics?|items?|policy|policies|strategy|tools?|models?|governance|group|team|working|research|usage|use|act|regulation|risks?|security|assistant|agents?|generated|search|and|or)$/i;
/** A label alone on its line whose list is a list of actions: `Action items:`, `**Next steps**`, `TODO:`. */
const ACTION_LIST_LABEL =
  /^(?:\*\*|__|\*|_)?(?:(?:a\s+)?(?:series|list|set) of\s+)?(?:action items?|actions(?: required| agreed)?|action points|actionables|next steps?|todos?|to-?dos?|to do)(?:\*\*|__|\*|_)?\s*:?(?:\*\*|__|\*|_)?\s*$/i;
/** The text of an action that records there is none: `AI: none`, `ACTION: N/A`. */
const NO_ACTION = /^(?:none|n\/?a|nil|nothing|no actions?(?: items?)?|-+|—|–)\s*[.!]?$/i;
/** Annotations that mark a written action done: `(done)`, `(completed 2020-09-22, …)`, `— done`, `[done]`. */
const DONE_NOTE = /\((?:done|complete|completed|finished)\b[^()]*\)|\[(?:done|completed?)\]|\s(?:[—–-]|:)\s*(?:done|completed)\s*[.!]?$/i;
/** Uppercase labels that are not someone's initials, when telling whether a file is a transcript. */
const NOT_INITIALS = new Set(['AI', 'ACTION', 'TODO', 'NOTE', 'NB', 'PS', 'FYI', 'TBD', 'AOB', 'DATE', 'TIME', 'WHO', 'WHAT', 'WHEN', 'WHY', 'HOW', 'Q', 'A', 'RE', 'CC', 'URL', 'FAQ', 'TLDR', 'EDIT', 'INFO', 'WARN', 'TIP', 'OK', 'PR', 'PRS', 'UTC', 'GMT']);
const DECISION_MARKER = /^(?:\*\*|__)?(?:decision|agreed|resolved)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i;
export const ROSTER_LABEL =
  /^(?:\*\*|__)?(attended|attendees|attendance|present|(?:team\s+)?members\s+present|participants|apologies|apologies for absence|absent|regrets|copies to|copy to|distribution|circulation|next meeting)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i;
const META_LABEL = /^(?:\*\*|__)?(date|meeting date|date\/time|meeting date\/time|location|venue|place)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.+)$/i;
/** A label before the people of a group in a roster: `Team members: …`, `**Client:** …`. Group 2 is the people. */
export const ROSTER_GROUP = /^(?:\*\*|__)?(\p{L}[\p{L} '’-]{0,30}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(\S.*)$/u;
const ROSTER_GROUP_WORD = /\b(?:team|members?|others|guests?|clients?|staff|observers|visitors|board|committee|invited)\b/i;
const NEXT_MEETING_PHRASE = /^(?:the\s+)?next\s+meeting$/i;

export const OWNER_HEADERS = new Set(['owner', 'owners', 'who', 'assignee', 'assignees', 'assigned to', 'responsible', 'lead', 'by whom', 'action by']);
const ACTION_HEADERS = new Set(['action', 'actions', 'task', 'tasks', 'what', 'description', 'item', 'action item']);
export const DUE_HEADERS = new Set(['due', 'due date', 'when', 'deadline', 'by', 'by when', 'target', 'target date', 'date']);
const STATUS_HEADERS = new Set(['status', 'done', 'state']);
const TYPE_HEADERS = new Set(['type', 'kind', 'category']);

type SectionKind = { roster: RosterRole } | { nextMeeting: true } | { other: true };

const SECTION_NUMBER = /^\d+(?:\.\d+)*[.)]?\s*/;
const TRAILING_COLON = /\s*:\s*$/;

/** A heading's (or label's) name: marks, a leading section number and a trailing colon removed, in lower case. */
function sectionName(heading: string): string {
  // The number's and the colon's expressions only when there can be one: most headings have neither.
  let name = withoutMarks(heading);
  const first = name.charCodeAt(0);
  if (first >= 48 && first <= 57) name = name.replace(SECTION_NUMBER, '');
  if (name.includes(':')) name = name.replace(TRAILING_COLON, '');
  return name.trim().toLowerCase();
}

/** What a heading (or a label line) says about the section it opens. */
export function classifySection(heading: string): SectionKind {
  const name = sectionName(heading);
  if (/^(?:attended|attendees|attendance|present|(?:team\s+)?members\s+present|participants|in attendance)$/.test(name)) return { roster: 'attendee' };
  if (/^(?:apologies|apologies for absence|absent|regrets)$/.test(name)) return { roster: 'apology' };
  if (/^(?:copies to|copy to|distribution|circulation)$/.test(name)) return { roster: 'copy' };
  if (/^next meeting\b/.test(name)) return { nextMeeting: true };
  return { other: true };
}

/** What a heading says about the lists under it: actions ("Action items", "Next steps"), or a plan ("Milestones", "Week 3"). */
export function headingKind(heading: string): 'actions' | 'plan' | undefined {
  const name = sectionName(heading);
  if (/^(?:(?:new|open|agreed)\s+)?(?:(?:decisions and\s+)?action items?|actions(?: required| agreed| arising)?|action points|actionables|next steps?|todos?|to-?dos?|to do)$/.test(name)) {
    return 'actions';
  }
  if (/^(?:(?:review|project|sprint|quarterly|team)\s+)?(?:milestones?|roadmap|goals|objectives|okrs?|deliverables)$|^(?:week|sprint|phase|iteration|milestone)\s*#?\d+\b|^q[1-4]\b/.test(name)) {
    return 'plan';
  }
  return undefined;
}

/** A task item that names its owner first: `@mj …`, `Mark: …`, `Mark to …`. */
const WRITTEN_OWNER = /^(?:@[\p{L}\p{N}._-]+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*(?::|—|–|\s-\s|\s+to\s|\s+will\s))/u;

interface Candidate {
  kind: 'line' | 'task';
  body: MappedText;
  whole: [number, number];
  markerEnd: number;
  checked?: boolean;
  /** `ACTION 62.3:` */
  id?: string;
  /** The owner written in the label: `AI(Mark):`, `AI Felix:`. */
  labelOwner?: MappedText;
  /** Marked `AI:`, which is a speaker's initials when the roster has someone called AI. */
  ai?: boolean;
}

interface Marker {
  length: number;
  id?: string;
  /** Offsets of an owner inside the marker. */
  owner?: [number, number];
  ai: boolean;
  /** A label that is an action only with a text after it (`AI:`, `Next step:`), unlike the dialect's `ACTION:`. */
  loose?: boolean;
}

// Expressions with \p{…} live at module level: bundled, each is otherwise rebuilt by `new RegExp` on every call.
const SPEAKER_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(\p{Lu}{2,4})(?:\*\*|__)?(?:[ \t]*\([^()\n]{0,40}\))?(?:\*\*|__)?[ \t]*:/gmu;
const DATE_INSIDE = /\b(?:on|at|by|before)\s+(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b/iu;
const LEADING_HANDLES = /^((?:@[\p{L}\p{N}._-]+)(?:\s*(?:,|\/|&|\band\b)\s*@[\p{L}\p{N}._-]+)*)(?:\s+(?:will|to|is going to|are going to)\s+|\s*(?::|—|–|\s-\s)?\s*)/u;

/**
 * A transcript: at least six paragraphs that start with a speaker's initials and a colon (`DG: …`, `KM (in chat): …`),
 * from at least three speakers. There `AI:` is someone speaking, not an action item.
 */
export function looksLikeTranscript(source: string): boolean {
  const speakers = new Set<string>();
  let lines = 0;
  for (const match of source.matchAll(SPEAKER_LINE)) {
    if (NOT_INITIALS.has(match[1])) continue;
    speakers.add(match[1]);
    lines++;
    if (lines >= 6 && speakers.size >= 3) return true;
  }
  return false;
}

/** Lines of a paragraph that follow one label (an action, a decision, a roster or next-meeting label). */
interface MarkedLines {
  kind: 'action' | 'decision' | 'roster' | 'next';
  lines: MappedText[];
  markerLength: number;
  role?: RosterRole;
  marker?: Marker;
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
  /** Depth of the heading of an "Action items" / "Next steps" section we are in. */
  private actionSection?: number;
  /** Depth of the heading of a plan (milestones, roadmap, "Week 3"), whose ownerless checkboxes are not actions. */
  private planSection?: number;
  /** Whether the document reads as a transcript: found when an `AI` label is first met (it scans the whole text). */
  private transcript?: boolean;

  constructor(
    private readonly source: string,
    private readonly options: ParseOptions,
  ) {
    this.index = new LineIndex(source);
  }

  /** The action label a line starts with, if any. */
  private actionMarker(text: string): Marker | undefined {
    const action = ACTION_MARKER.exec(text);
    if (action) return { length: action[0].length, id: action[2], ai: false, loose: action[1] !== undefined };
    const ai = AI_MARKER.exec(text);
    if (!ai) return undefined;
    this.transcript ??= looksLikeTranscript(this.source);
    if (this.transcript) return undefined;
    const owner = ai[1] ?? ai[2];
    // "AI Safety:", "AI Summary:" are topics, not someone's action item.
    if (ai[2] !== undefined && AI_TOPICS.test(ai[2])) return undefined;
    if (owner === undefined) return { length: ai[0].length, ai: true, loose: true };
    const at = ai[0].indexOf(owner, 2);
    return { length: ai[0].length, owner: [at, at + owner.length], ai: true, loose: true };
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
    const dueContext: DueContext = { meetingDate: context.meetingDate, today: context.today, dayFirst: context.dayFirst, nextMeetingDate: document.nextMeeting?.date };

    const aiIsSomeone = 'person' in resolver.resolve('AI');
    const meetingNumber = meetingNumberOf(document.title, this.options.fileName);
    for (const candidate of this.candidates) {
      // `AI:` where the roster names someone AI is that person speaking.
      if (candidate.ai && aiIsSomeone) continue;
      // `ACTION 61.1` in the minutes of meeting 62 reports on an earlier meeting's action: a carry-over.
      if (candidate.id && meetingNumber !== undefined && Number(candidate.id.split('.')[0]) < meetingNumber && candidate.id.includes('.')) continue;
      document.actions.push(this.lineAction(candidate, resolver, dueContext));
    }
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
    const children = tree.children;
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (node.type === 'yaml') {
        this.readFrontMatter(node.value, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        continue;
      }
      if (node.type === 'heading') {
        const text = toString(node);
        if (node.depth === 1 && this.title === undefined) this.title = plainText(text);
        this.section = classifySection(text);
        this.enterHeading(node.depth, text);
        // `### Meeting Date/Time: Friday, May 24, 2019 14:00 UTC`: a heading may carry the date, when it gives the year.
        const meta = META_LABEL.exec(withoutMarks(text));
        if (meta && /date/i.test(meta[1]) && /\b\d{4}\b/.test(meta[2])) this.dateLine ??= meta[2];
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
        this.nextMeetingLines.push(...blockLines(this.source, start, end).filter((line) => !this.actionMarker(line.text) && !DECISION_MARKER.test(line.text)));
        this.extendNextMeetingRange(end);
        this.readParagraph(node);
        continue;
      }
      if (node.type === 'list' && this.actionSection !== undefined) {
        this.readActionList(node);
        continue;
      }
      if (node.type === 'paragraph' && children[i + 1]?.type === 'list' && this.isActionListLabel(node)) {
        this.readActionList(children[++i] as List);
        continue;
      }
      this.collect(node);
    }
  }

  /** Sections end at the next heading of their level or above. */
  private enterHeading(depth: number, text: string): void {
    if (this.actionSection !== undefined && depth <= this.actionSection) this.actionSection = undefined;
    if (this.planSection !== undefined && depth <= this.planSection) this.planSection = undefined;
    const kind = headingKind(text);
    if (kind === 'actions') this.actionSection = depth;
    else if (kind === 'plan') this.planSection = depth;
  }

  /** A paragraph that is only a label such as `Action items:` or `**Next steps**`. */
  private isActionListLabel(paragraph: Paragraph): boolean {
    const [start, end] = this.offsets(paragraph);
    const text = this.source.slice(start, end);
    return !text.includes('\n') && ACTION_LIST_LABEL.test(text.trim());
  }

  /** Every item of a list of actions is an action; its nested items are notes on it. */
  private readActionList(list: List): void {
    for (const item of list.children) {
      const [first, ...rest] = item.children;
      if (first?.type !== 'paragraph' || typeof item.checked === 'boolean') {
        this.readListItem(item);
        continue;
      }
      const [start, end] = this.offsets(first);
      const lines = blockLines(this.source, start, end);
      if (this.actionMarker(lines[0].text) || DECISION_MARKER.test(lines[0].text) || (lines.length === 1 && ACTION_LIST_LABEL.test(lines[0].text))) {
        this.readListItem(item);
        continue;
      }
      const body = MappedText.join(lines);
      if (!NO_ACTION.test(withoutMarks(body.text))) {
        this.candidates.push({ kind: 'line', body, whole: [this.offsets(item)[0], end], markerEnd: body.start });
      }
      for (const child of rest) this.collect(child);
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
      const marker = this.actionMarker(body.text);
      const markerLength = marker ? marker.length : 0;
      // A plan's checklist ("## Week 3", "## Milestones") lists goals, not actions, unless an item names its owner.
      if (this.planSection === undefined || marker || WRITTEN_OWNER.test(body.text)) {
        this.candidates.push({
          kind: 'task',
          body: body.slice(markerLength),
          whole: [this.offsets(item)[0], end],
          markerEnd: body.sourceOffset(markerLength),
          checked: item.checked,
          id: marker?.id,
          labelOwner: marker?.owner && body.slice(...marker.owner),
          ai: marker?.ai,
        });
      }
      for (const child of rest) this.collect(child);
      return;
    }
    // `- action items:` (or `- next steps:`) over a nested list: the nested items are actions.
    const nested = rest.find((child): child is List => child.type === 'list');
    if (first?.type === 'paragraph' && nested && this.isActionListLabel(first)) {
      this.readActionList(nested);
      for (const child of rest) if (child !== nested) this.collect(child);
      return;
    }
    for (const child of item.children) this.collect(child);
  }

  /** A paragraph may hold several marked lines; unmarked lines continue the one before. */
  private readParagraph(paragraph: Paragraph): void {
    const [start, end] = this.offsets(paragraph);
    const lines = blockLines(this.source, start, end);
    // A method rather than a closure: a closure per paragraph costs, bundled with kept names, a defineProperty each.
    let current: MarkedLines | undefined;
    const prose: MappedText[] = [];
    for (const line of lines) {
      const text = line.text;
      let match: RegExpExecArray | null;
      const marker = this.actionMarker(text);
      if (marker) {
        this.flushMarked(current);
        current = { kind: 'action', lines: [line], markerLength: marker.length, marker };
      } else if ((match = DECISION_MARKER.exec(text))) {
        this.flushMarked(current);
        current = { kind: 'decision', lines: [line], markerLength: match[0].length };
      } else if ((match = META_LABEL.exec(text))) {
        current = this.flushMarked(current);
        const value = plainText(match[2]);
        if (/date/i.test(match[1])) this.dateLine ??= value;
        else this.locationLine ??= value;
      } else if ((match = ROSTER_LABEL.exec(text))) {
        this.flushMarked(current);
        const section = classifySection(match[1]);
        if ('roster' in section) current = { kind: 'roster', lines: [line], markerLength: match[0].length, role: section.roster };
        else current = { kind: 'next', lines: [line], markerLength: match[0].length };
        // A roster line is one line of names; do not let prose that follows join it.
        if (current.kind === 'roster' && line.text.length > match[0].length) current = this.flushMarked(current);
      } else if (current) {
        current.lines.push(line);
      } else if ('roster' in this.section && isRosterLine(line.text)) {
        this.readRosterLine(line, this.section.roster);
      } else if (!('nextMeeting' in this.section)) {
        prose.push(line);
      }
    }
    this.flushMarked(current);
    if (prose.length > 0) this.prose.push({ text: MappedText.join(prose), end });
  }

  /** Reads the marked lines of a paragraph gathered so far; gives undefined, for the caller's "nothing gathered". */
  private flushMarked(current: MarkedLines | undefined): undefined {
    if (!current) return undefined;
    const body = MappedText.join(current.lines);
    const rest = body.slice(current.markerLength);
    if (current.kind === 'action') {
      const marker = current.marker;
      let text = rest;
      // `**ACTION ITEM: Ralph will compile doc**`: the emphasis opened before the label closes at the end.
      const opened = /^(?:\*\*|__)/.exec(body.text)?.[0];
      if (opened && !body.text.slice(2, current.markerLength).includes(opened) && text.text.trimEnd().endsWith(opened)) {
        text = text.slice(0, text.text.trimEnd().length - 2);
      }
      const written = withoutMarks(text.text);
      if (!NO_ACTION.test(written) && (written !== '' || !marker?.loose)) {
        this.candidates.push({
          kind: 'line',
          body: text,
          whole: [body.start, body.end],
          markerEnd: rest.start,
          id: marker?.id,
          labelOwner: marker?.owner && body.slice(...marker.owner),
          ai: marker?.ai,
        });
      }
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
    return undefined;
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
      if (typeof item.checked === 'boolean' || this.actionMarker(line.text) || DECISION_MARKER.test(line.text)) {
        this.readListItem(item);
        continue;
      }
      // Both labels need a colon, which most items (a name) lack: the expressions only when there is one.
      const hasColon = line.text.includes(':');
      // `Absent: N/A`, `Present: …` inside a roster list: the label says the role.
      const label = hasColon ? ROSTER_LABEL.exec(line.text) : null;
      const labelled = label && classifySection(label[1]);
      // `Team members: Josh, Niko, Felix`: a group's label, then its people.
      const group = hasColon ? ROSTER_GROUP.exec(line.text) : null;
      if (label && labelled && 'roster' in labelled) {
        this.readRosterLine(line.slice(label[0].length), labelled.roster);
      } else if (group && (group[2].includes(',') || ROSTER_GROUP_WORD.test(group[1]))) {
        this.readRosterLine(line.slice(group[0].length - group[2].length), role);
      } else {
        const parsed = parseRosterEntry(line.text);
        if (parsed) this.roster.push(rosterEntry(parsed, role, this.index.range(line.start, line.end)));
      }
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
    const headers = header.children.map((cell) => withoutMarks(toString(cell)).toLowerCase().replace(/[:?]$/, ''));
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
    // A Type column of T(ask) / D(ecision) / I(nformation): only tasks are actions; decisions are decisions.
    const type = headers.findIndex((h, i) => TYPE_HEADERS.has(h) && ![owner, action, due, status].includes(i));
    for (const row of rows) {
      const cells = row.children.map((cell) => this.cellContent(cell));
      if (cells.every((cell) => !cell || cell.text.trim() === '')) continue;
      if (type >= 0) {
        const kind = withoutMarks(cells[type]?.text ?? '').toLowerCase();
        if (/^(?:d|decision)$/.test(kind) && cells[action]?.text.trim()) {
          this.decisions.push({ text: plainText(cells[action].text), range: this.index.range(...this.offsets(row)) });
        }
        if (!/^(?:t|task|a|action|action item)$/.test(kind)) continue;
      }
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
    let done = candidate.checked === true;
    // `Action: **Invite Steven Loomis …**`: the emphasis around the whole text is no part of it.
    const wrapped = /^\s*(\*\*|__)(?!\s)([\s\S]*?\S)\1\s*[.!]?\s*$/.exec(body.text);
    if (wrapped && !wrapped[2].includes(wrapped[1])) {
      const at = body.text.indexOf(wrapped[1]) + 2;
      body = body.slice(at, at + wrapped[2].length);
    }
    // ~~struck through~~ is done; so is a trailing `(done)` / `— done`, which is no part of the text.
    const struck = /^\s*~~([\s\S]+)~~\s*[.!]?\s*$/.exec(body.text);
    if (struck) {
      done = true;
      const at = body.text.indexOf('~~') + 2;
      body = body.slice(at, at + struck[1].length);
    }
    const note = DONE_NOTE.exec(body.text);
    if (note) {
      done = true;
      if (body.text.slice(note.index + note[0].length).trim() === '') body = body.slice(0, note.index);
    }
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
    const split = candidate.labelOwner ? undefined : splitOwnerPart(body.text, resolver);
    if (candidate.labelOwner) {
      owners = this.owners(candidate.labelOwner, resolver);
      ownerRange = [candidate.labelOwner.start, candidate.labelOwner.end];
    } else if (split) {
      const ownerText = body.slice(split.ownerStart, split.ownerEnd);
      owners = this.owners(ownerText, resolver);
      ownerRange = [ownerText.start, ownerText.end];
      text = body.slice(split.textStart);
    } else {
      const trailing = trailingOwner(body.text, resolver);
      if (trailing) {
        const ownerText = body.slice(trailing.ownerStart, trailing.ownerEnd);
        owners = this.owners(ownerText, resolver);
        ownerRange = [ownerText.start, ownerText.end];
        text = trimPunctuation(body.slice(0, trailing.textEnd));
      }
    }
    const due = dueClause ? readDue(dueClause.dueText, context) : undefined;
    const status: ActionStatus = done ? 'done' : 'open';
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
      id: candidate.id,
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
  const cleaned = withoutMarks(text).replace(/^(?:by|due|before)\s+/i, '');
  if (NEXT_MEETING_PHRASE.test(cleaned)) {
    return context.nextMeetingDate ? { parsed: { iso: context.nextMeetingDate, precision: 'day' } } : { relative: true };
  }
  const parsed = parseDate(cleaned, context);
  if (parsed) return { parsed };
  if (isRelativeDue(cleaned)) {
    const resolved = resolveRelativeDue(cleaned, context);
    return resolved ? { parsed: resolved } : { relative: true };
  }
  return {};
}

function isDateLike(text: string, context: DueContext): boolean {
  const cleaned = withoutMarks(text);
  return NEXT_MEETING_PHRASE.test(cleaned) || parseDate(cleaned, context) !== undefined || isRelativeDue(cleaned);
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
  // A span needs no "by": "write it up in 2 weeks", "review it next week".
  const span = /^(.*?)[\s,]+((?:with)?in\s+(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)|next\s+week|today|tomorrow)\s*\.?\s*$/i.exec(text);
  if (span && span[1].trim()) {
    const dueStart = text.lastIndexOf(span[2]);
    return { textEnd: span[1].length, dueStart, dueEnd: dueStart + span[2].length, dueText: span[2] };
  }
  // A full date inside the text says when: "will have a call at 2018-08-21 10:00 – link to follow".
  const inside = DATE_INSIDE.exec(text);
  if (inside && parseDate(inside[1], context)) {
    const dueStart = inside.index + inside[0].length - inside[1].length;
    return { textEnd: text.length, dueStart, dueEnd: dueStart + inside[1].length, dueText: inside[1] };
  }
  return undefined;
}

/**
 * Finds who an action line names: leading @handles; `Owners — text` (em/en dash, ` - ` or `:`) when the
 * part before reads like names; or W3C's `Owners to text` when every name resolves to a known person.
 */
function splitOwnerPart(text: string, resolver: PeopleResolver): { ownerStart: number; ownerEnd: number; textStart: number } | undefined {
  const handles = LEADING_HANDLES.exec(text);
  if (handles) return { ownerStart: 0, ownerEnd: handles[1].length, textStart: handles[0].length };

  const separator = /\s*(?:—|–|\s-\s|:)\s*/.exec(text);
  if (separator && separator.index > 0 && looksLikeNames(text.slice(0, separator.index))) {
    return { ownerStart: 0, ownerEnd: separator.index, textStart: separator.index + separator[0].length };
  }

  const to = COMMITMENT_VERB.exec(text);
  if (to && to[1].length <= 80) {
    const names = splitOwners(to[1]);
    if (names.length > 0 && names.every((name) => plausibleOwner(name.text, resolver, true))) {
      return { ownerStart: 0, ownerEnd: to[1].length, textStart: to[0].length };
    }
  }

  // People on the roster followed by what they do: "Ben file an issue".
  const lead = LEADING_NAMES.exec(text);
  if (lead) {
    const names = splitOwners(lead[1]);
    if (names.length > 0 && names.every((name) => 'person' in resolver.resolve(name.text))) {
      return { ownerStart: 0, ownerEnd: lead[1].length, textStart: lead[0].length };
    }
  }
  return undefined;
}

/** `Owners to …`, `Owners will …`, `Owner is going to …`. */
const COMMITMENT_VERB = /^(.+?)\s+(?:to|will|shall|is going to|are going to|is to|are to)\s+/i;
const LEADING_NAMES = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|\/|\band\b)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*)\s+(?=\p{Ll})/u;
/** Words for a group, or for nobody in particular: "Everyone to read the paper" has no owner. */
const GROUP_WORDS = /^(?:all|everyone|everybody|someone|somebody|anyone|anybody|nobody|no one|we|they|you|i|he|she|it|people|folks|others|each|both|this|that|these|those|there|who|which|what|one|team|the team|tbd|tbc|unknown|none|n\/a)$/i;
/** Verbs that start an instruction, so "Invite Steven Loomis to the next meeting" names no owner. */
const IMPERATIVES = new Set(
  'invite ask send check review update create write schedule contact reach email follow confirm prepare share add fix get make set post open file draft organise organize arrange book find look talk discuss circulate investigate explore consider propose publish submit remove move merge close identify engage extend join perform have put ensure ping tell let help work start finish complete document coordinate collect gather summarize summarise provide present request plan raise bring take give reply respond prioritise prioritize clarify verify test run build implement evaluate assess research compile'.split(' '),
);
/** Words that start a sentence before "to"/"will" and are nobody's name or handle ("Proposal to merge", "need to"). */
const NOT_NAMES = new Set(
  'need needs want wants going have has had plan plans agreed decided try tries how what where when why ready able unable continue proposal proposed move moving talk reply respond refer switch migrate go come return add reach link point due back up down next also then still and or but ok okay yes no nothing something everything it this that used use time likely hard easy nice good best better important necessary decision agreement request reminder note question answer suggestion motion vote first second third finally later remember idea goal aim intention consensus action item task'.split(' '),
);

/**
 * Could this be who an action is for? A person on the roster; else something that reads like a name (capitalised
 * words, initials, an @handle) and is not a word for a group; with `handles`, also a lone lowercase handle
 * (`nikomatsakis to write up the proposal`).
 */
function plausibleOwner(written: string, resolver: PeopleResolver, handles: boolean): boolean {
  const raw = withoutMarks(written);
  const name = raw.replace(/^@/, '');
  if (!name) return false;
  if ('person' in resolver.resolve(name)) return true;
  if (GROUP_WORDS.test(name) || /^(?:all|every|each|some|any|the|our|a|an|no)\s/i.test(name)) return false;
  if (IMPERATIVES.has(name.split(/\s+/)[0].toLowerCase()) || NOT_NAMES.has(name.toLowerCase())) return false;
  if (HANDLE.test(raw) || looksLikeNames(name)) return true;
  return handles && /^[a-z][a-z0-9_-]{3,24}$/.test(name);
}

const STATUS_WORDS = /^(?:done|complete|completed|finished|closed|open|wip|tbd|tbc|todo|optional|ongoing|pending|blocked|draft|urgent|high|low|medium|p\d)$/i;

/** A trailing `(Name)`, `(maybe Name?)` or `(@handle)`: who the action is for. */
function trailingOwner(text: string, resolver: PeopleResolver): { ownerStart: number; ownerEnd: number; textEnd: number } | undefined {
  const match = /\(\s*(?:(?:maybe|possibly|probably|perhaps)\s+)?([^()]+?)\s*\??\s*\)\s*[.!]?\s*$/i.exec(text);
  if (!match || match.index === 0) return undefined;
  const names = splitOwners(match[1]);
  if (names.length === 0 || names.some((name) => STATUS_WORDS.test(name.text) || !plausibleOwner(name.text, resolver, false))) return undefined;
  const ownerStart = match.index + match[0].indexOf(match[1]);
  return { ownerStart, ownerEnd: ownerStart + match[1].length, textEnd: match.index };
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
  const value = withoutMarks(cell).toLowerCase();
  if (/^(?:done|complete|completed|closed|finished|yes|x|✓|✔|☑)\b/u.test(value) || /^[✓✔☑]/u.test(value)) return 'done';
  if (/^(?:cancelled|canceled|dropped|withdrawn|abandoned)\b/.test(value)) return 'cancelled';
  return 'open';
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** The meeting's number, from the title or the file name: "Core Devs Meeting 62", "Call #36", "call_066.md". */
function meetingNumberOf(title: string | undefined, fileName: string | undefined): number | undefined {
  for (const text of [title, fileName?.split(/[\\/]/).pop()]) {
    const match = text && /\b(?:meeting|call)[\s_#-]*(\d{1,4})\b(?![-/.]\d)/i.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Parses a minutes document. Never throws: whatever the text, it returns a model (possibly empty). */
export function parseMinutes(text: string, options: ParseOptions = {}): MinutesDocument {
  return new Parser(text, options).run();
}

/**
 * Reads a minutes document into the model: front matter, roster, actions (tables, ACTION lines, task items),
 * decisions and the next meeting. One function, used by every feature.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DateContext } from './dates';
import { ATX_HEADING, blockLines, MappedText, parseMarkdown } from './markdown';
import {
  Decision,
  LineIndex,
  MinutesDocument,
  RosterEntry,
  RosterRole,
} from './model';
import { looksLikeNames, parseRosterEntry, PeopleResolver, plainText, rosterEntry, withoutMarks } from './people';
import { computeDiagnostics } from './diagnostics';
import { findProseCommitments, lowerCaseWordsOf, namesWrittenElsewhere } from './proseActions';
import { parseRelevantMarkdown } from './prescan';
import { meetingDate, readFrontMatter, readNextMeeting, rosterFromFrontMatter, stringField, type FrontMatter } from './dialect/meetingFacts';
import { ActionBuilder, type Candidate, type TableCandidate } from './dialect/actionBuilder';
import { isReviewHeading, reviewColumns } from './dialect/reviewTable';
import {
  ACTION_LIST_LABEL,
  classifySection,
  headingKind,
  headingOwner,
  headingOwnerNames,
  namesItsOwner,
  namesTheAgenda,
  OUTCOME_LABEL,
  type SectionKind,
} from './dialect/actionSections';
import { actionColumns, rowKind } from './dialect/actionTables';
import type { DueContext } from './dialect/dueClauses';
import {
  actionMarker,
  DECISION_MARKER,
  looksLikeTranscript,
  META_LABEL,
  NO_ACTION,
  ROSTER_GROUP,
  ROSTER_GROUP_WORD,
  ROSTER_LABEL,
  type Marker,
} from './dialect/labelledLines';
import { isRollCall, WRITTEN_OWNER } from './dialect/taskItems';

export { classifySection, headingKind } from './dialect/actionSections';
export { looksLikeTranscript, ROSTER_GROUP, ROSTER_LABEL } from './dialect/labelledLines';

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
  /**
   * Commitments written as prose ("RS will send the letter"): hints by default; with `action` (the
   * `minutes.proseActions` setting), actions of kind `prose`, listed and exported like any other; with `off`, not
   * looked for at all (no hints): for readers that show none, such as a scan of files no editor shows.
   */
  proseActions?: 'hint' | 'action' | 'off';
}

/**
 * How a reader reads commitments in prose under the `minutes.proseActions` setting (`--prose-actions`): as actions
 * when it says so; else as hints where hints are shown (an open editor, `check --include-hints`), and not at all
 * elsewhere (the workspace index, the CLI's other outputs), which spares the recogniser and the paragraphs kept for it.
 */
export function proseReading(setting: 'hint' | 'action', hintsShown: boolean): NonNullable<ParseOptions['proseActions']> {
  return setting === 'action' ? 'action' : hintsShown ? 'hint' : 'off';
}

/** Lines of a paragraph that follow one label (an action, a decision, a roster or next-meeting label). */
interface MarkedLines {
  kind: 'action' | 'decision' | 'roster' | 'next';
  lines: MappedText[];
  markerLength: number;
  role?: RosterRole;
  marker?: Marker;
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
  private frontMatter: FrontMatter = { data: {}, range: [0, 0] };
  private title?: string;
  private dateLine?: string;
  private locationLine?: string;
  private section: SectionKind = { other: true };
  /** Depth of the heading of an "Action items" / "Next steps" section we are in. */
  private actionSection?: number;
  /** Depth of the heading of a plan (milestones, roadmap, "Week 3"), whose ownerless checkboxes are not actions. */
  private planSection?: number;
  /** Depth of the heading of an "Actions from previous meetings" section, whose tables review earlier actions. */
  private reviewSection?: number;
  /** Depth of the heading of an attendance list ("Voting member attendance"), whose checkboxes say who came. */
  private attendanceSection?: number;
  /** Inside a label's checklist ("Housekeeping checklist:" over a nested list): its ownerless checkboxes are not actions. */
  private checklistLabel = 0;
  /** Inside a roll call written as checkboxes ("- [x] Bill Roberts - Adobe Inc."). */
  private rollCall = 0;
  /** The owner a heading in (or of) an action section names: "## Jack", "## Tasks for Everyone". */
  private sectionOwner?: { depth: number; owner: MappedText };
  /** Whether the document reads as a transcript: found when an `AI` label is first met (it scans the whole text). */
  private transcript?: boolean;
  private resolverSoFar?: { entries: number; resolver: PeopleResolver };

  constructor(
    private readonly source: string,
    private readonly options: ParseOptions,
  ) {
    this.index = new LineIndex(source);
  }

  /** The action label a line starts with, if any. */
  private actionMarker(text: string): Marker | undefined {
    return actionMarker(text, this);
  }

  /** Whether the document reads as a transcript (`DG: …` paragraphs), where `AI:` is someone speaking. */
  isTranscript(): boolean {
    this.transcript ??= looksLikeTranscript(this.source);
    return this.transcript;
  }

  run(): MinutesDocument {
    const tree = this.options.fullParse ? parseMarkdown(this.source) : parseRelevantMarkdown(this.source, this.options.proseActions !== 'off');
    this.walkRoot(tree);
    this.roster.push(...rosterFromFrontMatter(this.frontMatter, this.source, this.index));

    const document: MinutesDocument = {
      roster: this.roster,
      actions: [],
      decisions: this.decisions,
      proseActions: [],
      diagnostics: [],
    };
    document.title = stringField(this.frontMatter.data.title) ?? this.title;
    document.location = stringField(this.frontMatter.data.location) ?? this.locationLine;
    Object.assign(document, meetingDate({ frontMatter: this.frontMatter.data, dateLine: this.dateLine, title: document.title, fileName: this.options.fileName }, { today: this.options.today, dayFirst: this.options.dayFirst }));

    const context: DateContext = { meetingDate: document.date, today: this.options.today, dayFirst: this.options.dayFirst };
    document.nextMeeting = readNextMeeting(this.nextMeetingLines, this.nextMeetingRange, this.index, context);
    const resolver = this.peopleSoFar();
    const dueContext: DueContext = { meetingDate: context.meetingDate, today: context.today, dayFirst: context.dayFirst, nextMeetingDate: document.nextMeeting?.date };

    const build = new ActionBuilder(this.source, this.index, resolver, dueContext);
    const aiIsSomeone = 'person' in resolver.resolve('AI');
    const meetingNumber = meetingNumberOf(document.title, this.options.fileName);
    for (const candidate of this.candidates) {
      // `AI:` where the roster names someone AI is that person speaking.
      if (candidate.ai && aiIsSomeone) continue;
      // `ACTION 61.1` in the minutes of meeting 62 reports on an earlier meeting's action: a carry-over.
      if (candidate.id && meetingNumber !== undefined && Number(candidate.id.split('.')[0]) < meetingNumber && candidate.id.includes('.')) continue;
      document.actions.push(build.fromLine(candidate));
    }
    for (const row of this.tableRows) document.actions.push(build.fromRow(row));
    document.actions.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

    const rosterKnown = this.roster.length > 0 || !resolver.isEmpty;
    // Which words the document writes in lower case is asked only of a commitment's owner, word by word.
    const ordinaryWords = lowerCaseWordsOf(this.source);
    // Initials and handles the file writes for people its roster does not list as entries own commitments too.
    const elsewhere = this.prose.length > 0 ? namesWrittenElsewhere(this.source, this.roster, resolver) : [];
    const proseResolver = elsewhere.length > 0 ? new PeopleResolver(this.roster, { ...this.options.people, ...Object.fromEntries(elsewhere.map((name) => [name, []])) }) : resolver;
    for (const paragraph of this.prose) {
      for (const found of findProseCommitments(paragraph.text, proseResolver, document.actions, rosterKnown, ordinaryWords)) {
        if (this.options.proseActions === 'action') {
          document.actions.push(build.fromProse(found));
          continue;
        }
        document.proseActions.push({
          range: this.index.range(found.start, found.end),
          owners: found.owners,
          ownerText: found.ownerText,
          text: found.text,
          insertAt: this.index.position(paragraph.end),
        });
      }
    }

    if (this.options.proseActions === 'action') document.actions.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

    document.diagnostics = computeDiagnostics(document, {
      rosterKnown,
      resolver,
      frontMatterError: this.frontMatter.error === undefined ? undefined : { message: this.frontMatter.error, range: this.index.range(...this.frontMatter.range) },
    });
    return document;
  }

  // ---- walking the tree -------------------------------------------------------------------------

  private walkRoot(tree: Root): void {
    const children = tree.children;
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (node.type === 'yaml') {
        this.frontMatter = readFrontMatter(node.value, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        continue;
      }
      if (node.type === 'heading') {
        const text = toString(node);
        if (node.depth === 1 && this.title === undefined) this.title = plainText(text);
        this.section = classifySection(text);
        this.enterHeading(node.depth, text, node);
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
      // An "Actions" heading whose items name the agenda is the agenda ("1. Help needed; Agenda Items …").
      if (node.type === 'list' && this.actionSection !== undefined && this.listNamesTheAgenda(node)) this.actionSection = undefined;
      if (node.type === 'list' && this.actionSection !== undefined) {
        this.readActionList(node);
        continue;
      }
      if (node.type === 'paragraph' && children[i + 1]?.type === 'list' && this.isActionListLabel(node)) {
        this.readActionList(children[++i] as List);
        continue;
      }
      // `**Resolved**` over `Name: task` items: those items are actions.
      if (node.type === 'paragraph' && children[i + 1]?.type === 'list' && this.isOutcomeLabel(node)) {
        this.readActionList(children[++i] as List, true);
        continue;
      }
      this.collect(node);
    }
  }

  /** Sections end at the next heading of their level or above. */
  private enterHeading(depth: number, text: string, node: Heading): void {
    if (this.actionSection !== undefined && depth <= this.actionSection) this.actionSection = undefined;
    if (this.planSection !== undefined && depth <= this.planSection) this.planSection = undefined;
    if (this.reviewSection !== undefined && depth <= this.reviewSection) this.reviewSection = undefined;
    if (isReviewHeading(text)) this.reviewSection = depth;
    if (this.attendanceSection !== undefined && depth <= this.attendanceSection) this.attendanceSection = undefined;
    if (this.sectionOwner !== undefined && depth <= this.sectionOwner.depth) this.sectionOwner = undefined;
    const kind = headingKind(text);
    const inActions = this.actionSection !== undefined;
    if (kind === 'actions') this.actionSection = depth;
    else if (kind === 'plan') this.planSection = depth;
    else if (kind === 'attendance') this.attendanceSection = depth;
    if (kind === 'actions' || (inActions && this.actionSection !== undefined)) this.readSectionOwner(node, kind !== 'actions');
  }

  /** The owner a heading names for the actions under it ("## Jack" inside "# Action Items", "## Tasks for Everyone"). */
  private readSectionOwner(node: Heading, subheading: boolean): void {
    const [start, end] = this.offsets(node);
    if (this.source[start] !== '#') return;
    const line = MappedText.of(this.source, start, end);
    const content = ATX_HEADING.exec(line.text);
    if (!content || !content[1]) return;
    const at = line.text.indexOf(content[1], 1);
    const people = this.peopleSoFar();
    const owner = headingOwner(content[1], people, subheading);
    if (!owner) return;
    // Under a person's heading, a deeper heading the roster does not know is a part of their items ("### Ann Lee",
    // then "#### Details"), not another owner. (With no roster, nothing tells a name from a topic.)
    if (this.sectionOwner !== undefined && this.roster.length > 0) {
      const named = headingOwnerNames(withoutMarks(content[1].slice(owner[0], owner[1])));
      if (!named.every((name) => 'person' in people.resolve(name))) return;
    }
    this.sectionOwner = { depth: node.depth, owner: line.slice(at + owner[0], at + owner[1]) };
  }

  /**
   * The people the roster read so far names. Made again only when the roster has grown (it only grows): every heading
   * in an action section asks, and the document's actions ask once it is read.
   */
  private peopleSoFar(): PeopleResolver {
    if (this.resolverSoFar?.entries !== this.roster.length) {
      this.resolverSoFar = { entries: this.roster.length, resolver: new PeopleResolver(this.roster, this.options.people) };
    }
    return this.resolverSoFar.resolver;
  }

  /** The owner the section names, for an action read in it. */
  private ownerOfSection(): MappedText | undefined {
    return this.actionSection === undefined ? undefined : this.sectionOwner?.owner;
  }

  /** A paragraph that is only a label such as `Action items:` or `**Next steps**`. */
  private isActionListLabel(paragraph: Paragraph): boolean {
    const [start, end] = this.offsets(paragraph);
    const text = this.source.slice(start, end);
    return !text.includes('\n') && ACTION_LIST_LABEL.test(text.trim());
  }

  /** A paragraph that is only a label naming a checklist or an attendance list: `Housekeeping checklist:`. */
  private isChecklistLabel(paragraph: Paragraph): boolean {
    const [start, end] = this.offsets(paragraph);
    const text = this.source.slice(start, end);
    if (text.includes('\n') || text.length > 60) return false;
    const kind = headingKind(text);
    return kind === 'plan' || kind === 'attendance';
  }

  /** A paragraph that is only a label over outcomes: `**Resolved**`, `Agreed:`. */
  private isOutcomeLabel(paragraph: Paragraph): boolean {
    const [start, end] = this.offsets(paragraph);
    const text = this.source.slice(start, end);
    return !text.includes('\n') && OUTCOME_LABEL.test(text.trim());
  }

  /** Whether an item of the list (its first line) names the agenda. */
  private listNamesTheAgenda(list: List): boolean {
    return list.children.some((item) => {
      const first = item.children[0];
      if (first?.type !== 'paragraph') return false;
      const [start, end] = this.offsets(first);
      return namesTheAgenda(blockLines(this.source, start, end)[0].text);
    });
  }

  /**
   * Every item of a list of actions is an action; its nested items are notes on it. With `named`, only the items that
   * name their owner first (`Name: task`, under `**Resolved**`) are.
   */
  private readActionList(list: List, named = false): void {
    for (const item of list.children) {
      const [first, ...rest] = item.children;
      if (first?.type !== 'paragraph' || typeof item.checked === 'boolean') {
        this.readListItem(item);
        continue;
      }
      const [start, end] = this.offsets(first);
      const lines = blockLines(this.source, start, end);
      if (
        this.actionMarker(lines[0].text) ||
        DECISION_MARKER.test(lines[0].text) ||
        (lines.length === 1 && ACTION_LIST_LABEL.test(lines[0].text)) ||
        (named && !namesItsOwner(lines[0].text))
      ) {
        this.readListItem(item);
        continue;
      }
      const body = MappedText.join(lines);
      if (!NO_ACTION.test(withoutMarks(body.text))) {
        this.candidates.push({ kind: 'line', body, whole: [this.offsets(item)[0], end], markerEnd: body.start, sectionOwner: this.ownerOfSection(), review: this.reviewSection !== undefined });
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
    // A roll call written as checkboxes ("- [x] Bill Roberts - Adobe Inc."): who came, not tasks.
    const rollCall = this.isRollCall(list);
    if (rollCall) this.rollCall++;
    for (const item of list.children) this.readListItem(item);
    if (rollCall) this.rollCall--;
  }

  private isRollCall(list: List): boolean {
    if (list.children.length < 3 || list.children.some((item) => typeof item.checked !== 'boolean')) return false;
    return isRollCall(
      list.children.map((item) => {
        const first = item.children[0];
        if (first?.type !== 'paragraph') return '';
        const [start, end] = this.offsets(first);
        return blockLines(this.source, start, end)[0].text;
      }),
    );
  }

  private readListItem(item: ListItem): void {
    const [first, ...rest] = item.children;
    if (typeof item.checked === 'boolean' && first?.type === 'paragraph') {
      const [start, end] = this.offsets(first);
      const body = MappedText.join(blockLines(this.source, start, end));
      const marker = this.actionMarker(body.text);
      const markerLength = marker ? marker.length : 0;
      // A plan's checklist ("## Week 3", "## Milestones", "Housekeeping checklist:") lists goals, not actions, unless an
      // item names its owner; an attendance list's checkboxes ("[x] Bill Roberts - Adobe") say who came.
      const plan = this.planSection !== undefined || this.checklistLabel > 0;
      if ((!plan || marker || WRITTEN_OWNER.test(body.text)) && ((this.attendanceSection === undefined && this.rollCall === 0) || marker)) {
        this.candidates.push({
          kind: 'task',
          body: body.slice(markerLength),
          whole: [this.offsets(item)[0], end],
          markerEnd: body.sourceOffset(markerLength),
          checked: item.checked,
          id: marker?.id,
          labelOwner: marker?.owner && body.slice(...marker.owner),
          ai: marker?.ai,
          review: this.reviewSection !== undefined,
          sectionOwner: this.ownerOfSection(),
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
    // `- Housekeeping checklist:` over a nested list of checkboxes: a checklist, not tasks.
    if (first?.type === 'paragraph' && nested && this.isChecklistLabel(first)) {
      this.checklistLabel++;
      for (const child of item.children) this.collect(child);
      this.checklistLabel--;
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
        // A roster line is one line of names; do not let prose that follows join it. A label alone on its line
        // (`Present:`) starts a roster section, whose following lines are each a line of names.
        if (current.kind === 'roster') current = this.flushMarked(current);
      } else if (current) {
        current.lines.push(line);
      } else if ('roster' in this.section && isRosterLine(line.text)) {
        this.readRosterLine(line, this.section.roster);
      } else if (!('nextMeeting' in this.section) && this.options.proseActions !== 'off') {
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
          review: this.reviewSection !== undefined,
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

  // ---- actions ---------------------------------------------------------------------------------

  private readTable(table: Table): void {
    const [header, ...rows] = table.children;
    if (!header) return;
    const columns = actionColumns(header.children.map((cell) => toString(cell)));
    if (!columns) return;
    const { owner, action, due, status, type } = columns;
    const headerLine = this.index.position(this.offsets(header)[0]).line;
    const review = reviewColumns(header.children.map((cell) => withoutMarks(toString(cell)).toLowerCase().replace(/[:?]$/, '')), [owner, action, due, status, type >= 0 ? type : undefined]);
    // A table in a review section, or one that says where each action was agreed, reviews earlier actions.
    const reference = { ...review, review: this.reviewSection !== undefined || review.agreed !== undefined };
    for (const row of rows) {
      const cells = row.children.map((cell) => this.cellContent(cell));
      if (cells.every((cell) => !cell || cell.text.trim() === '')) continue;
      if (type >= 0) {
        const kind = rowKind(cells[type]?.text ?? '');
        if (kind === 'decision' && cells[action]?.text.trim()) {
          this.decisions.push({ text: plainText(cells[action].text), range: this.index.range(...this.offsets(row)) });
        }
        if (kind !== 'task') continue;
      }
      this.tableRows.push({ row, cells, columns: { owner, action, due, status }, headerLine, reference });
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
}

/** A line of names ("Ann Lee (AL), Bo Chan — PCT"), not a sentence that happens to sit under a roster heading. */
function isRosterLine(text: string): boolean {
  return text.split(/[,;]/).every((part) => {
    const entry = parseRosterEntry(part);
    return !entry || looksLikeNames(entry.name.replace(/^@/, '')) || /^@/.test(part.trim());
  });
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

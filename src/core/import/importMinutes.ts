/**
 * Brings existing minutes into the dialect: minutes saved from a word processor (plain text, or a Word document
 * converted to blocks) in, a `*.minutes.md` text and a summary out. Pure: no file, no host.
 *
 * What it recognises: the title, the meeting's date and place, who wrote the record and when; the roster (Attended,
 * Apologies, Copies to, affiliations given by footnote marks, "Attended for this item only"); numbered items as
 * headings; bullets as lists; a "Summary of actions agreed" block of owner / action / due lines (or a Word table) as
 * an action table; commitments in prose as ACTION: lines after their paragraph; the next meeting. Every word of the
 * source is kept: what is not understood stays as prose. docs/import.md says more.
 */
import { stringify } from 'yaml';
import { findDates, parseDate, type DateContext } from '../dates';
import { parseMinutes } from '../parse';
import { ATX_HEADING } from '../markdown';
import { looksLikeNames, PeopleResolver, splitOwners } from '../people';
import { alreadyRecorded, findCommitments, ownerName } from '../proseActions';
import type { SourceBlock, SourceParagraph, SourceTable } from './source';

export interface ImportOptions {
  /** The source's file name: a date in it is the meeting's when the text gives none. */
  fileName?: string;
  /** Numeric dates are day first unless false. */
  dayFirst?: boolean;
  /** The source is Markdown already: its marks mean what they say and are kept, not escaped. */
  markdown?: boolean;
}

export interface ImportSummary {
  title?: string;
  /** ISO date of the meeting, when found. */
  date?: string;
  /** People on the roster built. */
  people: number;
  /** Actions, as the parser reads the result. */
  actions: number;
  withoutOwner: number;
  /** Rows of an action table (the summary block, or a Word table). */
  fromTable: number;
  /** ACTION: lines written for commitments found in prose: worth checking. */
  fromProse: number;
  /** Owners of those lines left as written: nobody on the roster, or initials that could be two people. */
  unresolved: string[];
}

export interface ImportResult {
  markdown: string;
  summary: ImportSummary;
}

const ROSTER_LABEL =
  /^(attended|attendees|attendance|present|members present|in attendance|participants|apologies|apologies for absence|absent|regrets|copies to|copy to|distribution|circulation)\s*:\s*(.*)$/i;
const ITEM_ONLY_LABEL = /^((?:attended|present|in attendance)\s+for\s+(?:this|the)\s+item(?:\s+only)?)\s*:\s*(.*)$/i;
/** `1. Summary of actions agreed:`, `2.3) Finance` — a short line, not a numbered sentence. */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(\S.*?)\s*:?\s*$/;
/** Bullet characters word processors write, then the item. */
const BULLET = /^(?:[·•▪◦‣●○■□➢►–]\s*|[-*+]\s+)(?=\S)/u;
const MARK = '[#^*†‡§¶+~]+';
/** `Richard Jones #`: a name with a footnote mark. */
const MARKED_NAME = new RegExp(`^(.*?\\S)\\s*(${MARK})$`, 'u');
/** `#  West Hertfordshire PCT`: what a mark stands for. */
const LEGEND = new RegExp(`^(${MARK})\\s*(\\S.*)$`, 'u');
const ACTIONS_HEADING = /summary of actions|actions? agreed|action points|action items?|^actions?(?:\s+arising)?$/i;
const NEXT_HEADING = /^(?:date\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?)?next\s+meeting\b/i;
const OWNER_HEADER = /^(?:owners?|who|by whom|responsible|lead|action by|assigned to|assignees?)$/i;
/** A word heading or label words that say a line is about the meeting's date. */
const DATED_LINE = /\b(?:held|meeting|minutes|record|date)\b/i;

interface RosterLine {
  name: string;
  mark?: string;
  affiliation?: string;
}

type Piece =
  | { type: 'raw'; text: string }
  | { type: 'prose'; text: string }
  | { type: 'roster'; label: string; lines: RosterLine[] }
  | { type: 'actions'; header?: string[]; rows: string[][] };

/** Escapes what would make a line of prose mean something else in Markdown: a heading, a list, a quote, a table, HTML. */
function escapeProse(text: string): string {
  let escaped = text.replace(/([\\|<])/g, '\\$1');
  const numbered = /^(\d{1,9})([.)])(?=\s|$)/.exec(escaped);
  if (numbered) escaped = `${numbered[1]}\\${escaped.slice(numbered[1].length)}`;
  else if (/^[#>+\-*=_~`]/.test(escaped)) escaped = `\\${escaped}`;
  return escaped;
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\|])/g, '\\$1');
}

function joinLines(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).filter(Boolean).join(' ');
}

function isIndented(line: string): boolean {
  return /^\s/.test(line);
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A short line that reads as an item's title: `GP Access`, `WHHT letter`, `AOB` (for minutes whose items have no numbers). */
function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  return text.length <= 50 && words(text) <= 6 && /^\p{Lu}/u.test(text) && !/[.,;:!?]$/.test(text) && !parseDate(text) && !BULLET.test(text) && !/^\d/.test(text);
}

class Importer {
  private readonly pieces: Piece[] = [];
  private readonly legends = new Map<string, string>();
  private readonly itemPeople: RosterLine[] = [];
  private section: 'header' | 'roster' | 'item-only' | 'actions' | 'next' | 'body' = 'header';
  private roster?: Extract<Piece, { type: 'roster' }>;
  private table?: Extract<Piece, { type: 'actions' }>;
  private list: string[] = [];
  private title?: string;
  private meetingDate?: string;
  private location?: string;
  private recorder?: string;
  private recorded?: string;
  private readonly numbered: boolean;
  private fromProse = 0;
  private readonly unresolved = new Set<string>();

  constructor(
    private readonly blocks: SourceBlock[],
    private readonly options: ImportOptions,
  ) {
    // Items numbered `1.`, `2.` (or Word headings) make headings; otherwise short title lines do.
    this.numbered = blocks.some((b) => b.kind === 'paragraph' && (b.heading !== undefined || (b.lines.length > 0 && !isIndented(b.lines[0]) && this.numberedHeading(b.lines[0]) !== undefined)));
  }

  private get dateContext(): DateContext {
    return { dayFirst: this.options.dayFirst, meetingDate: this.meetingDate };
  }

  private numberedHeading(line: string): string | undefined {
    const match = NUMBERED.exec(line.trim());
    // `9 June 2007` alone on its line is a date, not item 9.
    if (!match || words(match[2]) > 12 || /[.!?]$/.test(match[2]) || parseDate(line)) return undefined;
    return `${match[1]}. ${match[2]}`;
  }

  run(): ImportResult {
    const blocks = [...this.blocks];
    const first = blocks.findIndex((b) => b.kind === 'paragraph' && b.list === undefined);
    if (first >= 0) {
      const head = blocks[first] as SourceParagraph;
      blocks.splice(first, 1, ...this.readTitle(head));
    }
    for (let i = 0; i < blocks.length; i++) this.read(blocks[i], blocks[i + 1]);
    this.flushList();
    this.closeRoster();
    this.closeTable();
    return this.write();
  }

  /** The first paragraph's first line is the title; `Title    Place    13 Dec 2007` gives the place and date too. */
  private readTitle(block: SourceParagraph): SourceBlock[] {
    const [line, ...rest] = block.lines;
    // A Markdown file's title is often its own heading already: its text is the title (not "# # Title").
    const heading = this.options.markdown ? ATX_HEADING.exec(line.trim()) : null;
    const text = heading?.[1] || line.trim();
    const columns = text.split(/\t+|\s{3,}/).filter(Boolean);
    this.title = columns[0];
    const lines = [`# ${this.escape(columns[0]).replace(/^\\#/, '#')}`];
    for (const column of columns.slice(1)) {
      const date = parseDate(column, this.dateContext) ?? findDates(column, this.dateContext)[0];
      if (date && !this.meetingDate) {
        this.meetingDate = date.iso;
        lines.push(`Date: ${this.escape(column)}`);
      } else if (!this.location && !date) {
        this.location = column;
        lines.push(`Location: ${this.escape(column)}`);
      } else {
        lines.push(this.escape(column));
      }
    }
    if (!this.meetingDate) {
      const inTitle = findDates(columns[0], this.dateContext)[0];
      if (inTitle) this.meetingDate = inTitle.iso;
    }
    this.pieces.push({ type: 'raw', text: lines.join('\n\n') });
    return rest.length > 0 ? [{ ...block, lines: rest, heading: undefined }] : [];
  }

  private read(block: SourceBlock, next: SourceBlock | undefined): void {
    if (block.kind === 'table') {
      this.readTable(block);
      return;
    }
    const lines = block.lines.filter((line) => line.trim() !== '');
    if (lines.length === 0) return;
    const firstLine = lines[0].trim();
    if (this.options.markdown && this.readMarkdown(block.lines, firstLine)) return;

    // `* Hertfordshire County Council` in a roster is a footnote's legend, not a bullet.
    if (block.list || (BULLET.test(firstLine) && !(this.section === 'roster' && LEGEND.test(firstLine)))) {
      this.closeRoster();
      this.closeTable();
      this.readListItem(block, lines);
      return;
    }
    if (this.section === 'item-only' && lines.length === 1 && looksLikeNames(firstLine.split(',')[0])) {
      this.itemPerson(firstLine);
      return;
    }
    this.flushList();

    // Labels: the roster's, "Attended for this item only".
    const label = ROSTER_LABEL.exec(firstLine.replace(/\*\*|__/g, ''));
    if (label) {
      this.openRoster(label[1]);
      this.rosterNames([label[2], ...lines.slice(1)]);
      return;
    }
    const itemOnly = ITEM_ONLY_LABEL.exec(firstLine.replace(/\*\*|__/g, ''));
    if (itemOnly) {
      this.closeRoster();
      this.closeTable();
      this.section = 'item-only';
      this.pieces.push({ type: 'raw', text: `${this.escape(itemOnly[1])}:` });
      for (const line of [itemOnly[2], ...lines.slice(1)]) if (line.trim()) this.itemPerson(line);
      return;
    }

    // Who wrote the record and when (`Mark Jones` then `9 June 2007`): two lines, not a title line and its prose.
    if (this.section === 'header' && this.readRecorder(lines)) return;

    // Headings: a Word heading, a numbered item, or (when items have no numbers) a short title line.
    const numbered = !isIndented(lines[0]) ? this.numberedHeading(firstLine) : undefined;
    const bolded = block.bold === true && lines.length === 1 && looksLikeTitle(firstLine.replace(/:$/, ''));
    const titled = bolded || !this.numbered && this.section !== 'next' && this.section !== 'roster' && lines.length >= 1 && looksLikeTitle(firstLine) && (lines.length > 1 || this.leadsProse(next));
    if (block.heading !== undefined || numbered !== undefined || titled) {
      const title = numbered ?? firstLine.replace(/\s*:$/, '');
      this.heading(title, block.heading ?? (numbered && /^\d+\.\d/.test(numbered) ? 3 : 2));
      if (lines.length > 1) this.read({ kind: 'paragraph', lines: lines.slice(1) }, next);
      return;
    }

    if (this.section === 'header') this.readHeaderDate(lines);
    if (this.section === 'roster') {
      if (lines.every((line) => isIndented(line) || LEGEND.test(line.trim()) || looksLikeNames(this.withoutMark(line.trim()).name))) {
        this.rosterNames(lines);
        return;
      }
      this.closeRoster();
    }
    if (this.section === 'item-only') this.section = 'body';
    if (this.section === 'actions') {
      // Three lines (owner, action, due) of one row, or one row a line, its cells separated by tabs.
      const tabbed = lines.length > 1 && lines.every((line) => /\S\t+\S/.test(line));
      const rows = tabbed ? lines.map((line) => this.actionRow([line])) : [this.actionRow(lines)];
      if (rows.every((row) => row !== undefined)) {
        this.table ??= { type: 'actions', rows: [] };
        this.table.rows.push(...(rows as string[][]));
        return;
      }
      this.closeTable();
    }
    if (this.section === 'next') {
      this.pieces.push({ type: 'raw', text: this.escape(joinLines(lines)) });
      return;
    }
    this.pieces.push({ type: 'prose', text: joinLines(lines) });
  }

  /** Markdown's own blocks, kept as they are: headings, lists, tables, quotes, code, HTML, front matter. */
  private readMarkdown(lines: readonly string[], firstLine: string): boolean {
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(firstLine);
    if (heading && lines.length === 1) {
      this.flushList();
      this.heading(heading[2], heading[1].length, false);
      return true;
    }
    if (!/^(?:[#>|<]|[-*+]\s|\d+[.)]\s|`{3}|~{3}|---)/.test(firstLine)) return false;
    this.flushList();
    this.closeRoster();
    this.closeTable();
    if (this.section === 'header') this.section = 'body';
    this.pieces.push({ type: 'raw', text: lines.join('\n') });
    return true;
  }

  /** Whether the block after a short line is prose (so the short line is its title). */
  private leadsProse(next: SourceBlock | undefined): boolean {
    if (next?.kind !== 'paragraph' || next.list || next.heading !== undefined) return false;
    const text = joinLines(next.lines);
    return !BULLET.test(text) && words(text) > 6;
  }

  /** Before the roster: who wrote the record and when (`Mark Jones` then `9 June 2007`). */
  private readRecorder(lines: string[]): boolean {
    if (lines.length === 2 && looksLikeNames(lines[0].trim()) && parseDate(lines[1].trim(), this.dateContext) && !this.recorder) {
      this.recorder = lines[0].trim();
      this.recorded = parseDate(lines[1].trim(), this.dateContext)?.iso;
      this.pieces.push({ type: 'raw', text: `Recorded by ${this.escape(lines[0].trim())}, ${this.escape(lines[1].trim())}.` });
      return true;
    }
    return false;
  }

  /** Before the roster: a line about the meeting that gives its date. */
  private readHeaderDate(lines: string[]): void {
    const text = joinLines(lines);
    const date = DATED_LINE.test(text) ? findDates(text, this.dateContext)[0] : undefined;
    if (date && !this.meetingDate) this.meetingDate = date.iso;
  }

  private heading(title: string, level: number, escape = true): void {
    this.closeRoster();
    this.closeTable();
    const name = title.replace(/^\d+(?:\.\d+)*[.)]?\s*/, '').replace(/\*\*|__/g, '');
    // `Present` (a Word heading, a bold line): the names follow; `1. Apologies: Cy Dee, Di Eve`: they are on it too.
    const bare = name.replace(/\s*:$/, '');
    const roster = ROSTER_LABEL.exec(bare) ?? ROSTER_LABEL.exec(`${bare}:`);
    if (roster) {
      this.openRoster(roster[1]);
      this.rosterNames([roster[2]]);
      return;
    }
    this.section = NEXT_HEADING.test(name) ? 'next' : ACTIONS_HEADING.test(name) ? 'actions' : 'body';
    const text = escape ? this.escape(title).replace(/^(\d+)\\\./, '$1.') : title;
    this.pieces.push({ type: 'raw', text: `${'#'.repeat(Math.min(Math.max(level, this.options.markdown ? 1 : 2), 6))} ${text}` });
  }

  private escape(text: string): string {
    return this.options.markdown ? text : escapeProse(text);
  }

  // ---- roster -----------------------------------------------------------------------------------

  private openRoster(label: string): void {
    this.closeRoster();
    this.closeTable();
    this.section = 'roster';
    this.roster = { type: 'roster', label: label.replace(/^\w/, (c) => c.toUpperCase()), lines: [] };
    this.pieces.push(this.roster);
  }

  private closeRoster(): void {
    this.roster = undefined;
    if (this.section === 'roster') this.section = 'body';
  }

  private withoutMark(text: string): RosterLine {
    const marked = MARKED_NAME.exec(text);
    return marked ? { name: marked[1], mark: marked[2] } : { name: text };
  }

  private rosterNames(lines: readonly string[]): void {
    for (const raw of lines) {
      const line = raw.trim();
      if (!line) continue;
      const legend = LEGEND.exec(line);
      if (legend && !this.legends.has(legend[1])) {
        this.legends.set(legend[1], legend[2].trim());
        continue;
      }
      // `Mark Jones, Rita Singh` on one line: several people; `Mary Jones, Chair`: one, and her role.
      const parts = line.split(/\s*[,;]\s*/).filter(Boolean);
      const several = parts.length > 1 && parts.every((part) => looksLikeNames(this.withoutMark(part).name) && words(part) >= 2);
      for (const part of several ? parts : [line]) this.roster?.lines.push(this.withoutMark(part));
    }
  }

  /** `Andrew Gardner, Harmoni CEO`: someone at one item. */
  private itemPerson(line: string): void {
    const comma = line.indexOf(',');
    const person = comma > 0 ? { name: line.slice(0, comma).trim(), affiliation: line.slice(comma + 1).trim() } : { name: line.trim() };
    this.itemPeople.push(person);
    this.list.push(`- ${this.escape(person.name)}${person.affiliation ? ` — ${this.escape(person.affiliation)}` : ''}`);
  }

  // ---- lists and tables -------------------------------------------------------------------------

  private readListItem(block: SourceParagraph, lines: string[]): void {
    const text = joinLines(lines).replace(BULLET, '');
    const level = block.list?.level ?? 0;
    const marker = block.list?.ordered ? '1.' : '-';
    this.list.push(`${'   '.repeat(level)}${marker} ${this.escape(text)}`);
  }

  private flushList(): void {
    if (this.list.length === 0) return;
    // List items are read for commitments as prose too: one piece per item keeps each ACTION: after its own item.
    this.pieces.push({ type: 'raw', text: this.list.join('\n') });
    this.list = [];
  }

  /** Owner, action and due, as three lines of a block or three tab-separated cells of a line. */
  private actionRow(lines: string[]): string[] | undefined {
    const trimmed = lines.map((line) => line.trim());
    const cells = trimmed.length === 1 ? trimmed[0].split(/\t+/).map((c) => c.trim()) : trimmed;
    if (cells.length < 2 || cells.length > 3) return undefined;
    const [owner, action] = cells;
    if (!looksLikeNames(owner) || words(action) < 2) return undefined;
    if (cells.length === 3 && words(cells[2]) > 6) return undefined;
    return [owner, action, cells[2] ?? ''];
  }

  private closeTable(): void {
    if (!this.table) return;
    this.pieces.push(this.table);
    this.table = undefined;
  }

  private readTable(table: SourceTable): void {
    this.flushList();
    this.closeRoster();
    this.closeTable();
    const rows = table.rows.filter((row) => row.some((c) => c.trim() !== ''));
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((row) => row.length));
    const header = rows[0];
    const hasOwnerHeader = header.some((c) => OWNER_HEADER.test(c.trim().replace(/[:?*_]/g, '')));
    // A headerless owner / action / due table under a heading of actions is the summary of actions.
    if (!hasOwnerHeader && this.section === 'actions' && width >= 2 && width <= 3 && rows.every((row) => this.actionRow([row.join('\t')]))) {
      this.pieces.push({ type: 'actions', rows: rows.map((row) => [row[0] ?? '', row[1] ?? '', row[2] ?? '']) });
      return;
    }
    this.pieces.push({ type: 'actions', header, rows: rows.slice(1) });
  }

  // ---- writing ------------------------------------------------------------------------------------

  private write(): ImportResult {
    const resolver = new PeopleResolver([...this.rosterPeople(), ...this.itemPeople].map((p) => ({ name: p.name, aliases: [] })));
    const tableActions = this.pieces.flatMap((piece) =>
      piece.type === 'actions' && !piece.header
        ? piece.rows.map((row) => ({
            owners: splitOwners(row[0]).map((part) => {
              const resolved = resolver.resolve(part.text);
              return { text: part.text, person: 'person' in resolved ? resolved.person : undefined };
            }),
            text: row[1],
          }))
        : [],
    );
    const body: string[] = [];
    for (const piece of this.pieces) {
      if (piece.type === 'raw') body.push(piece.text);
      else if (piece.type === 'prose') body.push(...this.prose(piece.text, resolver, tableActions));
      else if (piece.type === 'roster') body.push(this.rosterSection(piece));
      else body.push(this.actionTable(piece));
    }
    const frontMatter: Record<string, string> = {};
    if (this.title) frontMatter.title = this.title;
    if (this.meetingDate) frontMatter.date = this.meetingDate;
    if (this.location) frontMatter.location = this.location;
    if (this.recorder) frontMatter.recorder = this.recorder;
    if (this.recorded) frontMatter.recorded = this.recorded;
    const yaml = Object.keys(frontMatter).length > 0 ? `---\n${stringify(frontMatter).trimEnd()}\n---\n\n` : '';
    const markdown = `${yaml}${body.filter(Boolean).join('\n\n')}\n`;

    const document = parseMinutes(markdown, { fileName: this.options.fileName, dayFirst: this.options.dayFirst });
    const summary: ImportSummary = {
      title: document.title,
      date: document.date,
      people: document.roster.length,
      actions: document.actions.length,
      withoutOwner: document.actions.filter((a) => a.owners.length === 0).length,
      fromTable: document.actions.filter((a) => a.kind === 'table').length,
      fromProse: this.fromProse,
      unresolved: [...this.unresolved],
    };
    return { markdown, summary };
  }

  private rosterPeople(): RosterLine[] {
    return this.pieces.flatMap((piece) => (piece.type === 'roster' ? piece.lines : []));
  }

  private rosterSection(piece: Extract<Piece, { type: 'roster' }>): string {
    const items = piece.lines.map((line) => {
      const affiliation = line.mark ? this.legends.get(line.mark) : line.affiliation;
      const name = line.mark && !affiliation ? `${line.name} ${line.mark}` : line.name;
      return `- ${this.escape(name)}${affiliation ? ` — ${this.escape(affiliation)}` : ''}`;
    });
    // A legend nobody's mark points at keeps its words, as prose (after the first roster section).
    const unused = piece === this.pieces.find((p) => p.type === 'roster') ? [...this.legends].filter(([mark]) => !this.rosterPeople().some((l) => l.mark === mark)) : [];
    return [`## ${piece.label}`, items.join('\n'), ...unused.map(([mark, text]) => this.escape(`${mark} ${text}`))].filter(Boolean).join('\n\n');
  }

  private actionTable(piece: Extract<Piece, { type: 'actions' }>): string {
    const header = piece.header ?? ['Owner', 'Action', 'Due'];
    const width = Math.max(header.length, ...piece.rows.map((row) => row.length));
    const line = (cells: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
    return [line(header), `|${'---|'.repeat(width)}`, ...piece.rows.map(line)].join('\n');
  }

  /** A paragraph, then an ACTION: line for each commitment in it that the action table does not already record. */
  private prose(text: string, resolver: PeopleResolver, tableActions: Parameters<typeof alreadyRecorded>[2]): string[] {
    const out = [this.escape(text)];
    for (const commitment of findCommitments(text, resolver)) {
      const owners = commitment.owners.map(ownerName);
      const people = commitment.owners.every((o) => o.person !== undefined);
      if (people && commitment.owners.length > 0 && alreadyRecorded(owners, commitment.text, tableActions)) continue;
      for (const owner of commitment.owners) if (owner.person === undefined && owner.role === undefined) this.unresolved.add(owner.written);
      const what = this.escape(commitment.text);
      out.push(owners.length > 0 ? `ACTION: ${owners.join(' / ')} — ${what}` : `ACTION: ${what.charAt(0).toUpperCase()}${what.slice(1)}`);
      this.fromProse++;
    }
    return out;
  }
}

/** Imports minutes read as blocks. */
export function importMinutes(blocks: readonly SourceBlock[], options: ImportOptions = {}): ImportResult {
  return new Importer([...blocks], options).run();
}

/** One line for a person: "8 actions, 1 without an owner, 3 from prose: check them". */
export function describeImport(summary: ImportSummary): string {
  const parts = [`${summary.actions} action${summary.actions === 1 ? '' : 's'}`];
  if (summary.withoutOwner > 0) parts.push(`${summary.withoutOwner} without an owner`);
  if (summary.fromProse > 0) parts.push(`${summary.fromProse} from prose: check them`);
  let text = parts.join(', ');
  if (summary.unresolved.length > 0) {
    text += `; ${summary.people === 0 ? 'no roster, so owners are as written' : 'owners not on the roster'}: ${summary.unresolved.join(', ')}`;
  }
  return text;
}

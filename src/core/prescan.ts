/**
 * A cheap pre-scan that finds which parts of a document can hold dialect constructs, so that remark (the slow part
 * of parsing) only sees those. The document is cut into chunks at points where CommonMark's block structure is known
 * to start afresh: a blank line followed by a line with no indentation, outside a root fenced code block, a root
 * HTML block that survives blank lines, and front matter. A chunk that cannot hold anything the parser reads is
 * replaced by spaces (newlines kept), so every offset, line and column of what remains is unchanged.
 *
 * Every rule here errs towards keeping text: keeping a chunk is always safe. Where the block structure is
 * uncertain (a fence or HTML line indented 1–3 columns inside what may be a list, a fence inside what may be an
 * HTML block), the scan stops cutting and keeps the rest of the document. `test/unit/differential.test.ts` holds the
 * result to the full parse's.
 */
import type { Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import { buildBlocks } from './blocks';
import { isSpace } from './chars';
import { OUTCOME_LABEL } from './dialect/actionSections';
import { ACTION_LIST_STARTS, ACTION_LIST_WORDS, TASKS_WORD } from './dialect/vocabulary';
import { parseMarkdown } from './markdown';

/** Labels and markers a line can hold (all end in a colon): actions, decisions, meta, roster and next-meeting labels. */
const LABEL =
  /(?:action|item|decision|agreed|resolved|date|time|location|venue|place|attended|attendees|attendance|present|participants|apologies|absence|absent|regrets|to|distribution|circulation|meeting)(?:\*\*|__)?\s*:/i;
/**
 * Action labels the parser reads in existing minutes, loosely: any mention of "action", `AI` in capitals, "next
 * step(s)", "todo". Keeping a chunk is always safe, so this errs wide.
 */
export const ACTION_WORDS = /action|next(?:\s+|-)steps?|to-?\s?dos?\b/i;
export const AI_WORD = /(?<![A-Za-z0-9])AI(?![A-Za-z0-9])/;
/**
 * Either of the two on any line of a chunk's text, in one pass: letters of either case spelt out (without the `u` flag,
 * `i` folds ASCII letters only; this is about twice as fast), white space that is no line ending where they have `\s`.
 * `test/unit/prescan.test.ts` holds it to the two.
 */
export const ACTION_OR_AI_WORD = /[Aa][Cc][Tt][Ii][Oo][Nn]|[Nn][Ee][Xx][Tt](?:[^\S\r\n]+|-)[Ss][Tt][Ee][Pp]|[Tt][Oo]-?[^\S\r\n]?[Dd][Oo][Ss]?\b|(?<![A-Za-z0-9])AI(?![A-Za-z0-9])/;
/** A label alone on a line that makes the list after it a list of actions: `Action items:`, `**Next steps**`. */
export const ACTION_LIST_LABEL = new RegExp(String.raw`^[\s>*_-]*${ACTION_LIST_WORDS}[*_\s]*:?[*_\s]*$`, 'i');
/**
 * ACTION_LIST_LABEL, tried only when the first character after its leading `[\s>*_-]*` can start one of its words
 * (`ACTION_LIST_STARTS`, of either case): most lines start otherwise. `test/unit/prescan.test.ts` holds the two to each other.
 */
export function isActionListLabel(line: string): boolean {
  let i = 0;
  let c = line.charCodeAt(0);
  while (c === 62 /* > */ || c === 42 /* * */ || c === 95 /* _ */ || c === 45 /* - */ || isSpace(c)) c = line.charCodeAt(++i);
  c |= 0x20; // ASCII letters to lower case
  return (ACTION_LIST_STARTS.includes(String.fromCharCode(c)) || TASKS_WORD.test(line)) && ACTION_LIST_LABEL.test(line);
}
/** A task checkbox (or the start of one at the end of a line), or a link reference or footnote definition (whose `[` may be a line above). */
const BRACKETS = /\[[ \txX]\]|\[$|\]:/;
/** A label with nothing after it (`Present:`) makes the following blocks part of a roster or next-meeting section. */
const SECTION_LABEL =
  /(?:attended|attendees|attendance|present|participants|apologies|absence|absent|regrets|to|distribution|circulation|meeting)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*$/i;
/**
 * A line where a commitment written as prose may start or go on ("RS will …", "Mark volunteered to …", a name at the
 * end of one line and the verb at the start of the next): the parser hints at those, so such paragraphs are kept.
 * `mayHoldCommitment` answers whether it matches any line of a chunk's text, with regular expressions that need no `u`
 * flag (this one cost a tenth of the whole parse); `test/unit/prescan.test.ts` holds the two to each other.
 */
export const COMMITMENT = /\p{Lu}[\p{L}'’-]*(?:\s*\([^)]*\))?\s+(?:will|is|are|volunteered|agreed|has|have|offered|undertook|to)(?:\s|$)|^\s*(?:will|is to|are to|volunteered|agreed|has agreed|have agreed|offered|undertook|to)\s/u;
const LETTER = /^\p{L}$/u;
const UPPERCASE = /^\p{Lu}$/u;

/** Whether line[.., end) ends with a run of `[\p{L}'’-]` that holds a `\p{Lu}` (code points, as the `u` flag reads them). */
function capitalisedRunEndsAt(line: string, end: number): boolean {
  let k = end;
  while (k > 0) {
    let c = line.charCodeAt(k - 1);
    let width = 1;
    if (c >= 0xdc00 && c <= 0xdfff && k >= 2) {
      const high = line.charCodeAt(k - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        c = ((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (c < 128) {
      if (c >= 65 && c <= 90) return true;
      if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) return false;
    } else if (c !== 0x2019) {
      const char = String.fromCodePoint(c);
      if (UPPERCASE.test(char)) return true;
      if (!LETTER.test(char)) return false;
    }
    k -= width;
  }
  return false;
}

/**
 * Whether `COMMITMENT` matches a line of the text: lines end at a newline, a carriage return only ever comes before
 * one (the pre-scan parses any other in full) and is no part of its line.
 */
export function mayHoldCommitment(text: string): boolean {
  for (let start = 0; start !== -1; ) {
    LEADING_VERB.lastIndex = start;
    if (LEADING_VERB.test(text)) return true;
    const newline = text.indexOf('\n', start);
    start = newline === -1 ? -1 : newline + 1;
  }
  // A verb after white space, then white space or the line's end; before the white space, a capitalised word, or one
  // and a parenthesis: `RS will`, `Mark (MJ) volunteered`. Nothing here reads past the start of the verb's line.
  VERB_AFTER_SPACE.lastIndex = 0;
  for (let match = VERB_AFTER_SPACE.exec(text); match; match = VERB_AFTER_SPACE.exec(text)) {
    let w = match.index;
    while (w >= 0 && isInlineSpace(text.charCodeAt(w))) w--;
    if (w < 0 || text.charCodeAt(w) === 10) continue;
    if (capitalisedRunEndsAt(text, w + 1)) return true;
    if (text.charCodeAt(w) !== 41 /* ) */) continue;
    // Any `(` after the `)` before this one opens the parenthesis.
    for (let q = w - 1; q >= 0; q--) {
      const c = text.charCodeAt(q);
      if (c === 41 || c === 10) break;
      if (c !== 40) continue;
      let before = q - 1;
      while (before >= 0 && isInlineSpace(text.charCodeAt(before))) before--;
      if (before >= 0 && capitalisedRunEndsAt(text, before + 1)) return true;
    }
  }
  return false;
}
const LEADING_VERB = /[^\S\r\n]*(?:will|is to|are to|volunteered|agreed|has agreed|have agreed|offered|undertook|to)[^\S\r\n]/y;
const VERB_AFTER_SPACE = /[^\S\r\n](?:will|is|are|volunteered|agreed|has|have|offered|undertook|to)(?=[^\S\r\n]|\r?\n|$)/g;

/** `\s` of a regular expression, but for line endings. */
function isInlineSpace(c: number): boolean {
  return c !== 10 && c !== 13 && isSpace(c);
}

/**
 * Whether a line of the chunk's text mentions an action or (with `prose`, when commitments in prose are looked for)
 * may hold a commitment: the costlier tests, run once per chunk.
 */
function proseMayMatter(text: string, prose: boolean): boolean {
  return ACTION_OR_AI_WORD.test(text) || (prose && (mayHoldCommitment(text) || SPOKEN_COMMITMENT.test(text) || HANDLE_TO.test(text)));
}
/**
 * The forms a commitment takes in a clause or a speaker's line, which `mayHoldCommitment` does not look for: "… that
 * the Clerk would …", "John said he would …", "ekr: I'll …", "Jana: Will update", "Sudhindra Rao: I can help …", "… to be completed by Owen",
 * "asked if the Handyman could …", "Lucas might help …", "Uri wants to …", "dotan volunteering to help".
 */
const SPOKEN_COMMITMENT = /(?:^|[\s(])(?:will|would|should|can|might|wants to|plans to|intends to|volunteering|I['’]ll|we['’]ll|happy to|to be \w+ed by)\s/i;
/** A handle in lower case owning a bare "to" at a line's start: `- pnkfelix to act as liaison`, `* rylev, scottmcm to review`. */
const HANDLE_TO = /^[ \t>*+-]*[a-z][a-z0-9_-]{2,20}(?:[ \t]*[,+&][ \t]*[a-z][a-z0-9_-]{2,20})*[ \t]+to[ \t]/m;

const SECTION_WORD = /attend|present|particip|apolog|absen|regret|cop(?:y|ies)|distribut|circulat|next|meeting|action|to-?\s?do|to\s+be\s+done|task|checklist|housekeeping|roll call/i;
/** Characters whose inline meaning (entities, escapes, links, HTML) could change what a heading reads as. */
const INLINE_SUSPECT = /[&<\\[\]!]/;
const ATX_AT_START = /^#{1,6}(?:[ \t]|$)/;
const SETEXT_LIKE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const TABLE_DELIMITER_CHARS = /^[\s>*+\d.)|:-]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A fence's opening line; its info string is the rest of the line, a line or paragraph separator (U+2028, U+2029) included: to CommonMark those are no line endings. */
const FENCE = /^(`{3,}|~{3,})(.*)$/s;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;

/** HTML blocks that run past blank lines (CommonMark types 1–5): how they start and what ends them. */
const HTML_SPANNING: [RegExp, RegExp, number][] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i, 1],
  [/^<!--/, /-->/, 4],
  [/^<\?/, /\?>/, 2],
  [/^<!\[CDATA\[/, /\]\]>/, 9],
  [/^<![A-Za-z]/, />/, 2],
];

export interface Chunk {
  /** Offsets [start, end) in the text; a chunk ends where the next begins. */
  start: number;
  end: number;
  keep: boolean;
}

export interface PrescanResult {
  /** Nothing in the document can hold a dialect construct: the parse is empty. */
  empty: boolean;
  chunks: Chunk[];
  /** A link reference definition (`[x]: …`) somewhere: inline parsing of one chunk may depend on another. */
  definitions: boolean;
  /** The document is read by remark in full (a byte order mark, a lone carriage return, an unclosed front matter). */
  inFull: boolean;
}

interface ChunkState extends Chunk {
  relevant: boolean;
  sectionTrigger: boolean;
  startsWithHeading: boolean;
  hasSetext: boolean;
}

export function headingSuspect(text: string): boolean {
  return INLINE_SUSPECT.test(text) || SECTION_WORD.test(text.replace(/[`*_~]/g, ''));
}

/** The level of the ATX heading that starts at `at` (its count of `#`). */
function atxDepth(text: string, at: number): number {
  let depth = 0;
  while (text.charCodeAt(at + depth) === 35 /* # */) depth++;
  return depth;
}

/** Where `text` next holds `char` from `from` on, or its length when it holds none after that. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}

/** `prose`: keep the paragraphs that may hold a commitment written as prose (false when none are looked for). */
export function prescan(source: string, prose = true): PrescanResult {
  const whole = (): PrescanResult => ({ empty: false, chunks: [{ start: 0, end: source.length, keep: true }], definitions: true, inFull: true });
  // A lone carriage return is a line ending to CommonMark; a byte order mark shifts the first line. Parse in full.
  if (source.charCodeAt(0) === 0xfeff || (source.includes('\r') && /\r(?!\n)/.test(source))) return whole();

  const chunks: ChunkState[] = [];
  const open = (start: number): ChunkState => {
    const chunk: ChunkState = { start, end: start, keep: false, relevant: false, sectionTrigger: false, startsWithHeading: false, hasSetext: false };
    chunks.push(chunk);
    return chunk;
  };
  let chunk = open(0);

  let state: 'normal' | 'fence' | 'html' | 'front-matter' = 'normal';
  let fenceChar = '';
  let fenceLength = 0;
  let htmlEnd: RegExp | undefined;
  let htmlish = false; // since a line starting with `<`: maybe an HTML block that hides fences until a blank line
  let maybeInList = false;
  let previousBlank = true;
  let bailed = false;
  let lineNumber = 0;
  const definitions = source.includes(']:');

  if (FRONT_MATTER_FENCE.test(firstLine(source))) {
    const close = /\n---[ \t]*\r?(?:\n|$)/.exec(source);
    // An unclosed front matter fence throws remark off for the rest of the document (no list parses after it).
    if (!close) return whole();
    state = 'front-matter';
  }

  // Where the next `:`, `[` and `|` are (the source's length when there is none): a line holds one when it lies before
  // the line's end. One search serves every line up to the one that holds it, instead of a search of every line.
  let colonAt = -1;
  let bracketAt = -1;
  let pipeAt = -1;
  let offset = 0;
  while (offset <= source.length) {
    let next = source.indexOf('\n', offset);
    if (next === -1) next = source.length;
    const line = source.slice(offset, next > offset && source.charCodeAt(next - 1) === 13 /* \r */ ? next - 1 : next);
    let indent = 0;
    let contentAt = 0;
    for (; contentAt < line.length; contentAt++) {
      const c = line.charCodeAt(contentAt);
      if (c === 32) indent++;
      else if (c === 9) indent += 4 - (indent % 4);
      else break;
    }
    const blank = contentAt === line.length;

    if (!bailed && state === 'normal' && previousBlank && !blank && indent === 0 && lineNumber > 0) {
      chunk.end = offset;
      chunk = open(offset);
      chunk.startsWithHeading = ATX_AT_START.test(line);
    } else if (lineNumber === 0) {
      chunk.startsWithHeading = state === 'normal' && ATX_AT_START.test(line);
    }

    if (state === 'front-matter') {
      chunk.relevant = true;
      if (lineNumber > 0 && FRONT_MATTER_FENCE.test(line)) state = 'normal';
    } else if (state === 'fence') {
      if (indent <= 3) {
        const rest = line.slice(contentAt);
        let count = 0;
        while (rest[count] === fenceChar) count++;
        if (count >= fenceLength && /^[ \t]*$/.test(rest.slice(count))) state = 'normal';
      }
    } else if (state === 'html') {
      if (htmlEnd?.test(line)) state = 'normal';
    } else if (blank) {
      htmlish = false;
    } else if (indent <= 3 && !bailed) {
      // Character tests before the regular expressions: most lines are prose.
      const first = line.charCodeAt(contentAt);
      const rest = line.slice(contentAt);
      const fence = first === 96 /* ` */ || first === 126 /* ~ */ ? FENCE.exec(rest) : null;
      const isFence = fence !== null && !(fence[1][0] === '`' && fence[2].includes('`'));
      if (isFence || first === 60 /* < */) {
        if ((indent > 0 && maybeInList) || htmlish) {
          bailed = true;
        } else if (isFence && fence) {
          state = 'fence';
          fenceChar = fence[1][0];
          fenceLength = fence[1].length;
          maybeInList = false;
        } else {
          let spanning = false;
          for (const [start, end, from] of HTML_SPANNING) {
            if (!start.test(rest)) continue;
            spanning = true;
            if (/^<!--->?|^<\?>/.test(rest)) bailed = true;
            else if (!end.test(rest.slice(from))) {
              state = 'html';
              htmlEnd = end;
            }
            maybeInList = false;
            break;
          }
          if (!spanning) htmlish = true;
        }
      }
      const maybeMarker = first === 45 || first === 42 || first === 43 || (first >= 48 && first <= 57); // - * + digit
      if (maybeMarker && LIST_MARKER.test(rest)) maybeInList = true;
      else if (indent === 0 && previousBlank) maybeInList = false;
    }
    previousBlank = blank && state === 'normal';

    // What the line can hold. Cheap character tests first: most lines are prose.
    const lead = indent <= 3 ? line.charCodeAt(contentAt) : 0;
    if (colonAt < offset) colonAt = indexOrEnd(source, ':', offset);
    const colon = colonAt < next;
    if (!chunk.relevant) {
      if (bracketAt < offset) bracketAt = indexOrEnd(source, '[', offset);
      if (pipeAt < offset) pipeAt = indexOrEnd(source, '|', offset);
      if (colon && LABEL.test(line)) chunk.relevant = true;
      else if ((bracketAt < next || (definitions && line.includes(']:'))) && BRACKETS.test(line)) chunk.relevant = true;
      else if (lead === 35 /* # */ || ((lead === 61 /* = */ || lead === 45) /* - */ && SETEXT_LIKE.test(line))) chunk.relevant = true;
      else if (pipeAt < next && line.includes('-') && TABLE_DELIMITER_CHARS.test(line)) chunk.relevant = true;
    }
    if ((lead === 61 || lead === 45) && SETEXT_LIKE.test(line)) chunk.hasSetext = true;
    if (!chunk.sectionTrigger && ((colon && SECTION_LABEL.test(line)) || (lead === 35 && headingSuspect(line)) || isActionListLabel(line) || OUTCOME_LABEL.test(line))) {
      chunk.sectionTrigger = true;
    }

    lineNumber++;
    if (next >= source.length) break;
    offset = next + 1;
  }
  chunk.end = source.length;
  if (bailed) chunk.relevant = true;

  // Decide, chunk by chunk, what to keep. `section` says whether the parser may be in a roster or next-meeting
  // section, where every paragraph counts.
  let section = false;
  // The depth of the heading that opened the section: its sub-headings (`## Jack` under `# Action Items`) go on in it.
  // 0 when a label opened it, which any heading ends.
  let sectionDepth = 0;
  let kept = 0;
  for (const c of chunks) {
    // A line of the chunk is suspect only if the chunk's text is (no test of headingSuspect's spans an anchor or a
    // word boundary): most chunks are settled by the one test.
    if (!c.sectionTrigger && c.hasSetext) {
      const text = source.slice(c.start, c.end);
      if (headingSuspect(text) && text.split('\n').some(headingSuspect)) c.sectionTrigger = true;
    }
    // The costlier tests only for a chunk that nothing else keeps.
    c.keep = section || c.relevant || c.sectionTrigger || proseMayMatter(source.slice(c.start, c.end), prose);
    if (c.keep) kept++;
    const depth = c.startsWithHeading ? atxDepth(source, c.start) : 0;
    if (c.sectionTrigger) {
      // A sub-heading that opens a section of its own ("### For next week") stays in the one around it.
      if (!(section && sectionDepth > 0 && depth > sectionDepth)) sectionDepth = depth;
      section = true;
    } else if (c.startsWithHeading && !(section && sectionDepth > 0 && depth > sectionDepth)) {
      section = false;
    }
  }
  const result: Chunk[] = chunks.map(({ start, end, keep }) => ({ start, end, keep }));
  return { empty: kept === 0, chunks: result, definitions, inFull: false };
}

/**
 * Parses only what the pre-scan keeps; positions are those of the whole document. Kept chunks are parsed without the
 * text between them (a chunk starts where the block structure starts afresh, so it parses the same away from its
 * neighbours), a few kilobytes at a time, and the trees are moved back to where the chunks lie. Groups are cached by
 * text, so after a keystroke only the edited group is parsed again. When the document has definitions, whose effect
 * crosses chunks, what goes to remark goes as one group.
 */
export function parseRelevantMarkdown(source: string, prose = true): Root {
  const scan = prescan(source, prose);
  if (scan.empty) return { type: 'root', children: [] };
  if (scan.inFull) return parseMarkdown(source);
  return readChunks(source, scan.chunks, scan.definitions, true);
}

/**
 * Reads the kept chunks: the block builder's where it is certain, remark's for the rest, in groups of a few kilobytes.
 * What the block builder builds never depends on a definition (its paragraphs have no inline children, and in a
 * heading or a table cell it reads no bracket but an inline link's, which a definition cannot change). In a document
 * with definitions (`withDefinitions`), whose effect crosses chunks, all that goes to remark goes as one group, so
 * that every reference meets its definition; the builder's one-line link and footnote definitions (only with
 * `buildDefinitions`) are kept only when no chunk left to remark holds a bracket (a reference in a heading or a table
 * cell there needs its definition): otherwise the chunks are read again, before remark reads any, with them left to
 * remark.
 */
function readChunks(source: string, chunks: readonly Chunk[], withDefinitions: boolean, buildDefinitions: boolean): Root {
  const root: Root = { type: 'root', children: [] };
  const built: RootContent[] = [];
  const group = new RemarkGroup();
  let separate = false;
  let builtDefinitions = false;
  let referenceLeft = false;
  let line = 1;
  let at = 0;
  let previousKeptEnd = -1;
  let previousMayEndInList = false;
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index];
    line += countNewlines(source, at, chunk.start);
    at = chunk.start;
    if (!chunk.keep) continue;
    // A list that goes on in the next chunk (after blank lines) is one list to remark, and the parser's reading of a
    // roster label inside it depends on that: both chunks go to remark, in one group.
    const next = chunks[index + 1];
    const nextContinuesList = next !== undefined && next.keep && startsWithListItem(source, next.start);
    const continuesList: boolean = chunk.start === previousKeptEnd && previousMayEndInList && startsWithListItem(source, chunk.start);
    previousKeptEnd = chunk.end;
    let simple: RootContent[] | undefined;
    if (nextContinuesList && !continuesList) {
      // Built over this chunk and the ones the list may go on into, as one text.
      let last = index + 1;
      while (last + 1 < chunks.length && chunks[last + 1].keep && startsWithListItem(source, chunks[last + 1].start)) last++;
      const definition = withDefinitions && holds(source, chunk.start, chunks[last].end, ']:');
      simple = buildDefinitions || !definition ? buildBlocks(source, chunk.start, chunks[last].end, line) : undefined;
      if (simple) {
        builtDefinitions ||= definition;
        index = last;
        previousKeptEnd = chunks[last].end;
      }
    }
    if (!simple && !continuesList) {
      const definition = withDefinitions && holds(source, chunk.start, chunk.end, ']:');
      simple = buildDefinitions || !definition ? buildBlocks(source, chunk.start, chunk.end, line) : undefined;
      if (simple && nextContinuesList && simple[simple.length - 1]?.type === 'list') simple = undefined;
      if (simple) builtDefinitions ||= definition;
    }
    previousMayEndInList = simple ? simple[simple.length - 1]?.type === 'list' : !withDefinitions || mayHoldList(source, chunk);
    if (simple) {
      // Placed in order below; the group around it goes on, so a file costs few remark calls. A list on either
      // side must not become one list across it (that would change the order the parser reads them in): an
      // HTML comment between the two pieces keeps them apart, and is dropped after parsing.
      built.push(...simple);
      if (!group.empty) separate = true;
      continue;
    }
    referenceLeft ||= withDefinitions && holds(source, chunk.start, chunk.end, '[');
    group.add(source, chunk, line, separate);
    separate = false;
    if (!withDefinitions && group.size >= GROUP_CHARS && !nextContinuesList) group.parseInto(root.children);
  }
  if (builtDefinitions && referenceLeft) return readChunks(source, chunks, true, false);
  group.parseInto(root.children);
  if (built.length > 0) {
    root.children.push(...built);
    root.children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  }
  return root;
}

/** Whether source[start, end) holds a string (searched in that range alone, not on to the end of the document). */
function holds(source: string, start: number, end: number, text: string): boolean {
  return source.slice(start, end).includes(text);
}

/**
 * Kept chunks read by remark as one text without the text between them (a chunk starts where the block structure
 * starts afresh, so it parses the same away from its neighbours); the trees are moved back to where the chunks lie.
 * Groups are cached by text, so after a keystroke only the edited group is parsed again.
 */
class RemarkGroup {
  private pieces: Piece[] = [];
  private text = '';
  private lines = 0;
  private readonly separators = new Set<number>();

  get empty(): boolean {
    return this.pieces.length === 0;
  }

  get size(): number {
    return this.text.length;
  }

  /** Adds a chunk that starts on line `line`; `apart`: built blocks stand between it and the group's last chunk. */
  add(source: string, chunk: Chunk, line: number, apart: boolean): void {
    if (this.pieces.length === 0) {
      // After a newline, so that only the document's first chunk can be front matter.
      this.text = chunk.start === 0 ? '' : '\n';
      this.lines = this.text.length;
    } else if (apart) {
      this.separators.add(this.text.length);
      this.text += SEPARATOR;
      this.lines += 2;
    }
    const slice = source.slice(chunk.start, chunk.end);
    this.pieces.push({ from: this.text.length, fromLine: this.lines + 1, to: this.text.length + slice.length, start: chunk.start, line });
    this.text += slice;
    this.lines += countNewlines(slice, 0, slice.length);
  }

  /** Parses the group, adds its trees (where they lie in the document) to `into`, and empties it. */
  parseInto(into: RootContent[]): void {
    if (this.pieces.length === 0) return;
    const tree = cachedParse(this.text);
    for (const child of tree.children) {
      if (child.type === 'html' && this.separators.has(child.position?.start.offset ?? -1)) continue;
      into.push(moved(child as unknown as AnyNode, this.pieces) as unknown as RootContent);
    }
    this.pieces = [];
    this.separators.clear();
    this.text = '';
    this.lines = 0;
  }
}

/**
 * Whether a chunk may hold a list: a line that starts, after indentation and `>`s, with a list marker. (A definition
 * alone, as most chunks of a document's definitions are, holds none.)
 */
function mayHoldList(source: string, chunk: Chunk): boolean {
  return MAY_HOLD_LIST.test(source.slice(chunk.start, chunk.end));
}
const MAY_HOLD_LIST = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/m;

/** A kept chunk inside a group's text: where it is there and in the document. */
interface Piece {
  from: number;
  fromLine: number;
  to: number;
  start: number;
  line: number;
}

const GROUP_CHARS = 4096;
const SEPARATOR = '<!-- -->\n\n';

function startsWithListItem(source: string, start: number): boolean {
  const end = source.indexOf('\n', start);
  return LIST_MARKER.test(source.slice(start, end === -1 ? source.length : end));
}

function countNewlines(source: string, from: number, to: number): number {
  let count = 0;
  for (let i = source.indexOf('\n', from); i !== -1 && i < to; i = source.indexOf('\n', i + 1)) count++;
  return count;
}

/** Enough for the groups of the few files being edited; a workspace scan must not fill the heap with trees. */
const CACHE_CHARS = 128 * 1024;
const CACHE_MAX_CHUNK = 64 * 1024;
const chunkTrees = new Map<string, Root>();
let cachedChars = 0;

function cachedParse(text: string): Root {
  const hit = chunkTrees.get(text);
  if (hit) {
    chunkTrees.delete(text);
    chunkTrees.set(text, hit);
    return hit;
  }
  const tree = parseMarkdown(text);
  if (text.length <= CACHE_MAX_CHUNK) {
    chunkTrees.set(text, tree);
    cachedChars += text.length;
    while (cachedChars > CACHE_CHARS) {
      const oldest = chunkTrees.keys().next().value as string;
      chunkTrees.delete(oldest);
      cachedChars -= oldest.length;
    }
  }
  return tree;
}

interface AnyNode {
  position?: Position;
  children?: AnyNode[];
}

/** A copy of the node with every position moved from the group's text to the document; the cached tree is never changed. */
function moved(node: AnyNode, pieces: Piece[]): AnyNode {
  const copy: AnyNode = { ...node };
  if (node.position) copy.position = { start: movePoint(node.position.start, pieces, false), end: movePoint(node.position.end, pieces, true) };
  if (node.children) copy.children = node.children.map((child) => moved(child, pieces));
  return copy;
}

function movePoint(point: Point, pieces: Piece[], isEnd: boolean): Point {
  const offset = point.offset ?? 0;
  let piece = pieces[0];
  for (const candidate of pieces) {
    if (isEnd ? candidate.from < offset : candidate.from <= offset) piece = candidate;
    else break;
  }
  return { line: point.line - piece.fromLine + piece.line, column: point.column, offset: offset - piece.from + piece.start };
}

function firstLine(source: string): string {
  const end = source.indexOf('\n');
  return (end === -1 ? source : source.slice(0, end)).replace(/\r$/, '');
}

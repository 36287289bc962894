/**
 * Builds the blocks minutes are full of (headings, paragraphs, simple lists and task lists, GFM tables, fenced code,
 * front matter, one-line link and footnote definitions) directly as mdast nodes with remark's exact positions, without
 * remark. Conservative: anything whose reading is not certain (tabs in indentation or in a line that opens a block, carriage returns, HTML, block quotes
 * of more than one paragraph, setext underlines, thematic breaks, lazy continuation lines but a quote's or a list
 * item's, blank lines inside a list, indented code, links and other inline syntax in a heading or a table cell…) makes
 * it give up, and the caller hands the chunk to remark as before. A tab inside the text of a paragraph changes no
 * block's reading, so such lines are built.
 *
 * The parser reads a paragraph from the source by its position, so built paragraphs have no inline children; headings
 * and table cells, whose text it reads, get theirs. `test/unit/blocks.test.ts` holds every built tree to remark's.
 */
import type { Blockquote, Code, Definition, FootnoteDefinition, Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow, Yaml } from 'mdast';
import type { Point } from 'unist';
import { MAX_LINE_PIPES, MAX_NESTING } from './bounds';

interface Line {
  /** Offset of the line's first character and of its end (before the newline). */
  start: number;
  end: number;
  /** One-based line number in the document. */
  number: number;
  /** Leading spaces (a tab among them is left to remark). */
  indent: number;
  blank: boolean;
  /** The line holds a tab after its indentation: it may be read only as text. */
  tab: boolean;
  /** The line holds a `|` (a table row, or a line whose reading may depend on one). */
  pipe: boolean;
}

type Kind = 'blank' | 'text' | 'heading' | 'fence' | 'bullet' | 'ordered' | 'pipe' | 'quote' | 'footnote' | 'definition' | 'other';

const THEMATIC_BREAK = /^([-*_])(?: *\1){2,} *$/;
const SETEXT_LIKE = /^(?:=+|-+) *$/;
const FENCE = /^(`{3,}|~{3,}) *([^ ]*)(.*)$/;
const ORDERED = /^(\d{1,9})([.)])( +|$)/;
const BULLET = /^([-*+])( +|$)/;
const TASK = /^\[([ xX])\] (?=[^ ])/;
const FRONT_MATTER_FENCE = /^---$/;
const PIPELESS_DELIMITER = /^(?::-+:?|-+:) *$/;
/** A footnote definition on one line, with a plain label: `[^1]: text`. */
const FOOTNOTE = /^\[\^([A-Za-z0-9_-]{1,40})\]: +(?=\S)/;
const DEFINITION_START = /^\[[^\]]*\]:/;
/** A link reference definition on one line, with a plain label and destination and no title: `[a]: https://x.org`. */
const DEFINITION = /^\[([A-Za-z0-9_-]{1,40})\]: +([A-Za-z0-9\-._~:/?#@$'*+,;=%]+) *$/;
/** What stands before the `]:` of a definition the builder reads, link or footnote. */
const DEFINITION_LABEL = /^\[\^?[A-Za-z0-9_-]{1,40}$/;

/** The blocks of source[start, end) (which begins on line `line`), or undefined when they are not all certain. */
export function buildBlocks(source: string, start: number, end: number, line: number): RootContent[] | undefined {
  // A carriage return anywhere but right before a newline inside the range is left to remark (its positions end a
  // line there). Found with indexOf, far faster than a look at every character. (Searched in the range's own slice,
  // which V8 makes without copying, so that no search runs on past its end.)
  const range = source.slice(start, end);
  let tabAt = range.indexOf('\t');
  if (tabAt !== -1) tabAt += start;
  for (let cr = range.indexOf('\r'); cr !== -1; cr = range.indexOf('\r', cr + 1)) {
    if (cr + 1 >= range.length || range.charCodeAt(cr + 1) !== 10) return undefined;
  }
  let pipeAt = range.indexOf('|');
  if (pipeAt !== -1) pipeAt += start;
  const lines: Line[] = [];
  let at = start;
  let number = line;
  for (;;) {
    let lineEnd = source.indexOf('\n', at);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    let indent = 0;
    while (at + indent < lineEnd && source.charCodeAt(at + indent) === 32) indent++;
    const contentEnd = lineEnd > at && source.charCodeAt(lineEnd - 1) === 13 && lineEnd < end ? lineEnd - 1 : lineEnd;
    const pipe = pipeAt !== -1 && pipeAt < contentEnd;
    while (pipeAt !== -1 && pipeAt < lineEnd) {
      pipeAt = range.indexOf('|', pipeAt + 1 - start);
      if (pipeAt !== -1) pipeAt += start;
    }
    const tab = tabAt !== -1 && tabAt < lineEnd;
    if (tab) {
      // A tab in a table row may pad a cell (one in the indentation is left to remark by `kind`).
      if (pipe) return undefined;
      tabAt = range.indexOf('\t', lineEnd - start);
      if (tabAt !== -1) tabAt += start;
    }
    lines.push({ start: at, end: contentEnd, number, indent: Math.min(indent, contentEnd - at), blank: at + indent >= contentEnd, pipe, tab });
    if (lineEnd >= end) break;
    at = lineEnd + 1;
    number++;
  }
  // A definition over lines, or with a label or destination out of the plain, is left to remark; the builder reads
  // link and footnote definitions on one line with a plain label.
  for (let colon = range.indexOf(']:'); colon !== -1; colon = range.indexOf(']:', colon + 2)) {
    if (!DEFINITION_LABEL.test(range.slice(range.lastIndexOf('\n', colon) + 1, colon))) return undefined;
  }
  return new Builder(source, lines).root(start === 0);
}

class Builder {
  /** Lists open around the one being built: nesting deeper than `MAX_NESTING` is left to remark (and its bounds). */
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly lines: Line[],
  ) {}

  private point(line: Line, offset: number): Point {
    return { line: line.number, column: offset - line.start + 1, offset };
  }

  /** What the line holds, read from `column` (where a container's content starts). */
  private kind(line: Line, column: number): Kind {
    if (line.blank) return 'blank';
    const text = this.source.slice(line.start + column, line.end);
    const kind = this.kindOf(text);
    if (!line.tab) return kind;
    // A tab is whitespace wherever a block's syntax allows whitespace (after a list marker or a heading's #s, in a
    // thematic break, after a closing fence…), where the patterns here look for spaces. A line is read as it is only
    // when reading its tabs as spaces reads it the same, as text, a list item or a quote, whose content starts after
    // the marker's spaces (the item checks that content is no tab); anything else is left to remark.
    if (text.charCodeAt(0) === 9 || (kind !== 'text' && kind !== 'bullet' && kind !== 'ordered' && kind !== 'quote')) return 'other';
    return this.kindOf(text.replaceAll('\t', ' ')) === kind ? kind : 'other';
  }

  private kindOf(text: string): Kind {
    switch (text.charCodeAt(0)) {
      case 35 /* # */:
        return /^#{1,6}(?: |$)/.test(text) ? 'heading' : 'text';
      case 62 /* > */:
        return 'quote';
      case 60 /* < */:
        return 'other';
      case 96 /* ` */:
      case 126 /* ~ */:
        return /^(?:`{3,}|~{3,})/.test(text) ? 'fence' : 'text';
      case 61 /* = */:
        return SETEXT_LIKE.test(text) ? 'other' : 'text';
      case 58 /* : */:
        // A delimiter row of one column (`:-`, `:-:`) makes a table of the line before it, pipes or none.
        return PIPELESS_DELIMITER.test(text) ? 'other' : 'text';
      case 45 /* - */:
      case 42 /* * */:
      case 95 /* _ */:
      case 43 /* + */:
        if (THEMATIC_BREAK.test(text) || SETEXT_LIKE.test(text) || PIPELESS_DELIMITER.test(text)) return 'other';
        if (BULLET.test(text)) return /^. *$/.test(text) ? 'other' : 'bullet';
        return 'text';
      case 124 /* | */:
        return 'pipe';
      case 91 /* [ */:
        // Other definitions (`[^1]:note`, `[a]: /u "title"`, a label over lines…) are left to remark.
        if (DEFINITION.test(text)) return 'definition';
        return FOOTNOTE.test(text) ? 'footnote' : DEFINITION_START.test(text) ? 'other' : 'text';
      default: {
        const ordered = ORDERED.exec(text);
        if (ordered) return ordered[3] === '' || /^\S+ *$/.test(text) ? 'other' : 'ordered';
        return 'text';
      }
    }
  }


  root(atDocumentStart: boolean): RootContent[] | undefined {
    const out: RootContent[] = [];
    const lines = this.lines;
    let i = 0;
    if (atDocumentStart && FRONT_MATTER_FENCE.test(this.text(lines[0]))) {
      const yaml = this.frontMatter();
      if (!yaml) return undefined;
      out.push(yaml[0]);
      i = yaml[1];
    }
    let afterList = false;
    let listBase = 0;
    while (i < lines.length) {
      const line = lines[i];
      if (line.blank) {
        afterList = false;
        i++;
        continue;
      }
      if (line.indent > 0) {
        // A list indented 1–3 columns (not right after another list, whose item it might be).
        const kind = line.indent <= 3 && !afterList ? this.kind(line, line.indent) : 'other';
        if (kind !== 'bullet' && kind !== 'ordered') return undefined;
        const list = this.list(i, line.indent);
        if (!list) return undefined;
        out.push(list[0]);
        i = list[1];
        afterList = true;
        listBase = line.indent;
        continue;
      }
      const kind = this.kind(line, 0);
      // After a list indented 1–3 columns, a marker at the margin may be its next item: left to remark.
      if (afterList && listBase > 0 && (kind === 'bullet' || kind === 'ordered')) return undefined;
      // Right after a list, only a heading or another list can follow without being a lazy continuation.
      if (afterList && kind !== 'heading' && kind !== 'bullet' && kind !== 'ordered') return undefined;
      afterList = false;
      let built: [RootContent, number] | undefined;
      if (kind === 'heading') built = this.heading(i);
      else if (kind === 'fence') built = this.code(i);
      else if (kind === 'pipe') built = this.table(i);
      else if (kind === 'quote') built = this.quote(i);
      else if (kind === 'footnote') built = this.footnote(i);
      else if (kind === 'definition') built = this.definition(i);
      else if (kind === 'bullet' || kind === 'ordered') {
        built = this.list(i, 0);
        afterList = true;
        listBase = 0;
      } else if (kind === 'text') built = this.paragraph(i);
      if (!built) return undefined;
      out.push(built[0]);
      i = built[1];
    }
    return out;
  }

  private text(line: Line): string {
    return this.source.slice(line.start, line.end);
  }

  private frontMatter(): [Yaml, number] | undefined {
    const lines = this.lines;
    for (let i = 1; i < lines.length; i++) {
      if (/^---[ \t]+$/.test(this.text(lines[i]))) return undefined;
      if (!FRONT_MATTER_FENCE.test(this.text(lines[i]))) continue;
      const value = i === 1 ? '' : this.source.slice(lines[1].start, lines[i - 1].end);
      return [{ type: 'yaml', value, position: { start: this.point(lines[0], lines[0].start), end: this.point(lines[i], lines[i].end) } }, i + 1];
    }
    return undefined;
  }

  private heading(i: number): [Heading, number] | undefined {
    const line = this.lines[i];
    const text = this.text(line);
    let depth = 0;
    while (text.charCodeAt(depth) === 35) depth++;
    let from = depth;
    while (text.charCodeAt(from) === 32) from++;
    let to = text.length;
    while (to > from && text.charCodeAt(to - 1) === 32) to--;
    // A closing sequence of #s, or an empty heading: left to remark.
    if (to === from || text.charCodeAt(to - 1) === 35) return undefined;
    const children = this.inline(line, line.start + from, line.start + to);
    if (!children) return undefined;
    const position = { start: this.point(line, line.start), end: this.point(line, line.end) };
    return [{ type: 'heading', depth: depth as Heading['depth'], children, position }, i + 1];
  }

  private code(i: number): [Code, number] | undefined {
    const lines = this.lines;
    const open = FENCE.exec(this.text(lines[i]));
    if (!open) return undefined;
    const fence = open[1];
    // The info string's first word is the language; the rest, after the spaces that follow it, is the meta, kept to
    // the line's end with its trailing spaces (as remark keeps them). Only spaces count as white space here.
    const lang = open[2] === '' ? null : open[2];
    const meta = open[3].replace(/^ +/, '') || null;
    if (/[`\\&]/.test(open[2] + open[3])) return undefined;
    for (let j = i + 1; j < lines.length; j++) {
      const text = this.text(lines[j]);
      if (lines[j].indent > 0 && lines[j].indent < 4 && /^ *(?:`{3,}|~{3,})/.test(text)) return undefined;
      if (!text.startsWith(fence[0].repeat(3))) continue;
      let count = 0;
      while (text[count] === fence[0]) count++;
      if (count < fence.length) continue;
      // Indented or padded closing fences are left to remark.
      if (count !== text.length) {
        if (/^[ \t]*$/.test(text.slice(count))) return undefined;
        continue;
      }
      const value = j === i + 1 ? '' : this.source.slice(lines[i + 1].start, lines[j - 1].end);
      return [{ type: 'code', lang, meta, value, position: { start: this.point(lines[i], lines[i].start), end: this.point(lines[j], lines[j].end) } }, j + 1];
    }
    return undefined;
  }

  /** A paragraph at the margin, ended by a blank line or by a heading or list at the margin. */
  private paragraph(i: number): [Paragraph, number] | undefined {
    const lines = this.lines;
    const first = lines[i];
    if (first.pipe) return undefined;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line.blank) break;
      if (line.pipe) return undefined;
      if (line.indent >= 4) continue;
      const kind = this.kind(line, line.indent);
      if (kind === 'text') continue;
      // An ordered list interrupts a paragraph only from 1 (written `1`: `01.` goes on with it, as remark reads it);
      // otherwise the line goes on with the paragraph.
      if (kind === 'ordered' && !/^1[.)]/.test(this.source.slice(line.start + line.indent, line.end))) continue;
      if (line.indent === 0 && (kind === 'heading' || kind === 'bullet' || kind === 'ordered')) break;
      return undefined;
    }
    const last = lines[j - 1];
    return [{ type: 'paragraph', children: [], position: { start: this.point(first, first.start), end: this.point(last, last.end) } }, j];
  }

  /**
   * A block quote at the margin holding one paragraph: lines `> text` or `>text` up to a blank line or the end, and
   * after the first, lazy continuation lines (text without the `>`, which goes on with the quote's paragraph; remark
   * reads each by a look back over the whole paragraph, so a long run of them costs it time quadratic in their
   * count). Anything else (a blank `>` line, other blocks inside, nested quotes) is left to remark.
   */
  private quote(i: number): [Blockquote, number] | undefined {
    const lines = this.lines;
    const source = this.source;
    let j = i;
    for (; j < lines.length && !lines[j].blank; j++) {
      const line = lines[j];
      if (line.pipe) return undefined;
      // A line without the `>` at the margin (never the first: the quote starts at one) is a lazy continuation line.
      if (line.indent !== 0 || source.charCodeAt(line.start) !== 62) {
        if (line.indent >= 4 || this.kind(line, line.indent) !== 'text') return undefined;
        continue;
      }
      const content = source.charCodeAt(line.start + 1) === 32 ? 2 : 1;
      if (line.start + content >= line.end || source.charCodeAt(line.start + content) === 32) return undefined;
      if (this.kind(line, content) !== 'text') return undefined;
    }
    const first = lines[i];
    const last = lines[j - 1];
    const contentStart = first.start + (source.charCodeAt(first.start + 1) === 32 ? 2 : 1);
    const paragraph: Paragraph = { type: 'paragraph', children: [], position: { start: this.point(first, contentStart), end: this.point(last, last.end) } };
    return [{ type: 'blockquote', children: [paragraph], position: { start: this.point(first, first.start), end: this.point(last, last.end) } }, j];
  }

  /**
   * A footnote definition on one line whose text is a paragraph, followed by a blank line, another such definition or
   * the end (only documents with definitions have them: see `readChunks`). remark reads thousands of them
   * in a row in time growing faster than their count.
   */
  private footnote(i: number): [FootnoteDefinition, number] | undefined {
    const lines = this.lines;
    const line = lines[i];
    const text = this.text(line);
    const match = FOOTNOTE.exec(text);
    if (!match || line.pipe || !this.endsDefinition(i, true)) return undefined;
    if (this.kind(line, match[0].length) !== 'text') return undefined;
    const end = this.point(line, line.end);
    const paragraph: Paragraph = { type: 'paragraph', children: [], position: { start: this.point(line, line.start + match[0].length), end } };
    return [{ type: 'footnoteDefinition', identifier: match[1].toLowerCase(), label: match[1], children: [paragraph], position: { start: this.point(line, line.start), end } }, i + 1];
  }

  /**
   * Whether the line after a one-line definition is blank, the end or another definition: a footnote, or (after a
   * link definition; after a footnote's paragraph it would be text going on with it) a link definition.
   */
  private endsDefinition(i: number, footnote: boolean): boolean {
    const next = this.lines[i + 1];
    if (next === undefined || next.blank) return true;
    const kind = this.kind(next, 0);
    return kind === 'footnote' || (!footnote && kind === 'definition');
  }

  /**
   * A link reference definition on one line (only documents with definitions have them: see `readChunks`), followed
   * by a blank line, another definition or the end. remark reads each at a cost of its own.
   */
  private definition(i: number): [Definition, number] | undefined {
    const line = this.lines[i];
    const match = DEFINITION.exec(this.text(line));
    if (!match || !this.endsDefinition(i, false)) return undefined;
    const position = { start: this.point(line, line.start), end: this.point(line, line.end) };
    return [{ type: 'definition', identifier: match[1].toLowerCase(), label: match[1], title: null, url: match[2], position }, i + 1];
  }

  /** A list whose items start `base` columns in; it ends at a blank line or a line that is not its next item. */
  private list(i: number, base: number): [List, number] | undefined {
    if (this.depth >= MAX_NESTING) return undefined;
    this.depth++;
    try {
      return this.listAt(i, base);
    } finally {
      this.depth--;
    }
  }

  private listAt(i: number, base: number): [List, number] | undefined {
    const lines = this.lines;
    const firstText = this.source.slice(lines[i].start + base, lines[i].end);
    const ordered = ORDERED.exec(firstText);
    const marker = ordered ? ordered[2] : firstText[0];
    const items: ListItem[] = [];
    let spread = false;
    let j = i;
    for (;;) {
      const item = this.listItem(j, base);
      if (!item) return undefined;
      items.push(item[0]);
      j = item[1];
      if (j >= lines.length) break;
      if (lines[j].blank) {
        let k = j;
        while (k < lines.length && lines[k].blank) k++;
        if (k >= lines.length || this.kind(lines[k], lines[k].indent) !== this.kind(lines[i], base)) break;
        // The same list goes on after blank lines (a loose list): built only at the margin, with the same marker,
        // after an item that holds one paragraph; anything else is left to remark.
        if (base !== 0 || lines[k].indent !== 0 || items[items.length - 1].children.length !== 1 || !this.sameMarker(k, base, ordered !== null, marker)) return undefined;
        spread = true;
        j = k;
        continue;
      }
      if (lines[j].indent !== base || !this.sameMarker(j, base, ordered !== null, marker)) break;
    }
    const list: List = {
      type: 'list',
      ordered: ordered !== null,
      start: ordered ? Number(ordered[1]) : null,
      spread,
      children: items,
      position: { start: items[0].position!.start, end: items[items.length - 1].position!.end },
    };
    return [list, j];
  }

  /** Whether line j is an item of the list whose marker (bullet, or ordered delimiter) is given. */
  private sameMarker(j: number, base: number, ordered: boolean, marker: string): boolean {
    const line = this.lines[j];
    const text = this.source.slice(line.start + base, line.end);
    const kind = this.kind(line, base);
    return ordered ? kind === 'ordered' && ORDERED.exec(text)?.[2] === marker : kind === 'bullet' && text[0] === marker;
  }

  private listItem(i: number, base: number): [ListItem, number] | undefined {
    const lines = this.lines;
    const line = lines[i];
    const text = this.source.slice(line.start + base, line.end);
    const marker = ORDERED.exec(text) ?? BULLET.exec(text);
    if (!marker) return undefined;
    const spaces = marker[marker.length - 1].length;
    // Five spaces or more after the marker open indented code.
    if (spaces < 1 || spaces > 4) return undefined;
    const content = base + marker[0].length;
    if (this.kind(line, content) !== 'text' || line.pipe) return undefined;
    let paragraphStart = line.start + content;
    let checked: boolean | null = null;
    const task = TASK.exec(this.source.slice(paragraphStart, line.end));
    // What may be a box the pattern above does not read (`[x]` alone, a tab in the box `[\t]`, a `[` that ends the
    // line and is closed on the next, `- [` then `] x`, the line ending being the box's space) is left to remark.
    if (!task && /^\[(?:[ \txX]\]|$)/.test(this.source.slice(paragraphStart, line.end))) return undefined;
    if (task) {
      // remark-gfm moves the paragraph's start past the checkbox only when its first inline node is text.
      // The first word (up to a space), found without copying and splitting the rest of the line.
      const wordStart = paragraphStart + task[0].length;
      const space = this.source.indexOf(' ', wordStart);
      const word = this.source.slice(wordStart, space === -1 || space > line.end ? line.end : space);
      if (/^[*_`~<[!&\\]/.test(word) || /:|.@|^www\./i.test(word)) return undefined;
      checked = task[1] !== ' ';
      paragraphStart += task[0].length;
    }
    const children: ListItem['children'] = [];
    let j = i + 1;
    let nested: List | undefined;
    for (; j < lines.length; j++) {
      const next = lines[j];
      if (next.blank) break;
      if (next.pipe) return undefined;
      const kind = this.kind(next, next.indent);
      // Less indented than the content: text goes on with the item's paragraph (a lazy continuation line, which costs
      // remark a look back over the whole paragraph each); anything else ends the item.
      if (next.indent < content) {
        if (kind === 'text') continue;
        break;
      }
      if (kind === 'text') continue;
      // A list marker indented past the nesting bound is text to remark (`boundedMarkdown`), so the line goes on this
      // item's paragraph; building it here keeps remark away from deep lists, whose reading costs it dearly.
      if ((kind === 'bullet' || kind === 'ordered') && Math.floor(next.indent / 2) >= MAX_NESTING) continue;
      if ((kind === 'bullet' || kind === 'ordered') && next.indent <= content + 3) {
        if (kind === 'ordered' && !/^1[.)]/.test(this.source.slice(next.start + next.indent, next.end))) return undefined;
        const sub = this.list(j, next.indent);
        if (!sub) return undefined;
        nested = sub[0];
        const after = sub[1];
        // After a nested list, only a line of an outer list (or the end) may follow.
        if (after < lines.length && !lines[after].blank && lines[after].indent >= content) return undefined;
        const last = lines[j - 1];
        children.push({ type: 'paragraph', children: [], position: { start: this.point(line, paragraphStart), end: this.point(last, last.end) } });
        children.push(nested);
        j = after;
        break;
      }
      return undefined;
    }
    if (!nested) {
      const last = lines[j - 1];
      children.push({ type: 'paragraph', children: [], position: { start: this.point(line, paragraphStart), end: this.point(last, last.end) } });
    }
    // A lazy continuation line (less indented than the item's content, not a list item): left to remark.
    if (j < lines.length && !lines[j].blank && lines[j].indent < content) {
      const kind = this.kind(lines[j], lines[j].indent);
      if (kind !== 'bullet' && kind !== 'ordered' && !(lines[j].indent === 0 && kind === 'heading')) return undefined;
    }
    // A blank line followed by more of the list (a loose list) is left to remark.
    if (j < lines.length && lines[j].blank) {
      let k = j;
      while (k < lines.length && lines[k].blank) k++;
      if (k < lines.length && lines[k].indent > 0) return undefined;
    }
    const end = children[children.length - 1].position!.end;
    return [{ type: 'listItem', spread: false, checked, children, position: { start: this.point(line, line.start + base), end } }, j];
  }

  /** A GFM table whose every row starts with a pipe, up to a blank line. */
  private table(i: number): [Table, number] | undefined {
    const lines = this.lines;
    if (i + 1 >= lines.length) return undefined;
    const header = this.cells(lines[i]);
    const delimiter = this.cells(lines[i + 1]);
    if (!header || !delimiter || lines[i + 1].indent !== 0 || header.length !== delimiter.length) return undefined;
    const align: Table['align'] = [];
    for (const [from, to] of delimiter) {
      const cell = this.source.slice(from, to).trim();
      if (!/^:?-+:?$/.test(cell)) return undefined;
      const left = cell.startsWith(':');
      const right = cell.endsWith(':');
      align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
    }
    const rows: TableRow[] = [];
    const headerRow = this.row(lines[i], header);
    if (!headerRow) return undefined;
    rows.push(headerRow);
    let j = i + 2;
    for (; j < lines.length && !lines[j].blank; j++) {
      const line = lines[j];
      if (line.indent !== 0 || this.source.charCodeAt(line.start) !== 124) return undefined;
      const cells = this.cells(line);
      const row = cells && this.row(line, cells);
      if (!row) return undefined;
      rows.push(row);
    }
    const last = lines[j - 1];
    const position = { start: rows[0].position!.start, end: this.point(last, last.end) };
    return [{ type: 'table', align, children: rows, position }, j];
  }

  /** The cells of a row that starts with a pipe: for each, [after its opening pipe, before the next pipe]. */
  private cells(line: Line): [number, number][] | undefined {
    const source = this.source;
    if (line.indent !== 0 || source.charCodeAt(line.start) !== 124) return undefined;
    // Pipes past the bound are text to remark (`boundedMarkdown`): such a line is left to it.
    let pipes = 0;
    for (let k = source.indexOf('|', line.start); k !== -1 && k < line.end; k = source.indexOf('|', k + 1)) {
      if (++pipes > MAX_LINE_PIPES) return undefined;
    }
    const cells: [number, number][] = [];
    let from = line.start + 1;
    for (let k = from; k < line.end; k++) {
      const c = source.charCodeAt(k);
      if (c === 92 /* \ */) {
        k++;
      } else if (c === 124) {
        cells.push([from, k]);
        from = k + 1;
      }
    }
    // Without a closing pipe, the last cell runs to the end of the line.
    if (/[^ ]/.test(source.slice(from, line.end))) cells.push([from, line.end]);
    return cells.length > 0 ? cells : undefined;
  }

  private row(line: Line, cells: [number, number][]): TableRow | undefined {
    const children: TableCell[] = [];
    for (let k = 0; k < cells.length; k++) {
      const [from, to] = cells[k];
      let contentFrom = from;
      let contentTo = to;
      while (contentFrom < contentTo && this.source.charCodeAt(contentFrom) === 32) contentFrom++;
      while (contentTo > contentFrom && this.source.charCodeAt(contentTo - 1) === 32) contentTo--;
      const inline = contentFrom === contentTo ? [] : this.inline(line, contentFrom, contentTo);
      if (!inline) return undefined;
      const end = k === cells.length - 1 ? line.end : to;
      children.push({ type: 'tableCell', children: inline, position: { start: this.point(line, from - 1), end: this.point(line, end) } });
    }
    return { type: 'tableRow', children, position: { start: this.point(line, line.start), end: this.point(line, line.end) } };
  }

  /**
   * The inline content of source[from, to) on one line, when it is plain text, backslash-escaped punctuation, or
   * whole-word `**strong**`, `*emphasis*`, `` `code` `` and `~~delete~~` spans holding plain text.
   */
  private inline(line: Line, from: number, to: number): PhrasingContent[] | undefined {
    const source = this.source;
    const text = source.slice(from, to);
    if (!INLINE_SPECIAL.test(text)) return [{ type: 'text', value: text, position: { start: this.point(line, from), end: this.point(line, to) } }];
    // Link destinations aside (read below), nothing that could be HTML, an image, an entity or an autolink.
    if (/[<!]|&[#A-Za-z0-9]+;|www\.|https?:|mailto:|xmpp:|[\w.+-]@/i.test(text.replace(LINK_TAIL, '](x)'))) return undefined;
    // In a table cell, an escaped pipe is unescaped even inside code.
    if (text.includes('`') && text.includes('\\')) return undefined;
    const out: PhrasingContent[] = [];
    let textFrom = from;
    let value = '';
    const flushText = (until: number): void => {
      if (until > textFrom) out.push({ type: 'text', value, position: { start: this.point(line, textFrom), end: this.point(line, until) } });
      value = '';
    };
    let k = from;
    while (k < to) {
      const c = source[k];
      if (c === '\\') {
        const next = source[k + 1];
        // An escape of ASCII punctuation; a backslash before anything else (or at the end: a hard break) is left to remark.
        if (k + 1 >= to || !ASCII_PUNCTUATION.test(next)) return undefined;
        value += next;
        k += 2;
        continue;
      }
      if (c === '[') {
        const link = this.link(line, k, to);
        if (!link) return undefined;
        flushText(k);
        out.push(link[0]);
        k = link[1];
        textFrom = k;
        continue;
      }
      if (c === ']') return undefined;
      if (c === '*' || c === '_' || c === '~' || c === '`') {
        const span = this.span(line, k, from, to);
        if (!span) return undefined;
        flushText(k);
        out.push(span[0]);
        k = span[1];
        textFrom = k;
        continue;
      }
      value += c;
      k++;
    }
    flushText(to);
    return out;
  }

  /** An inline link `[plain text](destination)` starting at `k`, without title, spaces or escapes. */
  private link(line: Line, k: number, to: number): [PhrasingContent, number] | undefined {
    const source = this.source;
    const close = source.indexOf(']', k + 1);
    if (close === -1 || close + 1 >= to || source[close + 1] !== '(') return undefined;
    const label = source.slice(k + 1, close);
    if (!STARTS_ALPHANUMERIC.test(label) || !LINK_LABEL_END.test(label) || LINK_LABEL_SUSPECT.test(label)) return undefined;
    const end = source.indexOf(')', close + 2);
    if (end === -1 || end >= to) return undefined;
    const url = source.slice(close + 2, end);
    if (!LINK_DESTINATION.test(url)) return undefined;
    const children: PhrasingContent[] = [{ type: 'text', value: label, position: { start: this.point(line, k + 1), end: this.point(line, close) } }];
    return [{ type: 'link', title: null, url, children, position: { start: this.point(line, k), end: this.point(line, end + 1) } }, end + 1];
  }

  /** A delimited span starting at `k`, when its reading is certain: plain content, at word boundaries. */
  private span(line: Line, k: number, from: number, to: number): [PhrasingContent, number] | undefined {
    const source = this.source;
    const c = source[k];
    let width = 0;
    while (source[k + width] === c && k + width < to) width++;
    const before = k === from ? ' ' : source[k - 1];
    if (!/[\s(]/.test(before)) return undefined;
    const close = source.indexOf(c.repeat(width), k + width);
    if (close === -1 || close + width > to || close === k + width) return undefined;
    const after = close + width === to ? ' ' : source[close + width];
    if (after === c || !/[\s.,;:!?)]/.test(after)) return undefined;
    const inner = source.slice(k + width, close);
    const position = { start: this.point(line, k), end: this.point(line, close + width) };
    if (c === '`') {
      if (width !== 1 || inner.startsWith(' ') || inner.endsWith(' ')) return undefined;
      return [{ type: 'inlineCode', value: inner, position }, close + width];
    }
    // Plain content that starts and ends with a letter or digit (or ends with punctuation before a space or the end).
    if (DELIMITERS.test(inner) || !STARTS_ALPHANUMERIC.test(inner) || !SPAN_END.test(inner) || /\s$/.test(inner)) return undefined;
    if (/[.,;:!?)]$/.test(inner) && !/\s/.test(after)) return undefined;
    const children: PhrasingContent[] = [{ type: 'text', value: inner, position: { start: this.point(line, k + width), end: this.point(line, close) } }];
    if (c === '~') return width === 2 ? [{ type: 'delete', children, position }, close + width] : undefined;
    if (width === 1) return [{ type: 'emphasis', children, position }, close + width];
    if (width === 2) return [{ type: 'strong', children, position }, close + width];
    return undefined;
  }
}

/** Characters with an inline meaning somewhere: text without them is one text node. */
const INLINE_SPECIAL = /[\\`*_~<>[\]!&]|www\.|:|@/i;
/** The `](destination)` of an inline link, set aside before looking for autolinks in the text around it. */
const LINK_TAIL = /\]\([^()\s]*\)/g;
const LINK_DESTINATION = /^[A-Za-z0-9\-._~:/?#@$'*+,;=%]+$/;
const LINK_LABEL_SUSPECT = /[[\]\\`*_~<>!&]|www\.|https?:|mailto:|xmpp:|@/i;
/** Characters that could open or close something inside a span's content. */
const DELIMITERS = /[\\`*_~<>[\]!&]/;
// Expressions with \p{…} live at module level: bundled, each is otherwise rebuilt by `new RegExp` on every call.
const STARTS_ALPHANUMERIC = /^[\p{L}\p{N}]/u;
const LINK_LABEL_END = /[\p{L}\p{N}.)]$/u;
const SPAN_END = /[\p{L}\p{N}]$|[.,;:!?)]$/u;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

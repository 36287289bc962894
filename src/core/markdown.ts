/**
 * The one Markdown parser every feature shares (remark + GFM + front matter), and helpers that map text
 * taken out of the Markdown back to exact offsets in the source.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Root } from 'mdast';
import { boundedMarkdown } from './bounds';
import { lastAtOrBefore } from './model';

/**
 * remark with GFM and front matter (what remark-gfm and remark-frontmatter add, in their order), with or without
 * GFM's autolink literals and tables. Those two are tried at almost every character or line and cost remark four
 * times its plain pace (issue #18); a text that holds nothing either could match is read without them, to the same
 * tree.
 */
function processor(autolinks: boolean, tables: boolean): Processor<Root> {
  return unified()
    .use(remarkParse)
    .use(function dialectSyntax() {
      const data = this.data();
      data.micromarkExtensions = [
        ...(autolinks ? [gfmAutolinkLiteral()] : []),
        gfmFootnote(),
        gfmStrikethrough(),
        ...(tables ? [gfmTable()] : []),
        gfmTaskListItem(),
        frontmatter(['yaml']),
      ];
      data.fromMarkdownExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])];
    }) as unknown as Processor<Root>;
}

/** Made at the first parse, so that loading this module does not need remark (the desktop bundle loads it then). */
let processors: Processor<Root>[] | undefined;

/**
 * Whether GFM could read an autolink literal in the text: an email (`a@b.c`, also after `mailto:` or `xmpp:`), a
 * `www.` domain or an `http://` / `https://` URL.
 */
export function mayHoldAutolink(text: string): boolean {
  return text.includes('@') || AUTOLINK_START.test(text);
}
/** An ATX heading's line (CommonMark): group 1 is its text, without the opening `#`s, a closing run and end spaces. */
export const ATX_HEADING = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

const AUTOLINK_START = /www\.|https?:\/\//i;

/** The tree of a text, read within the bounds of `boundedMarkdown` (offsets are the text's own). */
export function parseMarkdown(text: string): Root {
  const bounded = boundedMarkdown(text);
  processors ??= [processor(false, false), processor(false, true), processor(true, false), processor(true, true)];
  return processors[(mayHoldAutolink(bounded) ? 2 : 0) + (mayHoldTable(bounded) ? 1 : 0)].parse(bounded);
}

/**
 * Whether GFM could read a table in the text: a table needs a pipe, or a delimiter row of one column that holds a
 * colon (`a` over `:-`, `--:` or `:-:` is a table of one column; `a` over `--` is a heading).
 */
export function mayHoldTable(text: string): boolean {
  return text.includes('|') || text.includes(':-') || text.includes('-:');
}

/**
 * A piece of text taken from the source, possibly across several lines, with the source offset of every character.
 * Lines are joined by a single space, which maps to the end of the line it replaces.
 *
 * The mapping is kept as runs (where a run starts in `text`, and the source offset of its first character), not one
 * number per character: a paragraph's text would otherwise cost an array as long as itself.
 */
export class MappedText {
  private constructor(
    readonly text: string,
    /** Index in `text` where each run starts, ascending, the first 0; no runs when the text is empty. */
    private readonly runStarts: number[],
    /** Source offset of each run's first character; the run goes on one source character per text character. */
    private readonly runSources: number[],
    private readonly endOffset: number,
  ) {}

  static of(source: string, start: number, end: number): MappedText {
    return end > start ? new MappedText(source.slice(start, end), [0], [start], end) : new MappedText(source.slice(start, end), [], [], end);
  }

  static join(lines: MappedText[]): MappedText {
    if (lines.length === 0) return new MappedText('', [], [], 0);
    if (lines.length === 1) return lines[0];
    const runStarts: number[] = [];
    const runSources: number[] = [];
    let length = 0;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      if (index > 0) {
        addRun(runStarts, runSources, length, lines[index - 1].endOffset);
        length++;
      }
      for (let run = 0; run < line.runStarts.length; run++) addRun(runStarts, runSources, length + line.runStarts[run], line.runSources[run]);
      length += line.text.length;
    }
    const text = lines.map((line) => line.text).join(' ');
    return new MappedText(text, runStarts, runSources, lines[lines.length - 1].endOffset);
  }

  /**
   * The run that holds text[index] (0 ≤ index < text.length): the last run starting at or before it. A binary search:
   * a paragraph of thousands of lines has as many runs, and each commitment found in it asks where it starts.
   */
  private runAt(index: number): number {
    return lastAtOrBefore(this.runStarts, index);
  }

  /** Source offset of a position in `text` (a position at the end maps to the end of the last character). */
  sourceOffset(index: number): number {
    if (index >= this.text.length) return this.endOffset;
    const at = Math.max(0, index);
    // An empty text has no offsets: what an index before it maps to is undefined, as it always was.
    if (this.runStarts.length === 0) return undefined as unknown as number;
    const run = this.runAt(at);
    return this.runSources[run] + at - this.runStarts[run];
  }

  /** Source offsets [start, end) of text[start, end). */
  sourceSpan(start: number, end: number): [number, number] {
    if (end <= start) {
      const at = this.sourceOffset(start);
      return [at, at];
    }
    return [this.sourceOffset(start), this.sourceOffset(end - 1) + 1];
  }

  slice(start: number, end: number = this.text.length): MappedText {
    const length = this.text.length;
    const clampedEnd = Math.max(start, Math.min(end, length));
    const endOffset = clampedEnd >= length ? this.endOffset : this.sourceOffset(clampedEnd);
    const runStarts: number[] = [];
    const runSources: number[] = [];
    if (clampedEnd > start && start < length) {
      const first = this.runAt(start);
      runStarts.push(0);
      runSources.push(this.runSources[first] + start - this.runStarts[first]);
      for (let run = first + 1; run < this.runStarts.length && this.runStarts[run] < clampedEnd; run++) {
        runStarts.push(this.runStarts[run] - start);
        runSources.push(this.runSources[run]);
      }
    }
    return new MappedText(this.text.slice(start, clampedEnd), runStarts, runSources, endOffset);
  }

  trim(): MappedText {
    const leading = this.text.length - this.text.trimStart().length;
    const trailing = this.text.length - this.text.trimEnd().length;
    return this.slice(leading, this.text.length - trailing);
  }

  get start(): number {
    return this.runStarts.length > 0 ? this.runSources[0] : this.endOffset;
  }

  get end(): number {
    return this.endOffset;
  }
}

/**
 * Adds a run to a mapping, or extends the last one when the new one goes on where it ends in both the text and the
 * source (a line right after the newline that the joining space stands for): a paragraph at the margin is then one
 * run, however many lines it has.
 */
function addRun(runStarts: number[], runSources: number[], start: number, source: number): void {
  const last = runStarts.length - 1;
  if (last < 0 || runSources[last] + (start - runStarts[last]) !== source) {
    runStarts.push(start);
    runSources.push(source);
  }
}

/**
 * The lines of a block (a paragraph in a list item or block quote), each without the container's prefix
 * (`> `, indentation) that the source repeats on continuation lines.
 */
export function blockLines(source: string, start: number, end: number): MappedText[] {
  const lines: MappedText[] = [];
  let lineStart = start;
  let first = true;
  while (lineStart <= end) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    let contentStart = lineStart;
    if (!first) {
      for (let c = source.charCodeAt(contentStart); contentStart < lineEnd && (c === 32 || c === 9 || c === 62); c = source.charCodeAt(contentStart)) contentStart++;
    }
    let contentEnd = lineEnd;
    if (contentEnd > contentStart && source[contentEnd - 1] === '\r') contentEnd--;
    lines.push(MappedText.of(source, contentStart, contentEnd));
    first = false;
    if (lineEnd >= end) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}

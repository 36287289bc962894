/**
 * The one Markdown parser every feature shares (remark + GFM + front matter), and helpers that map text
 * taken out of the Markdown back to exact offsets in the source.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * A piece of text taken from the source, possibly across several lines, with the source offset of every character.
 * Lines are joined by a single space, which maps to the end of the line it replaces.
 */
export class MappedText {
  private constructor(
    readonly text: string,
    private readonly offsets: number[],
    private readonly endOffset: number,
  ) {}

  static of(source: string, start: number, end: number): MappedText {
    const offsets: number[] = [];
    for (let i = start; i < end; i++) offsets.push(i);
    return new MappedText(source.slice(start, end), offsets, end);
  }

  static join(lines: MappedText[]): MappedText {
    if (lines.length === 0) return new MappedText('', [], 0);
    let text = '';
    const offsets: number[] = [];
    lines.forEach((line, index) => {
      if (index > 0) {
        const previous = lines[index - 1];
        text += ' ';
        offsets.push(previous.endOffset);
      }
      text += line.text;
      offsets.push(...line.offsets);
    });
    return new MappedText(text, offsets, lines[lines.length - 1].endOffset);
  }

  /** Source offset of a position in `text` (a position at the end maps to the end of the last character). */
  sourceOffset(index: number): number {
    if (index >= this.offsets.length) return this.endOffset;
    return this.offsets[Math.max(0, index)];
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
    const clampedEnd = Math.max(start, Math.min(end, this.text.length));
    const endOffset = clampedEnd >= this.offsets.length ? this.endOffset : this.offsets[clampedEnd];
    return new MappedText(this.text.slice(start, clampedEnd), this.offsets.slice(start, clampedEnd), endOffset);
  }

  trim(): MappedText {
    const leading = this.text.length - this.text.trimStart().length;
    const trailing = this.text.length - this.text.trimEnd().length;
    return this.slice(leading, this.text.length - trailing);
  }

  get start(): number {
    return this.offsets.length > 0 ? this.offsets[0] : this.endOffset;
  }

  get end(): number {
    return this.endOffset;
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
      while (contentStart < lineEnd && /[ \t>]/.test(source[contentStart])) contentStart++;
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

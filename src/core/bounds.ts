/**
 * Bounds on what the Markdown parser is given, so that no input can exhaust the stack or make the parse cost more
 * than linear time. remark (micromark) builds its tree recursively and some of its inline readings (brackets,
 * emphasis, code spans over many lines) cost time quadratic in their count within one block; real minutes never come
 * near either limit.
 *
 * The text handed to remark keeps its length, lines and offsets; only characters past a limit are replaced by
 * `INERT` (U+FFFD), which Markdown reads as plain text:
 * - **Nesting.** A line opens at most `MAX_NESTING` containers (block quotes and list items, counting two columns of
 *   indentation as one level they may continue): the marker of any deeper one, and so the rest of the line, is text.
 * - **Inline marks.** One block (the lines up to a blank line, a heading, a list item or a table row) holds at most
 *   `MAX_INLINE_MARKS` of the characters that open or close inline constructs (`[ ] * _ ~ \` <`); those past it are
 *   text. Task checkboxes (`[ ]`, `[x]` after a list marker) are never counted or replaced.
 * - **Table cells.** One line holds at most `MAX_LINE_PIPES` pipes; those past it are text (a table row's last cell
 *   holds the rest of the line). GFM's table reading costs remark a microsecond a pipe.
 *
 * The parser reads a paragraph's text and a table cell's text from the source by position, never from the tree, so
 * what it finds there is unchanged; only the structure remark sees past a limit is text. docs/dialect.md states both.
 */

/** Block quotes and list items one line may open, nested. */
export const MAX_NESTING = 16;
/** Inline mark characters one block may hold before the rest are read as text. */
export const MAX_INLINE_MARKS = 256;
/** Pipes one line may hold (a table row of 255 cells) before the rest are read as text. */
export const MAX_LINE_PIPES = 256;
/** What a character past a limit becomes in the text remark reads: plain text to Markdown. */
export const INERT = '\uFFFD';

const SPACE = 32;
const TAB = 9;

/** Whether c is one of the characters that open or close inline constructs. */
function isInlineMark(c: number): boolean {
  // [ ] * _ ~ ` <
  return c === 91 || c === 93 || c === 42 || c === 95 || c === 126 || c === 96 || c === 60;
}

/**
 * The text with every character past a limit replaced by `INERT`: the same text (the same string) when nothing is.
 * Linear in the text; iterative.
 */
export function boundedMarkdown(text: string): string {
  let out: string[] | undefined;
  let copiedTo = 0;
  // Where the run of replaced characters that ends at `copiedTo` starts: a run (100,000 pipes on a line) is written
  // as one string, not one piece a character.
  let runFrom = -1;
  const replace = (at: number): void => {
    if (runFrom !== -1 && at === copiedTo) {
      copiedTo++;
      return;
    }
    out ??= [];
    if (runFrom !== -1) out.push(INERT.repeat(copiedTo - runFrom));
    out.push(text.slice(copiedTo, at));
    runFrom = at;
    copiedTo = at + 1;
  };
  let marks = 0;
  let lineStart = 0;
  const length = text.length;
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = length;
    // The container prefix: white space, `>`, list markers.
    let k = lineStart;
    let columns = 0;
    let containers = 0;
    let opensBlock = false;
    let taskAt = -1;
    for (;;) {
      const c = text.charCodeAt(k);
      if (c === SPACE) {
        columns++;
        k++;
        continue;
      }
      if (c === TAB) {
        columns += 4 - (columns % 4);
        k++;
        continue;
      }
      let markerEnd = -1;
      if (c === 62 /* > */) markerEnd = k + 1;
      else if (c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */) markerEnd = k + 1;
      else if (c >= 48 && c <= 57) {
        let d = k + 1;
        while (d < lineEnd && d - k < 9 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
        const delimiter = text.charCodeAt(d);
        if (delimiter === 46 /* . */ || delimiter === 41 /* ) */) markerEnd = d + 1;
      }
      if (markerEnd === -1) break;
      // A list marker is one only before white space or the line's end; `>` needs nothing after it.
      const after = text.charCodeAt(markerEnd);
      if (c !== 62 && !(markerEnd >= lineEnd || after === SPACE || after === TAB || after === 13)) break;
      if (containers + Math.floor(columns / 2) >= MAX_NESTING) {
        replace(k);
        k = markerEnd;
        break;
      }
      containers++;
      opensBlock ||= c !== 62;
      k = markerEnd;
      // A task checkbox right after a list marker is no inline mark.
      if (c !== 62) {
        let s = k;
        while (text.charCodeAt(s) === SPACE) s++;
        if (text.charCodeAt(s) === 91 && text.charCodeAt(s + 2) === 93) taskAt = s;
      }
    }
    const first = text.charCodeAt(k);
    // A new inline context: a list item, a heading, a table row, or the first line after a blank one.
    if (opensBlock || first === 35 /* # */ || first === 124 /* | */) marks = 0;
    if (k >= lineEnd || (k === lineEnd - 1 && text.charCodeAt(k) === 13)) {
      marks = 0; // a blank line (or one of only container markers) ends the block
    } else {
      let pipes = 0;
      for (let i = k; i < lineEnd; i++) {
        const c = text.charCodeAt(i);
        if (c === 124 /* | */) {
          if (pipes >= MAX_LINE_PIPES) replace(i);
          else pipes++;
          continue;
        }
        if (!isInlineMark(c)) continue;
        if (taskAt !== -1 && (i === taskAt || i === taskAt + 2)) continue;
        if (marks >= MAX_INLINE_MARKS) replace(i);
        else marks++;
      }
    }
    if (lineEnd >= length) break;
    lineStart = lineEnd + 1;
  }
  if (out === undefined) return text;
  out.push(INERT.repeat(copiedTo - runFrom), text.slice(copiedTo));
  return out.join('');
}

/** How long the editor waits after a keystroke before it diagnoses a document again. */
export const DIAGNOSIS_DELAY_MS = 250;
/** Documents over a megabyte are diagnosed after a longer pause in typing: each parse of one costs more. */
export const LARGE_DOCUMENT_CHARS = 1024 * 1024;
export const LARGE_DIAGNOSIS_DELAY_MS = 1500;

/** The pause in typing after which a document of `chars` characters is diagnosed again (issue #18). */
export function diagnosisDelay(chars: number): number {
  return chars > LARGE_DOCUMENT_CHARS ? LARGE_DIAGNOSIS_DELAY_MS : DIAGNOSIS_DELAY_MS;
}

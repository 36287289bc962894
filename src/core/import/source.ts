/**
 * What the importer reads: a document as blocks (paragraphs of lines, tables), whatever it came from. Plain text is
 * cut into blocks here; a Word document is converted to blocks outside the core (`src/node/docx.ts`).
 */

export interface SourceParagraph {
  kind: 'paragraph';
  /** The lines as written, leading white space kept (a tab-indented roster or action block says something). */
  lines: string[];
  /** A Word heading's level (Heading 1 is 1). */
  heading?: number;
  /** A Word list item: its level (0 for the outermost) and whether it is numbered. */
  list?: { level: number; ordered: boolean };
  /** The whole paragraph is bold (a label, in a Word document). */
  bold?: boolean;
}

export interface SourceTable {
  kind: 'table';
  /** Rows of cells, each cell's text on one line. */
  rows: string[][];
}

export type SourceBlock = SourceParagraph | SourceTable;

/** A line of white space only (a form feed, a page break in exported text, counts as white space). */
const BLANK = /^\s*$/;

/**
 * Plain text as a word processor saves it: paragraphs are separated by blank lines. With `markdown`, a fenced code
 * block stays one block, blank lines and all.
 */
export function blocksFromPlainText(text: string, markdown = false): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let lines: string[] = [];
  let fence: string | undefined;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\f/)) {
    const line = raw.replace(/\s+$/, '');
    const marker = markdown ? /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1] : undefined;
    if (marker && (fence === undefined || marker.startsWith(fence))) fence = fence === undefined ? marker : undefined;
    if (fence !== undefined || marker) {
      lines.push(raw.replace(/\r$/, ''));
      continue;
    }
    if (BLANK.test(line)) {
      if (lines.length > 0) blocks.push({ kind: 'paragraph', lines });
      lines = [];
    } else {
      lines.push(line);
    }
  }
  if (lines.length > 0) blocks.push({ kind: 'paragraph', lines });
  return blocks;
}

/**
 * The name for minutes imported from `fileName` (a base name): `x.docx` → `x.minutes.md`, then `x-2.minutes.md` and so
 * on while `taken` says a name is in use. Never the source's own name.
 */
export async function importedName(fileName: string, taken: (name: string) => boolean | Promise<boolean>): Promise<string> {
  const stem = fileName.replace(/(?:\.minutes)?\.(?:docx|txt|md|markdown|text)$/i, '') || fileName;
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}.minutes.md`;
    if (name !== fileName && !(await taken(name))) return name;
  }
}

/**
 * A Word document (.docx) as the importer's blocks, from the document tree mammoth (https://github.com/mwilliamson/mammoth.js)
 * reads: paragraphs with their heading level, list level and boldness, and tables as rows of cells. The reading of the
 * file (a zip) is the host's: mammoth's Node build on the desktop and in the CLI (src/node/docx.ts), its browser build
 * on the web (src/extension/docxWeb.ts); both hand the tree to this one mapping.
 */
import type { SourceBlock } from './source';

/** The parts of mammoth's document model read here (its `transformDocument` hands the whole tree over). */
export interface WordElement {
  type: string;
  children?: WordElement[];
  value?: string;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  isBold?: boolean;
}

function textOf(element: WordElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(textOf).join('');
}

/** Every run with visible text is bold. */
function allBold(element: WordElement): boolean {
  const runs: WordElement[] = [];
  const collect = (e: WordElement): void => {
    if (e.type === 'run') runs.push(e);
    else for (const child of e.children ?? []) collect(child);
  };
  collect(element);
  const visible = runs.filter((run) => textOf(run).trim() !== '');
  return visible.length > 0 && visible.every((run) => run.isBold === true);
}

function toBlocks(elements: readonly WordElement[], blocks: SourceBlock[]): void {
  for (const element of elements) {
    if (element.type === 'paragraph') {
      const text = textOf(element);
      if (text.trim() === '') continue;
      const heading = /^heading\s*(\d)$/i.exec(element.styleName ?? '')?.[1] ?? (/^title$/i.test(element.styleName ?? '') ? '1' : undefined);
      blocks.push({
        kind: 'paragraph',
        lines: text.split('\n'),
        heading: heading === undefined ? undefined : Number(heading),
        list: element.numbering ? { level: Number(element.numbering.level) || 0, ordered: element.numbering.isOrdered } : undefined,
        bold: allBold(element),
      });
    } else if (element.type === 'table') {
      const rows = (element.children ?? [])
        .filter((row) => row.type === 'tableRow')
        .map((row) => (row.children ?? []).filter((c) => c.type === 'tableCell').map((c) => (c.children ?? []).map(textOf).join(' ').replace(/\s+/g, ' ').trim()));
      blocks.push({ kind: 'table', rows });
    } else if (element.children) {
      toBlocks(element.children, blocks);
    }
  }
}

/** mammoth's conversion of one document, handing its tree to `transformDocument`; gives mammoth's messages. */
export type WordConversion = (transformDocument: (document: WordElement) => WordElement) => Promise<{ messages: { message: string }[] }>;

/** The blocks of a Word document and mammoth's warnings; throws a readable error for what is no Word document. */
export async function wordDocumentBlocks(convert: WordConversion): Promise<{ blocks: SourceBlock[]; warnings: string[] }> {
  let root: WordElement | undefined;
  let result;
  try {
    result = await convert((document) => {
      root = document;
      return document;
    });
  } catch (error) {
    throw new Error(`not a Word document (.docx) that can be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const blocks: SourceBlock[] = [];
  if (root) toBlocks(root.children ?? [], blocks);
  return { blocks, warnings: result.messages.map((m) => m.message) };
}

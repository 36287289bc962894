/**
 * A Word document (.docx) as the importer's blocks, read by mammoth (https://github.com/mwilliamson/mammoth.js):
 * paragraphs with their heading level, list level and boldness, and tables as rows of cells. Outside the core, which
 * never reads files or zips.
 */
import type { SourceBlock } from '../core/import/source';

/** The parts of mammoth's document model read here (its `transformDocument` hands the whole tree over). */
interface Element {
  type: string;
  children?: Element[];
  value?: string;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  isBold?: boolean;
}

function textOf(element: Element): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(textOf).join('');
}

/** Every run with visible text is bold. */
function allBold(element: Element): boolean {
  const runs: Element[] = [];
  const collect = (e: Element): void => {
    if (e.type === 'run') runs.push(e);
    else for (const child of e.children ?? []) collect(child);
  };
  collect(element);
  const visible = runs.filter((run) => textOf(run).trim() !== '');
  return visible.length > 0 && visible.every((run) => run.isBold === true);
}

function toBlocks(elements: readonly Element[], blocks: SourceBlock[]): void {
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

/** The blocks of a .docx file's bytes, and mammoth's warnings; throws a readable error for what is no Word document. */
export async function docxBlocks(bytes: Uint8Array): Promise<{ blocks: SourceBlock[]; warnings: string[] }> {
  let root: Element | undefined;
  let result;
  try {
    // Imported on first use (and built as dist/mammoth.js of its own): most of the bundle, needed only here.
    const { default: mammoth } = await import('mammoth');
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: Element) => {
          root = document;
          return document;
        },
      },
    );
  } catch (error) {
    throw new Error(`not a Word document (.docx) that can be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const blocks: SourceBlock[] = [];
  if (root) toBlocks(root.children ?? [], blocks);
  return { blocks, warnings: result.messages.map((m) => m.message) };
}

/**
 * A Word document (.docx) as the importer's blocks, read by mammoth's Node build from a Buffer; the mapping of its
 * document tree is the core's (src/core/import/wordDocument.ts), shared with the web's reader (src/extension/docxWeb.ts).
 */
import type { SourceBlock } from '../core/import/source';
import { wordDocumentBlocks } from '../core/import/wordDocument';

/** The blocks of a .docx file's bytes, and mammoth's warnings; throws a readable error for what is no Word document. */
export async function docxBlocks(bytes: Uint8Array): Promise<{ blocks: SourceBlock[]; warnings: string[] }> {
  // Imported on first use (and built as dist/mammoth.js of its own): most of the bundle, needed only here.
  const { default: mammoth } = await import('mammoth');
  return wordDocumentBlocks((transformDocument) => mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { transformDocument }));
}

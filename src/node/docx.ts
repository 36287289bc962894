/**
 * A Word document (.docx) as the importer's blocks, read by mammoth's Node build from a Buffer; the mapping of its
 * document tree is the core's (src/core/import/wordDocument.ts), shared with the web's reader (src/extension/docxWeb.ts).
 */
import mammoth from 'mammoth';
import type { SourceBlock } from '../core/import/source';
import { wordDocumentBlocks } from '../core/import/wordDocument';

/** The blocks of a .docx file's bytes, and mammoth's warnings; throws a readable error for what is no Word document. */
export function docxBlocks(bytes: Uint8Array): Promise<{ blocks: SourceBlock[]; warnings: string[] }> {
  return wordDocumentBlocks((transformDocument) => mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { transformDocument }));
}

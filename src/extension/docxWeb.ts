// Word documents (.docx) for the import on the web: mammoth's browser build (package.json `browser` maps its zip and
// file reading to ones without Node) reads an ArrayBuffer; the mapping of its document tree is the core's, as on the
// desktop (src/node/docx.ts).
import mammoth from 'mammoth';
import type { DocxReader } from '../core/import/importBytes';
import { wordDocumentBlocks } from '../core/import/wordDocument';

export const readDocxOnTheWeb: DocxReader = (bytes) =>
  wordDocumentBlocks((transformDocument) =>
    mammoth.convertToHtml({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }, { transformDocument }),
  );

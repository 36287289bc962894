/**
 * Imports one file's bytes (Word, plain text or Markdown) into the dialect: what the CLI's `minutes import` and the
 * extension's "Minutes: Import Minutes…" share, on the desktop and on the web. Reading a Word file is the host's
 * (mammoth, in src/node/docx.ts); a host without one says how to import the document instead.
 */
import { decodeMinutes, MAX_FILE_BYTES } from '../fileText';
import { importMinutes, type ImportResult } from './importMinutes';
import { blocksFromPlainText, type SourceBlock } from './source';

/** The extensions an import reads. */
export const IMPORTABLE = /\.(?:docx|txt|text|md|markdown)$/i;

/** Reads a Word document's blocks. */
export type DocxReader = (bytes: Uint8Array) => Promise<{ blocks: SourceBlock[] }>;

export async function importBytes(
  bytes: Uint8Array,
  fileName: string,
  options: { dayFirst?: boolean } = {},
  readDocx?: DocxReader,
): Promise<ImportResult | { problem: string }> {
  if (bytes.byteLength > MAX_FILE_BYTES) return { problem: `${fileName} is too large to be minutes` };
  if (/\.docx$/i.test(fileName)) {
    if (!readDocx) return { problem: `${fileName}: Word documents are imported in desktop VS Code or with the minutes command line; here, save it as plain text (.txt) in Word and import that` };
    try {
      const { blocks } = await readDocx(bytes);
      return importMinutes(blocks, { fileName, dayFirst: options.dayFirst });
    } catch (error) {
      return { problem: `${fileName}: ${(error as Error).message}` };
    }
  }
  if (/\.doc$/i.test(fileName)) return { problem: `${fileName}: an old Word .doc file; save it as .docx (or as plain text) in Word, then import that` };
  const decoded = decodeMinutes(bytes);
  if ('problem' in decoded) return { problem: `${fileName}: ${decoded.problem.replace(/^skipped: /, '')}` };
  const markdown = /\.(?:md|markdown)$/i.test(fileName);
  return importMinutes(blocksFromPlainText(decoded.text, markdown), { fileName, dayFirst: options.dayFirst, markdown });
}

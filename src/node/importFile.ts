/**
 * Imports one file's bytes (Word, plain text or Markdown) into the dialect: what the CLI's `minutes import` and the
 * extension's "Minutes: Import Minutes…" share. The converting is in the core; here only the reading of the format.
 */
import { decodeMinutes, MAX_FILE_BYTES } from '../core/fileText';
import { importMinutes, type ImportResult } from '../core/import/importMinutes';
import { blocksFromPlainText } from '../core/import/source';
import { docxBlocks } from './docx';

/** The extensions an import reads. */
export const IMPORTABLE = /\.(?:docx|txt|text|md|markdown)$/i;

export async function importFile(bytes: Uint8Array, fileName: string, options: { dayFirst?: boolean } = {}): Promise<ImportResult | { problem: string }> {
  if (bytes.byteLength > MAX_FILE_BYTES) return { problem: `${fileName} is too large to be minutes` };
  if (/\.docx$/i.test(fileName)) {
    try {
      const { blocks } = await docxBlocks(bytes);
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

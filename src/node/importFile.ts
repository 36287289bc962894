/**
 * Imports one file's bytes with Node's reader of Word documents (mammoth): the CLI's and the desktop extension's.
 * The converting is in the core (core/import/importBytes.ts).
 */
import { importBytes } from '../core/import/importBytes';
import type { ImportResult } from '../core/import/importMinutes';
import { docxBlocks } from './docx';

export { IMPORTABLE } from '../core/import/importBytes';

export function importFile(bytes: Uint8Array, fileName: string, options: { dayFirst?: boolean } = {}): Promise<ImportResult | { problem: string }> {
  return importBytes(bytes, fileName, options, docxBlocks);
}

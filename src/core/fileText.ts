/**
 * Whether a file's bytes are minutes a person wrote: text, UTF-8, not absurdly large. Shared by every host that
 * reads files (the CLI, the extension), so that all of them skip the same files with the same words.
 */
import type { ReadOutcome } from './workspaceIndex';

/** Minutes are small; a file this big is almost certainly something else (and would stall a run). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function tooLarge(size: number): ReadOutcome {
  return { problem: `skipped: ${formatBytes(size)} is larger than the ${formatBytes(MAX_FILE_BYTES)} a minutes file can be` };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text of a file's bytes, or why it is not minutes: binary, or not UTF-8. A byte-order mark is dropped. */
export function decodeMinutes(bytes: Uint8Array): ReadOutcome {
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'skipped: binary file' };
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { problem: 'skipped: not UTF-8 text' };
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

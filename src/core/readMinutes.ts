/**
 * Reading one file as minutes without letting it cost any other: a parse that throws (a parser bug, or settings the
 * parser cannot use) becomes a problem with a message, never an exception that stops a scan or an export.
 */
import type { MinutesDocument } from './model';
import { parseMinutes, type ParseOptions } from './parse';

/** How a file that cannot be read as minutes is reported (the CLI on stderr, the editor as a diagnostic). */
export const UNREADABLE = 'could not be read as minutes';

export type ReadMinutes = { document: MinutesDocument } | { problem: string };

/** The problem a parse's failure is reported as. */
export function unreadable(error: unknown): string {
  return `${UNREADABLE}: ${error instanceof Error ? error.message : String(error)}`;
}

/** The parse of a text, or the problem it met: never throws. */
export function readMinutes(text: string, options: ParseOptions = {}, parse: () => MinutesDocument = () => parseMinutes(text, options)): ReadMinutes {
  try {
    return { document: parse() };
  } catch (error) {
    return { problem: unreadable(error) };
  }
}

import { strict as assert } from 'node:assert';
import { parseMinutes, type ParseOptions } from '../../../src/core/parse';
import type { MinutesDocument } from '../../../src/core/model';

/** The options the style tests parse with: a fixed today and a file name that holds a date. */
export const styleOptions: ParseOptions = { today: '2024-03-01', fileName: '2021-03-02-notes.md' };

/** Parses through the pre-scan's fast path, and checks that every style reads the same through the full parse. */
export function parseBothWays(text: string, options: ParseOptions = styleOptions): MinutesDocument {
  const fast = parseMinutes(text, options);
  assert.deepStrictEqual(fast, parseMinutes(text, { ...options, fullParse: true }), 'the fast path differs from the full parse');
  return fast;
}

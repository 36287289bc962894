// How the pre-scan's suites (differential, prescanMutants) hold the fast path to the full parse.
import { strict as assert } from 'node:assert';
import { parseMinutes, type ParseOptions } from '../../../src/core/parse';

export const differentialOptions: ParseOptions = { today: '2024-01-01', fileName: '2007-06-06-x.minutes.md' };

/** The model the pre-scan's fast path gives must be the one the full parse gives: every action, range, roster entry and diagnostic. */
export function check(text: string, label = 'document'): void {
  const fast = parseMinutes(text, differentialOptions);
  const full = parseMinutes(text, { ...differentialOptions, fullParse: true });
  assert.deepStrictEqual(fast, full, `${label}: the fast path differs from the full parse`);
}

/**
 * Reading without looking for commitments in prose (`proseActions: 'off'`, which keeps fewer chunks) gives the same
 * model less the prose hints: every action, range, roster entry and other diagnostic.
 */
export function checkWithoutProse(text: string, label = 'document'): void {
  const withProse = parseMinutes(text, differentialOptions);
  const off = parseMinutes(text, { ...differentialOptions, proseActions: 'off' });
  assert.deepStrictEqual(off, { ...withProse, proseActions: [], diagnostics: withProse.diagnostics.filter((d) => d.code !== 'prose-action') }, `${label}: without prose differs`);
  assert.deepStrictEqual(off, parseMinutes(text, { ...differentialOptions, proseActions: 'off', fullParse: true }), `${label}: without prose, the fast path differs from the full parse`);
}

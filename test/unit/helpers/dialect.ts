// What the dialect suites (dialectMutants, dialectRest) read a document with, and how they show what it holds.
import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../../src/core/parse';
import type { Action, MinutesDocument, Range } from '../../../src/core/model';

/** Lines read as minutes of 1 March 2024. */
export const parse = (lines: string[]): MinutesDocument => parseMinutes(lines.join('\n'), { today: '2024-03-01', fileName: '2024-03-01-notes.md' });

/** A one-line range as [line, start, end]. */
export const at = (range: Range | undefined): [number, number, number] | undefined =>
  range && (assert.equal(range.start.line, range.end.line), [range.start.line, range.start.character, range.end.character]);

/** An action's owners, each as the roster names them or as written. */
export const owners = (action: Action): (string | undefined)[] => action.owners.map((o) => o.person ?? o.text);

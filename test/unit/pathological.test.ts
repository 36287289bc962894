import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseMinutes } from '../../src/core/parse';
import type { MinutesDocument, Range } from '../../src/core/model';
import { SHAPES } from '../../bench/pathological';

/** Every range the document holds lies inside the text. */
function assertInside(text: string, doc: MinutesDocument): void {
  const lengths = text.split('\n').map((line) => line.length);
  const check = (range: Range | undefined, what: string): void => {
    if (!range) return;
    for (const at of [range.start, range.end]) {
      assert.ok(at.line >= 0 && at.line < lengths.length && at.character >= 0 && at.character <= lengths[at.line], `${what} at ${at.line}:${at.character}`);
    }
  };
  for (const action of doc.actions) {
    check(action.range, 'action');
    check(action.textRange, 'action text');
    check(action.ownerRange, 'owner');
    check(action.dueRange, 'due');
  }
  for (const diagnostic of doc.diagnostics) check(diagnostic.range, diagnostic.code);
  for (const decision of doc.decisions) check(decision.range, 'decision');
  for (const prose of doc.proseActions) check(prose.range, 'prose action');
}

/** A pathological shape at a random size, maybe between ordinary minutes. */
const pathological = fc
  .tuple(fc.constantFrom(...SHAPES), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('', '# Minutes\n\n', '---\ntitle: x\n---\n'), fc.constantFrom('', '\n\nACTION: RS — after. Due: 2007-06-20\n'))
  .map(([shape, fraction, before, after]) => ({ name: shape.name, text: before + shape.make(Math.max(1, Math.round(fraction * shape.small))) + after }));

describe('pathological shapes (issue #18)', () => {
  it('every shape at its largest unit size: no throw, every range inside', () => {
    for (const shape of SHAPES) {
      const text = shape.make(shape.small);
      assertInside(text, parseMinutes(text));
    }
  });

  it('property: never throws, every range inside the document (fast path and remark alone)', () => {
    fc.assert(
      fc.property(pathological, fc.boolean(), ({ text }, fullParse) => {
        assertInside(text, parseMinutes(text, { fullParse }));
      }),
      { numRuns: 60 },
    );
  });

  it('property: two shapes glued together', () => {
    fc.assert(
      fc.property(pathological, pathological, (a, b) => {
        const text = a.text + '\n' + b.text;
        assertInside(text, parseMinutes(text));
      }),
      { numRuns: 30 },
    );
  });
});

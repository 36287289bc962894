import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseMinutes } from '../../src/core/parse';
import { LineIndex, type Range } from '../../src/core/model';

// Pieces of the dialect, so that random documents hit the interesting paths, not just plain prose.
const fragments = fc.constantFrom(
  'ACTION: ', 'MJ', ' — ', ' to ', 'due ', 'Due: ', '(due 15 June 07)', '15 June 07', 'July 07', '19/12/2007', '03/04/08',
  '- [ ] ', '- [x] ', '@MJ ', '| Owner | Action | Due |\n', '|---|---|---|\n', '| MJ | x | y |\n', '| | |\n',
  '## Attended\n', '## Apologies\n', '## Next meeting\n', 'Mark Jones (MJ)', ', ', '> ', '```\n', '---\n', 'title: x\n',
  'DECISION: ', '\n', '\n\n', '  ', '**', '`', '\t', '\r\n', 'é', '😀', '\u0000', 'next meeting',
);
const documents = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.oneof(fragments, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join('')));

function inside(range: Range, index: LineIndex): boolean {
  const start = index.offset(range.start);
  const end = index.offset(range.end);
  const valid = (p: Range['start']) => p.line >= 0 && p.line < index.lineCount && p.character >= 0 && p.character <= index.lineText(p.line).length + 1;
  return valid(range.start) && valid(range.end) && start <= end;
}

describe('parser properties', () => {
  it('never throws, and every range lies inside the document', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const doc = parseMinutes(text, { today: '2024-01-01' });
        const index = new LineIndex(text);
        const ranges: Range[] = [
          ...doc.actions.flatMap((a) => [a.range, a.textRange, a.ownerRange, ...(a.dueRange ? [a.dueRange] : []), ...a.owners.map((o) => o.range)]),
          ...doc.diagnostics.map((d) => d.range),
          ...doc.decisions.map((d) => d.range),
          ...doc.roster.map((e) => e.range),
        ];
        for (const range of ranges) assert.ok(inside(range, index), JSON.stringify(range));
      }),
      { numRuns: 1500 },
    );
  });

  it('every due date it reports is a real ISO date', () => {
    fc.assert(
      fc.property(documents, (text) => {
        for (const action of parseMinutes(text, { today: '2024-01-01' }).actions) {
          if (action.due === null) continue;
          assert.match(action.due, /^\d{4}-\d{2}-\d{2}$/);
          assert.equal(new Date(`${action.due}T00:00:00Z`).toISOString().slice(0, 10), action.due);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

// LineIndex.position starts from the line it found last; it must answer what counting the newlines before does.
describe('LineIndex.position', () => {
  it('gives the line and character that counting newlines gives, for offsets asked in any order', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', '\n', '\r\n', '\n\n', 'é😀'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -3, max: 80 }), { maxLength: 30 }), (source, offsets) => {
        const index = new LineIndex(source);
        for (const offset of offsets) {
          const clamped = Math.max(0, Math.min(offset, source.length));
          const before = source.slice(0, clamped);
          const line = before.split('\n').length - 1;
          assert.deepEqual(index.position(offset), { line, character: clamped - (before.lastIndexOf('\n') + 1) }, `${JSON.stringify(source)} at ${offset}`);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});

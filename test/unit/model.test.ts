import { strict as assert } from 'node:assert';
import { isOverdueOn, lastAtOrBefore, LineIndex } from '../../src/core/model';

// The model's helpers (src/core/model.ts) that every feature places text with: lines and characters of an offset and
// back, a line's text, the binary search under both, and when an action is overdue. From the fifth mutation round of
// issue #22 (docs/testing.md, "Mutation testing").
describe('model: LineIndex', () => {
  const text = 'ab\r\ncd\n\nefg';
  const index = new LineIndex(text);

  it('counts the lines, an empty last one too', () => {
    assert.equal(index.lineCount, 4);
    assert.equal(new LineIndex('').lineCount, 1);
    assert.equal(new LineIndex('a\n').lineCount, 2);
  });

  it('gives the line and character of an offset, clamped to the text', () => {
    assert.deepEqual(index.position(0), { line: 0, character: 0 });
    assert.deepEqual(index.position(3), { line: 0, character: 3 });
    assert.deepEqual(index.position(4), { line: 1, character: 0 });
    assert.deepEqual(index.position(7), { line: 2, character: 0 });
    assert.deepEqual(index.position(10), { line: 3, character: 2 });
    assert.deepEqual(index.position(-5), { line: 0, character: 0 });
    assert.deepEqual(index.position(99), { line: 3, character: 3 });
  });

  it('answers the same whatever was asked before: forwards line by line, backwards, and across several lines', () => {
    const many = new LineIndex('a\nb\nc\nd\ne');
    const asked = [0, 4, 2, 4, 6, 8, 9, 3, 1, 8, 0, 6];
    assert.deepEqual(
      asked.map((offset) => many.position(offset)),
      asked.map((offset) => ({ line: Math.floor(offset / 2), character: offset % 2 })),
    );
  });

  it('gives the offset of a position, clamped to its line’s start and the text’s end', () => {
    assert.equal(index.offset({ line: 1, character: 1 }), 5);
    assert.equal(index.offset({ line: 3, character: 0 }), 8);
    assert.equal(index.offset({ line: 9, character: 0 }), 8);
    assert.equal(index.offset({ line: 3, character: 10 }), text.length);
    assert.equal(new LineIndex('').offset({ line: 0, character: 0 }), 0);
  });

  it('gives a range of two offsets', () => {
    assert.deepEqual(index.range(1, 5), { start: { line: 0, character: 1 }, end: { line: 1, character: 1 } });
  });

  it('gives a line’s text without its line ending, and nothing past the last line', () => {
    assert.deepEqual([0, 1, 2, 3, 4].map((line) => index.lineText(line)), ['ab', 'cd', '', 'efg', '']);
    assert.equal(new LineIndex('a\r').lineText(0), 'a');
    assert.equal(new LineIndex('a\rb\nc').lineText(0), 'a\rb');
  });
});

describe('model: lastAtOrBefore', () => {
  it('finds the last number at or before a value in an ascending list, or the first when none is', () => {
    const sorted = [0, 3, 3, 7, 10];
    assert.deepEqual([-1, 0, 2, 3, 4, 7, 9, 10, 11].map((value) => lastAtOrBefore(sorted, value)), [0, 0, 0, 2, 2, 3, 3, 4, 4]);
    assert.equal(lastAtOrBefore([], 5), 0);
    assert.equal(lastAtOrBefore([4], 5), 0);
    assert.equal(lastAtOrBefore([4, 6], 5), 0);
    assert.equal(lastAtOrBefore([4, 6], 6), 1);
  });
});

describe('model: isOverdueOn', () => {
  it('is overdue only when open and due before the day', () => {
    assert.equal(isOverdueOn({ status: 'open', due: '2024-02-29' }, '2024-03-01'), true);
    assert.equal(isOverdueOn({ status: 'open', due: '2024-03-01' }, '2024-03-01'), false);
    assert.equal(isOverdueOn({ status: 'done', due: '2024-02-29' }, '2024-03-01'), false);
    assert.equal(isOverdueOn({ status: 'cancelled', due: '2024-02-29' }, '2024-03-01'), false);
    assert.equal(isOverdueOn({ status: 'open', due: null }, '2024-03-01'), false);
  });
});

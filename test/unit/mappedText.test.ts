import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { blockLines, MappedText } from '../../src/core/markdown';
import { parseMinutes } from '../../src/core/parse';

// MappedText keeps its offsets as runs; this reference keeps one per character, as it once did. Both must agree.
class Reference {
  constructor(
    readonly text: string,
    readonly offsets: number[],
    readonly endOffset: number,
  ) {}
  static of(source: string, start: number, end: number): Reference {
    const offsets: number[] = [];
    for (let i = start; i < end; i++) offsets.push(i);
    return new Reference(source.slice(start, end), offsets, end);
  }
  static join(lines: Reference[]): Reference {
    if (lines.length === 0) return new Reference('', [], 0);
    let text = '';
    const offsets: number[] = [];
    lines.forEach((line, index) => {
      if (index > 0) {
        text += ' ';
        offsets.push(lines[index - 1].endOffset);
      }
      text += line.text;
      offsets.push(...line.offsets);
    });
    return new Reference(text, offsets, lines[lines.length - 1].endOffset);
  }
  sourceOffset(index: number): number {
    if (index >= this.offsets.length) return this.endOffset;
    return this.offsets[Math.max(0, index)];
  }
  slice(start: number, end: number = this.text.length): Reference {
    const clampedEnd = Math.max(start, Math.min(end, this.text.length));
    const endOffset = clampedEnd >= this.offsets.length ? this.endOffset : this.offsets[clampedEnd];
    return new Reference(this.text.slice(start, clampedEnd), this.offsets.slice(start, clampedEnd), endOffset);
  }
  trim(): Reference {
    const leading = this.text.length - this.text.trimStart().length;
    const trailing = this.text.length - this.text.trimEnd().length;
    return this.slice(leading, this.text.length - trailing);
  }
  get start(): number {
    return this.offsets.length > 0 ? this.offsets[0] : this.endOffset;
  }
  /** An empty span sits where its start maps; a span of characters runs from its first one to just past its last. */
  sourceSpan(start: number, end: number): [number, number] {
    if (end <= start) return [this.sourceOffset(start), this.sourceOffset(start)];
    return [this.sourceOffset(start), this.sourceOffset(end - 1) + 1];
  }
}

function same(mapped: MappedText, reference: Reference): void {
  assert.equal(mapped.text, reference.text);
  assert.equal(mapped.start, reference.start);
  assert.equal(mapped.end, reference.endOffset);
  for (let i = -1; i <= reference.text.length + 1; i++) assert.equal(mapped.sourceOffset(i), reference.sourceOffset(i), `offset of ${i} in ${JSON.stringify(reference.text)}`);
  // Empty spans (where an insertion would go), and the whole text.
  for (let a = 0; a <= reference.text.length; a++) assert.deepEqual(mapped.sourceSpan(a, a), reference.sourceSpan(a, a), `span ${a}-${a} of ${JSON.stringify(reference.text)}`);
  assert.deepEqual(mapped.sourceSpan(0, reference.text.length), reference.sourceSpan(0, reference.text.length));
}

const source = '  Mark Jones (MJ) will\n> draft it  \n\nby 15 June.\n';
const span = fc.tuple(fc.nat(source.length), fc.nat(source.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
type Step = { kind: 'slice'; start: number; end?: number } | { kind: 'trim' } | { kind: 'join'; with: (readonly [number, number])[] };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('slice' as const), start: fc.nat(40), end: fc.option(fc.integer({ min: -2, max: 45 }), { nil: undefined }) }),
  fc.constant({ kind: 'trim' as const }),
  fc.record({ kind: fc.constant('join' as const), with: fc.array(span, { maxLength: 3 }) }),
);

describe('MappedText', () => {
  it('maps every position as a per-character offset table does, through joins, slices and trims', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 4 }), fc.array(step, { maxLength: 6 }), (spans, steps) => {
        let mapped = MappedText.join(spans.map(([a, b]) => MappedText.of(source, a, b)));
        let reference = Reference.join(spans.map(([a, b]) => Reference.of(source, a, b)));
        same(mapped, reference);
        for (const s of steps) {
          if (s.kind === 'trim') {
            mapped = mapped.trim();
            reference = reference.trim();
          } else if (s.kind === 'slice') {
            mapped = mapped.slice(s.start, s.end);
            reference = reference.slice(s.start, s.end);
          } else {
            mapped = MappedText.join([mapped, ...s.with.map(([a, b]) => MappedText.of(source, a, b))]);
            reference = Reference.join([reference, ...s.with.map(([a, b]) => Reference.of(source, a, b))]);
          }
          same(mapped, reference);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

// The lines of a paragraph inside a block quote or a list item: each continuation line without the container's
// prefix (`>`, spaces, tabs) the source repeats, and without the carriage return of a CRLF line ending.
describe('blockLines', () => {
  const lines = (source: string, start = 0, end = source.length) => blockLines(source, start, end).map((line) => [line.text, line.start, line.end]);

  it('takes the quote marks and indentation off continuation lines, never off the first', () => {
    assert.deepEqual(lines('> ab\n>  \tcd\n ef', 2), [['ab', 2, 4], ['cd', 9, 11], ['ef', 13, 15]]);
    assert.deepEqual(lines('ACTION: MJ to\n\tsend it'), [['ACTION: MJ to', 0, 13], ['send it', 15, 22]]);
  });

  it('leaves the carriage return of a CRLF line out of the line, and ends the last line at the block’s end', () => {
    assert.deepEqual(lines('ab\r\ncd\r\nef'), [['ab', 0, 2], ['cd', 4, 6], ['ef', 8, 10]]);
    assert.deepEqual(lines('ab\ncd\nef', 0, 4), [['ab', 0, 2], ['c', 3, 4]]);
  });

  it('keeps the first line as it starts, prefix characters and all; a block ending after a line feed ends with an empty line; an empty line sits at its place', () => {
    assert.deepEqual(lines('>  ab\n> cd'), [['>  ab', 0, 5], ['cd', 8, 10]]);
    assert.deepEqual(lines(' \tab'), [[' \tab', 0, 4]]);
    assert.deepEqual(lines('ab\n'), [['ab', 0, 2], ['', 3, 3]]);
    assert.deepEqual(lines('ab\r\n', 3, 3), [['', 3, 3]]);
  });

  it('reads an action continued on a quoted, an indented or a CRLF line as one text', () => {
    for (const text of ['# N\n\n> ACTION: MJ to send\n> the letter\n', '# N\n\n- ACTION: MJ to send\n\tthe letter\n', '# N\r\n\r\nACTION: MJ to send\r\nthe letter\r\n']) {
      assert.deepEqual(parseMinutes(text, { today: '2024-03-01' }).actions.map((a) => a.text), ['send the letter'], JSON.stringify(text));
    }
  });
});

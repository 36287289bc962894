import { strict as assert } from 'node:assert';
import { boundedMarkdown, DIAGNOSIS_DELAY_MS, diagnosisDelay, INERT, LARGE_DIAGNOSIS_DELAY_MS, LARGE_DOCUMENT_CHARS, MAX_INLINE_MARKS, MAX_LINE_PIPES, MAX_NESTING } from '../../src/core/bounds';
import { parseMarkdown } from '../../src/core/markdown';
import { parseMinutes } from '../../src/core/parse';
import type { MinutesDocument } from '../../src/core/model';

/** The deepest nesting of the tree (iteratively: a deep tree must not cost this test its stack). */
function treeDepth(root: { children?: unknown[] }): number {
  let deepest = 0;
  const stack: [{ children?: unknown[] }, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return deepest;
}

function inside(text: string, doc: MinutesDocument): void {
  const lines = text.split('\n');
  const check = (range: { start: { line: number; character: number }; end: { line: number; character: number } }): void => {
    for (const at of [range.start, range.end]) {
      assert.ok(at.line >= 0 && at.line < lines.length, `line ${at.line}`);
      assert.ok(at.character >= 0 && at.character <= lines[at.line].length, `character ${at.character} of line ${at.line}`);
    }
  };
  for (const action of doc.actions) check(action.range);
  for (const diagnostic of doc.diagnostics) check(diagnostic.range);
}

describe('pathological inputs (issue #18): every parse path finishes, within the stack', () => {
  const cases: Record<string, string> = {
    '5,000 nested block quotes': '>'.repeat(5000) + ' ACTION: MJ to call. Due: 2007-06-15\n',
    '2,500 nested block quotes with spaces': '> '.repeat(2500) + 'ACTION: x\n',
    '3,000 nested list markers on one line': '- '.repeat(3000) + 'ACTION: x\n',
    '3,000 nested ordered markers on one line': '1. '.repeat(3000) + 'ACTION: x\n',
    '300 lists nested by indentation': Array.from({ length: 300 }, (_, i) => '  '.repeat(i) + '- [ ] @MJ ACTION: x').join('\n'),
    'a line of 40,000 [': '['.repeat(40000),
    '40,000 [ with a link definition (parsed whole)': '['.repeat(40000) + '\n\n[a]: https://example.com\n',
    '5,000 nested emphasis': '*a '.repeat(5000) + 'a* '.repeat(5000) + '\n\n[a]: b\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    for (const fullParse of [false, true]) {
      it(`${name}${fullParse ? ' (remark alone)' : ''}`, () => {
        const doc = parseMinutes(text, { fullParse });
        inside(text, doc);
      });
    }
  }

  it('reads an action nested within the bound, and none deeper', () => {
    const shallow = parseMinutes('> '.repeat(3) + 'ACTION: MJ to call\n');
    assert.equal(shallow.actions.length, 1);
    assert.match(shallow.actions[0].text, /call$/);
    const deep = parseMinutes('> '.repeat(MAX_NESTING + 5) + 'ACTION: MJ to call\n');
    assert.equal(deep.actions.length, 0);
  });

  it('gives remark no tree deeper than the bound allows', () => {
    for (const text of ['>'.repeat(5000) + ' x', '- '.repeat(3000) + 'x', Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + '- x').join('\n')]) {
      // root, then per level a container (a list is two: list and item), then a paragraph and its text
      assert.ok(treeDepth(parseMarkdown(text)) <= 2 * MAX_NESTING + 3, `depth ${treeDepth(parseMarkdown(text))}`);
    }
  });
});

describe('boundedMarkdown', () => {
  it('leaves ordinary minutes alone (the same string)', () => {
    const text = '# Minutes\n\n- [ ] @MJ [call](https://x.y) *now* `x` ~~y~~\n  > - nested\n\n| a | b |\n|---|---|\n| *c* | d |\n';
    assert.equal(boundedMarkdown(text), text);
  });

  it('keeps length and line breaks, making only characters past a limit inert', () => {
    const text = '['.repeat(1000) + '\n' + '>'.repeat(100) + ' x';
    const bounded = boundedMarkdown(text);
    assert.equal(bounded.length, text.length);
    assert.equal(bounded.indexOf('\n'), 1000);
    assert.equal(bounded.slice(0, MAX_INLINE_MARKS), '['.repeat(MAX_INLINE_MARKS));
    assert.equal(bounded.slice(MAX_INLINE_MARKS, 1000), INERT.repeat(1000 - MAX_INLINE_MARKS));
    const quoteLine = bounded.slice(1001);
    assert.equal(quoteLine.slice(0, MAX_NESTING), '>'.repeat(MAX_NESTING));
    assert.equal(quoteLine[MAX_NESTING], INERT);
  });

  it('counts marks per block: a blank line, a list item, a heading or a table row starts afresh', () => {
    const many = '*'.repeat(MAX_INLINE_MARKS);
    for (const separator of ['\n\n', '\n- ', '\n# ', '\n| ']) {
      const text = many + separator + '*x*';
      assert.equal(boundedMarkdown(text), text, JSON.stringify(separator));
    }
    // …but a paragraph's next line goes on counting.
    assert.notEqual(boundedMarkdown(many + '\n*x*'), many + '\n*x*');
  });

  it('reads pipes past the bound on one line as text, counting afresh on each line', () => {
    const row = '|'.repeat(MAX_LINE_PIPES);
    assert.equal(boundedMarkdown(row + '\n' + row), row + '\n' + row);
    const wide = boundedMarkdown('| a ' + '|'.repeat(MAX_LINE_PIPES + 5) + ' b');
    assert.equal(wide.split('|').length - 1, MAX_LINE_PIPES);
    assert.ok(wide.endsWith(INERT.repeat(6) + ' b'), wide.slice(-10));
    // A table of as many columns as the bound allows stays a table.
    const header = '|' + ' h |'.repeat(MAX_LINE_PIPES - 1);
    const table = header + '\n' + '|' + '---|'.repeat(MAX_LINE_PIPES - 1) + '\n' + header;
    assert.equal(boundedMarkdown(table), table);
  });

  it('never counts or replaces a task checkbox', () => {
    const text = Array.from({ length: 2 * MAX_INLINE_MARKS }, () => '- [ ] x').join('\n');
    assert.equal(boundedMarkdown(text), text);
    const long = '- [x] ' + '_'.repeat(MAX_INLINE_MARKS + 10);
    assert.ok(boundedMarkdown(long).startsWith('- [x] '));
  });
});

describe('diagnosisDelay (issue #18: typing never waits on a document over a megabyte)', () => {
  it('waits the usual pause up to a megabyte and a longer one past it', () => {
    assert.equal(diagnosisDelay(0), DIAGNOSIS_DELAY_MS);
    assert.equal(diagnosisDelay(LARGE_DOCUMENT_CHARS), DIAGNOSIS_DELAY_MS);
    assert.equal(diagnosisDelay(LARGE_DOCUMENT_CHARS + 1), LARGE_DIAGNOSIS_DELAY_MS);
    assert.equal(diagnosisDelay(20 * LARGE_DOCUMENT_CHARS), LARGE_DIAGNOSIS_DELAY_MS);
    assert.ok(LARGE_DIAGNOSIS_DELAY_MS >= 4 * DIAGNOSIS_DELAY_MS);
  });
});

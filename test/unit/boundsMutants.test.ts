import { strict as assert } from 'node:assert';
import { boundedMarkdown, DIAGNOSIS_DELAY_MS, diagnosisDelay, INERT, LARGE_DIAGNOSIS_DELAY_MS, MAX_INLINE_MARKS, MAX_NESTING } from '../../src/core/bounds';

// Cases that came from the surviving mutants of src/core/bounds.ts (issue #22): which characters count towards a
// bound, and what opens a container, decide what of a pathological text remark still reads as Markdown.
describe('boundedMarkdown: what the mutants showed untested', () => {
  it('counts every kind of inline mark towards the bound', () => {
    for (const mark of ['[', ']', '*', '_', '~', '`', '<']) {
      const bounded = boundedMarkdown(mark.repeat(MAX_INLINE_MARKS + 1));
      assert.equal(bounded, mark.repeat(MAX_INLINE_MARKS) + INERT, mark);
    }
  });

  it('nests numbered list items (up to nine digits, with . or )) and tab-indented items towards the nesting bound', () => {
    const quotes = '>'.repeat(MAX_NESTING);
    for (const marker of ['1. ', '2) ', '123456789. ']) {
      assert.equal(boundedMarkdown(`${quotes}${marker}x`), `${quotes}${INERT}${marker.slice(1)}x`, marker);
      assert.equal(boundedMarkdown(`${quotes.slice(1)}${marker}x`), `${quotes.slice(1)}${marker}x`, marker);
    }
    assert.equal(boundedMarkdown(`${quotes}1234567890. x`), `${quotes}1234567890. x`, 'ten digits make no list marker');
    assert.equal(boundedMarkdown(`${quotes}1: x`), `${quotes}1: x`);
    assert.equal(boundedMarkdown(`${quotes}10. x`), `${quotes}${INERT}0. x`, 'a 0 inside the number');
    assert.equal(boundedMarkdown(`${quotes}1a. x`), `${quotes}1a. x`, 'a letter ends the number');
    // A tab is four columns, two columns a level.
    assert.equal(boundedMarkdown(`${'\t'.repeat(8)}- x`), `${'\t'.repeat(8)}${INERT} x`);
    assert.equal(boundedMarkdown(`${'\t'.repeat(7)}- x`), `${'\t'.repeat(7)}- x`);
    assert.equal(boundedMarkdown(`${'  \t'.repeat(8)}- x`), `${'  \t'.repeat(8)}${INERT} x`);
    assert.equal(boundedMarkdown(`${'  \t'.repeat(7)}- x`), `${'  \t'.repeat(7)}- x`, 'a tab after two spaces reaches column 4');
  });

  it('takes a dash for a list marker before a space, a tab, a carriage return or the line end only', () => {
    const quotes = '>'.repeat(MAX_NESTING);
    for (const after of [' x', '\tx', '\r\nx', '']) assert.equal(boundedMarkdown(`${quotes}-${after}`), `${quotes}${INERT}${after}`, JSON.stringify(after));
    assert.equal(boundedMarkdown(`${quotes}-x`), `${quotes}-x`);
  });

  it('leaves a task checkbox out of the count, wherever spaces put it, and only right after a list marker', () => {
    const many = '*'.repeat(MAX_INLINE_MARKS);
    for (const task of ['- [ ] ', '-   [x] ', '1. [ ] ']) {
      assert.equal(boundedMarkdown(task + many), task + many, task);
      assert.equal(boundedMarkdown(`${task}${many}*`), `${task}${many}${INERT}`, task);
    }
    // Not a checkbox: brackets two apart only, or in a block quote.
    assert.equal(boundedMarkdown(`- [ab] ${many.slice(1)}`), `- [ab] ${many.slice(2)}${INERT}`);
    assert.equal(boundedMarkdown(`> [ ] ${many.slice(1)}`), `> [ ] ${many.slice(2)}${INERT}`);
    assert.equal(boundedMarkdown(`- *a] ${many.slice(1)}`), `- *a] ${many.slice(2)}${INERT}`);
  });

  it('ends a block at a line holding only a carriage return', () => {
    const many = '*'.repeat(MAX_INLINE_MARKS);
    assert.equal(boundedMarkdown(`${many}\r\n\r\n*x*`), `${many}\r\n\r\n*x*`);
    // A line of one character is no blank line.
    assert.equal(boundedMarkdown(`${many}\na\n_`), `${many}\na\n${INERT}`);
  });

  it('waits the usual pause for a document of half a megabyte', () => {
    assert.equal(diagnosisDelay(500_000), DIAGNOSIS_DELAY_MS);
    assert.equal(diagnosisDelay(1_100_000), LARGE_DIAGNOSIS_DELAY_MS);
  });
});

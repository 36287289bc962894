import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseMinutes, proseReading } from '../../src/core/parse';
import { prescan } from '../../src/core/prescan';
import { generateMinutes, generateTranscript, mulberry32 } from '../../bench/corpus';
import { check, checkWithoutProse, differentialOptions as options } from './helpers/differential';

// The pre-scan hands remark only the chunks that can hold dialect constructs. Whatever the text, the model must be
// the one the full parse gives: every action, range, roster entry and diagnostic.
const repoRoot = path.resolve(__dirname, '../..');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

// Block-level pieces: fences (some indented, some unclosed), HTML blocks, quotes, lists, tables, headings, labels.
const lines = fc.constantFrom(
  'ACTION: MJ — circulate the paper. Due: 15 June 07', 'ACTION: RS to write by 19/12/2007', '**ACTION:** @MJ review',
  'Action item: SN — book the room (due July 07)', 'DECISION: adopt the plan', 'AGREED: to meet monthly',
  '- [ ] @MJ circulate the agenda due: 2008-02-29', '- [x] @SN confirm', '  - [ ] @RS nested task', '* [X] done thing',
  '1. first item', '2) second item', '   3. indented item', '- plain item', '  - nested plain', '    indented four',
  '| Owner | Action | Due |', '|---|---|---|', '| MJ | Write the report | 15 June 07 |', '| Who | What |', '| --- | :-: |',
  '## Attended', '## Apologies', '# Minutes of the meeting held on 6 June 2007', '## 8. Next meeting', '## Other business',
  '### Copies to', '## Present:', 'Attendees', '===', '---', '***', 'Next *meeting*', '## [Attendees](x)', '## &#65;ttendees',
  'Present: Mark Jones (MJ), Rita Singh', 'Apologies:', 'Next meeting:', 'Date: 13 Dec 2007', 'Location: Fernville Surgery',
  'Mark Jones (MJ)', 'Gerry Bulger, Jeremy Cohen', 'Friday 22 June 2007', 'From 1pm to 2.15pm at Fernville Surgery',
  '```', '```js', '~~~', '````', '   ```', '  ~~~', '\t```', '``` a`b', '<!--', '-->', '<!-- one line -->', '<div>', '</div>',
  '<pre>', '</pre>', '<span>', '  <div>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>',
  '> quoted prose', '> ACTION: MJ — quoted action', '> - [ ] @MJ quoted task', '>', '> ```', '> ## Attended',
  '[ref]: https://example.com', '[^1]: a footnote', '## [ref]', 'Some prose about the budget, at length.',
  'More prose that continues the paragraph', 'lazy continuation line', '', '', '', '   ', '\t', 'Owner: MJ',
  'RS will communicate the above to AW.', 'Mark volunteered', 'to work with Andrew Parker on a paper.', 'Meena and Mark will work as a sub-group.',
  'Mark (who else?) will arrange for this to be done.', 'We will meet again. Rita Singh is to write it up.',
  '- ', '-', '- [', '] x', 'text with | a pipe', 'A | B', '-|-', '# ', '#hashtag', ' # indented heading', '\\# escaped',
  // Styles of existing minutes (issue #9), and their traps.
  'AI: Mark to write summary', '* *AI:* Josh to summarize (done)', 'AI(Niko): open the stream', '* AI Felix: summarize', 'AI: none',
  '**ACTION 62.3:** Perform a benchmark', '**ACTION ITEM: Ralph will compile doc**', '**(possible) ACTION ITEM: Put together a story**',
  '* **ACTION**: Jenn to recruit speakers by next TAC call', 'Action: **Ben file an issue**', '**next step:** write it up',
  'Action items:', '**Next steps**', 'Series of actions:', '- action items:', '    - schedule a design meeting?', '## Action items', '## ACTION ITEMS',
  '### Actionables', '## Next steps', '## TODO', '## Action item review', '## Week 3', '## Review Milestones', '- [ ] Ship IPLD.',
  '- Centril to comment on the issue', '- PKA will check with ACE', '- Extend the map (maybe Niko?)', '- ~~Mark to send the minutes~~',
  '- Rita to phone in 2 weeks', 'SL: We have had a design.', 'KM: presumably.', 'AR: What is the use case?', 'AI (in chat): namespaced?',
  '| Type | Description | Owner | Deadline |', '| T | Suggest names | Shaunak Biswas | 12/04/2024 |', '| D | Deploy on Azure | - | - |',
  // Shapes the block builder (src/core/blocks.ts) builds without remark, and near misses it must leave to remark.
  '- [ ] https://github.com/x/y', '- [ ] **ACTION:** MJ bold task', '- [ ]  @MJ two spaces', '1. [ ] @MJ ordered task', '  - [x] @SN nested done',
  '    - [ ] @RS deeper task', '- [x] `code` first', '| MJ | Write \\| the report | 15 June 07 |', '| **Owner** | `Action` | Due |',
  '| *Who* | __What__ | ~~When~~ |', '| Owner | Action | Due | Status |', '|:--|--:|:-:|---|', '| @MJ | x |', '| a | b',
  '## **Attended**', '## *Next* meeting', '## Attended ##', '## `Present`', '## Next meeting\\', '## Apologies &amp; regrets',
  '## 3. [EIPs](https://eips.ethereum.org/EIPS/eip-615): Subroutines', '| [MJ](https://x.org/mj) | [Write](u) it | 15 June 07 |',
  ' - **Group**: Group 21', ' - [ ] @MJ indented task', ' 1. Review of previous minutes', '    - Tasks Completed', '## [Attended](x)',
  '---', 'title: x', 'date: 2007-06-06', 'attendees: Mark Jones, Rita Singh', '``` js', 'Prose then', '- a list right after',
);
const documents = fc.array(fc.oneof({ weight: 8, arbitrary: lines }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 60 }).chain((parts) =>
  fc.constantFrom('\n', '\r\n').map((eol) => parts.join(eol)),
);

// A small alphabet of structural lines, so that short documents often combine them in the tricky orders
// (an HTML block hiding a fence, a fence indented inside a list, a definition changing a heading).
const structural = fc.constantFrom(
  '```', '~~~', '   ```', '<div>', '<span>', '<!--', '-->', '- item', '1. item', '  - [ ] @MJ nested', 'prose', '', '', '',
  'ACTION: MJ — x', 'MJ will write it.', 'Mark', 'volunteered to go.', '## Attended', '## Other', '# [ref]', '[ref]: /url', 'Present:', 'Mark Jones', '> quote', '    code',
  'Action items:', '## Action items', '- Niko to write', 'AI: x', '## Week 2', '- [ ] goal',
);
const structuralDocuments = fc.array(structural, { maxLength: 24 }).map((parts) => parts.join('\n'));

describe('fast path = full parse (differential)', function () {
  // Thousands of documents: slow on a busy machine, never a timing assertion.
  this.timeout(180_000);

  it('on every fixture', () => {
    const folder = path.join(repoRoot, 'test/fixtures');
    const files = filesUnder(folder).filter((f) => f.endsWith('.md'));
    assert.ok(files.length > 0);
    for (const file of files) check(readFileSync(file, 'utf8'), path.relative(repoRoot, file));
  });

  it('on every file of the shared corpus', function () {
    const folder = path.resolve(repoRoot, '../shared/corpus/files');
    if (!existsSync(folder)) {
      console.log(`      (skipped: ${folder} is absent)`);
      this.skip();
    }
    for (const file of filesUnder(folder)) check(readFileSync(file, 'utf8'), path.basename(file));
  });

  it('on generated minutes and transcripts', () => {
    const random = mulberry32(8);
    for (let i = 0; i < 300; i++) check(generateMinutes(random, i), `generated minutes #${i}`);
    for (let i = 0; i < 10; i++) check(generateTranscript(random, i, 20_000), `generated transcript #${i}`);
  });

  it('on thousands of fuzzed documents built from dialect and block fragments', () => {
    fc.assert(fc.property(documents, (text) => check(text)), { numRuns: Number(process.env.FUZZ_RUNS ?? 6000) });
  });

  it('on thousands of short documents built from structural lines', () => {
    fc.assert(fc.property(structuralDocuments, (text) => check(text)), { numRuns: 5000 });
  });

  it('on fuzzed documents of arbitrary characters', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: fc.constantFrom('a', 'A', ' ', '\n', '\n\n', '\t', '`', '~', '<', '>', '-', '#', '|', ':', '[', ']', 'x', '!', '*', '1', '.') }), (text) => check(text)), { numRuns: 3000 });
  });

  it('on documents where building blocks without remark once differed', () => {
    // An unclosed front matter fence (remark reads no list after it); a list going on across chunks after a roster
    // label read inside its first item; the same across a group boundary.
    check('---\n\n- [x] @SN confirm');
    check('- item\nPresent:\n\n- item');
    check('- [ ] @MJ a\nAttended:\n\n- Mark Jones\n\n- [x] @SN b\n\n1. x\n\n2. y');
    check(`${'ACTION: MJ — prose that fills the group. '.repeat(110)}\n\n- [ ] @MJ a\nPresent:\n\n- Mark Jones\n`);
    // The same with a link reference definition before or after: chunks without a bracket are built there too, and a
    // list going on across chunks still goes to remark whole.
    for (const text of ['- item\nPresent:\n\n- item', '- [ ] @MJ a\nAttended:\n\n- Mark Jones\n\n- [x] @SN b\n\n1. x\n\n2. y']) {
      check(`[a]: /u\n\n${text}`);
      check(`${text}\n\n[a]: /u\n`);
      // A definition in the chunk whose list goes on (remark's chunk; the next one must not be built apart from it).
      check(`[a]: /u\n${text}`);
      check(`[^1]: - note\n${text}`);
    }
    // Footnote definitions built without remark: a reference in a heading or a table cell left to remark needs its
    // definition there, so then they stay with remark.
    check('## Attended[^1]\n\n- Mark Jones (MJ)\n\nACTION: MJ — x\n\n[^1]: by phone\n');
    check('| Owner[^1] | Action |\n|---|---|\n| MJ | call |\n\n[^1]: the lead\n');
    check('## Actions[^n]\n\n- MJ to call\n\n[^n]: agreed late\n[^m]: another\n');
    check('Actions:\n\n[^1]: a note\n\n- MJ to call\n\n[^2]: more\n[^3]: and more\n');
    // Link definitions built: a reference in a heading left to remark needs its definition there.
    check('## [Attended][a]\n\n- Mark Jones (MJ)\n\nACTION: MJ — x\n\n[a]: https://example.com\n');
    check('| [Owner][o] | Action |\n|---|---|\n| MJ | call |\n\n[o]: /owners\n[^1]: a note\n');
    // Read in full, never by the block builder: a byte order mark (remark drops it, shifting the first line).
    check('\uFEFF# Title\n\n## Attended\n\n- Mark Jones (MJ)\n\nACTION: MJ — x\n');
    check('\uFEFF## Actions\n\n- MJ to call\n');
    // A reference kilobytes after its definition, with remark's chunks between: one group, so they still meet.
    check(`[a]: /u\n\n${'<b>ACTION: MJ — item</b>\n\n'.repeat(250)}## [Attended][a]\n\n- Mark Jones (MJ)\n- Rita Singh (RS)\n\nACTION: RS — call\n`);
  });

  it('on sections the pre-scan keeps whole: set-text headings, sub-headings inside a section and after it', () => {
    // A roster under a set-text heading: its names hold nothing else the pre-scan keeps a paragraph for.
    check('# Notes\n\nAttendees\n---------\n\nMark Jones, Rita Singh\n\nApologies\n=========\n\nBo Chan\n');
    // Owners' sub-headings inside an action section, and a sub-heading of its own (for next week) inside it.
    check('# Notes\n\n## Action items\n\n### Jack\n\n- Send the letter\n\n### For next week\n\n#### Jill\n\n- Book the room\n\n## Other\n\n- Not an action\n');
    check('# Action items\n\n## Jack\n\n- Send the letter\n\n# Attendees\n\n## Board\n\nMark Jones, Rita Singh\n\n# Other\n\n- Not an action\n');
    check('## Attended\n\nMark Jones\n\n# Next meeting\n\n### Place\n\nRoom 2, 14 March 2024\n');
    check('## Action items\n\n### For next week\n\n### Notes\n\n- Book the room\n\n## Attended\n\n### Roll call\n\n#### Board\n\nMark Jones, Rita Singh\n');
    check('## Attended\n\nMark Jones\n\n# Action items\n\n## Jack\n\n- Send the letter\n');
    check('Attendees:\n\nMark Jones\n\n## Action items\n\n### Jack\n\n- Send the letter\n');
  });

  it('on a `---` block further down, which only the document’s first line opens as front matter', () => {
    check('# T\n\n---\ntitle: x\n---\n\nACTION: MJ — x\n');
    check('Notes\n\n---\ntitle: x\n---\n');
  });

  it('without looking for prose commitments: the same model less the hints, on fixtures, corpus, generated and fuzzed documents', () => {
    const corpus = path.resolve(repoRoot, '../shared/corpus/files');
    const files = [...filesUnder(path.join(repoRoot, 'test/fixtures')), ...(existsSync(corpus) ? filesUnder(corpus) : [])].filter((f) => f.endsWith('.md'));
    let hinted = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      checkWithoutProse(text, path.relative(repoRoot, file));
      if (parseMinutes(text, options).proseActions.length > 0) hinted++;
    }
    // Not vacuous: files with hints lose them.
    assert.ok(hinted > 10, `only ${hinted} files with prose hints`);
    const random = mulberry32(9);
    for (let i = 0; i < 200; i++) checkWithoutProse(generateMinutes(random, i), `generated minutes #${i}`);
    fc.assert(fc.property(documents, (text) => checkWithoutProse(text)), { numRuns: 1000 });
    fc.assert(fc.property(structuralDocuments, (text) => checkWithoutProse(text)), { numRuns: 1000 });
    // Who reads without prose: a reader that shows no hints, unless prose is read as actions.
    assert.deepEqual([proseReading('hint', true), proseReading('hint', false), proseReading('action', true), proseReading('action', false)], ['hint', 'off', 'action', 'action']);
    // And it reads less: a paragraph kept only for a commitment is skipped.
    const text = 'Prose.\n\nRS will send the letter.\n\nACTION: MJ — x\n';
    assert.deepEqual(prescan(text).chunks.map((c) => c.keep), [false, true, true]);
    assert.deepEqual(prescan(text, false).chunks.map((c) => c.keep), [false, false, true]);
  });

  it('actually skips text (the fuzz is not vacuous)', () => {
    const text = 'Prose.\n\nMore prose.\n\nACTION: MJ — x\n\nEnd.\n';
    const scan = prescan(text);
    assert.deepEqual(scan.chunks.map((c) => c.keep), [false, false, true, false]);
    assert.ok(prescan('Just prose.\n\nNothing else.\n').empty);
  });
});

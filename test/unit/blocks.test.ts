import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { MAX_LINE_PIPES } from '../../src/core/bounds';
import { prescan } from '../../src/core/prescan';
import { generateMinutes, mulberry32 } from '../../bench/corpus';
import { check } from './helpers/blocks';

// Inline shapes the builder reads in headings and table cells, and some it must leave to remark.
const inline = fc.constantFrom(
  'Owner', 'Action item', 'due 15 June', '@MJ', 'Mark Jones (MJ)', '**Owner**', '**Owner:**', '__Owner__', '*em*', '_em_',
  '`code`', '` code `', '``co`de``', '~~gone~~', '~one~', 'a*b*', 'a_b_', 'snake_case_name', '**a** b**', '*a **b*', '***x***',
  '**Done.**', '(*aside*)', '*x*y', '\\| pipe', 'a \\| b', '\\*lit\\*', '\\\\', 'a\\b', 'x\\', '&amp;', 'A & B', 'Q&A', '<b>',
  '[link](http://x)', '[x]', '!', 'http://example.com', 'www.example.com', 'me@example.com', 'C#', 'a # b', '1.', '#', ':',
  '`a\\|b`', '** no **', '* no*', '*no *', '**', '__init__', 'x — y', 'Status', 'Due', 'Done', '',
  '[EIPS](https://g.com/a%20b/c.md#x)', '[x](y)', '[Roadmap (v2)](https://x.org/r)', '[a](b c)', '[a](<b>)', '[a](b "t")', '[a]( b)',
  '[a](b)c', '[a] (b)', '[a](b(c))', '[www.x.com](u)', '[a@b.co](u)', '[*em*](u)', '[ a ](u)', '[a](u)www.x.com', '![a](u)', '[a](u&amp;v)',
  '[a](mailto:me@x.org)', '[1. Review](https://x.org/1#summary) ', 'a\tb', '*a\tb*', '`a\tb`', '[a\tb](u)',
);
const cellRow = fc.array(inline, { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(' | ')} |`);
const blockLine = fc.oneof(
  fc.constantFrom(
    '', '', '', '  ', '- item', '- [ ] @MJ task', '- [x] done', '- [X] done', '- [ ]  two spaces', '- [ ] https://x.org/a', '- [ ] www.x.com', '- [ ] a@b.co', '- [ ] **bold** task', '- [ ] `code` task', '- [x] (aside) task', '- [ ] &amp; more', '- [ ]', '- [ ] ', '* star',
    '+ plus', '1. one', '2. two', '1) paren', '10. ten', '  - nested', '  - [ ] nested task', '   - three', '    - four',
    '      - six', '  1. nested one', '  2. nested two', '  continued', '   continued three', '    continued four', 'lazy',
    '-', '- ', '-     five spaces', '- # heading item', '- > quote item', '- - double', '| A | B |', '|---|---|',
    '| --- | :-: |', '|:--|--:|', '| a | b', '| a | b | c |', '|', '| x |', 'A | B', '-|-', '```', '```js meta',
    '~~~', '````', '   ```', '  ```', '```  ', 'code line', '---', '--- ', '***', '___', '===', '- - -', '> quote', '<div>',
    '# Title', '## Attended', '## 1. Budget', '###### six', '####### seven', '#hashtag', '# ', '#', '## Closed ##',
    ' # indented', 'Prose line.', 'ACTION: MJ — x', '**ACTION:** MJ', 'Date: 1 June', '2024-01-01 is a date', 'trailing  ',
    '\\# escaped', '[ref]', '\tTabbed', 'Trail\t', ' - one space item', ' 1. one space ordered', '   - three spaces', '  * two star',
    '    - four under one', ' - [ ] @MJ indented task',
    '> quote', '>quote', '> quote  ', '>  two spaces', '>', '> ', '> > nested', '> - item', '> # heading', '> | a |', '> ---',
    '> 1. one', '> 2. two', '> ```', ' > indented quote', '>\tTabbed',
    // Delimiter rows of one column, without pipes: a table of the line before them.
    ':-', '-:', ':-:', ' :--', '---:', '  :-:', '    :-', '> :-', ':- -', '-:-',
    // Tabs: inside text (built), and where a block's syntax reads them as whitespace (left to remark).
    'a\tb', 'Prose\twith a tab.', 'x \t', '-\ttab item', '- a\tb', '*\tx', '1.\ttab', '1. a\tb', '2)\tb', '#\ttab', '## a\tb',
    '## a\t', '```\t', '```js\tmeta', '~~~\t', '---\t', '- - -\t', '***\t', '| a\t| b |', 'a\t| b', '  \tx', ' \t', '\t',
    '> a\tb', '> \tb', '===\t', '=\t=', '-\t-', ':-\t', '-\t:', '- [ ]\ttask', '- [ ] a\tb', '- [\t] x', '  - nested\ttab',
    '    \tfour', '   1.\tx', 'code\tline', '<\ta>',
    // Footnote definitions: one line of plain text is built; anything else is left to remark.
    '[^1]: a footnote', '[^Note-2]: Another note.', '[^1]:', '[^1]: ', '[^1]:note', '[^1]:  two spaces', '[^1]: - a list',
    '[^1]: # heading', '[^1]: > quote', '[^x y]: spaced label', '[^1]: *em* and `code`', '[^1]: [^2]: nested', '[a]: /url',
    '[^1]: a | pipe', '[^]: empty', ' [^1]: indented', '[^1]: ```',
    '[ref]: https://example.com', '[A_b-2]: /u%20x', '[a]: /u "title"', '[a]:', '[a]: <u>', '[a b]: /u', '[a]: /u rest', '"title"',
    '[a]: /u  ', '[a]: /u&amp;v', '[a]: /u\\x', '[a]:/u',
  ),
  inline.map((text) => `## ${text}`),
  inline,
  cellRow,
);
const documents = fc.array(blockLine, { maxLength: 30 }).chain((lines) => fc.constantFrom('\n', '\n', '\r\n').map((eol) => lines.join(eol)));

// Documents shaped like minutes: whole blocks in the orders minutes use.
const block = fc.oneof(
  fc.array(fc.constantFrom('- [ ] https://x.org/a', '- [ ] _em_ x', '- [ ] @MJ draft it', '- [x] @SN done', '- plain item', '  - nested', '  - [ ] nested task', '    - deeper'), { minLength: 1, maxLength: 5 }).map((items) => items.join('\n')),
  fc.array(fc.constantFrom('1. first', '2. second', '   1. nested'), { minLength: 1, maxLength: 4 }).map((items) => items.join('\n')),
  fc.tuple(cellRow, fc.constantFrom('|---|---|', '| --- | --- | --- |', '|:-|-:|:-:|-|'), fc.array(cellRow, { maxLength: 4 })).map(([header, delimiter, rows]) => [header, delimiter, ...rows].join('\n')),
  inline.map((text) => `## ${text}`),
  fc.array(fc.constantFrom('> Quoted prose', '>Quoted', '> ACTION: MJ — x', '> more  ', '> - item', '>', 'lazy'), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.constantFrom('Prose.', 'Prose\twith tabs\t\nand\tmore.', '- a\tb\n- [ ] @MJ c\td', '```\ncode\tline\n```\t', '```\n\tindented\n```', 'Prose over\ntwo lines.', 'Prose then\n- a list', 'Prose then\n# heading', 'Prose then\n2. not a list', 'ACTION: x\n    indented on', '```\ncode\n\n  more\n```', '---\na: 1\n---'),
);
const blockDocuments = fc
  .array(block, { maxLength: 8 })
  .chain((blocks) => fc.tuple(fc.constantFrom('\n', '\n\n', '\n\n\n'), fc.boolean()).map(([gap, crlf]) => (crlf ? blocks.join(gap).replace(/\n/g, '\r\n') : blocks.join(gap))));

const repoRoot = path.resolve(__dirname, '../..');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every chunk the pre-scan cuts a real file into (and the whole file), built or not: what is built is remark's. */
function checkFile(text: string): number {
  // Definitions change inline parsing across chunks; such files never reach the builder.
  if (text.includes(']:')) return 0;
  let built = check(text) ? 1 : 0;
  for (const chunk of prescan(text).chunks) if (check(text.slice(chunk.start, chunk.end))) built++;
  return built;
}

describe('blocks built without remark', function () {
  this.timeout(120_000);

  it('builds the chunks of every fixture and shared corpus file as remark does', () => {
    const files = filesUnder(path.join(repoRoot, 'test/fixtures')).filter((f) => f.endsWith('.md'));
    const corpus = path.resolve(repoRoot, '../shared/corpus/files');
    if (existsSync(corpus)) files.push(...filesUnder(corpus));
    let built = 0;
    for (const file of files) built += checkFile(readFileSync(file, 'utf8'));
    assert.ok(built > 100, `only ${built} chunks built`);
  });

  it('builds the blocks of generated minutes, as remark does', () => {
    const random = mulberry32(21);
    let built = 0;
    for (let i = 0; i < 50; i++) {
      const text = generateMinutes(random, i);
      for (const part of text.split(/\n\n(?=\S)/)) if (check(part)) built++;
    }
    assert.ok(built > 500, `only ${built} blocks built`);
  });

  it('reads only the first word of a task item to place its paragraph, as remark does', () => {
    // Built, and equal to remark's: the first word is plain text, whatever follows it.
    for (const text of ['- [ ] Mark to check x:y', '- [ ] MJ a@b.c', '- [ ] tidy www.x.org', '- [x] done *soon*', '- [ ] one'])
      assert.ok(check(text), `not built: ${text}`);
    // Left to remark: the first word may be a link or an emphasis, which moves the paragraph's start. (check() throws
    // when a built text differs from remark's; here the builder must not build them at all.)
    for (const text of ['- [ ] a@b.c more', '- [ ] www.x.org y', '- [ ] ab:c rest', '- [ ] *x* y', '- [ ] <b>x</b> y', '- [ ] a@b.c']) {
      assert.equal(check(text), false, `built, not left to remark: ${text}`);
    }
  });

  it('builds the shapes it claims, as remark does', () => {
    const cases = [
      '- [ ] @MJ task  \n- [x] done\n  - nested\n\n',
      '3. foo  \n   bar \n4. x\n',
      '| Owner | Action \\| x |\n|---|:-:|\n| a | b |\n|  | |\n| c |\n| d | e | f |',
      '## **Owner:** and *em* `co de` ~~del~~ x\n',
      '---\na: 1\nb: 2\n---\n\nx',
      '```js meta\ncode\n\n  more\n```\n\n',
      'para\n- item\n\nText\n# Heading  \n',
      '#### General Information\n - **Group**: Group 21\n - **Week**: Week 3\n',
      '#### Agenda\n 1. Review\n    - Tasks Completed\n',
      '# 3. [EIPS](https://g.com/a%20b/c.md#x) for Istanbul:\n| [MJ](u) | x |\n|---|---|\n',
      '# H  \r\n- [ ] a \r\n  - b\r\n\r\n| a | b |\r\n|---|---|\r\n| c | d |\r\n\r\npara\r\nx  \r\n\r\n```js\r\nx\r\n\r\ny\r\n```\r\n',
      '---\r\na: 1\r\nb: 2\r\n---\r\n\r\nx',
      '> Quoted prose\n>over two lines  \n\n> ACTION: MJ — x\r\n> more\r\n',
      // Tabs inside text, as minutes pasted from a word processor hold them.
      'Agreed\tthe budget.\nMark\twill call\t\n\nACTION:\tMJ — x\n',
      '- a\tb\n- [ ] @MJ call\tthe surgery\n  - nested\ttoo\n1. one\ttwo\n',
      '> Quoted\tprose\n',
      '```\ncode\twith a tab\n```\n',
      // Lazy continuation lines: text without the quote's `>` or the item's indentation goes on with its paragraph.
      '> Quoted prose\nlazy line\n> quoted again\n  lazy, indented\n',
      '- item\nlazy line\n- next item\n  - nested\nlazy of the nested item\n- last\n',
      '1. one\n   two\nlazy\n2. three\n',
      // Footnote definitions, one line each (a document with definitions builds them: see prescan's parseWithDefinitions).
      '[^1]: First note.\n[^Two_2]: Second, with *marks* and [a link](u).\n\n[^3]:   Third.\n',
      '[minutes]: https://example.com/2007-06-06.md\n[Ref_2]: /u%20x\n[^1]: a note\n\n[c]: /x  \n',
    ];
    for (const text of cases) assert.ok(check(text), `not built:\n${text}`);
    // Tabs that count as indentation or as the whitespace a block's syntax needs: left to remark.
    for (const text of ['\tindented', 'a\n\tb', '-\titem', '1.\titem', '#\tTitle', '## Title\t', '| a\t| b |\n|---|---|', '| a | b |\n|---|---|\n| c\t| d |', '```js\tmeta\n```', '---\t', '- [ ]\ttask', '- [\t] task', '- [\n] x', '- [\n  ] x', '[^1]: note\n    continued', '[^1]: note\nlazy', '[^1]: - item', '[a]: /u\n"title"', '[a]: /u\ntext', '[a]: /u "t"', '[a]:\n/u', 'a\n===\t']) {
      assert.equal(check(text), false, `built, not left to remark: ${JSON.stringify(text)}`);
    }
  });

  it('builds lists nested past the nesting bound as remark reads them bounded (deeper markers are text)', () => {
    const deep = (levels: number, step: number, item: string): string => Array.from({ length: levels }, (_, i) => ' '.repeat(step * i) + item).join('\n');
    for (const text of [deep(60, 2, '- [ ] @MJ task'), deep(40, 2, '- item'), deep(20, 3, '1. item'), deep(25, 2, '* x') + '\n' + ' '.repeat(60) + '- tail\n- back at the margin']) {
      assert.ok(check(text), `not built:\n${text}`);
    }
    // Any indentation of any line, around the bound.
    let built = 0;
    const line = fc.tuple(fc.integer({ min: 0, max: 44 }), fc.constantFrom('- [ ] @MJ task', '- item', '* x', '1. one', 'text', '2) two')).map(([indent, text]) => ' '.repeat(indent) + text);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        if (check(lines.join('\n'))) built++;
      }),
      { numRuns: 1500 },
    );
    const ladders = fc.tuple(fc.integer({ min: 14, max: 30 }), fc.constantFrom(2, 3), fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 30, maxLength: 30 }));
    fc.assert(
      fc.property(ladders, ([levels, step, jitter]) => {
        if (check(Array.from({ length: levels }, (_, i) => ' '.repeat(Math.max(0, step * i + (i > 16 ? jitter[i] : 0))) + '- x').join('\n'))) built++;
      }),
      { numRuns: 500 },
    );
    assert.ok(built > 300, `only ${built} built`);
  });

  it('leaves a line of more pipes than the bound to remark, and builds a table as wide as it', () => {
    const row = (cells: number): string => '|' + ' a |'.repeat(cells);
    const delimiter = (cells: number): string => '|' + '---|'.repeat(cells);
    assert.ok(check(`${row(MAX_LINE_PIPES - 1)}\n${delimiter(MAX_LINE_PIPES - 1)}\n${row(MAX_LINE_PIPES - 1)}`));
    assert.equal(check(`${row(MAX_LINE_PIPES)}\n${delimiter(MAX_LINE_PIPES)}\n${row(2)}`), false);
    assert.equal(check(`${row(2)}\n${delimiter(2)}\n| a \\${'|'.repeat(MAX_LINE_PIPES)}`), false);
  });

  it('equals remark on fuzzed documents of block and inline fragments', () => {
    let built = 0;
    fc.assert(
      fc.property(documents, (text) => {
        if (check(text)) built++;
      }),
      { numRuns: 6000 },
    );
    console.log(`      (${built} built)`); assert.ok(built > 600, `only ${built} of 6000 documents built`);
  });

  it('equals remark on fuzzed documents of whole lists, tables, headings and paragraphs', () => {
    let built = 0;
    fc.assert(
      fc.property(blockDocuments, (text) => {
        if (check(text)) built++;
      }),
      { numRuns: 4000 },
    );
    console.log(`      (${built} built)`); assert.ok(built > 400, `only ${built} of 4000 documents built`);
  });
});

// The import's small steps, whole: plain text cut into blocks, a Word document's tree mapped to blocks, the name of
// the minutes written, and which reading a file's bytes get. The cases Stryker's survivors showed no test could tell
// apart (docs/testing.md, "Mutation testing").
import { strict as assert } from 'node:assert';
import { MAX_FILE_BYTES } from '../../src/core/fileText';
import { importBytes } from '../../src/core/import/importBytes';
import { describeImport, importMinutes } from '../../src/core/import/importMinutes';
import { blocksFromPlainText, importedName } from '../../src/core/import/source';
import { wordDocumentBlocks, type WordElement } from '../../src/core/import/wordDocument';
import { parseMinutes } from '../../src/core/parse';

const encode = (text: string) => new TextEncoder().encode(text);

describe('import: plain text as blocks', () => {
  it('drops a byte-order mark and trailing white space, splits paragraphs at blank lines (form feeds too), any line end', () => {
    assert.deepEqual(blocksFromPlainText('\uFEFFTitle  \r\nline two\t\r\n\f\n \n```\ncode\n\n```\nafter\n'), [
      { kind: 'paragraph', lines: ['Title', 'line two'] },
      { kind: 'paragraph', lines: ['```', 'code'] },
      { kind: 'paragraph', lines: ['```', 'after'] },
    ]);
  });

  it('keeps a Markdown fence one block, blank lines and all, closed by a fence at least as long', () => {
    assert.deepEqual(blocksFromPlainText('\uFEFFTitle  \r\nline two\t\r\n\f\n \n```\ncode\n\n~~~\n````\nafter\n\n  ~~~\nx  \n~~~\n\nend\n', true), [
      { kind: 'paragraph', lines: ['Title', 'line two'] },
      { kind: 'paragraph', lines: ['```', 'code', '', '~~~', '````', 'after'] },
      { kind: 'paragraph', lines: ['  ~~~', 'x  ', '~~~'] },
      { kind: 'paragraph', lines: ['end'] },
    ]);
    // Backticks and tildes inside a line, or fewer than three, open no fence; the last paragraph needs no blank line after it.
    assert.deepEqual(blocksFromPlainText('say ``` here\n`x` code\n\n~~ two\n\nlast', true), [
      { kind: 'paragraph', lines: ['say ``` here', '`x` code'] },
      { kind: 'paragraph', lines: ['~~ two'] },
      { kind: 'paragraph', lines: ['last'] },
    ]);
  });

  it('names the minutes after the source, never the source itself, numbering names already taken', async () => {
    const taken = new Set(['x.minutes.md', 'x-2.minutes.md']);
    const name = (fileName: string) => importedName(fileName, (candidate) => taken.has(candidate));
    assert.equal(await name('x.docx'), 'x-3.minutes.md');
    assert.equal(await name('y.minutes.md'), 'y-2.minutes.md');
    assert.equal(await name('Notes.TXT'), 'Notes.minutes.md');
    assert.equal(await name('z.text'), 'z.minutes.md');
    assert.equal(await name('a.md.bak'), 'a.md.bak.minutes.md');
    assert.equal(await name('.md'), '.md.minutes.md');
    assert.equal(await importedName('w.markdown', async () => false), 'w.minutes.md');
  });
});

describe('import: a Word document tree as blocks', () => {
  const run = (text: string, isBold = false): WordElement => ({ type: 'run', isBold, children: [{ type: 'text', value: text }] });
  const paragraph = (children: WordElement[], more: Partial<WordElement> = {}): WordElement => ({ type: 'paragraph', children, ...more });

  it('reads headings (Title, Heading 1–9), lists with their level, bold paragraphs, tabs, breaks, nested paragraphs and tables', async () => {
    const tree: WordElement = {
      type: 'document',
      children: [
        paragraph([run('Parish council')], { styleName: 'Title' }),
        paragraph([run('Actions')], { styleName: 'Heading 2' }),
        paragraph([run('Sub')], { styleName: 'heading3' }),
        paragraph([run('Not a heading')], { styleName: 'Heading 12' }),
        paragraph([run('Sub title')], { styleName: 'Subtitle' }),
        paragraph([run('Subheading')], { styleName: 'Subheading 2' }),
        paragraph([run('Cover')], { styleName: 'Title Page' }),
        paragraph([{ type: 'hyperlink', children: [{ type: 'text', value: 'a link' }] }]),
        paragraph([run('  ')]),
        paragraph([run('Item'), { type: 'tab' }, run('two'), { type: 'break' }, run('next')], { numbering: { level: '1', isOrdered: true } }),
        paragraph([run('Bold', true), run(' '), run('also', true)], { numbering: { level: 'x', isOrdered: false } }),
        paragraph([run('Half', true), run(' plain')]),
        paragraph([{ type: 'hyperlink', children: [] }]),
        { type: 'hyperlink', children: [paragraph([run('Inside')])] },
        {
          type: 'table',
          children: [
            {
              type: 'tableRow',
              children: [
                { type: 'tableCell', children: [paragraph([run('  Owner ')])] },
                { type: 'tableCell', children: [paragraph([run('Due')]), paragraph([run('date\t x')])] },
                { type: 'bookmark' },
              ],
            },
            { type: 'comment' },
            { type: 'tableRow', children: [{ type: 'tableCell', children: [] }, { type: 'tableCell' }] },
          ],
        },
        { type: 'image' },
      ],
    };
    const read = await wordDocumentBlocks(async (transform) => {
      transform(tree);
      return { messages: [{ message: 'Unrecognised style' }] };
    });
    assert.deepEqual(read, {
      blocks: [
        { kind: 'paragraph', lines: ['Parish council'], heading: 1, list: undefined, bold: false },
        { kind: 'paragraph', lines: ['Actions'], heading: 2, list: undefined, bold: false },
        { kind: 'paragraph', lines: ['Sub'], heading: 3, list: undefined, bold: false },
        { kind: 'paragraph', lines: ['Not a heading'], heading: undefined, list: undefined, bold: false },
        { kind: 'paragraph', lines: ['Sub title'], heading: undefined, list: undefined, bold: false },
        { kind: 'paragraph', lines: ['Subheading'], heading: undefined, list: undefined, bold: false },
        { kind: 'paragraph', lines: ['Cover'], heading: undefined, list: undefined, bold: false },
        { kind: 'paragraph', lines: ['a link'], heading: undefined, list: undefined, bold: false },
        { kind: 'paragraph', lines: ['Item\ttwo', 'next'], heading: undefined, list: { level: 1, ordered: true }, bold: false },
        { kind: 'paragraph', lines: ['Bold also'], heading: undefined, list: { level: 0, ordered: false }, bold: true },
        { kind: 'paragraph', lines: ['Half plain'], heading: undefined, list: undefined, bold: false },
        { kind: 'paragraph', lines: ['Inside'], heading: undefined, list: undefined, bold: false },
        { kind: 'table', rows: [['Owner', 'Due date x'], ['', '']] },
      ],
      warnings: ['Unrecognised style'],
    });
  });

  it('says a file is no Word document with the first line of the reader\'s error; an empty tree has no blocks', async () => {
    await assert.rejects(
      wordDocumentBlocks(async () => {
        throw new Error('Corrupted zip\nat offset 12');
      }),
      { message: 'not a Word document (.docx) that can be read: Corrupted zip' },
    );
    await assert.rejects(
      wordDocumentBlocks(async () => {
        throw 'odd';
      }),
      { message: 'not a Word document (.docx) that can be read: odd' },
    );
    assert.deepEqual(await wordDocumentBlocks(async () => ({ messages: [] })), { blocks: [], warnings: [] });
  });
});

describe('import: which reading a file gets', () => {
  it('refuses an old .doc whatever its case, and only a name ending so; reads Markdown marks only from .md and .markdown', async () => {
    const text = encode('Minutes\n\n*Attended*: Ann Lee\n');
    const doc = await importBytes(text, 'a.DOC');
    assert.deepEqual(doc, { problem: 'a.DOC: an old Word .doc file; save it as .docx (or as plain text) in Word, then import that' });
    for (const name of ['a.doc.txt', 'a.docx.txt', 'notes.markdown.txt']) {
      const imported = await importBytes(text, name);
      assert.ok('markdown' in imported, name);
      assert.match(imported.markdown, /\n\\\*Attended\*: Ann Lee\n$/, `${name}: plain text, its asterisk escaped`);
    }
    for (const name of ['notes.md', 'notes.MARKDOWN']) {
      const imported = await importBytes(text, name);
      assert.ok('markdown' in imported, name);
      assert.match(imported.markdown, /\n\*Attended\*: Ann Lee\n$/, `${name}: Markdown, kept`);
    }
  });

  it('says why bytes cannot be minutes: too large (past the limit, not at it), binary, or the Word reader\'s error', async () => {
    assert.deepEqual(await importBytes(new Uint8Array(MAX_FILE_BYTES + 1), 'big.txt'), { problem: 'big.txt is too large to be minutes' });
    assert.deepEqual(await importBytes(new Uint8Array(MAX_FILE_BYTES), 'zeros.txt'), { problem: 'zeros.txt: binary file' });
    assert.deepEqual(
      await importBytes(encode('x'), 'm.docx', {}, async () => {
        throw new Error('bad zip');
      }),
      { problem: 'm.docx: bad zip' },
    );
  });

  it('reads numeric dates month first when asked, from text and from a Word document', async () => {
    const text = await importBytes(encode('Meeting held on 03/04/2008\n'), 'm.txt', { dayFirst: false });
    assert.ok('summary' in text);
    assert.equal(text.summary.date, '2008-03-04');
    const word = await importBytes(encode('x'), 'm.docx', { dayFirst: false }, async () => ({ blocks: [{ kind: 'paragraph', lines: ['Meeting held on 03/04/2008'] }] }));
    assert.ok('summary' in word);
    assert.equal(word.summary.date, '2008-03-04');
    const dayFirst = await importBytes(encode('Meeting held on 03/04/2008\n'), 'm.txt');
    assert.ok('summary' in dayFirst);
    assert.equal(dayFirst.summary.date, '2008-04-03');
  });
});

describe('import: what it writes', () => {
  it('reads each roster label as its role, and escapes prose that would read as Markdown', () => {
    const text = 'Meeting of the board held on 6 June 2007\n\nPresent: Ann Lee, Bo Kim\n\nAbsent: Cy Dee\n\nDistribution: Di Eve\n\nRegrets: Ed Fox\n\n10. Budget under review\n\n#tag line and | pipe <b>\n\n1.\n\n-dash';
    const { markdown } = importMinutes(blocksFromPlainText(text));
    assert.deepEqual(
      parseMinutes(markdown).roster.map((entry) => `${entry.name}: ${entry.role}`),
      ['Ann Lee: attendee', 'Bo Kim: attendee', 'Cy Dee: apology', 'Di Eve: copy', 'Ed Fox: apology'],
    );
    assert.match(markdown, /\n## 10\. Budget under review\n\n\\#tag line and \\\| pipe \\<b>\n\n1\\\.\n\n\\-dash\n$/);
  });

  it('makes a Word table without a header under a heading of actions an action table; elsewhere it stays a table', () => {
    const rows = [['Ann Lee', 'Send | the   letter', '30 June 2007'], ['', '', ''], ['Bo Kim', 'Book the room']];
    const title = { kind: 'paragraph' as const, lines: ['Board meeting, 6 June 2007'], heading: 1 };
    const actions = importMinutes([title, { kind: 'paragraph', lines: ['Summary of actions agreed'], heading: 2 }, { kind: 'table', rows }]);
    assert.match(actions.markdown, /\n## Summary of actions agreed\n\n\| Owner \| Action \| Due \|\n\|---\|---\|---\|\n\| Ann Lee \| Send \\\| the letter \| 30 June 2007 \|\n\| Bo Kim \| Book the room \| {2}\|\n$/);
    assert.equal(actions.summary.fromTable, 2);
    const notes = importMinutes([title, { kind: 'paragraph', lines: ['Notes'], heading: 2 }, { kind: 'table', rows }]);
    assert.equal(notes.summary.fromTable, 0);
    assert.match(notes.markdown, /\n## Notes\n\n\| Ann Lee \| Send \\\| the letter \| 30 June 2007 \|\n\|---\|---\|---\|\n/);
  });

  it('sums an import up in one line', () => {
    const summary = { people: 0, actions: 1, withoutOwner: 0, fromTable: 0, fromProse: 0, unresolved: [] as string[] };
    assert.equal(describeImport(summary), '1 action');
    assert.equal(describeImport({ ...summary, actions: 0 }), '0 actions');
    assert.equal(
      describeImport({ ...summary, actions: 3, withoutOwner: 1, fromProse: 2, unresolved: ['XY', 'ZZ'] }),
      '3 actions, 1 without an owner, 2 from prose: check them; no roster, so owners are as written: XY, ZZ',
    );
    assert.equal(describeImport({ ...summary, actions: 2, people: 3, unresolved: ['XY'] }), '2 actions; owners not on the roster: XY');
  });
});

describe('import: headings of items with and without numbers', () => {
  const imported = (text: string) => importMinutes(blocksFromPlainText(text)).markdown;

  it('makes a short title line a heading when prose follows it, in its block or the next, and leaves short lines between them as prose', () => {
    const text = 'Board meeting\n\nGP Access\n\nThe group discussed access to the surgery at length and agreed to write.\n\nAOB\nNothing else was raised at this meeting by anyone.\n\nShort note\n\nAnother line\n';
    assert.equal(
      imported(text),
      '---\ntitle: Board meeting\n---\n\n# Board meeting\n\n## GP Access\n\nThe group discussed access to the surgery at length and agreed to write.\n\n## AOB\n\nNothing else was raised at this meeting by anyone.\n\nShort note\n\nAnother line\n',
    );
  });

  it('makes numbered items headings, a sub-item (1.1) one level down, and reads no title line as a heading once items are numbered', () => {
    const text = 'Board\n\n1. Budget\n\nWe talked about the budget for a long time.\n\n1.1 Spending plans\n\nMore words here about spending and plans for it.\n\nGP Access\n\nThe group discussed access to the surgery at length and agreed to write.\n';
    assert.equal(
      imported(text),
      '---\ntitle: Board\n---\n\n# Board\n\n## 1. Budget\n\nWe talked about the budget for a long time.\n\n### 1.1. Spending plans\n\nMore words here about spending and plans for it.\n\nGP Access\n\nThe group discussed access to the surgery at length and agreed to write.\n',
    );
  });
});

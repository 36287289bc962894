// The import of word-processor minutes, read whole: each case gives a source and the `*.minutes.md` the import writes
// for it, so that whatever changes a word of it fails. The cases came from Stryker's survivors in `importMinutes.ts`
// (docs/testing.md, "Mutation testing", sixth round): each is something the import does that no test held before.
import { strict as assert } from 'node:assert';
import { importMinutes, type ImportOptions } from '../../src/core/import/importMinutes';
import { blocksFromPlainText, type SourceBlock, type SourceParagraph } from '../../src/core/import/source';
import { parseMinutes } from '../../src/core/parse';

const plain = (text: string, options: ImportOptions = {}) => importMinutes(blocksFromPlainText(text), options);
const markdown = (text: string) => importMinutes(blocksFromPlainText(text, true), { markdown: true });
const paragraph = (lines: string[], more: Partial<SourceParagraph> = {}): SourceBlock => ({ kind: 'paragraph', lines, ...more });
const table = (rows: string[][]): SourceBlock => ({ kind: 'table', rows });
/** A paragraph long enough that a short line before it reads as its title. */
const PROSE = 'The group discussed access to the surgery at length and agreed to write.';

describe('import: the heading, the header and the roster, whole', () => {
  it('reads the names on a numbered roster heading (`1. Apologies: Cy Dee, Di Eve`), which it used to drop', () => {
    const result = plain(`Board meeting 6 June 2007\n\n1. Apologies: Cy Dee, Di Eve\n\n2. Present: Ann Lee\n\nBo Kim\n\n3. Budget\n\n${PROSE}\n`);
    assert.equal(result.markdown, '---\ntitle: Board meeting 6 June 2007\ndate: 2007-06-06\n---\n\n# Board meeting 6 June 2007\n\n## Apologies\n\n- Cy Dee\n- Di Eve\n\n## Present\n\n- Ann Lee\n- Bo Kim\n\n## 3. Budget\n\nThe group discussed access to the surgery at length and agreed to write.\n');
    assert.deepEqual(
      parseMinutes(result.markdown).roster.map((entry) => `${entry.name}: ${entry.role}`),
      ['Cy Dee: apology', 'Di Eve: apology', 'Ann Lee: attendee', 'Bo Kim: attendee'],
    );
  });

  it('reads a date alone on its line as no item number, and the recorder of minutes whose items have no numbers', () => {
    // `12 December 2007` was item 12 (`## 12. December 2007`), so the minutes were numbered and `GP Access` no heading;
    // `Mark Jones` over `9 June 2007` was a heading over item 9.
    const result = plain(`Parish Council\n\nMark Jones\n9 June 2007\n\n12 December 2007\n\nGP Access\n\n${PROSE}\n\nRita Singh\n10 June 2007\n`);
    assert.equal(result.markdown, '---\ntitle: Parish Council\nrecorder: Mark Jones\nrecorded: 2007-06-09\n---\n\n# Parish Council\n\nRecorded by Mark Jones, 9 June 2007.\n\n12 December 2007\n\n## GP Access\n\nThe group discussed access to the surgery at length and agreed to write.\n\n## Rita Singh\n\n10 June 2007\n');
  });

  it('reads the title line\'s columns: the first date, the first place, the rest as lines; a title kept whole', () => {
    const result = plain(' Parish Council\t   Room 4\t\tTown Hall\t\tHeld on 13 December 2007\t\t14 December 2007\n\n  Mark Jones\n  9 June 2007\n');
    assert.equal(result.markdown, '---\ntitle: Parish Council\ndate: 2007-12-13\nlocation: Room 4\nrecorder: Mark Jones\nrecorded: 2007-06-09\n---\n\n# Parish Council\n\nLocation: Room 4\n\nTown Hall\n\nDate: Held on 13 December 2007\n\n14 December 2007\n\nRecorded by Mark Jones, 9 June 2007.\n');
    assert.equal(plain('#12 Committee\n').markdown, '---\ntitle: "#12 Committee"\n---\n\n# #12 Committee\n');
    // The date a column gives wins over one inside the title.
    assert.equal(plain('AGM 5 May 2007\t\tTown Hall\t\t13 December 2007\n').summary.date, '2007-12-13');
    assert.equal(plain('AGM 5 May 2007\t\tTown Hall\n').summary.date, '2007-05-05');
  });

  it('writes each roster label as its section (names by comma or semicolon, marks and their legends, a name and a role), a legend no mark points at once', () => {
    const text =
      'Board\n\npresent: Ann Lee,Bo Kim, Cy Dee #, Di Eve *, Ed Fox †\n# West Herts PCT\n* Herts County Council\n+ Unused body\n\nApologies:\n\nCopies to: Mary Jones, Chair\n\n**Regrets:** Gus Ho; Hal Ives;\n\nAttended:\nIvy Jay,\nKim Lo\n';
    assert.equal(plain(text).markdown, '---\ntitle: Board\n---\n\n# Board\n\n## Present\n\n- Ann Lee\n- Bo Kim\n- Cy Dee — West Herts PCT\n- Di Eve — Herts County Council\n- Ed Fox †\n\n\\+ Unused body\n\n## Apologies\n\n## Copies to\n\n- Mary Jones, Chair\n\n## Regrets\n\n- Gus Ho\n- Hal Ives\n\n## Attended\n\n- Ivy Jay,\n- Kim Lo\n');
  });

  it('ends a roster at a list or a line that is no name, and keeps names one a paragraph in it even before prose', () => {
    assert.equal(plain(`Board\n\nPresent:\n\nAnn Lee\n\nBo Kim\n\n${PROSE}\n`).markdown, '---\ntitle: Board\n---\n\n# Board\n\n## Present\n\n- Ann Lee\n- Bo Kim\n\nThe group discussed access to the surgery at length and agreed to write.\n');
    assert.equal(plain('Board\n\nPresent: Ann Lee\n\n• Apples discussed\n\nBo Kim\n\n* Star item\n').markdown, '---\ntitle: Board\n---\n\n# Board\n\n## Present\n\n- Ann Lee\n\n- Apples discussed\n\nBo Kim\n\n- Star item\n');
    assert.equal(plain('Board\n\nPresent: Ann Lee\n\nBo Kim\nThe group met in the hall to talk.\n').markdown, '---\ntitle: Board\n---\n\n# Board\n\n## Present\n\n- Ann Lee\n\nBo Kim The group met in the hall to talk.\n');
  });

  it('writes the people at one item with what they are, and ends them at prose', () => {
    const text = `Board\n\n1. Access\n\nAttended for this item only:\nAndrew Gardner , Harmoni CEO\n\nJo Bell\n\nBo Kim, GP\n\nCy Dee\nspoke about the rota.\n\nThe group heard from Harmoni about access.\n\nCy Dee\n\n2. Finance\n\n**Present for the item**: Ed Fox, Treasurer\n  Gus Ho\n`;
    assert.equal(plain(text).markdown, '---\ntitle: Board\n---\n\n# Board\n\n## 1. Access\n\nAttended for this item only:\n\n- Andrew Gardner — Harmoni CEO\n- Jo Bell\n- Bo Kim — GP\n\nCy Dee spoke about the rota.\n\nThe group heard from Harmoni about access.\n\nCy Dee\n\n## 2. Finance\n\nPresent for the item:\n\n- Ed Fox — Treasurer\n- Gus Ho\n');
  });
});

describe('import: headings and prose, whole', () => {
  it('makes a short line a title by its length (50 characters), its words (6), its capital and its last character', () => {
    const titles = [
      'Neighbourhood development plans consultation reply',
      'Neighbourhood development plan consultation replies',
      'Car park and village hall lighting',
      'Car park and the village hall lighting',
      'Item 2 budget, plans',
      'the Budget',
      'Budget  and  plans  for  next  year',
      'Budget.',
    ];
    const text = `Board\n\n${titles.map((title) => `${title}\n\n${PROSE}\n\n`).join('')}Short words\n\nonly six words in this one\n\nNext meeting\n\nThe next meeting will be held on Friday 22 June 2007 in the hall.\n\nCommittee Room\n\n${PROSE}\n`;
    assert.equal(plain(text).markdown, '---\ntitle: Board\n---\n\n# Board\n\n## Neighbourhood development plans consultation reply\n\nThe group discussed access to the surgery at length and agreed to write.\n\nNeighbourhood development plan consultation replies\n\nThe group discussed access to the surgery at length and agreed to write.\n\n## Car park and village hall lighting\n\nThe group discussed access to the surgery at length and agreed to write.\n\nCar park and the village hall lighting\n\nThe group discussed access to the surgery at length and agreed to write.\n\n## Item 2 budget, plans\n\nThe group discussed access to the surgery at length and agreed to write.\n\nthe Budget\n\nThe group discussed access to the surgery at length and agreed to write.\n\n## Budget  and  plans  for  next  year\n\nThe group discussed access to the surgery at length and agreed to write.\n\nBudget.\n\nThe group discussed access to the surgery at length and agreed to write.\n\nShort words\n\nonly six words in this one\n\n## Next meeting\n\nThe next meeting will be held on Friday 22 June 2007 in the hall.\n\nCommittee Room\n\nThe group discussed access to the surgery at length and agreed to write.\n');
  });

  it('escapes prose that Markdown would read otherwise, a number of any length, and joins a paragraph\'s lines trimmed', () => {
    const text = 'Board\n\n1. Notes\n\n12. The committee noted the figures.\n\nA well-known #hash and > quote\n\nThe group\n   agreed to   meet\n\n  3) Indented item\n\n2. Budget <draft> | *new*\n';
    assert.equal(plain(text).markdown, '---\ntitle: Board\n---\n\n# Board\n\n## 1. Notes\n\n12\\. The committee noted the figures.\n\nA well-known #hash and > quote\n\nThe group agreed to   meet\n\n3\\) Indented item\n\n## 2. Budget \\<draft> \\| *new*\n');
  });

  it('reads an item\'s number of any length and a sub-item\'s, with or without its full stop, and bold marks round its title', () => {
    const text = 'Board\n\n10. Date of next meeting\n\nAnn Lee will book the hall.\n\n4. Version 2.1 release\n\n10.1 Footpaths\n\n5. One two three four five six seven eight nine ten eleven twelve\n\n6. One two three four five six seven eight nine ten eleven twelve thirteen\n\nThe minutes of the meeting held on 3 March 2008 were approved.\n\n1.10 Summary of actions agreed\n\nAnn Lee\tSend the letter\t30 June\n\n11. **Next meeting**\n\nBo Kim will bring the cakes.\n\n4.12 Next meeting\n\nBo Kim will bring the tea.\n';
    assert.equal(plain(text).markdown, '---\ntitle: Board\n---\n\n# Board\n\n## 10. Date of next meeting\n\nAnn Lee will book the hall.\n\n## 4. Version 2.1 release\n\n### 10.1. Footpaths\n\n## 5. One two three four five six seven eight nine ten eleven twelve\n\n6\\. One two three four five six seven eight nine ten eleven twelve thirteen\n\nThe minutes of the meeting held on 3 March 2008 were approved.\n\n### 1.10. Summary of actions agreed\n\n| Owner | Action | Due |\n|---|---|---|\n| Ann Lee | Send the letter | 30 June |\n\n## 11. **Next meeting**\n\nBo Kim will bring the cakes.\n\n### 4.12. Next meeting\n\nBo Kim will bring the tea.\n');
  });

  it('reads Word headings with a colon, with a number and no full stop or no space, bold lines, lists, and a line that ends with a break', () => {
    const blocks = [
      paragraph(['Parish council'], { heading: 1 }),
      paragraph(['Present:'], { heading: 2 }),
      paragraph(['Ann Lee']),
      paragraph(['Bo Kim']),
      paragraph(['Matters arising :'], { heading: 2 }),
      paragraph(['Budget:'], { bold: true }),
      paragraph(['Review of the accounts:'], { bold: true }),
      paragraph(['Two lines', 'bold'], { bold: true }),
      paragraph(['Point one'], { list: { level: 0, ordered: true } }),
      paragraph(['Point two'], { list: { level: 2, ordered: false } }),
      paragraph(['Short note', '']),
      paragraph([]),
      paragraph(['Fruit']),
      paragraph(['', '• Apples and pears were discussed at length by all']),
      paragraph(['Neighbourhood development plans consultation reply :'], { bold: true }),
      paragraph(['Item 4: Budget:'], { bold: true }),
      paragraph(['Attended for this item only:', 'Ed Fox', '  ']),
      paragraph(['5 Next meeting to be held on a date the chair and the secretary will agree'], { heading: 2 }),
      paragraph(['Ann Lee will book the hall.']),
      paragraph(['Another short']),
      paragraph(['5 Next meeting'], { heading: 2 }),
      paragraph(['Ann Lee will book the hall.']),
      paragraph(['6.Next meeting'], { heading: 2 }),
      paragraph(['Bo Kim will bring the cakes.']),
      paragraph(['  ', '']),
    ];
    assert.equal(importMinutes(blocks).markdown, '---\ntitle: Parish council\n---\n\n# Parish council\n\n## Present\n\n- Ann Lee\n- Bo Kim\n\n## Matters arising\n\n## Budget\n\n## Review of the accounts\n\nTwo lines bold\n\n1. Point one\n      - Point two\n\nShort note\n\nFruit\n\n- Apples and pears were discussed at length by all\n\n## Neighbourhood development plans consultation reply\n\n## Item 4: Budget\n\nAttended for this item only:\n\n- Ed Fox\n\n## 5 Next meeting to be held on a date the chair and the secretary will agree\n\nAnn Lee will book the hall.\n\nAnother short\n\n## 5. Next meeting\n\nAnn Lee will book the hall.\n\n## 6.Next meeting\n\nBo Kim will bring the cakes.\n');
  });

  it('takes the title from the first paragraph that is no list item, after tables and lists, and keeps short lines prose once a Word heading is there', () => {
    const blocks = [table([['Ref', 'Date'], ['12', '1 May']]), paragraph(['An item'], { list: { level: 0, ordered: false } }), paragraph(['Parish council']), paragraph(['GP Access']), paragraph([PROSE]), paragraph(['Footpaths'], { heading: 2 })];
    assert.equal(importMinutes(blocks).markdown, '---\ntitle: Parish council\n---\n\n# Parish council\n\n| Ref | Date |\n|---|---|\n| 12 | 1 May |\n\n- An item\n\nGP Access\n\nThe group discussed access to the surgery at length and agreed to write.\n\n## Footpaths\n');
    // No Word heading, no number: the short line is a title.
    assert.equal(importMinutes([table([['Ref', 'Date']]), paragraph(['Parish council']), paragraph(['Short note', '  ']), paragraph([]), paragraph(['Another short']), paragraph(['Fruit']), paragraph(['', '• Apples and pears were discussed at length by all']), paragraph(['GP Access']), paragraph([PROSE])]).markdown, '---\ntitle: Parish council\n---\n\n# Parish council\n\n| Ref | Date |\n|---|---|\n\nShort note\n\nAnother short\n\nFruit\n\n- Apples and pears were discussed at length by all\n\n## GP Access\n\nThe group discussed access to the surgery at length and agreed to write.\n');
  });
});

describe('import: actions, whole', () => {
  it('reads owner / action / due rows by tabs or by lines under a heading of actions, and leaves what is no row as prose', () => {
    const rows = [
      'Ann Lee\t\tSend the letter\t\t30 June 2007\nBo Kim\t\tBook room',
      'Ann Lee',
      'Cy Dee\tChase',
      'Ann Lee\tWrite the report\tby the end of next month',
      'Di Eve\tPlan the fete\tat some point after the summer holidays',
      'All actions to be done before the AGM.',
      'Ed Fox\tFix the gate\t1 July\tagain',
      'Gus Ho\nMend the fence\n1 August',
      'Gus Ho\tMend the fence\nHal Ives\tChase',
      'Ivy Jay\tPaint the bench\nKim Lo\tOil the hinges\t2 May',
      'Lea Mo\nPaint the\tgate\n9 May',
    ];
    const text = `Board\n\n1. Summary of actions agreed\n\n${rows.join('\n\n')}\n\n2. Footpaths\n\nMo Ng\tWalk the path\t3 May\n`;
    assert.equal(plain(text).markdown, '---\ntitle: Board\n---\n\n# Board\n\n## 1. Summary of actions agreed\n\n| Owner | Action | Due |\n|---|---|---|\n| Ann Lee | Send the letter | 30 June 2007 |\n| Bo Kim | Book room |  |\n\nAnn Lee\n\nCy Dee\tChase\n\n| Owner | Action | Due |\n|---|---|---|\n| Ann Lee | Write the report | by the end of next month |\n\nDi Eve\tPlan the fete\tat some point after the summer holidays\n\nAll actions to be done before the AGM.\n\nEd Fox\tFix the gate\t1 July\tagain\n\n| Owner | Action | Due |\n|---|---|---|\n| Gus Ho | Mend the fence | 1 August |\n\nGus Ho\tMend the fence Hal Ives\tChase\n\n| Owner | Action | Due |\n|---|---|---|\n| Ivy Jay | Paint the bench |  |\n| Kim Lo | Oil the hinges | 2 May |\n| Lea Mo | Paint the gate | 9 May |\n\n## 2. Footpaths\n\nMo Ng\tWalk the path\t3 May\n');
  });

  it('makes a headerless Word table of two or three columns under a heading of actions an action table, only when every row is one', () => {
    const blocks = [
      paragraph(['Parish council'], { heading: 1 }),
      paragraph(['Present'], { heading: 2 }),
      paragraph(['Ann Lee, Bo Kim']),
      paragraph(['Actions agreed'], { heading: 2 }),
      table([[' Owner ', 'Action agreed', 'Due date'], ['Ann Lee', 'Send the  letter', '']]),
      table([['Ann Lee', 'Send the letter'], ['Bo Kim', 'Book the room']]),
      paragraph(['Bo Kim will book the room. Ann Lee will send the letter.']),
      table([['Ann Lee', 'Send the letter'], ['Note', 'x']]),
      table([['Who?', 'Task', 'Due'], ['Ann Lee', 'Call']]),
      table([['_Owner_', 'Task to do', 'Due'], ['Ann Lee', 'Call the vet', 'May']]),
      table([[' ', ''], ['', '  ']]),
      table([['Ann Lee', '', 'Send the letter', '30 June'], ['Bo Kim', 'Book the room', '1 May'], ['', '', '', '']]),
    ];
    const result = importMinutes(blocks);
    assert.equal(result.markdown, '---\ntitle: Parish council\n---\n\n# Parish council\n\n## Present\n\n- Ann Lee\n- Bo Kim\n\n## Actions agreed\n\n| Owner | Action agreed | Due date |\n|---|---|---|\n| Ann Lee | Send the letter |  |\n\n| Owner | Action | Due |\n|---|---|---|\n| Ann Lee | Send the letter |  |\n| Bo Kim | Book the room |  |\n\nBo Kim will book the room. Ann Lee will send the letter.\n\n| Ann Lee | Send the letter |\n|---|---|\n| Note | x |\n\n| Who? | Task | Due |\n|---|---|---|\n| Ann Lee | Call |  |\n\n| _Owner_ | Task to do | Due |\n|---|---|---|\n| Ann Lee | Call the vet | May |\n\n| Ann Lee |  | Send the letter | 30 June |\n|---|---|---|---|\n| Bo Kim | Book the room | 1 May |  |\n');
    assert.equal(result.summary.fromTable, 3);
  });

  it('writes an ACTION: line for each commitment in prose that the action table does not hold: owners joined, a sentence without one capitalised', () => {
    const text = `Board\n\nPresent: Ann Lee, Bo Kim\n\n1. Summary of actions agreed\n\nAL\nSend the letter to the council\n30 June 2007\n\n2. Letters\n\nAnn Lee will send the letter to the council. Ann Lee and Bo Kim will book the hall. Ann Lee and Zed Moe will send the letter to the council. Bo Kim asked the leads to share this with their groups.\n\n3. Next meeting\n\nFriday 22 June 2007. Bo Kim will bring the cakes.\n`;
    const result = plain(text);
    assert.equal(result.markdown, '---\ntitle: Board\n---\n\n# Board\n\n## Present\n\n- Ann Lee\n- Bo Kim\n\n## 1. Summary of actions agreed\n\n| Owner | Action | Due |\n|---|---|---|\n| AL | Send the letter to the council | 30 June 2007 |\n\n## 2. Letters\n\nAnn Lee will send the letter to the council. Ann Lee and Bo Kim will book the hall. Ann Lee and Zed Moe will send the letter to the council. Bo Kim asked the leads to share this with their groups.\n\nACTION: Ann Lee / Bo Kim — book the hall\n\nACTION: Ann Lee / Zed Moe — send the letter to the council\n\nACTION: The leads to share this with their groups\n\n## 3. Next meeting\n\nFriday 22 June 2007. Bo Kim will bring the cakes.\n');
    assert.deepEqual(result.summary, { title: 'Board', date: undefined, people: 2, actions: 4, withoutOwner: 1, fromTable: 1, fromProse: 3, unresolved: ['Zed Moe'] });
  });

  it('writes no front matter when it knows nothing for it, and gives the parser the file name and the date order', () => {
    const result = importMinutes([paragraph(['An item'], { list: { level: 0, ordered: false } })], { fileName: '2007-06-06-board.txt' });
    assert.equal(result.markdown, '- An item\n');
    assert.equal(result.summary.date, '2007-06-06');
    assert.equal(plain('Board\n\nMinutes of the meeting held on 03/04/2008\n', { dayFirst: false }).summary.date, '2008-03-04');
  });
});

describe('import: a Markdown source, whole', () => {
  it('keeps Markdown\'s own blocks as written and reads its headings, rosters and action rows', () => {
    const text =
      ' # Minutes of the board\n\n- item one\n  more of it\n\nMark Jones\n9 June 2007\n\n## Present ##\n\nAnn Lee, Bo Kim\n\n10. Tenth point\n\n1) First point\n\n> a quote\n\n| a | b |\n|---|---|\n\n```\ncode\n```\n\n~~~\ntilde\n~~~\n\n---\n\nNotes on C # and F #\n\nA report was given (see #2). Ann Lee will send the figures to the bank.\n\n`x` is done. Ann Lee will send the figures to the bank.\n\n~30 people came. Bo Kim will write to them all.\n\n## Notes\ntext right under it\n\n## Apologies:\n\nCy Dee\n\n#  Two  spaces\n\n## Actions agreed\n\n- a list\n\nAnn Lee\tSend the letter to the council\t30 June 2007\n\n## Next meeting\n\n<p>html</p>\n\nBo Kim will bring the cakes.\n';
    assert.equal(markdown(text).markdown, '---\ntitle: Minutes of the board\n---\n\n# Minutes of the board\n\n- item one\n  more of it\n\nMark Jones 9 June 2007\n\n## Present\n\n- Ann Lee\n- Bo Kim\n\n10. Tenth point\n\n1) First point\n\n> a quote\n\n| a | b |\n|---|---|\n\n```\ncode\n```\n\n~~~\ntilde\n~~~\n\n---\n\nNotes on C # and F #\n\nA report was given (see #2). Ann Lee will send the figures to the bank.\n\nACTION: Ann Lee — send the figures to the bank\n\n`x` is done. Ann Lee will send the figures to the bank.\n\nACTION: Ann Lee — send the figures to the bank\n\n~30 people came. Bo Kim will write to them all.\n\nACTION: Bo Kim — write to them all\n\n## Notes\ntext right under it\n\n## Apologies\n\n- Cy Dee\n\n# Two  spaces\n\n## Actions agreed\n\n- a list\n\n| Owner | Action | Due |\n|---|---|---|\n| Ann Lee | Send the letter to the council | 30 June 2007 |\n\n## Next meeting\n\n<p>html</p>\n\nBo Kim will bring the cakes.\n');
  });
});

// Hover and completion as a person sees them, whole: the cases Stryker's survivors showed no test could tell apart
// (docs/testing.md, "Mutation testing"). Each text is what the editor shows, so any change to it is seen.
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../src/core/edits';
import { completionSite, dueCompletions, ownerCompletions } from '../../src/core/language/completion';
import { dueHover, personHover } from '../../src/core/language/hover';
import { mentionAt, type PersonMention } from '../../src/core/language/mentions';
import { definitionOf, references } from '../../src/core/language/references';
import { documentSymbols, workspaceSymbols, type DocumentSymbol } from '../../src/core/language/symbols';
import { filesToRename, invalidNewName, renameCollision, renameEdits, renameTarget, type RenameTarget } from '../../src/core/language/rename';
import { minutesTokens } from '../../src/core/language/semanticTokens';
import { LineIndex, type Position } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import { WorkspacePeople } from '../../src/core/workspace/people';

function file(key: string, text: string) {
  return { key, path: key, text, document: parseMinutes(text, { fileName: key, today: '2008-03-01' }) };
}

/** The position of `needle` plus `offset` characters in the text. */
function at(text: string, needle: string, offset = 0): Position {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `${needle} not in text`);
  const before = text.slice(0, index + offset);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

const link = (key: string, range: { start: Position }) => `${key}#L${range.start.line + 1}`;

describe('language: hover, whole', () => {
  // Nine actions of Ann Lee's (one done), two of them written in b, one owned with Bo Kim, whom no roster knows.
  const a = file(
    'a.minutes.md',
    `# A — 1 February 2008

## Attended

- Ann Lee (AL, @ann)

ACTION: AL — one. Due: 2008-03-05

ACTION: AL — two. Due: 2008-02-01

- [x] @AL done one due: 2008-01-01

ACTION: AL — three. Due: 2008-03-05

ACTION: Ann Lee — four. Due: March 2008

ACTION: AL — five.

ACTION: AL — six. Due: 2008-03-01

ACTION: AL — seven. Due: 2008-04-01

ACTION: Bo Kim — send <draft> to [team]. Due: 2008-03-02
`,
  );
  const b = file('b.minutes.md', '# B — 2 February 2008\n\nACTION: AL / Bo Kim — eight. Due: 2008-03-05\n');
  const people = new WorkspacePeople([b, a], { 'Cy Dee': [] });

  it('shows a person: aliases, counts (done ones apart, due today not overdue), the first five open by date, file and line, and how many more', () => {
    assert.equal(
      personHover(people, 'Ann Lee', '2008-03-01', link),
      [
        '**Ann Lee** (AL, ann)',
        '',
        '8 open actions, 1 overdue, 9 in all',
        '',
        '- [two.](a.minutes.md#L9) — due 1 February 2008 (overdue) · a.minutes.md',
        '- [six.](a.minutes.md#L19) — due 1 March 2008 · a.minutes.md',
        '- [one.](a.minutes.md#L7) — due 5 March 2008 · a.minutes.md',
        '- [three.](a.minutes.md#L13) — due 5 March 2008 · a.minutes.md',
        '- [eight.](b.minutes.md#L3) — due 5 March 2008 · b.minutes.md',
        '- … and 3 more',
      ].join('\n'),
    );
  });

  it('shows somebody no roster knows as such, with Markdown in their actions escaped; one action is singular', () => {
    assert.equal(
      personHover(people, 'Bo Kim', '2008-03-01', link),
      [
        '**Bo Kim**',
        '',
        '_On no roster._',
        '',
        '2 open actions, 2 in all',
        '',
        '- [send \\<draft\\> to \\[team\\].](a.minutes.md#L23) — due 2 March 2008 · a.minutes.md',
        '- [eight.](b.minutes.md#L3) — due 5 March 2008 · b.minutes.md',
      ].join('\n'),
    );
    const month = new WorkspacePeople([file('m.minutes.md', '# M — 1 June 2008\n\nACTION: Cy — plan. Due: July 2008\n')]);
    assert.match(personHover(month, 'Cy', '2008-06-02', link), /\n- \[plan\.\]\(m\.minutes\.md#L3\) — due July 2008 · m\.minutes\.md$/, 'a month stays a month');
    const one = new WorkspacePeople([b]);
    assert.match(personHover(one, 'Bo Kim', '2008-03-01', link), /\n1 open action, 1 in all\n/);
  });

  it('shows somebody from the setting as on a roster, with nothing open; a stranger as on none', () => {
    assert.equal(personHover(people, 'Cy Dee', '2008-03-01', link), '**Cy Dee**\n\n0 open actions, 0 in all');
    assert.equal(personHover(people, 'Nobody', '2008-03-01', link), '**Nobody**\n\n_On no roster._\n\n0 open actions, 0 in all');
  });

  it('says how each relative due date was read, from the meeting and from its next meeting, and how far off it is', () => {
    const minutes = file(
      'r.minutes.md',
      `# R — 6 June 2007

ACTION: AL — a. Due: today
ACTION: AL — b. Due: tomorrow
ACTION: AL — c. Due: in 3 days
ACTION: AL — d. Due: within a week
ACTION: AL — e. Due: in 1 day
ACTION: AL — f. Due: Friday
ACTION: AL — g. Due: by Tuesday
ACTION: AL — h. Due: by the next meeting
ACTION: AL — i. Due: in one week
ACTION: AL — j. Due: 15th June
ACTION: AL — k. Due: 32 Foo
ACTION: AL — l. Due: 2007-06-20 (done)
ACTION: AL — m. Due: next  week.
ACTION: AL — n. Due: in two weeks

## Next meeting

Friday 22 June 2007
`,
    );
    assert.deepEqual(
      minutes.document.actions.map((action) => dueHover(minutes.document, action, '2007-06-10', false)),
      [
        '**today**: 6 June 2007, the day of the meeting\n\n**Overdue** by 4 days.',
        '**tomorrow**: 7 June 2007, the day after the meeting\n\n**Overdue** by 3 days.',
        '**in 3 days**: 9 June 2007, 3 days after the meeting\n\n**Overdue** by 1 day.',
        '**within a week**: 13 June 2007, one week after the meeting\n\nDue in 3 days.',
        '**in 1 day**: 7 June 2007, 1 day after the meeting\n\n**Overdue** by 3 days.',
        '**Friday**: 8 June 2007, the first Friday after the meeting\n\n**Overdue** by 2 days.',
        '**Tuesday**: 12 June 2007, the first Tuesday after the meeting\n\nDue in 2 days.',
        '**the next meeting**: 22 June 2007, the next meeting, from its "Next meeting" section\n\nDue in 12 days.',
        '**in one week**: 13 June 2007, one week after the meeting\n\nDue in 3 days.',
        '**15th June**: 15 June 2007, no year written: the nearest to the meeting of 6 June 2007\n\nDue in 5 days.',
        '**32 Foo**: not read as a date',
        '**2007-06-20**: 20 June 2007\n\nThe action is done.',
        '**next  week**: 13 June 2007, a week after the meeting\n\nDue in 3 days.',
        '**in two weeks**: 20 June 2007, two weeks after the meeting\n\nDue in 10 days.',
      ],
    );
    const undated = file('u.minutes.md', 'ACTION: AL — a. Due: next week\nACTION: AL — b. Due: June 15\n');
    assert.deepEqual(
      undated.document.actions.map((action) => dueHover(undated.document, action, '2007-06-10')),
      [
        '**next week**: a date relative to the meeting, which these minutes give no date for (no meeting date, or no "Next meeting" date)',
        '**June 15**: 15 June 2008, no year written: the nearest to the meeting\n\nDue in 371 days.',
      ],
    );
  });
});

describe('language: completion, whole', () => {
  const a = file(
    'a.minutes.md',
    `# A — 1 February 2008

## Attended

- Ann Lee (AL, @ann)
- Bo Kim

## Copies to

- Cy Dee (CD)

ACTION: Zed Quill — one. Due: 2008-03-05
`,
  );
  const b = file('b.minutes.md', '# B — 2 February 2008\n\n## Attended\n\n- Dan Eve (@dan)\n- bob Ray (Bob.R)\n');
  const people = new WorkspacePeople([a, b], { 'Fay Gee': ['fg'] });

  it('offers owners: this roster but its copies first, then rosters and the setting elsewhere, never an owner no roster knows', () => {
    const here = 'on this meeting\u2019s roster';
    const there = 'in the workspace';
    assert.deepEqual(ownerCompletions(a.document, people, 'owner'), [
      { label: 'Ann Lee', description: 'AL, ann', detail: here, insertText: 'Ann Lee', filterText: 'Ann Lee AL ann', sortText: '0ann lee', kind: 'person' },
      { label: 'Bo Kim', description: undefined, detail: here, insertText: 'Bo Kim', filterText: 'Bo Kim ', sortText: '0bo kim', kind: 'person' },
      { label: 'bob Ray', description: 'Bob.R', detail: there, insertText: 'bob Ray', filterText: 'bob Ray Bob.R', sortText: '1bob ray', kind: 'person' },
      { label: 'Cy Dee', description: 'CD', detail: there, insertText: 'Cy Dee', filterText: 'Cy Dee CD', sortText: '1cy dee', kind: 'person' },
      { label: 'Dan Eve', description: 'dan', detail: there, insertText: 'Dan Eve', filterText: 'Dan Eve dan', sortText: '1dan eve', kind: 'person' },
      { label: 'Fay Gee', description: 'fg', detail: there, insertText: 'Fay Gee', filterText: 'Fay Gee fg', sortText: '1fay gee', kind: 'person' },
    ]);
    // After `@` only somebody with a handle, which is what is inserted.
    assert.deepEqual(
      ownerCompletions(a.document, people, 'handle').map((entry) => [entry.label, entry.insertText, entry.filterText]),
      [
        ['Ann Lee', 'AL', 'AL Ann Lee'],
        ['bob Ray', 'Bob.R', 'Bob.R bob Ray'],
        ['Cy Dee', 'CD', 'CD Cy Dee'],
        ['Dan Eve', 'dan', 'dan Dan Eve'],
        ['Fay Gee', 'fg', 'fg Fay Gee'],
      ],
    );
  });

  it('knows owner and due cells in tables without outer pipes or indented, past an escaped pipe; nothing outside them', () => {
    const text = ['Owner | Action | Due', '--- | --- | ---', 'Ann | a \\| b | 2008', '  | Owner | Due |', '  |---|---|', '  | AL / Bo | 20 |', '- [ ] ask @an', 'note @an', 'ACTION: send the letter to the bank', '| Owner | Due |', '| x | y |', '|x|'].join('\n');
    const siteAt = (line: number, character: number) => {
      const found = completionSite(text, { line, character });
      return found && `${found.kind} ${found.range.start.line}:${found.range.start.character}-${found.range.end.character}`;
    };
    assert.equal(siteAt(2, 3), 'owner 2:0-3');
    assert.equal(siteAt(2, 11), undefined, 'the action cell, with an escaped pipe in it');
    assert.equal(siteAt(2, 16), 'due 2:15-16');
    assert.equal(siteAt(5, 7), 'owner 5:4-7');
    assert.equal(siteAt(5, 11), 'owner 5:9-11');
    assert.equal(siteAt(5, 16), 'due 5:14-16');
    assert.equal(siteAt(6, 13), 'handle 6:11-13');
    assert.equal(siteAt(7, 8), undefined, 'an @ outside a task item');
    assert.equal(siteAt(8, 20), 'owner 8:8-20', 'three words may still be owners');
    assert.equal(siteAt(8, 26), undefined, 'four are the action\u2019s text');
    assert.equal(siteAt(10, 3), undefined, 'a table with no delimiter row');
    assert.equal(siteAt(0, 3), undefined, 'the header row');
    assert.equal(siteAt(11, 2), undefined);
  });

  it('knows owner and due cells in any row of a table, its header with or without outer pipes, marks or a colon', () => {
    const text = ['Owner | Due', '|---|---|', '| Ann | 20 |', '| Bo | 21 |', '', '| Who | Due |', '|---|---|', '| x | y |', '| *Owner:* | Due? |', '|---|---|', '| Cy | 22 |', '', '| Owner |', '|---|', '| Dee | extra |'].join('\n');
    const siteAt = (line: number, character: number) => {
      const found = completionSite(text, { line, character });
      return found && `${found.kind} ${found.range.start.character}-${found.range.end.character}`;
    };
    assert.deepEqual(
      [siteAt(2, 5), siteAt(2, 10), siteAt(3, 4), siteAt(3, 9), siteAt(7, 3), siteAt(10, 4), siteAt(10, 9), siteAt(14, 5), siteAt(14, 12)],
      ['owner 2-5', 'due 8-10', 'owner 2-4', 'due 7-9', 'owner 2-3', 'owner 2-4', 'due 7-9', 'owner 2-5', undefined],
    );
  });

  it('completes owners typed right up to a pipe, with a trailing space or double spaces', () => {
    const text = 'ACTION: Ann Lee Bo \nACTION: Ann  Lee  Bo\n| Owner | Due |\n|---|---|\n|Ann|20|';
    const range = (line: number, character: number) => {
      const found = completionSite(text, { line, character });
      return found && `${found.kind} ${found.range.start.character}-${found.range.end.character}`;
    };
    assert.equal(range(4, 4), 'owner 1-4');
    assert.equal(range(0, 19), 'owner 8-19');
    assert.equal(range(1, 20), 'owner 8-20');
  });

  it('takes a due cell whole, slashes and all, and offers nothing in a task item before an @', () => {
    const text = '| Owner | Due |\n|---|---|\n| Ann / Bo | 15/0 |\n- [ ] ask';
    assert.deepEqual(completionSite(text, { line: 2, character: 17 }), { kind: 'due', range: { start: { line: 2, character: 13 }, end: { line: 2, character: 17 } } });
    assert.deepEqual(completionSite(text, { line: 2, character: 8 }), { kind: 'owner', range: { start: { line: 2, character: 8 }, end: { line: 2, character: 8 } } });
    assert.equal(completionSite(text, { line: 3, character: 9 }), undefined);
    // A row under a line that is no delimiter row is no table's, whatever the line above says.
    assert.equal(completionSite('Owner\nplain\n| Ann |', { line: 2, character: 5 }), undefined);
  });

  it('offers due dates month first in a file that writes them so, each with its date spelt out', () => {
    const text = '# X — June 1, 2007\n\nACTION: A — a. Due: 6/15/2007\n\nACTION: A — b. Due: 6/20/2007\n';
    const document = parseMinutes(text, { fileName: 'x.minutes.md', dayFirst: false });
    assert.deepEqual(
      dueCompletions({ text, document, today: '2007-06-02', dayFirst: false }).map((entry) => [entry.label, entry.insertText, entry.filterText, entry.detail, entry.sortText, entry.kind]),
      [
        ['06/30/2007', '06/30/2007', '06/30/2007', 'the end of this month: 30 June 2007', '1', 'date'],
        ['06/08/2007', '06/08/2007', '06/08/2007', 'a week from the meeting: 8 June 2007', '2', 'date'],
      ],
    );
  });

  it('completes the owner typed last after "and", as after "/" (it replaced every owner typed)', () => {
    const text = 'ACTION: Ann Lee and Bo\nACTION: Ann and Bo\nACTION: Brandon\n| Owner | Due |\n|---|---|\n| Ann and Bo | x |';
    const start = (line: number, character: number) => completionSite(text, { line, character })?.range.start.character;
    assert.equal(start(0, 22), 20);
    assert.equal(start(1, 18), 16);
    assert.equal(start(2, 15), 8, '"and" inside a name is no separator');
    assert.equal(start(5, 12), 10);
  });
});

describe('language: rename, whole', () => {
  const a = file(
    'a.minutes.md',
    `# A — 1 February 2008

## Attended

- Mark Jones (MJ)
- **Rita** Singh (RS)
- Rob Ray (RR)
- Rose Rice (RR)

| Owner | Action | Due |
|---|---|---|
| RS / Mark Jones | Survey. | 2008-03-01 |
| Rita Singh | Count. | 2008-03-01 |

ACTION: **Rita** Singh — pay. Due: 2008-03-05

ACTION: Mark — call. Due: 2008-03-05
`,
  );
  const b = file('b.minutes.md', '# B — 2 February 2008\n\n## Attended\n\n- Mark Miller\n- Mark Jones\n');
  const c = file('c.minutes.md', '# C\n\nACTION: RR — x.\n');
  const d = file('d.minutes.md', '# D — 3 February 2008\n\n## Attended\n\n- Rex Roe (RR)\n');
  const people = new WorkspacePeople([a, b, c], { 'Rita Singh': ['RS'] });
  // A table with somebody else in it: nothing to change there.
  const e = file('e.minutes.md', '# E\n\n| Owner | Action |\n|---|---|\n| Rob Ray | x |\n');
  const files = [a, b, c, e];
  const mention = (f: typeof a, needle: string, among = people) => mentionAt(f.document, at(f.text, needle, 1), among, f.text) as PersonMention;
  const renamed = (target: RenameTarget, newName: string) => {
    const result = renameEdits(people, target, newName, files);
    return { skipped: result.skipped, files: [...result.edits.keys()], text: (f: typeof a) => applyEdits(f.text, result.edits.get(f.key) ?? []) };
  };

  it('says why a name cannot be renamed where it stands: a short name, or initials of two or three people', () => {
    assert.deepEqual(renameTarget(people, mention(a, 'Mark —')), {
      error: '"Mark" is how Mark Jones is known here, not an alias on a roster: rename Mark Jones where the full name is written.',
    });
    assert.deepEqual(renameTarget(people, mention(c, 'RR')), { error: '"RR" could be Rob Ray or Rose Rice: rename where the person is written in full.' });
    const three = new WorkspacePeople([a, b, c, d]);
    assert.deepEqual(renameTarget(three, mention(c, 'RR', three)), { error: '"RR" could be Rex Roe, Rob Ray or Rose Rice: rename where the person is written in full.' });
    assert.deepEqual(renameTarget(people, mention(a, 'RS /')), { person: 'Rita Singh', alias: 'RS' });
  });

  it('refuses an empty name, a pipe or a line break, and an alias that is not one short word; trims and drops an @', () => {
    const alias = { person: 'Mark Jones', alias: 'MJ' };
    const name = { person: 'Mark Jones' };
    for (const target of [alias, name]) {
      assert.equal(invalidNewName(target, ''), 'A name cannot be empty.');
      assert.equal(invalidNewName(target, '  '), 'A name cannot be empty.');
      assert.equal(invalidNewName(target, 'a|b'), 'A name cannot hold a "|" or a line break.');
      assert.equal(invalidNewName(target, 'a\nb'), 'A name cannot hold a "|" or a line break.');
      assert.equal(invalidNewName(target, ' @MKJ '), undefined);
      assert.equal(invalidNewName(target, 'x'.repeat(20)), undefined);
    }
    assert.equal(invalidNewName(alias, 'M K'), '"M K" cannot be an alias: one word of letters, digits, ".", "_" or "-", up to 20 characters.');
    assert.ok(invalidNewName(alias, 'x'.repeat(21)));
    assert.ok(invalidNewName(alias, 'M@K'), 'an @ only in front');
    assert.equal(invalidNewName(name, 'M K'), undefined);
    assert.equal(invalidNewName(name, 'x'.repeat(21)), undefined);
  });

  it('finds whom a new name already names, written with an @ or spaces, or shared by several', () => {
    assert.deepEqual(renameCollision(people, { person: 'Mark Jones' }, ' @RS '), ['Rita Singh']);
    assert.deepEqual(renameCollision(people, { person: 'Rob Ray' }, 'RR'), ['Rose Rice']);
    assert.deepEqual(renameCollision(people, { person: 'Mark Jones' }, 'RR'), ['Rob Ray', 'Rose Rice']);
    assert.deepEqual(filesToRename(people, { person: 'Mark Jones' }), ['a.minutes.md', 'b.minutes.md']);
    assert.deepEqual(filesToRename(people, { person: 'Rita Singh' }), ['a.minutes.md']);
  });

  it('renames a full name where it is one piece of text, and says where it is not, and that the setting names it', () => {
    const result = renamed({ person: 'Rita Singh' }, ' Rita Jones ');
    assert.deepEqual(result.skipped, [
      'a.minutes.md:6: the roster entry does not write "Rita Singh" as one piece of text',
      'a.minutes.md:15: the owner "Rita Singh" is written across emphasis or a link',
      'the minutes.people setting names "Rita Singh": change it there',
    ]);
    assert.deepEqual(result.files, ['a.minutes.md']);
    assert.match(result.text(a), /\n\| Rita Jones \| Count\. \| 2008-03-01 \|\n/);
    assert.match(result.text(a), /\n\| RS \/ Mark Jones \|/);
    assert.match(result.text(a), /\n- \*\*Rita\*\* Singh \(RS\)\n/);
  });

  it('renames an alias given with an @ and spaces, in the roster and in a joint owner cell, leaving the full name alone', () => {
    const result = renamed({ person: 'Rita Singh', alias: 'RS' }, ' @RJ ');
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(result.files, ['a.minutes.md']);
    assert.match(result.text(a), /\n- \*\*Rita\*\* Singh \(RJ\)\n/);
    assert.match(result.text(a), /\n\| RJ \/ Mark Jones \| Survey\. \|/);
    assert.match(result.text(a), /\n\| Rita Singh \| Count\. \|/);
  });

  it('renames a full name beside another owner in a cell, on every roster, and not a short name', () => {
    const result = renamed({ person: 'Mark Jones' }, 'Mark Johnson');
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(result.files, ['a.minutes.md', 'b.minutes.md']);
    assert.match(result.text(a), /\n- Mark Johnson \(MJ\)\n/);
    assert.match(result.text(a), /\n\| RS \/ Mark Johnson \| Survey\. \| 2008-03-01 \|\n/);
    assert.match(result.text(a), /\nACTION: Mark — call\./);
    assert.equal(result.text(b), '# B — 2 February 2008\n\n## Attended\n\n- Mark Miller\n- Mark Johnson\n');
  });
});

describe('language: symbols, whole', () => {
  const range = (r: DocumentSymbol['range']) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  const outline = (symbols: DocumentSymbol[], depth = 0): string[] =>
    symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name} | ${s.detail} | ${range(s.range)} | ${range(s.selectionRange)}`, ...outline(s.children, depth + 1)]);
  const TEXT = `---
# a YAML comment
title: T
---
# Top

~~~
# no
\`\`\`
# still no
~~~~
ACTION: Ann Lee — one. Due: 2008-03-05
DECISION: yes.

##

ACTION: Bo / Cy — two. Due: July 2008 (done)

### Deep

ACTION: — three. Due: sometime
## Next
ACTION: Ann Lee — four.
# Last

text`;
  const a = file('a.minutes.md', TEXT);

  it('outlines actions and decisions under their headings, each heading to the next of its level, none in front matter or fences', () => {
    assert.deepEqual(outline(documentSymbols(TEXT, a.document)), [
      'heading Top |  | 4:0-22:23 | 4:0-4:5',
      '  action one. | Ann Lee · due 5 March 2008 | 11:0-11:38 | 11:18-11:22',
      '  decision yes. | decision | 12:0-12:14 | 12:0-12:14',
      '  heading (untitled) |  | 14:0-20:30 | 14:0-14:2',
      '    action two. | Bo / Cy · due July 2008 · done | 16:0-16:44 | 16:18-16:22',
      '    heading Deep |  | 18:0-20:30 | 18:0-18:8',
      '      action — three. | no owner · due sometime | 20:0-20:30 | 20:8-20:16',
      '  heading Next |  | 21:0-22:23 | 21:0-21:7',
      '    action four. | Ann Lee · no due date | 22:0-22:23 | 22:18-22:23',
    ]);
    // Every heading, for the legacy language: the last runs to the end of the file.
    assert.deepEqual(outline(documentSymbols(TEXT, a.document, undefined, true)).filter((line) => line.startsWith('heading')), [
      'heading Top |  | 4:0-22:23 | 4:0-4:5',
      'heading Last |  | 23:0-25:4 | 23:0-23:6',
    ]);
  });

  it('outlines a file with CRLF line ends under its headings, which end before the carriage return (they were missing)', () => {
    const crlf = '# A\r\n\r\nACTION: Bo — x.\r\n\r\n# B\r\n\r\nACTION: Bo — y.\r\n';
    assert.deepEqual(outline(documentSymbols(crlf, parseMinutes(crlf))), [
      'heading A |  | 0:0-3:0 | 0:0-0:3',
      '  action x. | Bo · no due date | 2:0-2:15 | 2:13-2:15',
      'heading B |  | 4:0-7:0 | 4:0-4:3',
      '  action y. | Bo · no due date | 6:0-6:15 | 6:13-6:15',
    ]);
  });

  it('outlines an action before any heading at the top, ends a heading before the next, even on the last line, and reads fences by their length', () => {
    const names = (text: string) => {
      const walk = (symbols: DocumentSymbol[], depth = 0): string[] => symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name} ${range(s.range)}`, ...walk(s.children, depth + 1)]);
      return walk(documentSymbols(text, parseMinutes(text)));
    };
    // A thematic break is no front matter unless it is the first line.
    assert.deepEqual(names('ACTION: Bo — w.\n\n# A\n\nACTION: Bo — x.\n\n---\n\n# B\n\nACTION: Bo — y.\n# C'), [
      'w. 0:0-0:15',
      'A 2:0-7:0',
      '  x. 4:0-4:15',
      'B 8:0-10:15',
      '  y. 10:0-10:15',
    ]);
    // A shorter fence does not close a longer one; one as long does.
    assert.deepEqual(names('````\n# no\n```\n# still no\n````\n# Yes\n\nACTION: Bo — y.\n```\n# no\n```\n# Too\n\nACTION: Bo — z.\n'), [
      'Yes 5:0-10:3',
      '  y. 7:0-7:15',
      'Too 11:0-14:0',
      '  z. 13:0-13:15',
    ]);
  });

  it('finds people where they are defined, meetings by title or file and date, and actions with who, when and where; up to a limit', () => {
    const b = file('b.minutes.md', '# Board — 20 February 2008\n\n## Attended\n\n- Ann Lee (AL, @ann)\n\nACTION: AL — send it. Due: 2008-03-01\n');
    const c = file('c.minutes.md', '---\ndate: 2008-02-21\n---\n\nACTION: Zed — z.\n');
    const people = new WorkspacePeople([a, b, c]);
    const found = (query: string, limit?: number) =>
      workspaceSymbols(people, query, limit).map((s) => `${s.kind} ${s.name} | ${s.container} | ${s.key} | ${range(s.range)}`);
    assert.deepEqual(found(''), [
      'person Ann Lee | AL, ann | b.minutes.md | 4:2-4:20',
      'person Bo |  | a.minutes.md | 16:8-16:10',
      'person Cy |  | a.minutes.md | 16:13-16:15',
      'person Zed |  | c.minutes.md | 4:8-4:11',
      'meeting T | a.minutes.md | a.minutes.md | 0:0-0:0',
      'meeting Board — 20 February 2008 (2008-02-20) | b.minutes.md | b.minutes.md | 0:0-0:0',
      'meeting c.minutes.md — 21 February 2008 (2008-02-21) | c.minutes.md | c.minutes.md | 0:0-0:0',
      'action one. | Ann Lee · due 5 March 2008 · T | a.minutes.md | 11:0-11:38',
      'action two. | Bo / Cy · due July 2008 · done · T | a.minutes.md | 16:0-16:44',
      'action — three. | no owner · due sometime · T | a.minutes.md | 20:0-20:30',
      'action four. | Ann Lee · no due date · T | a.minutes.md | 22:0-22:23',
      'action send it. | Ann Lee · due 1 March 2008 · Board — 20 February 2008 | b.minutes.md | 6:0-6:37',
      'action z. | Zed · no due date · c.minutes.md | c.minutes.md | 4:0-4:16',
    ]);
    assert.deepEqual(found('a  l'), ['person Ann Lee | AL, ann | b.minutes.md | 4:2-4:20'], 'spaces in the query are ignored, letters in order');
    assert.deepEqual(found('annn'), [], 'each letter of the name is used once');
    assert.deepEqual(found('', 2), ['person Ann Lee | AL, ann | b.minutes.md | 4:2-4:20', 'person Bo |  | a.minutes.md | 16:8-16:10']);
    assert.deepEqual(found('', 5).length, 5);
    assert.deepEqual(found('send', 1), ['action send it. | Ann Lee · due 1 March 2008 · Board — 20 February 2008 | b.minutes.md | 6:0-6:37']);
  });
});

describe('language: mentions and references, whole', () => {
  const a = file('a.minutes.md', '# A — 1 February 2008\n\n## Attended\n\n- Meena Savla, AMS, MSc (MS)\n- **Rita** Singh\n');
  const b = file('b.minutes.md', '# B — 1 March 2008\n\n## Copies to\n\n- Meena Savla\n');
  const c = file('c.minutes.md', '# C — 1 January 2008\n\n## Attended\n\n- Rob Ray (RR)\n- Rose Rice (RR)\n\nACTION: RR — x.\n');
  const people = new WorkspacePeople([a, b, c]);

  it('finds an alias on a roster entry only where it stands alone, not inside another word; the whole entry without the text', () => {
    const mention = mentionAt(a.document, at(a.text, '(MS)', 1), people, a.text) as PersonMention;
    assert.deepEqual([mention.written, mention.range], ['MS', { start: { line: 4, character: 25 }, end: { line: 4, character: 27 } }]);
    const withoutText = mentionAt(a.document, at(a.text, '(MS)', 1), people) as PersonMention;
    assert.deepEqual([withoutText.written, withoutText.range, withoutText.resolution], ['Meena Savla', { start: { line: 4, character: 2 }, end: { line: 4, character: 28 } }, { person: 'Meena Savla' }]);
  });

  it('goes to the meeting a person attended before a later one that only copied them in', () => {
    const found = definitionOf(people, 'Meena Savla');
    assert.ok(found && 'definition' in found);
    assert.equal(found.definition.file.key, 'a.minutes.md');
  });

  it('lists the owners written like an ambiguous name, less those a later meeting carried on', () => {
    const mention = mentionAt(c.document, at(c.text, 'RR —', 1), people, c.text) as PersonMention;
    assert.deepEqual(references(people, mention), {
      ambiguous: ['Rob Ray', 'Rose Rice'],
      written: 'RR',
      locations: [{ key: 'c.minutes.md', range: { start: { line: 7, character: 8 }, end: { line: 7, character: 10 } } }],
    });
    assert.deepEqual(references(people, mention, true, () => true).locations, []);
  });

  it('colours a roster written without bullets, and the label of a bulleted action where it stands', () => {
    const text = '# M — 1 June 2007\n\n## Attended\n\nAnn Lee\nBo Kim\n\n- ACTION: Ann Lee — x. Due: 2007-06-09\n\nAgreed: yes.\n\n1. **Decision:** no.\n';
    const lines = new LineIndex(text);
    const tokens = minutesTokens(parseMinutes(text, { fileName: 'a.minutes.md' }), lines, '2008-01-01');
    assert.deepEqual(
      tokens.map((t) => `${t.line}:${t.character} ${lines.lineText(t.line).slice(t.character, t.character + t.length)} ${t.type}`),
      ['4:0 Ann Lee minutesPerson', '5:0 Bo Kim minutesPerson', '7:2 ACTION: minutesAction', '7:10 Ann Lee minutesPerson', '7:28 2007-06-09 minutesDate', '9:0 Agreed: minutesDecision', '11:3 **Decision:** minutesDecision'],
    );
  });

  it('colours a roster name only where the entry writes it whole', () => {
    const lines = new LineIndex(a.text);
    const names = minutesTokens(a.document, lines, '2008-01-01').map((t) => lines.lineText(t.line).slice(t.character, t.character + t.length));
    assert.deepEqual(names, ['Meena Savla']);
  });
});

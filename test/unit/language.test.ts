import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits } from '../../src/core/edits';
import { buildSummary } from '../../src/core/export';
import { completionSite, dueCompletions, ownerCompletions } from '../../src/core/language/completion';
import { dueHover, personHover } from '../../src/core/language/hover';
import { buildActionLog } from '../../src/core/workspace/actions';
import { mentionAt, type PersonMention } from '../../src/core/language/mentions';
import { definitionOf, references } from '../../src/core/language/references';
import { invalidNewName, renameCollision, renameEdits, renameTarget, type RenameTarget } from '../../src/core/language/rename';
import { documentSymbols, workspaceSymbols, type DocumentSymbol } from '../../src/core/language/symbols';
import type { MinutesDocument, Position } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import { WorkspacePeople } from '../../src/core/workspace/people';

const EXEC = `# Executive committee — 6 June 2007

## Attended

- Mark Jones (MJ), chair
- Meena Savla (MS, @meena) — PCT

## Summary of actions agreed

| Owner      | Action                    | Due     |
|------------|---------------------------|---------|
| Mark Jones | Survey practices.         | July 07 |

ACTION: MJ — Communicate the LES claims process. Due: 15 June 07

- [ ] @meena circulate the draft due: 2007-06-15

DECISION: LES budgets capped on a fair shares basis.

## Next meeting

Friday 22 June 2007, 1pm at Fernville Surgery
`;

const BOARD = `# Board — 20 February 2008

## Attended

- Mark Jones
- Rita Singh (RS)

## Actions

- Mark Jones to book the hall by 29 February 2008.

ACTION: Mark Jones / RS — send the newsletter. Due: next week
`;

/** No roster: MJ is only known from the other files. */
const NOTES = `# Notes — 1 March 2008

ACTION: MJ — chase the auditors. Due: 2008-03-10
`;

const TODAY = '2008-03-01';

interface File {
  key: string;
  path: string;
  text: string;
  document: MinutesDocument;
}

function file(key: string, text: string): File {
  return { key, path: key, text, document: parseMinutes(text, { fileName: key, today: TODAY }) };
}

function workspace(...files: File[]): WorkspacePeople {
  return new WorkspacePeople(files);
}

/** The position of the n-th occurrence of `needle` (plus `offset` characters) in the text. */
function at(text: string, needle: string, offset = 0, nth = 0): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not in text`);
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function personAt(people: WorkspacePeople, f: File, needle: string, offset = 0, nth = 0): PersonMention {
  const mention = mentionAt(f.document, at(f.text, needle, offset, nth), people, f.text);
  assert.equal(mention?.kind, 'person', `no person at ${needle}`);
  return mention as PersonMention;
}

function slice(f: File, range: { start: Position; end: Position }): string {
  const lines = f.text.split('\n');
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('language: people across the workspace', () => {
  const exec = file('exec.minutes.md', EXEC);
  const board = file('board.minutes.md', BOARD);
  const notes = file('notes.minutes.md', NOTES);
  const people = workspace(exec, board, notes);

  it('resolves an owner in its file, then across the workspace (one rule for the view and the export)', () => {
    const owner = notes.document.actions[0].owners[0];
    assert.equal(owner.person, undefined, 'the file itself has no roster');
    assert.deepEqual(people.resolveOwner(owner), { person: 'Mark Jones' });
    // The export of one person finds the action written `MJ` in a file without a roster (defect 2).
    const summary = buildSummary([exec, board, notes].map((f) => ({ file: f.path, document: f.document })), { person: 'Mark Jones' });
    assert.ok(summary.actions.some((a) => a.file === 'notes.minutes.md' && a.text.startsWith('chase the auditors')), JSON.stringify(summary.actions));
    assert.deepEqual(summary.actions.find((a) => a.file === 'notes.minutes.md')?.owners, ['Mark Jones']);
  });

  it('finds who is written at a position: full name, alias, @handle, owner cell, roster entry and its alias', () => {
    assert.deepEqual(personAt(people, exec, '| Mark Jones', 3).resolution, { person: 'Mark Jones' });
    const alias = personAt(people, exec, 'ACTION: MJ', 9);
    assert.equal(alias.written, 'MJ');
    assert.deepEqual(alias.resolution, { person: 'Mark Jones' });
    assert.deepEqual(personAt(people, exec, '@meena', 2).resolution, { person: 'Meena Savla' });
    const entry = personAt(people, exec, '- Mark Jones', 4);
    assert.equal(slice(exec, entry.range), 'Mark Jones');
    const entryAlias = personAt(people, exec, '(MJ)', 1);
    assert.equal(entryAlias.written, 'MJ');
    assert.equal(slice(exec, entryAlias.range), 'MJ');
    assert.deepEqual(personAt(people, board, 'Mark Jones to', 2).resolution, { person: 'Mark Jones' });
    assert.equal(mentionAt(exec.document, at(EXEC, 'July 07', 2), people, EXEC)?.kind, 'due');
    assert.equal(mentionAt(exec.document, at(EXEC, 'Survey', 2), people, EXEC), undefined);
  });

  it('lists every mention of a person across the files, written any way', () => {
    const result = references(people, personAt(people, exec, 'ACTION: MJ', 9));
    assert.ok('person' in result && result.person === 'Mark Jones');
    const where = result.locations.map((l) => `${l.key}:${l.range.start.line}`);
    assert.deepEqual(where.sort(), ['board.minutes.md:4', 'board.minutes.md:9', 'board.minutes.md:11', 'exec.minutes.md:11', 'exec.minutes.md:13', 'exec.minutes.md:4', 'notes.minutes.md:2'].sort());
    const withoutDefinitions = references(people, personAt(people, exec, 'ACTION: MJ', 9), false);
    assert.equal(withoutDefinitions.locations.length, 5);
  });

  it('goes to the definition in the latest meeting that lists the person, else the setting', () => {
    const found = definitionOf(people, 'Mark Jones');
    assert.ok(found && 'definition' in found);
    assert.equal(found.definition.file.key, 'board.minutes.md', 'the board met after the executive');
    const withSetting = new WorkspacePeople([notes], { 'Zoe Park': ['ZP'] });
    assert.deepEqual(definitionOf(withSetting, 'Zoe Park'), { inSettings: true });
    assert.equal(definitionOf(withSetting, 'Nobody'), undefined);
  });

  it('keeps an owner ambiguous in its own file ambiguous, even when another file knows the name', () => {
    const both = file('both.minutes.md', '# Both — 1 May 2008\n\n## Attended\n\n- Mark Jones\n- Mark Miller\n\nACTION: Mark — call the bank. Due: 2008-05-10\n');
    const solo = file('solo.minutes.md', '# Solo — 2 May 2008\n\n## Attended\n\n- Mark\n');
    const mixed = workspace(both, solo);
    assert.deepEqual(mixed.resolve('Mark'), { person: 'Mark' }, 'across the workspace, "Mark" is a name');
    assert.deepEqual(mixed.resolveOwner(both.document.actions[0].owners[0]), { ambiguous: ['Mark Jones', 'Mark Miller'] });
  });

  it('takes an owner no roster knows as a person of that written name', () => {
    const loose = file('loose.minutes.md', '# L — 3 May 2008\n\nACTION: Zed Quill — call the bank. Due: 2008-05-10\n\n- [ ] Zed Quill to pay the rent due: 2008-05-11\n');
    const loosePeople = workspace(loose, exec);
    const result = references(loosePeople, personAt(loosePeople, loose, 'Zed Quill', 1));
    assert.ok('person' in result && result.person === 'Zed Quill');
    assert.equal(result.locations.length, 2);
  });

  it('reports an owner that could be two people rather than guess', () => {
    const jones = file('a.minutes.md', '# A — 1 May 2008\n\n## Attended\n\n- Mark Jones\n');
    const miller = file('b.minutes.md', '# B — 2 May 2008\n\n## Attended\n\n- Mark Miller\n');
    const loose = file('c.minutes.md', '# C — 3 May 2008\n\nACTION: Mark — call the bank. Due: 2008-05-10\n\nACTION: Mark — pay the rent. Due: 2008-05-11\n');
    const ambiguousPeople = workspace(jones, miller, loose);
    const mention = personAt(ambiguousPeople, loose, 'Mark');
    assert.deepEqual(mention.resolution, { ambiguous: ['Mark Jones', 'Mark Miller'] });
    const result = references(ambiguousPeople, mention);
    assert.ok('ambiguous' in result);
    assert.deepEqual(result.ambiguous, ['Mark Jones', 'Mark Miller']);
    assert.equal(result.locations.length, 2, 'the owners written the same way, nobody else');
    const target = renameTarget(ambiguousPeople, mention);
    assert.ok('error' in target && /could be Mark Jones or Mark Miller/.test(target.error));
  });
});

describe('language: rename', () => {
  const exec = file('exec.minutes.md', EXEC);
  const board = file('board.minutes.md', BOARD);
  const notes = file('notes.minutes.md', NOTES);
  const people = workspace(exec, board, notes);
  const files = [exec, board, notes];

  function renamed(target: RenameTarget, newName: string, among: File[] = files): Map<string, string> {
    const result = renameEdits(people, target, newName, among);
    assert.deepEqual(result.skipped, []);
    return new Map(among.map((f) => [f.key, applyEdits(f.text, result.edits.get(f.key) ?? [])]));
  }

  it('renames a full name in roster entries, owner cells, ACTION: owners and "Name to" owners, leaving aliases alone', () => {
    const target = renameTarget(people, personAt(people, exec, '| Mark Jones', 3));
    assert.deepEqual(target, { person: 'Mark Jones' });
    const after = renamed(target as RenameTarget, 'Mark Johnson');
    assert.match(after.get('exec.minutes.md')!, /- Mark Johnson \(MJ\), chair/);
    assert.match(after.get('exec.minutes.md')!, /\| Mark Johnson \| Survey practices\.\s+\| July 07 \|/, 'the table stays aligned');
    assert.match(after.get('exec.minutes.md')!, /ACTION: MJ — Communicate/, 'the alias is left alone');
    assert.match(after.get('board.minutes.md')!, /- Mark Johnson\n/);
    assert.match(after.get('board.minutes.md')!, /Mark Johnson to book the hall/);
    assert.match(after.get('board.minutes.md')!, /ACTION: Mark Johnson \/ RS — send/);
    assert.equal(after.get('notes.minutes.md'), NOTES, 'written only as MJ');
  });

  it('keeps an owner cell aligned when the new name fits', () => {
    const after = renamed({ person: 'Mark Jones' }, 'Mo Jones');
    assert.match(after.get('exec.minutes.md')!, /\n\| Mo Jones {3}\| Survey practices\. {9}\| July 07 \|\n/);
  });

  it('renames somebody a roster knows only by a handle as a handle, on the roster too', () => {
    const team = file('team.minutes.md', '# Team — 1 May 2008\n\n## Attended\n\n- @rob\n- Ann Lee\n\n- [ ] @rob fix the build due: 2008-05-02\n');
    const teamPeople = workspace(team);
    const target = renameTarget(teamPeople, personAt(teamPeople, team, '@rob fix', 2));
    assert.deepEqual(target, { person: 'rob', alias: 'rob' });
    const result = renameEdits(teamPeople, target as RenameTarget, 'robert', [team]);
    const after = applyEdits(team.text, result.edits.get(team.key)!);
    assert.match(after, /- @robert\n/);
    assert.match(after, /- \[ \] @robert fix the build/);
    assert.ok(invalidNewName(target as RenameTarget, 'Rob Smith'), 'a handle is one word');
    const asName = applyEdits(team.text, renameEdits(teamPeople, { person: 'rob' }, 'Robert', [team]).edits.get(team.key) ?? []);
    assert.match(asName, /- @rob\n/, 'a handle on a roster is never rewritten as a full name');
  });

  it('renames an alias where the rename is on it, and nothing else', () => {
    const target = renameTarget(people, personAt(people, exec, 'ACTION: MJ', 9));
    assert.deepEqual(target, { person: 'Mark Jones', alias: 'MJ' });
    const after = renamed(target as RenameTarget, 'MKJ');
    assert.match(after.get('exec.minutes.md')!, /- Mark Jones \(MKJ\), chair/);
    assert.match(after.get('exec.minutes.md')!, /ACTION: MKJ — Communicate/);
    assert.match(after.get('exec.minutes.md')!, /\| Mark Jones \|/);
    assert.match(after.get('notes.minutes.md')!, /ACTION: MKJ — chase/);
    assert.ok(invalidNewName(target as RenameTarget, 'Mark K Jones'), 'an alias is one word');
  });

  it('renames a handle in a task item, keeping its @', () => {
    const target = renameTarget(people, personAt(people, exec, '@meena', 2)) as RenameTarget;
    assert.deepEqual(target, { person: 'Meena Savla', alias: 'meena' });
    const after = renamed(target, 'msavla');
    assert.match(after.get('exec.minutes.md')!, /- \[ \] @msavla circulate/);
    assert.match(after.get('exec.minutes.md')!, /Meena Savla \(MS, @msavla\)/);
  });

  it('detects a new name that someone else already has', () => {
    assert.deepEqual(renameCollision(people, { person: 'Mark Jones' }, 'Rita Singh'), ['Rita Singh']);
    assert.deepEqual(renameCollision(people, { person: 'Mark Jones', alias: 'MJ' }, 'RS'), ['Rita Singh']);
    assert.deepEqual(renameCollision(people, { person: 'Mark Jones' }, 'Mark Johnson'), []);
    assert.deepEqual(renameCollision(people, { person: 'Mark Jones' }, 'mark jones'), []);
  });

  it('property: after a rename, the new name has every mention the old one had, and the old none', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
    fc.assert(
      fc.property(word, word, (first, last) => {
        const newName = `${first} ${last}`;
        fc.pre(!['Mark Jones', 'Meena Savla', 'Rita Singh'].includes(newName) && renameCollision(people, { person: 'Mark Jones' }, newName).length === 0);
        const after = renamed({ person: 'Mark Jones' }, newName);
        const reparsed = files.map((f) => file(f.key, after.get(f.key)!));
        const again = workspace(...reparsed);
        assert.equal(again.occurrences(newName).length, people.occurrences('Mark Jones').length);
        assert.equal(again.occurrences('Mark Jones').length, 0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('language: completion', () => {
  const exec = file('exec.minutes.md', EXEC);
  const board = file('board.minutes.md', BOARD);
  const people = workspace(exec, board);

  function siteAt(text: string, position: Position) {
    return completionSite(text, position);
  }

  it('knows where owners and due dates are typed', () => {
    const text = 'ACTION: Ma\n- [ ] @me\n| Owner | Action | Due |\n|---|---|---|\n| Ri | x | 20 |\nACTION: MJ — text. Due: 15\nACTION: MJ / Ri';
    assert.deepEqual(siteAt(text, { line: 0, character: 10 }), { kind: 'owner', range: { start: { line: 0, character: 8 }, end: { line: 0, character: 10 } } });
    assert.deepEqual(siteAt(text, { line: 1, character: 9 })?.kind, 'handle');
    assert.deepEqual(siteAt(text, { line: 1, character: 9 })?.range.start.character, 7);
    assert.deepEqual(siteAt(text, { line: 4, character: 4 }), { kind: 'owner', range: { start: { line: 4, character: 2 }, end: { line: 4, character: 4 } } });
    assert.equal(siteAt(text, { line: 4, character: 8 }), undefined, 'the action cell');
    assert.deepEqual(siteAt(text, { line: 4, character: 13 }), { kind: 'due', range: { start: { line: 4, character: 11 }, end: { line: 4, character: 13 } } });
    assert.deepEqual(siteAt(text, { line: 5, character: 26 }), { kind: 'due', range: { start: { line: 5, character: 24 }, end: { line: 5, character: 26 } } });
    assert.deepEqual(siteAt(text, { line: 6, character: 15 })?.range.start.character, 13, 'the last of several owners');
    assert.equal(siteAt(text, { line: 5, character: 15 }), undefined, 'the action text after the dash');
    assert.equal(siteAt(text, { line: 2, character: 4 }), undefined, 'the header row');
    const table = '| Owner | Action |\n|---|---|\n| MJ / Ri | y |';
    assert.deepEqual(siteAt(table, { line: 2, character: 9 }), { kind: 'owner', range: { start: { line: 2, character: 7 }, end: { line: 2, character: 9 } } }, 'the last owner in a cell');
  });

  it('offers this meeting\'s roster first, then the workspace, with aliases beside the names', () => {
    const items = ownerCompletions(board.document, people, 'owner');
    assert.deepEqual(items.map((i) => i.label), ['Mark Jones', 'Rita Singh', 'Meena Savla']);
    assert.ok(items[0].sortText < items[2].sortText && items[1].sortText < items[2].sortText);
    assert.equal(items[0].description, 'MJ');
    assert.equal(items[2].description, 'meena, MS');
    const handles = ownerCompletions(board.document, people, 'handle');
    assert.deepEqual(handles.map((i) => i.insertText), ['MJ', 'RS', 'meena']);
  });

  it('offers due dates in the file\'s prevailing form', () => {
    const items = dueCompletions({ text: EXEC, document: exec.document, today: '2007-06-10' });
    assert.deepEqual(items.map((i) => [i.label, i.description]), [
      ['22 June 07', 'the next meeting'],
      ['30 June 07', 'the end of this month'],
      ['13 June 07', 'a week from the meeting'],
    ]);
    const iso = file('iso.minutes.md', '# X\n\ndate: 2008-01-01\n\nACTION: MJ — a. Due: 2008-01-10\n\nACTION: MJ — b. Due: 2008-01-11\n');
    assert.deepEqual(dueCompletions({ text: iso.text, document: iso.document, today: '2008-01-05' }).map((i) => i.label), ['2008-01-31', '2008-01-08']);
  });
});

describe('language: hover', () => {
  const exec = file('exec.minutes.md', EXEC);
  const board = file('board.minutes.md', BOARD);
  const notes = file('notes.minutes.md', NOTES);
  const people = workspace(exec, board, notes);
  const link = (key: string, range: { start: Position }) => `${key}#L${range.start.line + 1}`;

  it('shows a person: full name, aliases, counts and next open actions as links', () => {
    const text = personHover(people, 'Mark Jones', TODAY, link);
    assert.match(text, /^\*\*Mark Jones\*\* \(MJ\)/);
    assert.match(text, /5 open actions, 4 overdue, 5 in all/);
    const lines = text.split('\n').filter((l) => l.startsWith('- '));
    assert.equal(lines.length, 5);
    assert.match(lines[0], /^- \[Communicate the LES claims process\.\]\(exec\.minutes\.md#L14\) — due 15 June 2007 \(overdue\)/);
    assert.match(lines[lines.length - 1], /chase the auditors\.\]\(notes\.minutes\.md#L3\) — due 10 March 2008 · notes\.minutes\.md$/);
  });

  it('counts each action once: a summary table restating it, or a later meeting carrying it, is not a second action', () => {
    const first = file('x/2007-06-06.minutes.md', '---\ntitle: Exec\ndate: 2007-06-06\n---\n\n## Attended\n\n- Mark Jones (MJ)\n\nACTION: MJ — book the room due 1 June 2007\n\n## Summary of actions agreed\n\n| Owner | Action |\n|---|---|\n| MJ | Book the room |\n');
    const second = file('x/2007-06-22.minutes.md', '---\ntitle: Exec\ndate: 2007-06-22\n---\n\n## Attended\n\n- Mark Jones (MJ)\n\n## Actions from previous meetings\n\n| Owner | Action | Status |\n|---|---|---|\n| MJ | Book the room | carried |\n');
    const log = buildActionLog([first, second]);
    const text = personHover(workspace(first, second), 'Mark Jones', TODAY, link, (action) => log.isSuperseded(action));
    assert.match(text, /1 open action, 1 in all/);
    assert.equal(text.split('\n').filter((l) => l.startsWith('- ')).length, 1);
    assert.match(personHover(workspace(first, second), 'Mark Jones', TODAY, link), /3 open actions/, 'every row, when nothing says which are listed elsewhere');
  });

  it('says how a due date was read, and how overdue it is', () => {
    const month = exec.document.actions.find((a) => a.dueText === 'July 07')!;
    assert.equal(dueHover(exec.document, month, '2007-08-10'), '**July 07**: by 31 July 2007, the whole month\n\n**Overdue** by 10 days.');
    assert.match(dueHover(exec.document, month, '2026-11-30'), /Overdue\*\* by 7062 days \(about 19 years\)\.$/);
    assert.match(dueHover(exec.document, month, '2007-10-30'), /Overdue\*\* by 91 days \(about 3 months\)\.$/);
    const nextWeek = board.document.actions.find((a) => a.dueText?.includes('next week'))!;
    assert.match(dueHover(board.document, nextWeek, '2008-02-27'), /^\*\*next week\*\*: 27 February 2008, a week after the meeting\n\nDue \*\*today\*\*\.$/);
    const day = exec.document.actions.find((a) => a.kind === 'line')!;
    assert.match(dueHover(exec.document, day, '2007-06-01'), /^\*\*15 June 07\*\*: 15 June 2007\n\nDue in 14 days\.$/);
    const ambiguous = file('amb.minutes.md', '# X — 1 March 2008\n\nACTION: MJ — a. Due: 03/04/2008\n');
    assert.match(dueHover(ambiguous.document, ambiguous.document.actions[0], '2008-03-01'), /3 April 2008, reading the day first .*could also be 4 March 2008/);
  });
});

describe('language: symbols', () => {
  const exec = file('exec.minutes.md', EXEC);
  const board = file('board.minutes.md', BOARD);
  const people = workspace(exec, board);

  function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name}`, ...outline(s.children, depth + 1)]);
  }

  it('lists actions and decisions under their headings, leaving out headings without any', () => {
    assert.deepEqual(outline(documentSymbols(EXEC, exec.document, people)), [
      'heading Executive committee — 6 June 2007',
      '  heading Summary of actions agreed',
      '    action Survey practices.',
      '    action Communicate the LES claims process.',
      '    action circulate the draft',
      '    decision LES budgets capped on a fair shares basis.',
    ]);
    const every = outline(documentSymbols(EXEC, exec.document, people, true));
    assert.deepEqual(every.filter((line) => line.includes('heading')), [
      'heading Executive committee — 6 June 2007',
      '  heading Attended',
      '  heading Summary of actions agreed',
      '  heading Next meeting',
    ]);
    const fenced = '# A\n\n```\n# not a heading\n```\n\nACTION: MJ — x. Due: 2008-01-01\n';
    assert.deepEqual(outline(documentSymbols(fenced, parseMinutes(fenced))), ['heading A', '  action x.']);
  });

  it('finds people, actions by text and meetings by title or date', () => {
    const names = (query: string) => workspaceSymbols(people, query).map((s) => `${s.kind} ${s.name}`);
    assert.deepEqual(names('Mark Jones'), ['person Mark Jones']);
    assert.ok(names('newsletter').includes('action send the newsletter.'));
    assert.ok(names('2008-02-20').includes('meeting Board — 20 February 2008 (2008-02-20)'));
    assert.ok(names('board').some((n) => n.startsWith('meeting Board')));
    const mark = workspaceSymbols(people, 'Mark Jones')[0];
    assert.equal(mark.container, 'MJ');
    assert.equal(mark.key, 'board.minutes.md', 'where Go to Definition goes: the latest meeting');
  });
});

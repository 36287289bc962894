// The Open Actions view's groupings and order, on hand-made entries (the index's own tests group parsed files).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { compareEntries, GROUPINGS, groupActions, isOverdue, NO_OWNER } from '../../src/core/grouping';
import type { Action, MinutesDocument } from '../../src/core/model';
import type { IndexedAction } from '../../src/core/workspaceIndex';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });

function entry(text: string, more: { due?: string | null; status?: Action['status']; people?: string[]; path?: string; line?: number; title?: string; date?: string } = {}): IndexedAction {
  const line = more.line ?? 0;
  const action = { kind: 'line', text, due: more.due ?? null, status: more.status ?? 'open', range: at(line), textRange: at(line), owners: [] } as unknown as Action;
  const document = { title: more.title, date: more.date, actions: [action] } as unknown as MinutesDocument;
  return { key: `file:///${more.path ?? 'a.md'}`, path: more.path ?? 'a.md', document, action, people: more.people ?? ['Ann'] };
}

const view = (groups: ReturnType<typeof groupActions>) => groups.map((g) => [g.id, g.label, g.kind, g.actions.map((a) => a.action.text)]);

describe('grouping', () => {
  const today = '2024-01-10';

  it('lists the four groupings', () => {
    assert.deepEqual(GROUPINGS, ['person', 'due', 'meeting', 'file']);
  });

  it('orders dated actions by date, then undated ones; ties by file, then line', () => {
    const entries = [
      entry('undated b', { path: 'b.md' }),
      entry('late in b', { due: '2024-02-01', path: 'b.md', line: 9 }),
      entry('undated a', { path: 'a.md', line: 3 }),
      entry('early', { due: '2024-01-01', path: 'z.md' }),
      entry('late in b, earlier line', { due: '2024-02-01', path: 'b.md', line: 2 }),
      entry('late in a', { due: '2024-02-01', path: 'a.md', line: 20 }),
      entry('undated a, first line', { path: 'a.md', line: 1 }),
    ];
    assert.deepEqual([...entries].sort(compareEntries).map((e) => e.action.text), ['early', 'late in a', 'late in b, earlier line', 'late in b', 'undated a, first line', 'undated a', 'undated b']);
  });

  it('compares as a consistent order: antisymmetric, and zero only for the same place', () => {
    const arbitrary = fc.record({ due: fc.constantFrom(null, '2024-01-01', '2024-01-02'), path: fc.constantFrom('a.md', 'b.md'), line: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(arbitrary, arbitrary, (x, y) => {
        const a = entry('a', x);
        const b = entry('b', y);
        assert.equal(Math.sign(compareEntries(a, b)), -Math.sign(compareEntries(b, a)) || 0);
        assert.equal(compareEntries(a, b) === 0, x.due === y.due && x.path === y.path && x.line === y.line);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts the actions in each group, whatever order they come in', () => {
    const groups = groupActions([entry('second', { due: '2024-03-02' }), entry('first', { due: '2024-03-01' })], 'person', today);
    assert.deepEqual(view(groups), [['person:Ann', 'Ann', undefined, ['first', 'second']]]);
  });

  it('groups by person: each owner once, No owner last wherever it would sort', () => {
    const groups = groupActions([entry('nobody', { people: [] }), entry('zed', { people: ['Zed'] }), entry('twice', { people: ['Adam', 'Adam'] }), entry('opus', { people: ['Opus'] })], 'person', today);
    assert.deepEqual(view(groups), [
      ['person:Adam', 'Adam', undefined, ['twice']],
      ['person:Opus', 'Opus', undefined, ['opus']],
      ['person:Zed', 'Zed', undefined, ['zed']],
      [`person:${NO_OWNER}`, NO_OWNER, undefined, ['nobody']],
    ]);
    // In either order of arrival.
    assert.deepEqual(view(groupActions([entry('zed', { people: ['Zed'] }), entry('nobody', { people: [] })], 'person', today)).map((g) => g[1]), ['Zed', NO_OWNER]);
  });

  it('groups by due date with a kind per bucket: this week ends seven days on', () => {
    const entries = [
      entry('none'),
      entry('past and done', { due: '2024-01-01', status: 'done' }),
      entry('later', { due: '2024-01-18' }),
      entry('seventh day', { due: '2024-01-17' }),
      entry('today', { due: today }),
      entry('yesterday', { due: '2024-01-09' }),
    ];
    assert.deepEqual(view(groupActions(entries, 'due', today, true)), [
      ['due:overdue', 'Overdue', 'overdue', ['yesterday']],
      ['due:week', 'This week', 'this-week', ['today', 'seventh day']],
      ['due:later', 'Later', 'later', ['later']],
      ['due:past', 'Past (closed)', 'past', ['past and done']],
      ['due:none', 'No date', 'no-date', ['none']],
    ]);
    assert.deepEqual(view(groupActions(entries, 'due', today)).map((g) => g[0]), ['due:overdue', 'due:week', 'due:later', 'due:none']);
  });

  it('counts only open actions with a date before today as overdue', () => {
    assert.equal(isOverdue(entry('x', { due: '2024-01-09' }), today), true);
    assert.equal(isOverdue(entry('x', { due: today }), today), false);
    assert.equal(isOverdue(entry('x', { due: '2024-01-09', status: 'done' }), today), false);
    assert.equal(isOverdue(entry('x', { due: '2024-01-09', status: 'cancelled' }), today), false);
    assert.equal(isOverdue(entry('x'), today), false);
  });

  it('groups by meeting, newest first: the date and title, or the file; same title in two files stays two groups', () => {
    const entries = [
      entry('old', { title: 'Board', date: '2023-05-01', path: 'old.md' }),
      entry('untitled', { path: 'notes/x.md' }),
      entry('new', { title: 'Board', date: '2024-01-05', path: 'new.md' }),
      entry('undated', { title: 'Board', path: 'b1.md' }),
      entry('undated too', { title: 'Board', path: 'b2.md' }),
    ];
    assert.deepEqual(view(groupActions(entries, 'meeting', today)), [
      ['meeting:2024-01-05:Board:new.md', '5 January 2024 — Board', undefined, ['new']],
      ['meeting:2023-05-01:Board:old.md', '1 May 2023 — Board', undefined, ['old']],
      ['meeting::notes/x.md:notes/x.md', 'notes/x.md', undefined, ['untitled']],
      ['meeting::Board:b2.md', 'Board', undefined, ['undated too']],
      ['meeting::Board:b1.md', 'Board', undefined, ['undated']],
    ]);
  });

  it('groups by file, in the order of their paths', () => {
    const entries = [entry('z', { path: 'z.md' }), entry('a2', { path: 'a.md', line: 2 }), entry('m', { path: 'm/x.md' }), entry('a1', { path: 'a.md', line: 1 })];
    assert.deepEqual(view(groupActions(entries, 'file', today)), [
      ['file:a.md', 'a.md', undefined, ['a1', 'a2']],
      ['file:m/x.md', 'm/x.md', undefined, ['m']],
      ['file:z.md', 'z.md', undefined, ['z']],
    ]);
  });
});

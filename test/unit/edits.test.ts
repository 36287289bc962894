import { strict as assert } from 'node:assert';
import { actionAsText, applyEdits, setActionDone } from '../../src/core/edits';
import { parseMinutes } from '../../src/core/parse';

const apply = applyEdits;

function toggle(text: string, done: boolean, which = 0): string {
  const action = parseMinutes(text).actions[which];
  const result = setActionDone(text, action, done);
  assert.ok('edits' in result, 'reason' in result ? result.reason : '');
  return apply(text, result.edits);
}

describe('edits: mark done and reopen', () => {
  it('ticks and unticks a task item', () => {
    const text = '- [ ] @MJ write it\n  - [ ] @RS nested\n';
    const done = toggle(text, true, 1);
    assert.equal(done, '- [ ] @MJ write it\n  - [x] @RS nested\n');
    assert.equal(parseMinutes(done).actions[1].status, 'done');
    assert.equal(toggle(done, false, 1), text);
  });

  it('sets the status cell of a table and keeps the pipes aligned', () => {
    const text = '| Owner | Action | Status  |\n|-------|--------|---------|\n| MJ    | write  | Open    |\n';
    const done = toggle(text, true);
    assert.equal(done, '| Owner | Action | Status  |\n|-------|--------|---------|\n| MJ    | write  | Done    |\n');
    assert.equal(parseMinutes(done).actions[0].status, 'done');
    const empty = '| Owner | Action | Status |\n|---|---|---|\n| MJ | write | |\n';
    assert.equal(parseMinutes(toggle(empty, true)).actions[0].status, 'done');
  });

  it('turns an ACTION line into a done task item, in a list or not', () => {
    const plain = 'ACTION: MJ — write it\n';
    const done = toggle(plain, true);
    assert.equal(done, '- [x] ACTION: MJ — write it\n');
    const action = parseMinutes(done).actions[0];
    assert.equal(action.status, 'done');
    assert.equal(action.text, 'write it');
    assert.equal(toggle('- ACTION: MJ — write it\n', true), '- [x] ACTION: MJ — write it\n');
    assert.equal(toggle('> ACTION: MJ — quoted\n', true), '> - [x] ACTION: MJ — quoted\n');
  });

  it('says why when there is nowhere to mark it', () => {
    const text = '| Owner | Action |\n|---|---|\n| MJ | write |\n';
    const result = setActionDone(text, parseMinutes(text).actions[0], true);
    assert.ok('reason' in result);
    assert.match(result.reason, /Status column/);
  });
});

// From the mutation run (issue #22): reopening, the other list forms, cells that do not fit, and the clipboard's line.
describe('edits: the other cases of mark done and reopen', () => {
  it('reopens a ticked task whatever the case of its X, and a table row', () => {
    assert.equal(toggle('- [X] @MJ write it\n', false), '- [ ] @MJ write it\n');
    const done = '| Owner | Action | Status |\n|---|---|---|\n| MJ | write | Done |\n';
    const reopened = toggle(done, false);
    assert.equal(reopened, '| Owner | Action | Status |\n|---|---|---|\n| MJ | write | Open |\n');
    assert.equal(parseMinutes(reopened).actions[0].status, 'open');
  });

  it('ticks an ACTION line in a numbered list after its number', () => {
    const done = toggle('1. ACTION: MJ — write it\n', true);
    assert.equal(done, '1. [x] ACTION: MJ — write it\n');
    assert.equal(parseMinutes(done).actions[0].status, 'done');
  });

  it('says why it cannot reopen an ACTION line that is open, or mark prose', () => {
    const open = 'ACTION: MJ — write it\n';
    assert.deepEqual(setActionDone(open, parseMinutes(open).actions[0], false), { reason: 'This action is already open.' });
    const prose = '## Present\n\nRichard Sumner (RS)\n\nClerk to send a letter.\n';
    const action = parseMinutes(prose, { proseActions: 'action' }).actions[0];
    assert.equal(action.kind, 'prose');
    const result = setActionDone(prose, action, true);
    assert.ok('reason' in result && /written as prose/.test(result.reason));
  });

  it('pads a shorter status, pushes the pipe for a longer one, and keeps a space before it in a tight table', () => {
    const row = (status: string) => `| Owner | Action | Status |\n|---|---|---|\n| MJ | write | ${status} |\n`;
    assert.equal(toggle(row('Pending'), true), row('Done   '));
    assert.equal(toggle(row('No'), true), row('Done'));
    assert.equal(toggle('|Owner|Action|Status|\n|---|---|---|\n|MJ|write|Open|\n', true), '|Owner|Action|Status|\n|---|---|---|\n|MJ|write|Done |\n');
    assert.equal(toggle('| Owner | Action | Status\n|---|---|---\n| MJ | write | Open\n', true), '| Owner | Action | Status\n|---|---|---\n| MJ | write | Done\n', 'no pipe after the last cell');
  });
});

describe('edits: an action as one line for the clipboard', () => {
  const line = (text: string, people: string[]) => actionAsText(parseMinutes(text).actions[0], people);

  it('names the owners, the action and its due date as written', () => {
    assert.equal(line('ACTION: MJ — write it due 15 June 2030\n', ['Mary Jones']), 'Mary Jones: write it (due 15 June 2030)');
    assert.equal(line('ACTION: MJ / RS — write it due 2030-06-15\n', ['Mary Jones', 'Rita Singh']), 'Mary Jones / Rita Singh: write it (due 2030-06-15)');
    assert.equal(line('ACTION: MJ — write it due next meeting\n', ['Mary Jones']), 'Mary Jones: write it (due next meeting)');
  });

  it('says when there is no owner, no due date, or the action is closed', () => {
    assert.equal(line('ACTION: write it\n', []), 'No owner: write it');
    assert.equal(line('- [x] @MJ write it\n', ['Mary Jones']), 'Mary Jones: write it [done]');
    assert.equal(line('| Owner | Action | Status |\n|---|---|---|\n| MJ | write | Cancelled |\n', ['Mary Jones']), 'Mary Jones: write [cancelled]');
  });

  it('falls back to the ISO date when the due text is not kept', () => {
    const action = { ...parseMinutes('ACTION: MJ — write it due 15 June 2030\n').actions[0], dueText: null };
    assert.equal(actionAsText(action, ['Mary Jones']), 'Mary Jones: write it (due 2030-06-15)');
  });
});

// From Stryker's survivors in edits.ts (issue #22): the list and quote forms a person writes, empty cells, stale actions.
describe('edits: every list and quote form, empty cells, and a file changed since it was read', () => {
  it('ticks tasks and ACTION lines in nested quotes, numbered past 9, and after a wide bullet', () => {
    const cases: [string, string][] = [
      ['>> - [ ] @MJ write it\n', '>> - [x] @MJ write it\n'],
      ['10. [ ] @MJ write it\n', '10. [x] @MJ write it\n'],
      ['-  [ ] @MJ write it\n', '-  [x] @MJ write it\n'],
      ['>> ACTION: MJ — quoted twice\n', '>> - [x] ACTION: MJ — quoted twice\n'],
      ['10. ACTION: MJ — write it\n', '10. [x] ACTION: MJ — write it\n'],
      ['-  ACTION: MJ — write it\n', '-  [x] ACTION: MJ — write it\n'],
    ];
    for (const [text, done] of cases) {
      assert.equal(toggle(text, true), done, text);
      assert.equal(parseMinutes(done).actions[0].status, 'done', done);
    }
  });

  it('writes into an empty status cell, padded or not', () => {
    const table = (row: string) => `| Owner | Action | Status |\n|---|---|---|\n${row}\n`;
    assert.equal(toggle(table('| MJ | write | |'), true), table('| MJ | write | Done |'));
    assert.equal(toggle(table('| MJ | write ||'), true), table('| MJ | write |Done |'));
  });

  it('says so when a task read earlier has lost its checkbox since', () => {
    const action = parseMinutes('- [ ] @MJ write it\n').actions[0];
    assert.deepEqual(setActionDone('- @MJ write it\n', action, true), { reason: 'The task item has no checkbox to tick.' });
  });

  it('applies several edits whatever order they come in', () => {
    const at = (from: number, to: number, newText: string) => ({ range: { start: { line: 0, character: from }, end: { line: 0, character: to } }, newText });
    // The first edit changes the length of the text before the second: each range is in the original text.
    assert.equal(applyEdits('abcdef', [at(1, 2, 'XXX'), at(4, 5, '')]), 'aXXXcdf');
    assert.equal(applyEdits('abcdef', [at(4, 5, ''), at(1, 2, 'XXX')]), 'aXXXcdf');
    assert.equal(applyEdits('abcdef', [at(0, 1, ''), at(2, 3, 'C'), at(5, 6, 'FF')]), 'bCdeFF');
    assert.equal(applyEdits('ab\ncd\n', [at(0, 1, 'A'), { range: { start: { line: 1, character: 1 }, end: { line: 1, character: 2 } }, newText: 'D' }]), 'Ab\ncD\n');
  });
});

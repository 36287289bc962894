import { strict as assert } from 'node:assert';
import { applyEdits, setActionDone } from '../../src/core/edits';
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

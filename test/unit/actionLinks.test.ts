// Which minutes a review row's Agreed link leads to (resolveLink), and how an action's history reads when the log first
// meets it in a review (historyText): src/core/workspace/actions.ts.
import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import type { SeriesFile } from '../../src/core/series';
import { buildActionLog, historyText, resolveLink } from '../../src/core/workspace/actions';

describe('links to where an action was agreed, more', () => {
  it('relative paths: ./, ../, empty and . segments, backslashes in keys; a fragment alone leads nowhere', () => {
    const keys = new Set(['exec/old.md', 'exec\\win.md', 'top.md']);
    assert.equal(resolveLink('exec/new.md', './old.md#A1', keys), 'exec/old.md');
    assert.equal(resolveLink('exec/new.md', '../exec/./old.md', keys), 'exec/old.md');
    assert.equal(resolveLink('exec/new.md', 'sub/../old.md', keys), 'exec/old.md');
    assert.equal(resolveLink('exec/new.md', '..//top.md', keys), 'top.md');
    assert.equal(resolveLink('exec/new.md', 'win.md', keys), 'exec\\win.md');
    assert.equal(resolveLink('exec/new.md', '/exec/old.md', keys), 'exec/old.md', 'from the top of the workspace');
    assert.equal(resolveLink('exec/new.md', 'my%20notes.md', new Set(['exec/my notes.md'])), 'exec/my notes.md', 'a space written %20');
    assert.equal(resolveLink('exec/new.md', '#A1', keys), undefined);
    assert.equal(resolveLink('exec/new.md', '', keys), undefined);
  });

  it('a link with a scheme is a key as it stands, or nothing; file: links are paths', () => {
    const keys = new Set(['vscode-vfs://github/o/r/exec/old.md', 'file:///w/exec/old.md']);
    assert.equal(resolveLink('vscode-vfs://github/o/r/exec/new.md', 'vscode-vfs://github/o/r/exec/old.md#A1', keys), 'vscode-vfs://github/o/r/exec/old.md');
    assert.equal(resolveLink('file:///w/exec/new.md', 'https://example.org/exec/old.md', keys), undefined);
    assert.equal(resolveLink('file:///w/exec/new.md', 'mailto:old.md', keys), undefined);
    assert.equal(resolveLink('x/new.md', 'a:old.md', new Set(['x/a:old.md'])), undefined, 'a scheme of one letter is still a scheme');
  });
});

describe('history of an action first met in a review', () => {
  it('says it was agreed, then what the meeting did', () => {
    const text = '---\ntitle: Exec\ndate: 2024-04-05\n---\n\n## Attended\n\n- Mark Jones (MJ)\n\n## Actions from previous meetings\n\n| Ref | Owner | Action | Due | Agreed | Status |\n|---|---|---|---|---|---|\n| A1 | Mark Jones | paint the hall | | | done |\n| A2 | Mark Jones | mend the roof | | | carried |\n';
    const files: SeriesFile[] = [{ key: 'exec/2024-04-05.md', path: 'exec/2024-04-05.md', document: parseMinutes(text, { fileName: '2024-04-05.md' }) }];
    const log = buildActionLog(files);
    assert.deepEqual(log.tracked.map(historyText), ['agreed, done 5 April 2024', 'agreed, carried 5 April 2024']);
  });
});

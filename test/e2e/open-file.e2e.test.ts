// A person opens a minutes file in VS Code with the packaged extension installed.
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('opening a minutes file (e2e)', function () {
  const current = useWorkbench();

  it('shows the file through Quick Open, in the Markdown language', async function () {
    await current().openFile('2007-06-06-exec.minutes.md');
    await current().waitForEditorText('# Executive committee');
    await current().waitForEditorText('## Summary of actions agreed');
    assert.equal(await current().statusBarLanguage(), 'Markdown');
    await current().screenshot('open-minutes-file');
  });

  it('opens the Problems panel from the command palette', async function () {
    // Diagnostics scenarios assert on these rows; here the helper itself is exercised.
    const rows = await current().problems();
    assert.ok(rows.every((row) => typeof row === 'string'));
    await current().screenshot('problems-panel');
  });
});

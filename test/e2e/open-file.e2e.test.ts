// A person opens a minutes file in VS Code with the packaged extension installed.
import * as assert from 'node:assert/strict';
import { useWorkbench, waitForValue } from './workbench';

describe('opening a minutes file (e2e)', function () {
  const current = useWorkbench();

  it('shows the file through Quick Open, in the Markdown language', async function () {
    await current().openFile('2007-06-06-exec.minutes.md');
    await current().waitForEditorText('# Executive committee');
    await current().waitForEditorText('## Summary of actions agreed');
    assert.equal(await current().statusBarLanguage(), 'Markdown');
    await current().screenshot('open-minutes-file');
  });

  it('lists a problem of the open minutes in the Problems panel, and drops it once fixed', async function () {
    const page = current().page;
    await current().openFile('2008-02-20-board.minutes.md');
    await current().waitForEditorText('## Tasks');
    // The fixture has no problem: the panel's rows must come from what is typed next, not be any rows at all.
    const before = await current().problems();
    assert.ok(!before.some((row) => row.includes('has no due date')), `no problem before typing: ${before.join(' | ')}`);
    await current().openFile('2008-02-20-board.minutes.md');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- [ ] @AR order the flowers');
    // The problem shows while the line is still being typed: wait for the one about the whole line.
    const rows = await waitForValue(() => current().problems(), (values) => values.some((row) => row.includes('has no due date') && row.includes('order the flowers')), 'the Problems panel to show the missing due date of "order the flowers"');
    assert.ok(rows.some((row) => row.includes('order the flowers')), rows.join(' | '));
    await current().screenshot('problems-panel');
    await current().openFile('2008-02-20-board.minutes.md');
    await current().runCommand('File: Revert File');
    await waitForValue(() => current().problems(), (values) => !values.some((row) => row.includes('order the flowers')), 'the problem to go with the reverted text');
  });
});

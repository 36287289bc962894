// A person opens a minutes file in VS Code with the packaged extension installed.
import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

describe('opening a minutes file (e2e)', function () {
  let workbench: Workbench;

  before(async function () {
    workbench = await Workbench.start();
  });

  after(async function () {
    await workbench?.stop();
  });

  afterEach(async function () {
    // A picture of what the UI looked like when a test failed.
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.fullTitle()}`).catch(() => undefined);
  });

  it('shows the file through Quick Open, in the Minutes language', async function () {
    await workbench.openFile('2007-06-06-exec.minutes.md');
    await workbench.waitForEditorText('# Executive committee');
    await workbench.waitForEditorText('## Summary of actions agreed');
    assert.equal(await workbench.statusBarLanguage(), 'Minutes');
    await workbench.screenshot('open-minutes-file');
  });

  it('opens the Problems panel from the command palette', async function () {
    // Diagnostics scenarios assert on these rows; here the helper itself is exercised.
    const rows = await workbench.problems();
    assert.ok(rows.every((row) => typeof row === 'string'));
    await workbench.screenshot('problems-panel');
  });
});

// What a secretary does with the extension in the real workbench: sees open actions, gets warned about an action
// with no owner while typing, fixes it from the light bulb, and exports the summary.
import * as assert from 'node:assert/strict';
import { waitForValue, useWorkbench } from './workbench';

describe('minutes features (e2e)', function () {
  const current = useWorkbench();

  it('shows open actions by person in the Minutes view, overdue ones marked', async function () {
    const labels = await current().openActionsListing('Mary Jones', 'send the leap-day newsletter');
    assert.ok(labels.some((label) => /overdue/.test(label)), `an overdue action is marked: ${labels.join(' | ')}`);
    assert.ok(!labels.some((label) => label.includes('book the hall')), 'done actions are hidden');
    await current().screenshot('open-actions-by-person');
  });

  it('warns about an action with no owner as it is typed, and the quick fix clears it', async function () {
    await current().fixOwnerlessAction('owner-');
    await current().openFile('2007-06-06-exec.minutes.md');
    await current().runCommand('File: Revert File');
    // The view follows the editor's buffer: the reverted action leaves it.
    await waitForValue(() => current().openActionRows(), (rows) => !rows.some((row) => row.includes('book the caterers')), 'the reverted action to leave the Open Actions view');
  });

  it('exports the action summary from the command palette', async function () {
    await current().exportSummary(['Whole workspace', 'Open actions only', 'Markdown']);
    await current().waitForEditorText('# Summary of actions');
    await current().waitForEditorText('## Mary Jones');
    const lines = await current().editorLines();
    assert.ok(!lines.some((line) => line.includes('book the caterers')), 'the summary reads the files as they are');
    assert.ok(!lines.some((line) => line.includes('book the hall')), 'done actions are left out');
    await current().screenshot('exported-summary');
  });
});

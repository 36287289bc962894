// A workspace with no minutes yet, as a person first meets the extension: the Open Actions view says so and offers
// New Minutes, whose button makes the first minutes file; then the export asks its three questions and, asked again,
// offers the last answers first, so Enter, Enter, Enter repeats the last export.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useWorkbench, waitForValue, waitVisible } from './workbench';

describe('a workspace with no minutes yet (e2e)', function () {
  // Some Markdown, but no minutes: the explorer lists a file, the index finds nothing.
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-e2e-empty-'));
  writeFileSync(path.join(folder, 'notes.md'), '# Notes\n\nNot minutes.\n');
  const current = useWorkbench({ folder });
  /** The minutes file New Minutes made. */
  let minutesFile = '';
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('shows the welcome view, and its New Minutes button makes the first minutes file', async function () {
    const page = current().page;
    const icon = page.locator('.activitybar .action-item a[aria-label^="Minutes"]');
    await waitVisible(icon, 'the Minutes activity bar icon');
    await icon.first().click();
    const welcome = page.locator('.sidebar .welcome-view-content');
    await waitVisible(welcome.filter({ hasText: 'No minutes in this workspace yet.' }), 'the welcome text of the Open Actions view');
    // A welcome view renders links only: Markdown code marks would show as backticks.
    assert.equal((await welcome.first().innerText()).includes('`'), false, await welcome.first().innerText());
    await current().screenshot('welcome-view');

    await welcome.locator('.monaco-button', { hasText: 'New Minutes' }).first().click();
    // New Minutes asks for a file name, today's meeting by default: Enter takes it.
    const input = await waitVisible(page.locator('.quick-input-widget .quick-input-box input'), 'the file name input');
    const name = await input.inputValue();
    minutesFile = name;
    assert.match(name, /^\d{4}-\d{2}-\d{2}-meeting\.minutes\.md$/);
    await page.keyboard.press('Enter');
    await waitVisible(page.locator('.tabs-container .tab.active', { hasText: name }), `an editor for ${name}`);
    await current().waitForEditorText('# Meeting title');
    // The new file is minutes: the view lists its placeholder action instead of the welcome.
    await waitForValue(() => current().openActionRows(), (rows) => rows.some((row) => row.includes('What was agreed')), 'the Open Actions view to list the new minutes\' action');
    await welcome.first().waitFor({ state: 'hidden' });
    await current().screenshot('welcome-view-after-new-minutes');
  });

  it('remembers the export\'s answers: asked again, it offers them first', async function () {
    const page = current().page;
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const exportCommand = async () => {
      // From the minutes file, so that "This file" is offered first unless another answer is remembered.
      await current().openFile(minutesFile);
      await page.keyboard.press('Control+Shift+P');
      const input = await waitVisible(page.locator('.quick-input-widget .quick-input-box input'), 'the command palette');
      await input.fill('>Minutes: Export Action Summary');
      await waitVisible(rows.filter({ hasText: 'Export Action Summary' }), 'the export command');
      await page.keyboard.press('Enter');
    };
    const answers = ['Whole workspace', 'All actions, with their status', 'JSON'];
    const titles = ['from where?', 'which actions?', 'as what?'];
    const waitForQuestion = (index: number) => waitVisible(page.locator('.quick-input-widget .quick-input-title', { hasText: titles[index] }), `the question "${titles[index]}"`);

    // First time: none of these is the first choice offered.
    await exportCommand();
    for (const [index, answer] of answers.entries()) {
      await waitForQuestion(index);
      await rows.filter({ hasText: answer }).first().click();
    }
    await current().waitForEditorText('"actions": [');
    await current().waitForEditorText('"What was agreed"');

    // Again: each question offers the last answer first, so Enter repeats it.
    await exportCommand();
    for (const [index, answer] of answers.entries()) {
      await waitForQuestion(index);
      const first = await waitForValue(() => rows.first().innerText(), (text) => text.length > 0, `the first choice of "${titles[index]}"`);
      assert.ok(first.startsWith(answer), `"${titles[index]}" offers "${first}" first, not the last answer "${answer}"`);
      if (index === 0) await current().screenshot('export-remembered-scope');
      await page.keyboard.press('Enter');
    }
    await current().waitForEditorText('"actions": [');
    await current().screenshot('export-remembered-result');
  });
});

// People and dates as a language, driven like a person in the real workbench: the status-bar item, Shift+F12 on an
// owner, hovers on an owner and a date, F2 across two files and one undo.
import * as assert from 'node:assert/strict';
import { useWorkbench, waitForValue, waitVisible } from './workbench';

const EXEC = '2007-06-06-exec.minutes.md';
const BOARD = '2008-02-20-board.minutes.md';

describe('people and dates as a language (e2e)', function () {
  const current = useWorkbench();

  /** Puts the cursor at a 1-based line and column with Go to Line/Column (Ctrl+G). */
  async function goTo(line: number, column: number): Promise<void> {
    const page = current().page;
    await current().activeEditor().click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+G');
    const input = await waitVisible(page.locator('.quick-input-widget .quick-input-box input'), 'the Go to Line input');
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  function statusItem() {
    return current().page.locator('.statusbar-item[aria-label^="Minutes: "], .statusbar-item [aria-label^="Minutes: "]');
  }

  it('shows open and overdue actions in the status bar, of the workspace and then of the file', async function () {
    const workspace = await waitForValue(
      async () => (await statusItem().first().getAttribute('aria-label')) ?? '',
      (label) => /workspace \d+ open actions?, \d+ overdue/.test(label),
      'the status-bar item with the workspace\u2019s open actions',
    );
    assert.ok(!workspace.includes('this file'), workspace);
    await current().screenshot('status-bar-workspace');
    await current().openFile(EXEC);
    const file = await waitForValue(
      async () => (await statusItem().first().getAttribute('aria-label')) ?? '',
      // The exec minutes write two actions, then restate both in their summary table: each counts once.
      (label) => label.includes('this file 2 open actions'),
      'the status-bar item with the file\u2019s open actions',
    );
    assert.match(file, /workspace 3 open actions/);
    await current().screenshot('status-bar-file');
    await statusItem().first().click();
    await waitVisible(current().page.locator('.pane-header[aria-label^="Open Actions"]'), 'the Open Actions view, opened by the click');
  });

  it('Shift+F12 on an owner lists their actions from two files in the references peek', async function () {
    const page = current().page;
    await current().openFile(EXEC);
    await goTo(27, 4); // the owner cell "MJ" of the summary table
    await page.keyboard.press('Shift+F12');
    const peek = await waitVisible(page.locator('.reference-zone-widget'), 'the references peek');
    const rows = await waitForValue(
      () => peek.locator('.monaco-list-row').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? node.textContent ?? '')),
      (labels) => labels.some((l) => l.includes(EXEC)) && labels.some((l) => l.includes(BOARD)),
      'both minutes files in the references peek',
    );
    assert.ok(rows.length >= 2, rows.join(' | '));
    await current().screenshot('references-peek-two-files');
    await page.keyboard.press('Escape');
  });

  it('hovers an owner and a due date', async function () {
    const page = current().page;
    await current().openFile(EXEC);
    await goTo(27, 4);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = await waitVisible(page.locator('.monaco-hover', { hasText: 'Mary Jones' }), 'the hover on the owner');
    assert.match(await hover.innerText(), /open actions?/);
    await current().screenshot('hover-owner');
    await page.keyboard.press('Escape');
    await goTo(27, 40); // in "15 June 2007"
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const date = await waitVisible(page.locator('.monaco-hover', { hasText: '15 June 2007' }), 'the hover on the due date');
    assert.match(await date.innerText(), /Overdue/);
    await current().screenshot('hover-date');
    await page.keyboard.press('Escape');
  });

  it('F2 renames a person in two files at once, and one undo puts both back', async function () {
    const page = current().page;
    await current().openFile(EXEC);
    await goTo(5, 5); // "Mary Jones" on the Attended list
    await page.keyboard.press('F2');
    const input = await waitVisible(page.locator('.rename-box input'), 'the rename box');
    await input.fill('Mary Smith');
    await page.keyboard.press('Enter');
    await current().waitForEditorText('- Mary Smith (MJ), chair');
    await current().openFile(BOARD);
    await current().waitForEditorText('- Mary Smith (MJ)');
    await current().screenshot('rename-across-files');
    await page.keyboard.press('Control+Z');
    // VS Code asks whether to undo the rename in every file it changed.
    const everywhere = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Undo in 2 Files/ });
    if (await everywhere.first().waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) await everywhere.first().click();
    await current().waitForEditorText('- Mary Jones (MJ)');
    await current().openFile(EXEC);
    await current().waitForEditorText('- Mary Jones (MJ), chair');
    await current().screenshot('rename-undone');
  });
});

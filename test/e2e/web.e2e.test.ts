// The web extension (package.json `browser`, dist/extension.web.js) in the real workbench's web worker extension host:
// the .vsix installed here has no `main`, so the workbench can run it nowhere else, as in vscode.dev and github.dev.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { webOnlyVsix } from '../../scripts/web-vsix';
import { waitForValue, waitVisible, useWorkbench } from './workbench';

describe('the web extension in the web worker extension host (e2e)', function () {
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-web-vsix-'));
  const vsix: string[] = [];
  before(async function () {
    vsix.push(await webOnlyVsix(path.join(folder, 'minutes-web.vsix')));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  // Filled by the hook above before the workbench starts (hooks run in the order they are declared).
  const current = useWorkbench({ vsix });

  it('fills the Open Actions view from files read through workspace.fs', async function () {
    const labels = await current().openActionsListing('Mary Jones', 'send the leap-day newsletter');
    assert.ok(labels.some((label) => /overdue/.test(label)), `an overdue action is marked: ${labels.join(' | ')}`);
    await current().screenshot('web-open-actions');
  });

  it('flags an action with no owner as it is typed', async function () {
    const problems = await current().typeOwnerlessAction('2007-06-06-exec.minutes.md', 'ACTION: book the caterers due 2030-06-01');
    assert.ok(problems.some((row) => row.includes('book the caterers')));
    await current().screenshot('web-diagnostic');
  });

  it('runs in the web worker extension host, not the Node one', async function () {
    await current().runCommand('Developer: Show Running Extensions');
    const page = current().page;
    const list = page.locator('.runtime-extensions-editor .monaco-list');
    await waitVisible(list, 'the Running Extensions list');
    // The list is virtual, sorted by activation time: page down through it until Minutes is rendered.
    await list.first().click();
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Minutes' });
    const text = await waitForValue(
      async () => {
        if ((await row.count()) > 0) return row.first().innerText();
        await page.keyboard.press('PageDown');
        return undefined;
      },
      (found) => found !== undefined,
      'Minutes among the running extensions',
    );
    await row.first().scrollIntoViewIfNeeded();
    await current().screenshot('web-running-extensions');
    assert.match(text ?? '', /web worker/i, `the running extension's row: ${text}`);
  });
});

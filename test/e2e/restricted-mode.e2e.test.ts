// Minutes in Restricted Mode (issue #18): Workspace Trust on and the folder not trusted. Minutes only reads text, so
// it declares untrusted workspaces supported: the Open Actions view fills and diagnostics appear as in a trusted one.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { openUntilShown, useWorkbench, waitVisible } from './workbench';

describe('Restricted Mode (e2e)', function () {
  // Where the export bound to a key below writes (outside the workspace, as a Save dialog could choose).
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-e2e-untrusted-export-'));
  const target = path.join(folder, 'summary.html');
  after(() => rmSync(folder, { recursive: true, force: true }));
  // A key bound in the person's keybindings.json to the export with its answers as arguments; `target` is a URI in
  // VS Code's marshalled form (`$mid: 1`), which the extension host revives into a vscode.Uri.
  const current = useWorkbench({
    restricted: true,
    keybindings: (authority) => [
      {
        key: 'ctrl+alt+shift+x',
        command: 'minutes.exportActionSummary',
        args: { scope: 'workspace', openOnly: true, format: 'html', target: { $mid: 1, scheme: 'vscode-remote', authority, path: target } },
      },
    ],
  });

  it('opens the folder in Restricted Mode, fills the Open Actions view and shows diagnostics', async function () {
    const page = current().page;
    // The workbench says so in the status bar.
    await waitVisible(page.locator('.statusbar-item', { hasText: 'Restricted Mode' }), 'the Restricted Mode indicator');
    const labels = await current().openActionsListing('Mary Jones', 'send the leap-day newsletter');
    assert.ok(labels.some((label) => label.includes('Mary Jones')));
    await current().screenshot('restricted-mode-open-actions');
    const problems = await current().typeOwnerlessAction('2007-06-06-exec.minutes.md', 'ACTION: book the caterers due 2030-06-01');
    assert.ok(problems.some((row) => row.includes('book the caterers')));
    await waitVisible(page.locator('.statusbar-item', { hasText: 'Restricted Mode' }), 'the Restricted Mode indicator, still');
    await current().screenshot('restricted-mode-problems');
  });

  // A command run with a target writes without a Save dialog: in Restricted Mode it asks first (issue #18).
  it('asks before an export given a target writes a file, and writes it only when told to', async function () {
    const page = current().page;
    await current().openFile('2007-06-06-exec.minutes.md');
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'This workspace is not trusted' });
    // The extension's command may register after the workbench draws: press until the question shows.
    await openUntilShown(() => page.keyboard.press('Control+Alt+Shift+X'), dialog, 'the export to ask before writing in an untrusted workspace');
    assert.match(await dialog.innerText(), /summary\.html/);
    await current().screenshot('restricted-mode-export-confirmation');
    await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(existsSync(target), false, 'answered Cancel: no file written');

    await page.keyboard.press('Control+Alt+Shift+X');
    await waitVisible(dialog, 'the question again');
    await dialog.locator('.monaco-button', { hasText: 'Write' }).click();
    await waitVisible(page.locator('.notifications-toasts .notification-toast', { hasText: 'saved to' }), 'the export to say where it saved');
    const html = readFileSync(target, 'utf8');
    assert.match(html, /<html/i);
    assert.match(html, /send the leap-day newsletter/);
    await current().screenshot('restricted-mode-export-written');
  });
});

// Minutes in Restricted Mode (issue #18): Workspace Trust on and the folder not trusted. Minutes only reads text, so
// it declares untrusted workspaces supported: the Open Actions view fills and diagnostics appear as in a trusted one.
import * as assert from 'node:assert/strict';
import { useWorkbench, waitVisible } from './workbench';

describe('Restricted Mode (e2e)', function () {
  const current = useWorkbench({ restricted: true });

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
});

// Reading a big workspace can be stopped: the first scan's "reading N minutes files…" message and Refresh's
// progress notification both have a Cancel button. Cancelled, the scan stops where it is: the view keeps what was
// read (here, fewer overdue actions than there are files), with no error; a Refresh left alone reads them all.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useWorkbench, waitForValue, waitVisible } from './workbench';

/** More than the extension's "large workspace" (2000 files), which offers to cancel its first scan. */
const FILES = 3000;

describe('cancelling a scan of a big workspace (e2e)', function () {
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-e2e-big-'));
  // Discussion enough that reading each file takes a while: the scans must still be going when Cancel is pressed
  // (with a few lines each, a Refresh of what the cancelled first scan left finished before the click landed).
  const discussion = Array.from({ length: 60 }, (_, i) => `## ${i + 2}. Topic ${i + 2}\n\nThe committee discussed item ${i + 2} at length, and Ann Lee said she would look at the figures again, while the treasurer agreed to circulate the accounts before the next meeting on 4 March 2001.\n`).join('\n');
  for (let i = 1; i <= FILES; i++) {
    const n = String(i).padStart(4, '0');
    // One overdue action each: the Minutes icon's badge counts the overdue actions the index has read.
    writeFileSync(path.join(folder, `${n}.minutes.md`), `# Meeting ${n} — 1 March 2001\n\n## Attended\n\n- Ann Lee (AL)\n\n## 1. Item\n\nACTION: AL — task ${n} due 2 March 2001\n\n${discussion}`);
  }
  const current = useWorkbench({ folder });
  after(() => rmSync(folder, { recursive: true, force: true }));

  /** The overdue actions the badge of the Minutes icon counts (its title carries the exact number). */
  const overdue = async (): Promise<number | undefined> => {
    const title = await current()
      .page.locator('.activitybar .action-item a[aria-label^="Minutes"]')
      .first()
      .getAttribute('aria-label');
    const match = /(\d+) overdue action/.exec(title ?? '');
    return match ? Number(match[1]) : undefined;
  };
  const notifications = () => current().page.locator('.notifications-toasts .notification-toast');
  const errors = () => current().page.locator('.notifications-toasts .notification-toast .codicon-error').count();

  it('stops the first scan when its Cancel is pressed, keeping what was read', async function () {
    const toast = notifications().filter({ hasText: `reading ${FILES} minutes files` });
    await waitVisible(toast, 'the first scan to offer Cancel');
    await toast.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await current().screenshot('first-scan-cancelled');
    // The scan ends once the reads in flight are done: the badge then counts what was read.
    const read = await waitForValue(overdue, (count) => count !== undefined, 'the Minutes badge to count overdue actions');
    assert.ok(read !== undefined && read < FILES, `the first scan read ${read} of ${FILES} files after Cancel`);
    assert.equal(await errors(), 0, 'no error shown');
  });

  it('stops Refresh when its progress notification\'s Cancel is pressed; left alone, Refresh reads every file', async function () {
    const before = await overdue();
    assert.ok(before !== undefined && before < FILES);
    await current().runCommand('Minutes: Refresh Open Actions');
    const progress = notifications().filter({ hasText: 'Minutes: reading minutes' });
    await waitVisible(progress, 'the Refresh progress notification');
    await current().screenshot('refresh-progress');
    await progress.locator('.monaco-button', { hasText: 'Cancel' }).click();
    // The notification goes at once; once the reads in flight are done, the status bar says where the scan stopped.
    const stopped = await waitVisible(current().page.locator('.statusbar', { hasText: 'Minutes: Refresh stopped after' }), 'the status bar to say where Refresh stopped', 60_000);
    const [, read, total] = /Refresh stopped after (\d+) of (\d+) files/.exec(await stopped.innerText()) ?? [];
    assert.equal(Number(total), FILES);
    assert.ok(Number(read) < FILES, `a cancelled Refresh read ${read} of ${total} files`);
    await current().screenshot('refresh-cancelled');
    const afterCancel = await overdue();
    assert.ok(afterCancel !== undefined && afterCancel < FILES, `after a cancelled Refresh the badge counts ${afterCancel} of ${FILES}`);
    assert.equal(await errors(), 0, 'no error shown');

    await current().runCommand('Minutes: Refresh Open Actions');
    await waitForValue(overdue, (count) => count === FILES, `a whole Refresh to count ${FILES} overdue actions`, 180_000);
    await current().screenshot('refresh-whole');
  });
});

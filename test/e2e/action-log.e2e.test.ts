// A standing committee's next meeting in the real workbench: start it from the palette, mark a carried action done
// in the new minutes, and see it leave the Open Actions view.
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { projectRoot } from '../../scripts/code-server';
import { useWorkbench, waitForValue, waitVisible } from './workbench';

describe('action log (e2e)', function () {
  // A copy of the example series: three meetings whose actions are carried, done and dropped.
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-e2e-series-'));
  cpSync(path.join(projectRoot, 'examples', 'daccom'), folder, { recursive: true });
  after(() => rmSync(folder, { recursive: true, force: true }));
  const current = useWorkbench({ folder });

  function openActionRows(): Promise<string[]> {
    return current().page.locator('.sidebar .pane-body .monaco-list-row').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? node.textContent ?? ''));
  }

  it('starts the next meeting from the palette, with every open action to review', async function () {
    const page = current().page;
    await current().openFile('2007-07-04-daccom-exec.minutes.md');
    await current().clickMinutesIcon();
    const before = await waitForValue(openActionRows, (rows) => rows.some((row) => row.includes('Communicate the LES claims process')), 'the carried action A3 in the Open Actions view');
    assert.equal(before.filter((row) => row.includes('Communicate the LES claims process')).length, 1, `carried twice, listed once: ${before.join(' | ')}`);

    // Its history on hover.
    await page.locator('.sidebar .pane-body .monaco-list-row', { hasText: 'Communicate the LES claims process' }).first().hover();
    await waitVisible(page.locator('.monaco-hover, .workbench-hover', { hasText: 'agreed 6 June 2007; carried 22 June; carried 4 July' }).first(), 'the history in the tooltip');
    await current().screenshot('action-log-history-tooltip');

    await current().runCommand('Minutes: Start the Next Meeting');
    await waitVisible(page.locator('.tabs-container .tab.active', { hasText: '2007-07-18-daccom-exec.minutes.md' }), 'the new minutes open');
    await current().waitForEditorText('| A3 | Mark Jones | Communicate the LES claims process to practice managers.');
    await current().screenshot('action-log-next-meeting');
  });

  it('marks a carried action done in the new minutes, and it leaves the Open Actions view', async function () {
    const page = current().page;
    // The cursor is on A3's status cell.
    await page.keyboard.type('done');
    // Markdown wraps long lines: read the row as one text, whichever visual lines it spans.
    await waitForValue(
      async () => (await current().editorLines()).join(''),
      (text) => /\| A3 \|[^\n]*\(2007-06-06-daccom-exec\.minutes\.md\) \| done \|/.test(text),
      'A3\'s status cell to say done',
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    const rows = await waitForValue(
      openActionRows,
      (values) => !values.some((row) => row.includes('Communicate the LES claims process')) && values.some((row) => row.includes('Circulate the draft specifications for diabetes')),
      'A3 to leave the Open Actions view, A5 to stay',
    );
    assert.ok(rows.some((row) => row.includes('Write up the survey results')), rows.join(' | '));
    await current().screenshot('action-log-carried-action-done');
  });
});

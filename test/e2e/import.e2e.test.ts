// A secretary brings old minutes in: right-clicks a Word document in the Explorer, picks "Import Minutes...", and
// sees the new minutes open beside it, a summary of what was found, and its actions in the Open Actions view.
import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { useWorkbench, waitForValue } from './workbench';

const fixtures = path.join(__dirname, '..', 'fixtures');
const folder = mkdtempSync(path.join(tmpdir(), 'minutes-e2e-import-'));
cpSync(path.join(fixtures, 'workspace'), folder, { recursive: true });
copyFileSync(path.join(fixtures, 'import', 'ashwell-parish-council.docx'), path.join(folder, 'ashwell-parish-council.docx'));

describe('import minutes (e2e)', function () {
  const current = useWorkbench({ folder });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('imports a .docx from the Explorer context menu and lists its actions in Open Actions', async function () {
    const page = current().page;
    const summary = await current().importFromExplorer('ashwell-parish-council.docx', 'ashwell-parish-council.minutes.md', 'import-context-menu');
    assert.match(summary, /5 actions, 3 from prose: check them/);
    await current().waitForEditorText('| Clerk | Write to the county council about the footpath by the church. | 31 March 2024 |');
    await current().screenshot('import-summary');

    await current().runCommand('Notifications: Clear All Notifications');
    await current().clickMinutesIcon();
    const rows = await waitForValue(
      () => page.locator('.sidebar .pane-body .monaco-list-row').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? node.textContent ?? '')),
      (values) => values.some((v) => v.includes('Oliver Grant')) && values.some((v) => v.includes('Get three quotes for the new bench')),
      'the imported actions in the Open Actions view',
    );
    assert.ok(rows.some((r) => r.includes('survey the stiles')), rows.join(' | '));
    await current().screenshot('import-open-actions');
  });
});

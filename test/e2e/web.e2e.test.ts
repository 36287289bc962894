// The web extension (package.json `browser`, dist/extension.web.js) in the real workbench's web worker extension host:
// the .vsix installed here has no `main`, so the workbench can run it nowhere else, as in vscode.dev and github.dev.
// The features a person reaches on the desktop, here in the browser: the view, diagnostics and their quick fixes, the
// dialect's colours and snippets, the person command, the export to an untitled document, a warm start from the parse
// cache written through workspace.fs into the extension's storage, and the import of a Word document (mammoth's
// browser build).
import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { webOnlyVsix } from '../../scripts/web-vsix';
import { fixtureWorkspace, waitForValue, waitVisible, useWorkbench } from './workbench';

/** Files under `folder` whose name matches `pattern`, at any depth. */
function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the web extension in the web worker extension host (e2e)', function () {
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-web-vsix-'));
  // The fixture workspace and a Word document to import.
  const workspace = path.join(folder, 'workspace');
  cpSync(fixtureWorkspace, workspace, { recursive: true });
  copyFileSync(path.join(fixtureWorkspace, '..', 'import', 'ashwell-parish-council.docx'), path.join(workspace, 'ashwell-parish-council.docx'));
  const vsix: string[] = [];
  before(async function () {
    vsix.push(await webOnlyVsix(path.join(folder, 'minutes-web.vsix')));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  // Filled by the hook above before the workbench starts (hooks run in the order they are declared).
  const current = useWorkbench({ vsix, folder: workspace });

  it('fills the Open Actions view from files read through workspace.fs', async function () {
    const labels = await current().openActionsListing('Mary Jones', 'send the leap-day newsletter');
    assert.ok(labels.some((label) => /overdue/.test(label)), `an overdue action is marked: ${labels.join(' | ')}`);
    await current().screenshot('web-open-actions');
  });

  it('flags an action with no owner as it is typed, and its quick fix from the light bulb clears it', async function () {
    await current().fixOwnerlessAction('web-');
    await current().openFile('2007-06-06-exec.minutes.md');
    await current().runCommand('File: Revert File');
    await current().runCommand('View: Close All Editors');
  });

  it('colours the dialect from the parser and offers its snippets, as on the desktop', async function () {
    await current().openFile('2007-06-06-exec.minutes.md');
    await current().waitForEditorText('ACTION: MJ');
    // Semantic tokens from the web worker's parser: the marker, owner and due date apart from prose.
    await current().dialectColours();
    await current().screenshot('web-highlighting');
    await current().insertActionTableSnippet('web-snippet-suggestion');
    await current().runCommand('View: Close All Editors');
  });

  it('lists every action of one person and opens the one picked', async function () {
    const page = current().page;
    await current().runCommand('Minutes: Show Every Action for a Person...', true);
    const person = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Mary Jones' });
    await waitVisible(person, 'Mary Jones among the people');
    await person.first().click();
    const action = page.locator('.quick-input-list .monaco-list-row', { hasText: 'send the leap-day newsletter' });
    await waitVisible(action, "Mary Jones's overdue action");
    assert.match(await action.first().innerText(), /overdue/);
    await current().screenshot('web-person-actions');
    await action.first().click();
    await waitVisible(page.locator('.tabs-container .tab.active', { hasText: '2008-02-20-board.minutes.md' }), 'the action\'s file opened');
    await current().waitForEditorText('- [ ] @MJ send the leap-day newsletter due: 2008-02-29');
  });

  it('exports the action summary to an untitled Markdown document', async function () {
    await current().exportSummary(['Whole workspace', 'Open actions only', 'Markdown']);
    await waitVisible(current().page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }), 'an untitled editor');
    await current().waitForEditorText('# Summary of actions');
    await current().waitForEditorText('## Mary Jones');
    assert.ok(!(await current().editorLines()).some((line) => line.includes('book the caterers')), 'the reverted edit is not exported');
    await current().screenshot('web-exported-summary');
    await current().runCommand('View: Revert and Close Editor');
  });

  it('writes the parse cache through workspace.fs into its storage and starts from it after a reload', async function () {
    // Parsed documents are written some seconds after the index changes.
    const written = await waitForValue(() => current().outputChannelLines('Minutes'), (lines) => lines.some((line) => line.includes('parse cache written to')), 'the parse cache to be written');
    assert.ok(written.some((line) => /first scan: \d+ minutes files, 0 from the parse cache/.test(line)), `a cold start: ${written.join(' | ')}`);
    const stored = filesUnder(current().server.userDataDir, /^minutes-parse-.*\.bin$/);
    assert.equal(stored.length, 1, `one cache file in the workbench's storage: ${stored.join(', ')}`);
    assert.ok(stored[0].includes('minutes-dev.minutes'), `in the extension's own storage: ${stored[0]}`);
    await current().screenshot('web-cache-written');

    await current().reloadWindow();
    const warm = await waitForValue(() => current().outputChannelLines('Minutes'), (lines) => lines.some((line) => line.includes('first scan:')), 'the first scan after the reload');
    const scan = warm.find((line) => line.includes('first scan:')) ?? '';
    assert.match(scan, /first scan: (\d+) minutes files, [1-9]\d* from the parse cache/, 'documents came from the cache');
    // The view, still shown after the reload, lists what came from the cache.
    await waitForValue(() => current().openActionRows(), (rows) => rows.some((row) => row.includes('send the leap-day newsletter')), 'the Open Actions view after the reload');
    await current().screenshot('web-cache-read');
  });

  it('imports a Word document from the Explorer with mammoth\'s browser build', async function () {
    await current().runCommand('View: Show Explorer');
    const summary = await current().importFromExplorer('ashwell-parish-council.docx', 'ashwell-parish-council.minutes.md', 'web-import-context-menu');
    assert.match(summary, /5 actions, 3 from prose: check them/);
    // What only the Word document's structure gives: its title, a roster with affiliations, a table.
    await current().waitForEditorText('# Ashwell Parish Council');
    await current().waitForEditorText('- Tom Baker — Hertfordshire County Council');
    await current().waitForEditorText('| Owner | Action | Due |');
    await current().screenshot('web-import-docx');
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

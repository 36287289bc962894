// A minutes file stays a Markdown file: a person opens minutes (a *.minutes.md file and meeting notes opted in with
// minutes.files), previews them with VS Code's own Markdown preview, sees the dialect rendered there, finds the
// headings in the Outline, and sees a plain Markdown file left alone.
import * as assert from 'node:assert/strict';
import { useWorkbench, waitForValue, waitVisible } from './workbench';

describe('minutes stay Markdown (e2e)', function () {
  const current = useWorkbench({ settings: { 'minutes.files': ['**/*.minutes.md', 'notes/**/*.md'] } });

  async function closeEditors(): Promise<void> {
    await current().runCommand('View: Close All Editors');
  }

  async function previewShows(owner: string, due: string): Promise<void> {
    const preview = current().previewFrame();
    const badge = preview.locator('.minutes-badge', { has: preview.locator('.minutes-owners', { hasText: owner }) }).first();
    await waitVisible(badge, `the preview to show an action of ${owner}`);
    const text = await badge.innerText();
    assert.match(text, new RegExp(due), `the badge says when it is due: ${text}`);
  }

  for (const [file, owner, due, shot] of [
    ['2007-06-06-exec.minutes.md', 'Mary Jones', 'due 15 June 2007', 'preview-minutes-file'],
    ['2024-03-05-team.md', 'Ada Lovelace', 'due 12 March 2024', 'preview-opted-in-notes'],
  ] as const) {
    it(`previews ${file} with "Markdown: Open Preview to the Side", owners and due dates rendered`, async function () {
      await closeEditors();
      await current().openFile(file);
      assert.equal(await current().statusBarLanguage(), 'Markdown');
      await current().runCommand('Markdown: Open Preview to the Side');
      await previewShows(owner, due);
      await current().screenshot(shot);
    });
  }

  it('offers the dialect snippets as you type in a minutes file', async function () {
    await closeEditors();
    await current().openFile('2008-02-20-board.minutes.md');
    await current().insertActionTableSnippet('snippet-suggestion');
  });

  // The Outline groups symbols by provider: Minutes' group (every heading, with its actions under it) and Markdown's.
  for (const [file, heading] of [
    // Headings near the top: the Outline's list draws only the rows that fit its pane.
    ['2007-06-06-exec.minutes.md', 'Apologies'],
    ['2024-03-05-team.md', 'Discussion'],
  ] as const) {
    it(`lists the headings of ${file} in the Outline`, async function () {
      await closeEditors();
      await current().openFile(file);
      await current().runCommand('Explorer: Focus on Outline View');
      const outline = current().page.locator('.outline-pane .monaco-list-row');
      await waitForValue(() => outline.allInnerTexts(), (rows) => rows.some((row) => row.includes(heading)), `the Outline to list "${heading}"`);
      await current().screenshot(`outline-${file}`);
    });
  }

  it('says in the language status that the file is read as minutes, with its open actions', async function () {
    await closeEditors();
    await current().openFile('2007-06-06-exec.minutes.md');
    await (await waitVisible(current().page.locator('[id="status.languageStatus"]'), 'the language status item')).click();
    const items = current().page.locator('.hover-language-status');
    await waitVisible(items, 'the language status hover');
    await waitForValue(async () => (await items.allInnerTexts()).join('\n'), (text) => /Read as minutes/.test(text) && /\d+ open/.test(text), 'the hover to say "Read as minutes" and the open actions');
    await current().screenshot('language-status');
    await current().page.keyboard.press('Escape');
  });

  it('leaves a plain Markdown file alone: no minutes problems, its prose not coloured as dialect', async function () {
    await closeEditors();
    await current().openFile('plain-notes.md');
    await current().waitForEditorText('shipped on 15 June 2007');
    // The opted-in notes have a problem (an action with no owner): once it is listed, the plain file's would be.
    await current().openFile('2024-03-05-team.md');
    await waitForValue(() => current().problems(), (rows) => rows.some((row) => row.includes('has no owner')), 'the opted-in notes\' problem in the Problems panel');
    const rows = await current().problems();
    assert.ok(!rows.some((row) => row.includes('plain-notes.md')), rows.join('\n'));
    await current().openFile('plain-notes.md');
    // No named helpers inside the page function: the test's compiler would wrap them in a helper the page lacks.
    const colours = await current().activeEditor().locator('.view-lines .view-line span span').evaluateAll((spans) => {
      const found: Record<string, string | undefined> = {};
      for (const [key, wanted] of [['prose', 'Version 2 shipped'], ['date', '15 June 2007'], ['handle', 'someone']]) {
        const span = spans.find((node) => (node.textContent ?? '').replace(/\u00a0/g, ' ').includes(wanted));
        found[key] = span ? getComputedStyle(span).color : undefined;
      }
      return found;
    });
    assert.ok(colours.prose, JSON.stringify(colours));
    assert.equal(colours.date, colours.prose, 'a date in plain prose is not coloured');
    assert.equal(colours.handle, colours.prose, 'an @handle in plain prose is not coloured');
    await current().screenshot('plain-markdown');
  });
});

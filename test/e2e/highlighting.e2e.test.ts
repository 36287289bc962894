// Markers, owners and dates stand out in the editor, in a light and a dark theme.
import * as assert from 'node:assert/strict';
import { waitForValue, waitVisible, Workbench } from './workbench';

describe('highlighting in light and dark themes (e2e)', function () {
  let workbench: Workbench;

  before(async function () {
    workbench = await Workbench.start();
  });

  after(async function () {
    await workbench?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.fullTitle()}`).catch(() => undefined);
  });

  /** The colour Monaco gives the first token with exactly this text, on the first line that shows it. */
  async function tokenColour(text: string): Promise<string | undefined> {
    return workbench.activeEditor().locator('.view-lines .view-line span span').evaluateAll((spans, wanted) => {
      const span = spans.find((node) => (node.textContent ?? '').replace(/\u00a0/g, ' ').trim() === wanted);
      return span ? getComputedStyle(span).color : undefined;
    }, text);
  }

  async function selectTheme(name: string): Promise<void> {
    await workbench.runCommand('Preferences: Color Theme');
    const input = await waitVisible(workbench.page.locator('.quick-input-widget .quick-input-box input'), 'the theme picker');
    await input.fill(name);
    await waitVisible(workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: name }), `the "${name}" theme`);
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  for (const theme of ['Light Modern', 'Dark Modern']) {
    it(`colours actions, owners and dates in ${theme}`, async function () {
      await selectTheme(theme);
      await workbench.openFile('2007-06-06-exec.minutes.md');
      await workbench.waitForEditorText('ACTION: MJ');
      const plain = await waitForValue(() => tokenColour('The draft budget was reviewed and approved with minor changes.'), (c) => !!c, 'a plain prose line');
      const colours = {
        marker: await waitForValue(() => tokenColour('ACTION'), (c) => !!c, 'the ACTION marker'),
        owner: await waitForValue(() => tokenColour('MJ'), (c) => !!c, 'the owner MJ'),
        date: await waitForValue(() => tokenColour('15 June 2007'), (c) => !!c, 'the due date'),
      };
      for (const [token, colour] of Object.entries(colours)) assert.notEqual(colour, plain, `${token} is coloured apart from prose (${colour} vs ${plain})`);
      assert.notEqual(colours.marker, colours.date, 'markers and dates differ');
      await workbench.screenshot(`highlighting-${theme.toLowerCase().replace(/\s+/g, '-')}`);
    });
  }
});

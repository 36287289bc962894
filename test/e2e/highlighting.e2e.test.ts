// Markers, owners and dates stand out in the editor, in a light and a dark theme.
import * as assert from 'node:assert/strict';
import { waitForValue, useWorkbench } from './workbench';

describe('highlighting in light and dark themes (e2e)', function () {
  const current = useWorkbench();

  /** The colour Monaco gives the token with this text (or the first token that contains it). */
  async function tokenColour(text: string): Promise<string | undefined> {
    // No named helpers inside the page function: the test's compiler would wrap them in a helper the page lacks.
    return current().activeEditor().locator('.view-lines .view-line span span').evaluateAll((spans, wanted) => {
      const texts = spans.map((node) => (node.textContent ?? '').replace(/\u00a0/g, ' ').trim());
      let index = texts.indexOf(wanted);
      if (index < 0) index = texts.findIndex((t) => t.includes(wanted));
      return index < 0 ? undefined : getComputedStyle(spans[index]).color;
    }, text);
  }

  /** Switches between the default light and dark themes with VS Code's own toggle, and waits for the repaint. */
  async function selectTheme(kind: 'light' | 'dark'): Promise<void> {
    const classes = () => current().page.locator('.monaco-workbench').first().getAttribute('class');
    const isDark = (value: string | null) => /\bvs-dark\b/.test(value ?? '');
    if (isDark(await classes()) !== (kind === 'dark')) await current().runCommand('Preferences: Toggle between Light/Dark Themes');
    await waitForValue(classes, (value) => isDark(value) === (kind === 'dark'), `the ${kind} theme`);
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`colours actions, owners and dates in the default ${theme} theme`, async function () {
      await selectTheme(theme);
      await current().openFile('2007-06-06-exec.minutes.md');
      await current().waitForEditorText('ACTION: MJ');
      // Tokenizing runs after the text is shown: wait until the dialect's tokens are coloured apart from prose.
      const colours = await waitForValue(
        async () => ({
          plain: await tokenColour('draft budget was reviewed'),
          marker: await tokenColour('ACTION'),
          owner: await tokenColour('MJ'),
          date: await tokenColour('15 June 2007'),
        }),
        (c) => !!c.plain && !!c.marker && !!c.owner && !!c.date && c.marker !== c.plain && c.owner !== c.plain && c.date !== c.plain,
        'the ACTION marker, the owner MJ and the due date to be coloured apart from prose',
      );
      assert.notEqual(colours.marker, colours.date, 'markers and dates differ');
      await current().screenshot(`highlighting-${theme}`);
    });
  }
});

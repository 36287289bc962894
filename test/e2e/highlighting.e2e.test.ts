// Markers, owners and dates stand out in the editor, in a light and a dark theme.
import * as assert from 'node:assert/strict';
import { waitForValue, useWorkbench } from './workbench';

describe('highlighting in light and dark themes (e2e)', function () {
  const current = useWorkbench();

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
      const colours = await current().dialectColours();
      assert.notEqual(colours.marker, colours.date, 'markers and dates differ');
      await current().screenshot(`highlighting-${theme}`);
    });
  }
});

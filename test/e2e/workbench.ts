// Drives the real VS Code workbench (code-server + headless Chromium) the way a person
// would: keyboard, Quick Open, the command palette, panels, screenshots. Scenarios in
// test/e2e/*.e2e.test.ts start one Workbench per file and reuse these helpers.
//
// Waiting: never sleep; every wait is on a condition in the page, with a timeout that
// fails with a message naming what was expected.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { projectRoot, startCodeServer, stopAllCodeServers, type CodeServer } from '../../scripts/code-server';

export const fixtureWorkspace = path.join(projectRoot, 'test', 'fixtures', 'workspace');
export const resultsDir = path.join(projectRoot, 'test-results', 'e2e');

/** The .vsix `npm run package` writes (vsce names it <name>-<version>.vsix). */
export function packagedVsix(): string {
  const { name, version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(projectRoot, `${name}-${version}.vsix`);
}

/** Default wait for UI conditions; the first workbench load on a busy machine is the slowest. */
const UI_TIMEOUT_MS = 30_000;

/** Waits for `locator` to be visible, failing with `what` instead of Playwright's generic timeout. */
export async function waitVisible(locator: Locator, what: string, timeout = UI_TIMEOUT_MS): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`timed out after ${timeout} ms waiting for ${what}\n${(error as Error).message.split('\n')[0]}`);
  }
  return locator.first();
}

/** Polls `read` until `accept` holds; fails with `what` and the last value read. */
export async function waitForValue<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = UI_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => undefined);
    if (last !== undefined && accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Opens something (a context menu, the light bulb) until `target` shows in it, closing it with Escape between tries:
 * what the extension contributes may register after the workbench first draws.
 */
export async function openUntilShown(open: () => Promise<void>, target: Locator, what: string): Promise<void> {
  await waitForValue(
    async () => {
      await open();
      const shown = await target.first().waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
      if (!shown) await target.page().keyboard.press('Escape');
      return shown;
    },
    (shown) => shown,
    what,
  );
}

export interface WorkbenchOptions {
  /** Folder to open (default: the fixture workspace). */
  folder?: string;
  /** .vsix files to install (default: the packaged extension). */
  vsix?: string[];
  /** Workspace settings written to the copy's .vscode/settings.json (only with the default, copied folder). */
  settings?: Record<string, unknown>;
  /** Open the folder in Restricted Mode (Workspace Trust on, the folder not trusted). */
  restricted?: boolean;
  /** The user's keybindings.json, written before the workbench loads; `authority` is the server's (for URIs). */
  keybindings?: (authority: string) => unknown[];
}

export class Workbench {
  private constructor(
    readonly server: CodeServer,
    private readonly browser: Browser,
    readonly page: Page,
    private readonly temporaryFolder?: string,
  ) {}

  /** Starts code-server with the extension installed and waits for the workbench to show the folder. */
  static async start(options: WorkbenchOptions = {}): Promise<Workbench> {
    // Scenarios type into files: they get a copy of the fixtures, never the repository's own.
    const copy = options.folder ? undefined : mkdtempSync(path.join(tmpdir(), 'minutes-e2e-workspace-'));
    if (copy) cpSync(fixtureWorkspace, copy, { recursive: true });
    if (copy && options.settings) {
      mkdirSync(path.join(copy, '.vscode'), { recursive: true });
      writeFileSync(path.join(copy, '.vscode', 'settings.json'), JSON.stringify(options.settings, null, 2));
    }
    const folder = options.folder ?? copy ?? fixtureWorkspace;
    const server = await startCodeServer({ vsix: options.vsix ?? [packagedVsix()], restricted: options.restricted });
    if (options.keybindings) writeFileSync(path.join(server.userDataDir, 'User', 'keybindings.json'), JSON.stringify(options.keybindings(server.authority), null, 2));

    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
      const workbench = new Workbench(server, browser, page, copy);
      await waitVisible(page.locator('.monaco-workbench'), 'the workbench to load');
      await waitVisible(page.locator('.explorer-folders-view .monaco-list-row'), `the explorer to list ${folder}`);
      return workbench;
    } catch (error) {
      await browser?.close().catch(() => undefined);
      await server.stop();
      if (copy) rmSync(copy, { recursive: true, force: true });
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    if (this.temporaryFolder) rmSync(this.temporaryFolder, { recursive: true, force: true });
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab. */
  async openFile(fileName: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = await waitVisible(this.page.locator('.quick-input-widget .quick-input-box input'), 'the Quick Open input');
    await input.fill(fileName);
    // The focused row, which Enter opens: the list may still show the previous query's results for a moment.
    await waitVisible(this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }), `"${fileName}" first in the Quick Open results`);
    await this.page.keyboard.press('Enter');
    await waitVisible(this.page.locator('.tabs-container .tab.active', { hasText: fileName }), `an active editor tab for "${fileName}"`);
    await waitVisible(this.activeEditor().locator('.view-lines .view-line'), `the text of "${fileName}"`);
  }

  /** The active editor's Monaco instance. */
  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** Visible lines of the active editor (Monaco renders only what is on screen). */
  async editorLines(): Promise<string[]> {
    const lines = await this.activeEditor()
      .locator('.view-lines .view-line')
      .evaluateAll((nodes) =>
        nodes
          .map((node) => ({ top: parseFloat((node as HTMLElement).style.top) || 0, text: node.textContent ?? '' }))
          .sort((a, b) => a.top - b.top)
          .map((line) => line.text),
      );
    // Monaco renders spaces as non-breaking spaces.
    return lines.map((line) => line.replace(/\u00a0/g, ' '));
  }

  /** Waits until the active editor shows a line containing `text`. */
  async waitForEditorText(text: string): Promise<void> {
    await waitForValue(() => this.editorLines(), (lines) => lines.some((line) => line.includes(text)), `the editor to show "${text}"`);
  }

  /** The colour Monaco gives the token with this text (or the first token that contains it) in the active editor. */
  async tokenColour(text: string): Promise<string | undefined> {
    // No named helpers inside the page function: the test's compiler would wrap them in a helper the page lacks.
    return this.activeEditor()
      .locator('.view-lines .view-line span span')
      .evaluateAll((spans, wanted) => {
        const texts = spans.map((node) => (node.textContent ?? '').replace(/\u00a0/g, ' ').trim());
        let index = texts.indexOf(wanted);
        if (index < 0) index = texts.findIndex((t) => t.includes(wanted));
        return index < 0 ? undefined : getComputedStyle(spans[index]).color;
      }, text);
  }

  /**
   * In the fixture's 2007-06-06-exec.minutes.md (open and shown), waits until the dialect's tokens are coloured apart
   * from prose (tokenizing and semantic tokens arrive after the text) and returns the colours: prose, the ACTION
   * marker, the owner MJ and the due date.
   */
  async dialectColours(): Promise<{ plain?: string; marker?: string; owner?: string; date?: string }> {
    return waitForValue(
      async () => ({
        plain: await this.tokenColour('draft budget was reviewed'),
        marker: await this.tokenColour('ACTION'),
        owner: await this.tokenColour('MJ'),
        date: await this.tokenColour('15 June 2007'),
      }),
      (c) => !!c.plain && !!c.marker && !!c.owner && !!c.date && c.marker !== c.plain && c.owner !== c.plain && c.date !== c.plain,
      'the ACTION marker, the owner MJ and the due date to be coloured apart from prose',
    );
  }

  /**
   * At the end of the active editor, types the start of the action-table snippet, asks for suggestions (Ctrl+Space),
   * waits for the snippet among them (screenshot `screenshot`), accepts it and waits for its table header; then reverts
   * the file.
   */
  async insertActionTableSnippet(screenshot: string): Promise<void> {
    const page = this.page;
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('action-tab');
    await page.keyboard.press('Control+Space');
    await waitVisible(page.locator('.suggest-widget .monaco-list-row', { hasText: 'action-table' }), 'the action-table snippet in the suggestions');
    await this.screenshot(screenshot);
    await page.keyboard.press('Enter');
    await this.waitForEditorText('| Owner | Action | Due |');
    await this.runCommand('File: Revert File');
  }

  /** Text of the status bar's language indicator (e.g. "Minutes"). */
  async statusBarLanguage(): Promise<string> {
    const item = await waitVisible(this.page.locator('[id="status.editor.mode"]'), 'the status bar language indicator');
    return (await item.innerText()).trim();
  }

  /**
   * Runs a command from the command palette by its label, e.g. "View: Toggle Word Wrap", and waits for the palette to
   * close; a command that asks (`asks`) leaves its own quick pick open instead.
   */
  async runCommand(label: string, asks = false): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    const input = await waitVisible(this.page.locator('.quick-input-widget .quick-input-box input'), 'the command palette');
    await input.fill(`>${label}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: label }) });
    await waitVisible(row, `command "${label}" in the command palette`);
    // Pick the exact entry, not just the first fuzzy match.
    const labels = await this.page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
    const index = labels.findIndex((text) => text.trim() === label);
    if (index < 0) throw new Error(`command palette has no entry exactly named "${label}"; found: ${labels.join(' | ')}`);
    await this.page.locator('.quick-input-list .monaco-list-row').nth(index).click();
    // The palette's input holds ">label"; the command's own question starts empty.
    if (asks) await waitForValue(() => input.inputValue(), (value) => !value.startsWith('>'), `the question of "${label}"`);
    else await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }

  /** The active Markdown preview's document (a webview inside two frames). */
  previewFrame(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  }

  /** Opens the Problems panel and returns its rows' accessible labels (files and markers). */
  async problems(): Promise<string[]> {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const panel = await waitVisible(this.page.locator('.markers-panel'), 'the Problems panel');
    return panel.locator('.monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? row.textContent ?? ''));
  }

  /** The rows of the Open Actions view in the side bar (their accessible labels). */
  openActionRows(): Promise<string[]> {
    return this.page.locator('.sidebar .pane-body .monaco-list-row').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? node.textContent ?? ''));
  }

  /** Clicks the Minutes icon in the activity bar (which shows its side bar, or hides it when it is showing). */
  async clickMinutesIcon(): Promise<void> {
    // The item, not its link: once the first scan has counted overdue actions, the item's badge lies over the link
    // and takes the click (a click on the badge is one on the item, as a person's is).
    const item = this.page.locator('.activitybar .action-item:has(a[aria-label^="Minutes"])');
    await waitVisible(item, 'the Minutes activity bar icon');
    await item.first().click();
  }

  /** Opens the Minutes side bar and waits until its Open Actions view lists `person` and `action`; returns the rows. */
  async openActionsListing(person: string, action: string): Promise<string[]> {
    await this.clickMinutesIcon();
    return waitForValue(() => this.openActionRows(), (values) => values.some((v) => v.includes(person)) && values.some((v) => v.includes(action)), `the Open Actions tree to list ${person} and "${action}"`);
  }

  /** Types `line` (an action with no owner) at the end of `file` and waits for its warning; returns the Problems rows. */
  async typeOwnerlessAction(file: string, line: string): Promise<string[]> {
    await this.openFile(file);
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(line);
    // The problem shows while the line is still being typed: wait for the one about the whole line.
    const text = line.replace(/^ACTION:\s*/, '').replace(/\s+due\b.*$/, '');
    return waitForValue(() => this.problems(), (rows) => rows.some((row) => row.includes('has no owner') && row.includes(text)), `the Problems panel to show "${text}" with no owner`);
  }

  /**
   * The owner quick fix from end to end, as the desktop and the browser both offer it: types an action with no owner at
   * the end of the exec minutes, waits for its warning, puts the cursor on the action, applies "Add owner: Mary Jones"
   * from the light bulb and waits for the warning to clear. Screenshots are named `<prefix>diagnostic`,
   * `<prefix>quick-fix-menu` and `<prefix>quick-fix-applied`. The file is left edited (the caller reverts it).
   */
  async fixOwnerlessAction(prefix: string): Promise<void> {
    const file = '2007-06-06-exec.minutes.md';
    const problems = await this.typeOwnerlessAction(file, 'ACTION: book the caterers due 2030-06-01');
    assert.ok(problems.some((row) => row.includes('book the caterers')));
    await this.screenshot(`${prefix}diagnostic`);
    // Back in the editor, on the action: the light bulb offers fixes for what is under the cursor.
    await this.openFile(file);
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) await this.page.keyboard.press('ArrowRight'); // into "book the caterers"
    await this.applyQuickFix('Add owner: Mary Jones', `${prefix}quick-fix-menu`);
    await this.waitForEditorText('ACTION: Mary Jones — book the caterers due 2030-06-01');
    await waitForValue(() => this.problems(), (rows) => !rows.some((row) => row.includes('has no owner')), 'the warning to clear');
    await this.screenshot(`${prefix}quick-fix-applied`);
  }

  /**
   * With the cursor on a problem, opens the light bulb (Ctrl+.) until it offers `label` and applies it: the fixes
   * arrive once the diagnostic has been computed for the text, so it asks again until they do.
   */
  async applyQuickFix(label: string, screenshot?: string): Promise<void> {
    const fix = this.page.locator('.action-widget .monaco-list-row', { hasText: label });
    await openUntilShown(() => this.page.keyboard.press('Control+.'), fix, `the "${label}" quick fix`);
    if (screenshot) await this.screenshot(screenshot);
    await fix.first().click();
  }

  /** Runs "Minutes: Export Action Summary..." and answers its questions with `choices` (e.g. "Markdown"). */
  async exportSummary(choices: string[]): Promise<void> {
    await this.runCommand('Minutes: Export Action Summary...', true);
    for (const choice of choices) {
      const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: choice });
      await waitVisible(row, `the "${choice}" choice`);
      await row.first().click();
    }
  }

  /** Shows an output channel in the Output panel (picked in its channel list) and returns its visible lines. */
  async outputChannelLines(channel: string): Promise<string[]> {
    await this.runCommand('Output: Focus on Output View');
    const select = await waitVisible(this.page.locator('.part.panel select.monaco-select-box'), 'the Output panel\'s channel list');
    const selected = await select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.text);
    if (selected !== channel) await select.selectOption({ label: channel }, { timeout: 5000 });
    const lines = this.page.locator('.part.panel .monaco-editor .view-lines .view-line');
    await waitVisible(lines, `the lines of the "${channel}" output channel`);
    return (await lines.allInnerTexts()).map((line) => line.replace(/\u00a0/g, ' '));
  }

  /** "Developer: Reload Window", then waits for the new page's workbench. */
  async reloadWindow(): Promise<void> {
    // A mark on this page's window: the reloaded one has none.
    await this.page.evaluate(() => Object.assign(globalThis, { minutesBeforeReload: true }));
    await this.runCommand('Developer: Reload Window');
    await waitForValue(() => this.page.evaluate(() => 'minutesBeforeReload' in globalThis), (marked) => !marked, 'the window to reload');
    await waitVisible(this.page.locator('.monaco-workbench .part.statusbar'), 'the workbench to load again');
  }

  /**
   * Right-clicks `file` in the Explorer, picks "Import Minutes...", and waits for the new minutes (`imported`) to open
   * and for the import's summary; returns the summary's text. `screenshot` names a picture of the context menu.
   */
  async importFromExplorer(file: string, imported: string, screenshot?: string): Promise<string> {
    const row = await waitVisible(this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }), `${file} in the Explorer`);
    // The Explorer lists files before the extension's menus are registered: open the menu again until they are.
    const item = this.page.locator('.monaco-menu .action-item', { hasText: 'Import Minutes...' });
    await openUntilShown(() => row.click({ button: 'right' }), item, 'Import Minutes... in the context menu');
    if (screenshot) await this.screenshot(screenshot);
    await item.first().click();
    await waitVisible(this.page.locator('.tabs-container .tab', { hasText: imported }), 'the imported minutes open in an editor');
    const toast = await waitVisible(this.page.locator('.notifications-toasts .notification-toast', { hasText: `imported ${file}` }), 'the import summary');
    return toast.innerText();
  }

  /** Saves a PNG of the whole window under test-results/e2e/ and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

// Nothing a test started may outlive it, also on Ctrl-C or a kill.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    void stopAllCodeServers().finally(() => process.exit(130));
  });
}

/**
 * One workbench for a suite: started before its tests, stopped after them, with a screenshot of any test that
 * fails. Call inside `describe`; the returned function gives the running workbench.
 */
export function useWorkbench(options: WorkbenchOptions = {}): () => Workbench {
  let workbench: Workbench | undefined;
  before(async function () {
    workbench = await Workbench.start(options);
  });
  after(async function () {
    await workbench?.stop();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.fullTitle()}`).catch(() => undefined);
  });
  return () => {
    if (!workbench) throw new Error('the workbench did not start');
    return workbench;
  };
}

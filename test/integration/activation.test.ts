// The extension loads in the real extension host and owns *.minutes.md files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from './helpers';
import type { MinutesApi } from '../../src/extension/activateShared';
import { TEST_OUTPUT_MARK } from './index';

describe('activation', () => {
  it('keeps registering the earlier minutes language (documents associated with it keep working)', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('minutes'), `"minutes" missing from ${languages.length} languages`);
  });

  it('opens *.minutes.md files as Markdown', async () => {
    const document = await openFixture('2007-06-06-exec.minutes.md');
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /## Summary of actions agreed/);
  });

  it('activates when a minutes file is opened', async () => {
    await openFixture('2008-02-20-board.minutes.md');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the extension host`);
    // activate() rejects when the extension's activate() throws: that must fail the suite.
    await extension.activate();
    await waitFor(() => extension.isActive, `${EXTENSION_ID} did not become active`);
  });
});

describe('startup', () => {
  it('times loading its code, the activate call and the wait for the first scan (npm run bench prints them)', async () => {
    const extension = vscode.extensions.getExtension<MinutesApi>(EXTENSION_ID);
    assert.ok(extension);
    const api = await extension.activate();
    await waitFor(() => api.startupTimes().untilFirstScanMs !== undefined, 'the first scan never started');
    const times = api.startupTimes();
    // The bundle's first line set the clock, so every part is known (the code comes from dist/, built with the banner).
    for (const [name, value] of Object.entries(times)) assert.ok(typeof value === 'number' && value >= 0 && value < 60_000, `${name}: ${value}`);
    // The first scan starts while activate() registers the rest (its progress callback runs at once), never before it.
    assert.ok(times.untilFirstScanMs! >= times.codeLoadingMs!, JSON.stringify(times));
    // The bundle's own part (its first line to its last, a build footer) is within the loading the host counts.
    assert.ok(times.evaluationMs! <= times.codeLoadingMs!, JSON.stringify(times));
    // For npm run bench, which reads this line from the run's output (marked, as the harness shows only marked lines).
    console.log(`${TEST_OUTPUT_MARK}minutes-startup ${JSON.stringify(times)}`);
  });
});

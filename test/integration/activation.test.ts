// The extension loads in the real extension host and owns *.minutes.md files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from './helpers';

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

// Shared helpers for the integration suites (bundled into each *.test.js).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'minutes-dev.minutes';

/** The fixture workspace folder (test/fixtures/workspace), opened by the test runner. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open: the runner should open test/fixtures/workspace');
  return folder.uri;
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Opens a fixture in an editor and returns its document. */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Waits until `predicate` holds, failing with `message` after `timeoutMs`. */
export async function waitFor<T>(predicate: () => T | undefined | false | Promise<T | undefined | false>, message: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The extension's API once it is active and its first scan of the workspace has finished. */
export async function scannedApi<T extends { index: { isScanned: boolean } }>(): Promise<T> {
  const extension = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the extension host`);
  const exports = await extension.activate();
  await waitFor(() => exports.index.isScanned, 'the first scan finished');
  return exports;
}

// The web entry point (package.json `browser`), for vscode.dev, github.dev and any web workbench, where extensions run
// in a web worker: no Node built-ins and no worker threads. Files are read through workspace.fs and parsed by the
// workspace index in slices on this thread (it yields every few milliseconds); the parse cache is a file in the
// workspace's storage folder, read and written through workspace.fs, so a warm start parses only what changed. Word
// documents are imported with mammoth's browser build.
import type * as vscode from 'vscode';
import { registerAll, type MinutesApi } from './activateShared';
import { readDocxOnTheWeb } from './docxWeb';
import { openWorkspaceFsParseCache } from './workspaceFsParseCache';

export type { MinutesApi } from './activateShared';

export function activate(context: vscode.ExtensionContext): MinutesApi {
  return registerAll(context, { openCache: openWorkspaceFsParseCache, readDocx: readDocxOnTheWeb }, 'web');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

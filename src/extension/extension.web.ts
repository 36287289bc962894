// The web entry point (package.json `browser`), for vscode.dev, github.dev and any web workbench, where extensions run
// in a web worker: no Node built-ins and no worker threads. Files are read through workspace.fs and parsed by the
// workspace index in slices on this thread (it yields every few milliseconds); there is no parse cache, so every
// start reads every minutes file.
import type * as vscode from 'vscode';
import { registerAll, type MinutesApi } from './activateShared';

export type { MinutesApi } from './activateShared';

export function activate(context: vscode.ExtensionContext): MinutesApi {
  return registerAll(context, {}, 'web');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

// The desktop entry point (package.json `main`): files on disk are parsed on worker threads, stat'ed synchronously,
// and the parse cache is a file in the workspace's storage folder.
import { statSync } from 'node:fs';
import type * as vscode from 'vscode';
import { docxBlocks } from '../node/docx';
import { FileParseCache } from '../node/parseCacheFile';
import { ParsePool } from '../node/parsePool';
import { registerAll, type MinutesApi } from './activateShared';
import type { MinutesPlatform } from './platform';

export type { MinutesApi } from './activateShared';

export function activate(context: vscode.ExtensionContext): MinutesApi {
  const platform: MinutesPlatform = {
    // Workers that read and parse files on disk for the index (at a lower priority than the editor), started by the
    // first scan, ended on deactivation.
    parsePool: new ParsePool({ background: true }),
    // A warm start stats every file: node's synchronous stat takes microseconds, the asynchronous round trip through
    // vscode.workspace.fs many times that. The index yields between slices of files.
    statFile: (uri) => {
      const stat = statSync(uri.fsPath, { throwIfNoEntry: false });
      return stat && { size: stat.size, mtimeMs: stat.mtimeMs };
    },
    openCache: async (storage, root, optionsKey) => (storage.scheme === 'file' ? FileParseCache.open(storage.fsPath, root, optionsKey) : undefined),
    readDocx: docxBlocks,
  };
  return registerAll(context, platform, 'node');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

// The parse cache in the extension's storage through workspace.fs, for the web build (any scheme: vscode.dev's
// storage is not `file:`). One file per workspace and parse options, in core/parseCacheStore's binaryFormat (no Node).
import * as vscode from 'vscode';
import { BytesParseCache, binaryFormat, parseCacheFileName, type CacheBytes } from '../core/parseCacheStore';

/** A file through workspace.fs, written to a temporary file and then renamed over the old one. */
export function workspaceFsBytes(folder: vscode.Uri, name: string): CacheBytes {
  const file = vscode.Uri.joinPath(folder, name);
  return {
    read: async () => vscode.workspace.fs.readFile(file),
    write: async (bytes) => {
      await vscode.workspace.fs.createDirectory(folder);
      const temporary = vscode.Uri.joinPath(folder, `${name}.${Date.now().toString(36)}.tmp`);
      try {
        await vscode.workspace.fs.writeFile(temporary, bytes);
        await vscode.workspace.fs.rename(temporary, file, { overwrite: true });
      } catch (error) {
        // Leave no half-written file behind; the cache stays changed and is saved again later.
        await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
        throw error;
      }
    },
  };
}

/** The parse cache for a workspace (`root`) and parse options in a storage folder; empty when it cannot be used. */
export async function openWorkspaceFsParseCache(storage: vscode.Uri, root: string, optionsKey: string): Promise<BytesParseCache> {
  return BytesParseCache.fromBytes(workspaceFsBytes(storage, parseCacheFileName(root, optionsKey)), optionsKey, binaryFormat);
}

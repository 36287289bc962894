// The parse cache in the extension's storage through workspace.fs, for the web build (any scheme: vscode.dev's
// storage is not `file:`). One file per workspace and parse options, in core/parseCacheStore's binaryFormat (no Node).
import * as vscode from 'vscode';
import { BytesParseCache, binaryFormat, parseCacheFileName, replacingBytes, type CacheFiles } from '../core/parseCacheStore';

/** The parse cache for a workspace (`root`) and parse options in a storage folder; empty when it cannot be used. */
export async function openWorkspaceFsParseCache(storage: vscode.Uri, root: string, optionsKey: string): Promise<BytesParseCache> {
  const { fs } = vscode.workspace;
  const files: CacheFiles<vscode.Uri> = {
    readFile: async (file) => fs.readFile(file),
    // workspace.fs creates missing parents too.
    makeFolder: async () => fs.createDirectory(storage),
    writeFile: async (file, bytes) => fs.writeFile(file, bytes),
    rename: async (from, to) => fs.rename(from, to, { overwrite: true }),
    delete: async (file) => fs.delete(file),
  };
  const name = parseCacheFileName(root, optionsKey);
  const bytes = replacingBytes(files, vscode.Uri.joinPath(storage, name), vscode.Uri.joinPath(storage, `${name}.${Date.now().toString(36)}.tmp`));
  return BytesParseCache.fromBytes(bytes, optionsKey, binaryFormat);
}

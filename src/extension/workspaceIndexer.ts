// Keeps the core's WorkspaceIndex current in VS Code: the host adapter over vscode.workspace, file watchers and
// editor events, debounced and batched.
import * as vscode from 'vscode';
import { decodeMinutes, MAX_FILE_BYTES, tooLarge } from '../core/fileText';
import { proseReading } from '../core/parse';
import { parseOptionsKey } from '../core/parseCache';
import { WorkspaceIndex, type ParsedFile, type ReadOutcome, type WorkspaceHost } from '../core/workspaceIndex';
import type { MinutesPlatform, StoredParseCache } from './platform';
import { excludeGlobs, isMinutesDocument, isMinutesUri, minutesGlobs } from './selector';
import { indexParseOptions, readSettings } from './settings';

const BATCH_MS = 300;
/** A first scan this big offers a Cancel button. */
const LARGE_WORKSPACE = 2000;

function excludeGlob(folder: vscode.WorkspaceFolder): string | undefined {
  // findFiles applies files.exclude itself when given no exclude; search.exclude and minutes.exclude we add.
  const patterns = new Set<string>();
  for (const section of ['files.exclude', 'search.exclude']) {
    const value = vscode.workspace.getConfiguration(undefined, folder.uri).get<Record<string, unknown>>(section) ?? {};
    for (const [glob, enabled] of Object.entries(value)) if (enabled === true) patterns.add(glob);
  }
  for (const glob of excludeGlobs(folder.uri)) patterns.add(glob);
  patterns.add('**/node_modules/**');
  return patterns.size > 0 ? `{${[...patterns].join(',')}}` : undefined;
}

export class VsCodeWorkspaceHost implements WorkspaceHost {
  /** Files on disk are read and parsed by the platform's parse service (worker threads), when it has one. */
  constructor(private readonly platform: MinutesPlatform = {}) {}

  async listFiles(): Promise<string[]> {
    const keys = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const files = minutesGlobs(folder.uri);
      const globs = files.length > 1 ? `{${files.join(',')}}` : files[0];
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, globs), excludeGlob(folder));
      for (const uri of uris) keys.add(uri.toString());
    }
    return [...keys];
  }

  async readFile(key: string): Promise<ReadOutcome> {
    const uri = vscode.Uri.parse(key);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    if (open) return { text: open.getText() };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) return tooLarge(stat.size);
      return decodeMinutes(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { problem: 'skipped: the file disappeared before it could be read' };
      return { problem: `skipped: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  parseOptions(key: string) {
    return indexParseOptions(vscode.Uri.parse(key));
  }

  async parseFile(key: string): Promise<ParsedFile | { problem: string } | undefined> {
    const pool = this.platform.parsePool;
    if (!pool?.available) return undefined;
    const uri = vscode.Uri.parse(key);
    // An open document's buffer, not the disk, is the truth: the index reads and parses it here.
    if (uri.scheme !== 'file' || vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) return undefined;
    const { fileName, ...options } = indexParseOptions(uri);
    return pool.parse(uri.fsPath, options, fileName);
  }

  async stat(key: string) {
    // An open document is read from its buffer, which may differ from disk: never cached.
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) return undefined;
    try {
      const uri = vscode.Uri.parse(key);
      if (uri.scheme === 'file' && this.platform.statFile) return this.platform.statFile(uri);
      const stat = await vscode.workspace.fs.stat(uri);
      return { size: stat.size, mtimeMs: stat.mtime };
    } catch {
      return undefined;
    }
  }

  displayPath(key: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(key), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }
}

/** The parse cache in the workspace's storage folder, for the settings now in force; none without a workspace. */
async function openCache(platform: MinutesPlatform, storage: vscode.Uri | undefined): Promise<StoredParseCache | undefined> {
  if (!storage || !platform.openCache) return undefined;
  const settings = readSettings();
  const root = (vscode.workspace.workspaceFile ?? vscode.workspace.workspaceFolders?.[0]?.uri)?.toString() ?? '';
  return platform.openCache(storage, root, parseOptionsKey({ dayFirst: settings.dayFirst, people: settings.people, proseActions: proseReading(settings.proseActions, false) }));
}

/**
 * `log`: the Minutes output channel (Output: Show Output Channels…), told what the index read and where its parse cache
 * went; `onFirstScan`: told as the first scan starts (the startup clock).
 */
export function registerWorkspaceIndex(index: WorkspaceIndex, platform: MinutesPlatform, storage: vscode.Uri | undefined, log: vscode.LogOutputChannel, onFirstScan?: () => void): vscode.Disposable[] {
  let cache: StoredParseCache | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    saveTimer = undefined;
    const saving = cache;
    if (!saving?.changed || !storage) return;
    // A cache that cannot be written only costs the next start its speed.
    saving.save().then(
      () => log.info(`parse cache written to ${storage.toString(true)}`),
      (error: unknown) => log.warn(`parse cache not written to ${storage.toString(true)}: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const changed = new Set<string>();
  const deleted = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rescanNeeded = false;

  const flush = async (): Promise<void> => {
    timer = undefined;
    if (rescanNeeded) {
      rescanNeeded = false;
      changed.clear();
      deleted.clear();
      await index.rescan();
      return;
    }
    const batchChanged = [...changed];
    const batchDeleted = [...deleted];
    changed.clear();
    deleted.clear();
    await index.applyChanges(batchChanged, batchDeleted);
  };
  const schedule = (): void => {
    if (timer === undefined) timer = setTimeout(() => void flush(), BATCH_MS);
  };
  const onChanged = (uri: vscode.Uri): void => {
    if (!isMinutesUri(uri)) return;
    deleted.delete(uri.toString());
    changed.add(uri.toString());
    schedule();
  };
  const onDeleted = (uri: vscode.Uri): void => {
    const key = uri.toString();
    changed.delete(key);
    deleted.add(key);
    // A deleted folder reports only itself: forget everything under it.
    for (const file of index.allFiles()) if (file.key.startsWith(`${key}/`)) deleted.add(file.key);
    schedule();
  };
  const rescan = (): void => {
    rescanNeeded = true;
    schedule();
  };
  const reopenCacheAndRescan = async (): Promise<void> => {
    cache = await openCache(platform, storage);
    if (cache) index.useCache(cache);
    rescan();
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  // The first scan reports its progress in the status bar; a long one can be cancelled from a notification that
  // appears only when the scan is big enough to be worth stopping.
  const firstScan = new vscode.CancellationTokenSource();
  void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Minutes' }, async (progress) => {
    onFirstScan?.();
    // Unchanged files come from the cache the last session saved, without being read or parsed.
    cache = await openCache(platform, storage).catch(() => undefined);
    if (cache) index.useCache(cache);
    const scan = await index.rescan(firstScan.token, (done, total) => {
      progress.report({ message: `reading minutes ${done}/${total}` });
      if (done === 1 && total >= LARGE_WORKSPACE) {
        void vscode.window.showInformationMessage(`Minutes: reading ${total} minutes files…`, 'Cancel').then((answer) => {
          if (answer === 'Cancel') firstScan.cancel();
        });
      }
    });
    const where = cache && storage ? `${scan.fromCache} from the parse cache in ${storage.toString(true)}` : 'no parse cache';
    log.info(`first scan: ${scan.files} minutes files, ${where}`);
  });

  return [
    watcher,
    watcher.onDidCreate(onChanged),
    watcher.onDidChange(onChanged),
    watcher.onDidDelete(onDeleted),
    vscode.workspace.onDidChangeTextDocument((event) => {
      // Unsaved edits count: the index reads open documents from their buffers.
      if (event.contentChanges.length > 0 && isMinutesDocument(event.document)) onChanged(event.document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      // Closing without saving brings the file back to what is on disk.
      if (document.uri.scheme === 'file' && isMinutesDocument(document)) onChanged(document.uri);
    }),
    vscode.workspace.onDidRenameFiles((event) => {
      for (const { oldUri, newUri } of event.files) {
        onDeleted(oldUri);
        onChanged(newUri);
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(rescan),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Other parse options make other documents: the cache for them is another file.
      if (event.affectsConfiguration('minutes.dateOrder') || event.affectsConfiguration('minutes.people') || event.affectsConfiguration('minutes.proseActions')) void reopenCacheAndRescan();
      else if (event.affectsConfiguration('minutes') || event.affectsConfiguration('files.exclude') || event.affectsConfiguration('search.exclude')) rescan();
    }),
    index.onDidChange(() => {
      if (cache?.changed && saveTimer === undefined) saveTimer = setTimeout(save, 2000);
    }),
    firstScan,
    {
      dispose: () => {
        // Deactivating stops the first scan: nothing is left to read files for.
        firstScan.cancel();
        clearTimeout(timer);
        if (saveTimer !== undefined) {
          clearTimeout(saveTimer);
          save();
        }
      },
    },
  ];
}

export function createWorkspaceIndex(platform: MinutesPlatform = {}): WorkspaceIndex {
  return new WorkspaceIndex(new VsCodeWorkspaceHost(platform), () => readSettings().people);
}


// Which documents are minutes: the one answer every feature asks. Minutes documents stay in VS Code's `markdown`
// language (so the Markdown preview, outline, folding and the rest keep working); they are selected by the
// `minutes.files` globs (always with `**/*.minutes.md`) less `minutes.exclude`, plus documents of the earlier
// `minutes` language, and untitled documents that Minutes created itself (New Minutes).
import * as vscode from 'vscode';
import { DEFAULT_MINUTES_GLOB, matchesAny } from '../core/glob';
import { readSettings } from './settings';

/** Context key for when-clauses of menus and keybindings: the active editor holds a minutes document. */
export const MINUTES_CONTEXT_KEY = 'minutes.isMinutesDocument';

/** The language id documents had before Minutes stayed Markdown; documents associated with it keep working. */
export const LEGACY_LANGUAGE = 'minutes';

/** Untitled documents that Minutes itself opened as minutes (New Minutes without a folder). */
const adoptedUntitled = new Set<string>();

/** The globs of Markdown files read as minutes in the folder of `scope`: the setting's, always with `*.minutes.md`. */
export function minutesGlobs(scope?: vscode.ConfigurationScope): string[] {
  const files = readSettings(scope).files;
  return files.includes(DEFAULT_MINUTES_GLOB) ? files : [DEFAULT_MINUTES_GLOB, ...files];
}

/** The `minutes.exclude` globs of the folder of `scope`, well formed only. */
export function excludeGlobs(scope?: vscode.ConfigurationScope): string[] {
  const value = vscode.workspace.getConfiguration('minutes', scope).get<unknown>('exclude', []);
  return Array.isArray(value) ? value.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '') : [];
}

/** Is the file at `uri` a minutes file by the settings of its folder (whatever language it is open in)? */
export function isMinutesUri(uri: vscode.Uri): boolean {
  if (uri.scheme === 'untitled' && adoptedUntitled.has(uri.toString())) return true;
  const folder = uri.scheme === 'untitled' ? undefined : vscode.workspace.getWorkspaceFolder(uri);
  // Outside every folder (and for an untitled document given a name) only the file name can say: `x.minutes.md`.
  const relative = folder ? vscode.workspace.asRelativePath(uri, false) : uri.path.slice(uri.path.lastIndexOf('/') + 1);
  if (!matchesAny(relative, minutesGlobs(uri))) return false;
  return !matchesAny(relative, excludeGlobs(uri));
}

/** A document is minutes when it is Markdown that the settings select (or of the earlier `minutes` language). */
export function isMinutesDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === LEGACY_LANGUAGE) return true;
  return document.languageId === 'markdown' && isMinutesUri(document.uri);
}

/** Marks an untitled document that Minutes opened as minutes, until it is closed. */
export function adoptUntitled(document: vscode.TextDocument): void {
  if (document.uri.scheme === 'untitled') adoptedUntitled.add(document.uri.toString());
}

/**
 * The document selector of minutes documents, from the settings now in force: `markdown` with each folder's globs
 * (as relative patterns, so `meetings/**` means that folder's), the legacy language, and untitled Markdown (which
 * providers check with isMinutesDocument, since a selector cannot name one untitled document). Exclusions cannot be
 * written in a selector: providers check isMinutesDocument too.
 */
export function minutesDocumentSelector(): vscode.DocumentFilter[] {
  const filters: vscode.DocumentFilter[] = [{ language: LEGACY_LANGUAGE }, { language: 'markdown', scheme: 'untitled' }];
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) {
    for (const glob of minutesGlobs(folder.uri)) {
      // A glob without a slash matches the file name in any folder (as matchesAny reads it).
      filters.push({ language: 'markdown', pattern: new vscode.RelativePattern(folder, glob.includes('/') ? glob : `**/${glob}`) });
    }
  }
  if (folders.length === 0) for (const glob of minutesGlobs()) filters.push({ language: 'markdown', pattern: glob.startsWith('**/') ? glob : `**/${glob}` });
  return filters;
}

/**
 * Keeps the selector current: providers registered through `register` are registered again when `minutes.files`,
 * `minutes.exclude` or the workspace folders change, and the context key follows the active editor.
 */
export class MinutesSelector implements vscode.Disposable {
  private current = minutesDocumentSelector();
  private readonly changed = new vscode.EventEmitter<vscode.DocumentSelector>();
  /** Fires with the new selector after the settings or folders change it. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    const refresh = () => {
      this.current = minutesDocumentSelector();
      this.changed.fire(this.current);
      this.updateContextKey();
    };
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('minutes.files') || event.affectsConfiguration('minutes.exclude')) refresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(refresh),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContextKey()),
      // A document's language can change while it is open (the language picker, files.associations).
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.updateContextKey();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === 'untitled' && !vscode.workspace.textDocuments.some((open) => open !== document && open.uri.toString() === document.uri.toString())) {
          adoptedUntitled.delete(document.uri.toString());
        }
      }),
    );
    this.updateContextKey();
  }

  get selector(): vscode.DocumentSelector {
    return this.current;
  }

  /** Registers a provider for minutes documents, and again whenever the selector changes. */
  register(registerWith: (selector: vscode.DocumentSelector) => vscode.Disposable): vscode.Disposable {
    let registration = registerWith(this.current);
    const listener = this.onDidChange((selector) => {
      registration.dispose();
      registration = registerWith(selector);
    });
    return { dispose: () => { listener.dispose(); registration.dispose(); } };
  }

  /** Marks an untitled document as minutes (New Minutes) and brings its editor's when-clauses up to date. */
  adopt(document: vscode.TextDocument): void {
    adoptUntitled(document);
    // Features that decided the document was not minutes when it opened decide again.
    this.changed.fire(this.current);
    this.updateContextKey();
  }

  updateContextKey(): void {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', MINUTES_CONTEXT_KEY, !!document && isMinutesDocument(document));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

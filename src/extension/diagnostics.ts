// Publishes the core's diagnostics for open minutes documents: debounced while typing, per file, and never
// letting the result of an older edit overwrite a newer one.
import * as vscode from 'vscode';
import { withWorkspaceOwners } from '../core/diagnostics';
import type { MinutesDiagnostic, MinutesDocument } from '../core/model';
import { UNREADABLE } from '../core/readMinutes';
import { diagnosisDelay } from '../core/bounds';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { DocumentModels } from './documentModels';
import { isMinutesDocument, type MinutesSelector } from './selector';
import { readSettings, type MinutesSettings } from './settings';
import { toRange } from './convert';
import { seriesDiagnostics, withoutSuperseded } from '../core/workspace/actionDiagnostics';

function debounceFor(document: vscode.TextDocument): number {
  // The offset of the end, without copying the text out.
  return diagnosisDelay(document.offsetAt(document.lineAt(document.lineCount - 1).range.end));
}

/** The one diagnostic of a file that could not be read as minutes, on its first line. */
function unreadableDiagnostic(message: string): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'minutes';
  return diagnostic;
}

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toVsCodeDiagnostics(diagnostics: readonly MinutesDiagnostic[], settings: MinutesSettings): vscode.Diagnostic[] {
  const result: vscode.Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const severity = settings.severities[diagnostic.code] ?? diagnostic.severity;
    if (severity === 'off') continue;
    const converted = new vscode.Diagnostic(toRange(diagnostic.range), diagnostic.message, SEVERITY[severity]);
    converted.source = 'minutes';
    converted.code = diagnostic.code;
    result.push(converted);
  }
  return result;
}

/** Whether problems of minutes files that are not open are shown too (from the workspace index). */
function workspaceWide(): boolean {
  return vscode.workspace.getConfiguration('minutes').get<boolean>('diagnostics.workspace', false);
}

export function registerDiagnostics(models: DocumentModels, index: WorkspaceIndex, selector: MinutesSelector): vscode.Disposable[] {
  const collection = vscode.languages.createDiagnosticCollection('minutes');
  // A document's problems, less those on rows a later meeting carried on, with its series' own (the action log's).
  const withSeries = (document: MinutesDocument, key: string, settings: MinutesSettings): MinutesDiagnostic[] => {
    const log = index.actionLog();
    const indexed = index.file(key)?.document;
    // The index's copy of the document knows which rows are superseded; the buffer's rows stand on the same lines.
    // Owners this file cannot place but other files' rosters give to two people are reported too.
    const diagnostics = withWorkspaceOwners(document, (written) => index.resolvePerson(written));
    const own = indexed ? withoutSuperseded(diagnostics, indexed, log) : diagnostics;
    return [...own, ...seriesDiagnostics(log, key, settings.carriedTooOften)];
  };
  // Files whose problems come from the index (not open in an editor); an open file's come from its buffer.
  const fromIndex = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // The version each document was last scheduled at: a run for an older version is dropped.
  const generations = new Map<string, number>();

  const publish = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.isClosed || generations.get(key) !== document.version) return;
    const settings = readSettings(document.uri);
    if (!isMinutesDocument(document)) {
      collection.delete(document.uri);
      return;
    }
    const problem = models.problem(document);
    collection.set(document.uri, problem ? [unreadableDiagnostic(problem)] : toVsCodeDiagnostics(withSeries(models.get(document), key, settings), settings));
  };

  const schedule = (document: vscode.TextDocument, delay: number): void => {
    const key = document.uri.toString();
    generations.set(key, document.version);
    clearTimeout(timers.get(key));
    if (delay === 0) {
      timers.delete(key);
      publish(document);
      return;
    }
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      publish(document);
    }, delay));
  };

  const forget = (uri: vscode.Uri): void => {
    const key = uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    generations.delete(key);
    collection.delete(uri);
    publishFromIndex();
  };

  /** Publishes (or withdraws) the problems of files that are not open, per file, never touching open ones. */
  const publishFromIndex = (): void => {
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const wanted = new Set<string>();
    if (workspaceWide()) {
      for (const file of index.allFiles()) {
        if (open.has(file.key)) continue;
        wanted.add(file.key);
        const uri = vscode.Uri.parse(file.key);
        const settings = readSettings(uri);
        collection.set(uri, toVsCodeDiagnostics(withSeries(file.document, file.key, settings), settings));
      }
      for (const { key, message } of index.allProblems()) {
        if (open.has(key) || !message.startsWith(UNREADABLE)) continue;
        wanted.add(key);
        collection.set(vscode.Uri.parse(key), [unreadableDiagnostic(message)]);
      }
    }
    for (const key of fromIndex) if (!wanted.has(key) && !open.has(key)) collection.delete(vscode.Uri.parse(key));
    fromIndex.clear();
    for (const key of wanted) fromIndex.add(key);
  };

  for (const document of vscode.workspace.textDocuments) schedule(document, 0);

  return [
    collection,
    vscode.workspace.onDidOpenTextDocument((document) => schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document, debounceFor(event.document));
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      // An untitled URI is reused: the close of the old document can arrive after the new one opened.
      const reopened = vscode.workspace.textDocuments.find((other) => !other.isClosed && other.uri.toString() === document.uri.toString());
      if (reopened) schedule(reopened, 0);
      else forget(document.uri);
    }),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach(forget)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('minutes')) return;
      for (const document of vscode.workspace.textDocuments) schedule(document, 0);
      publishFromIndex();
    }),
    index.onDidChange(() => {
      publishFromIndex();
      // The series' diagnostics of open files change with their neighbours.
      for (const document of vscode.workspace.textDocuments) if (!timers.has(document.uri.toString())) schedule(document, 0);
    }),
    // Which documents are minutes changed (settings, folders, an untitled document adopted): decide each again.
    selector.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments) schedule(document, 0);
    }),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  ];
}

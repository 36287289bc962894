// The language status area (beside "Markdown" in the status bar): says that a file is read as minutes, with its open
// and overdue actions, and links to the Open Actions view and to the setting that decides which files are minutes.
import * as vscode from 'vscode';
import { todayIso } from '../core/dates';
import { documentActionCounts } from '../core/language/hover';
import type { DocumentModels } from './documentModels';
import { isMinutesDocument, LEGACY_LANGUAGE, type MinutesSelector } from './selector';

const UPDATE_MS = 300;

/** "3 open, 1 overdue" for one document's actions. */
function statusText(counts: { open: number; overdue: number }): string {
  return counts.overdue > 0 ? `${counts.open} open, ${counts.overdue} overdue` : `${counts.open} open`;
}

export function registerLanguageStatus(models: DocumentModels, selector: MinutesSelector): vscode.Disposable[] {
  const actions = vscode.languages.createLanguageStatusItem('minutes.actions', selector.selector);
  actions.name = 'Minutes: open actions';
  actions.command = { title: 'Open Actions', command: 'minutes.openActions.focus', tooltip: 'Show the Open Actions view' };

  const files = vscode.languages.createLanguageStatusItem('minutes.files', selector.selector);
  files.name = 'Minutes: which files are minutes';
  files.text = 'Read as minutes';
  files.command = { title: 'Configure', command: 'workbench.action.openSettings', arguments: ['minutes.files'], tooltip: 'Choose which Markdown files are read as minutes (minutes.files)' };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    timer = undefined;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isMinutesDocument(document)) return;
    const counts = documentActionCounts(models.get(document), todayIso());
    actions.text = `$(checklist) ${statusText(counts)}`;
    actions.detail = 'actions in this file';
    actions.severity = counts.overdue > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    files.detail = document.languageId === LEGACY_LANGUAGE ? 'in the earlier "minutes" language: switch to Markdown for its preview and outline' : 'Markdown with the minutes dialect';
  };
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(update, delay);
  };
  update();
  return [
    actions,
    files,
    selector.onDidChange((documents) => {
      actions.selector = documents;
      files.selector = documents;
      schedule(0);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => schedule(0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document && event.contentChanges.length > 0) schedule(UPDATE_MS);
    }),
    { dispose: () => clearTimeout(timer) },
  ];
}

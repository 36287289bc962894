// A status-bar item with the open and overdue actions: of the active minutes file, else of the workspace. A click
// opens the Open Actions view; hidden in a workspace without minutes.
import * as vscode from 'vscode';
import { todayIso } from '../core/dates';
import { documentActionCounts, workspaceActionCounts } from '../core/language/hover';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { DocumentModels } from './documentModels';
import { isMinutesDocument } from './selector';

function describe(counts: { open: number; overdue: number }): string {
  return `${counts.open} open action${counts.open === 1 ? '' : 's'}${counts.overdue > 0 ? `, ${counts.overdue} overdue` : ''}`;
}

export function registerStatusBar(models: DocumentModels, index: WorkspaceIndex): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('minutes.openActionsStatus', vscode.StatusBarAlignment.Left, 20);
  item.name = 'Minutes: Open Actions';
  item.command = 'minutes.openActions.focus';
  const update = (): void => {
    const today = todayIso();
    const editor = vscode.window.activeTextEditor;
    const inFile = editor && isMinutesDocument(editor.document) ? documentActionCounts(models.get(editor.document), today) : undefined;
    if (!inFile && index.allFiles().length === 0) {
      item.hide();
      return;
    }
    // Each action once, as the Open Actions view and its badge count it: an action carried through three meetings, or
    // restated in a summary table, is one (the log the view and the diagnostics build on each change anyway).
    const log = index.actionLog();
    const workspace = workspaceActionCounts(
      index.allFiles().map((file) => file.document),
      (action) => log.isSuperseded(action),
      today,
    );
    const shown = inFile ?? workspace;
    item.text = `$(checklist) ${shown.open}${shown.overdue > 0 ? ` $(warning) ${shown.overdue}` : ''}`;
    item.tooltip = `${inFile ? `This file: ${describe(inFile)}.\n` : ''}Workspace: ${describe(workspace)}.\nClick to open the Open Actions view.`;
    item.accessibilityInformation = { label: `Minutes: ${inFile ? `this file ${describe(inFile)}; ` : ''}workspace ${describe(workspace)}` };
    item.show();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  };
  update();
  return [
    item,
    index.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) soon();
    }),
    { dispose: () => clearTimeout(timer) },
  ];
}

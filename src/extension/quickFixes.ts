// Code actions for the core's diagnostics: the edits come from src/core/quickFixes; this file only adapts them.
import * as vscode from 'vscode';
import { parseDate, todayIso } from '../core/dates';
import type { TextEdit } from '../core/edits';
import type { MinutesDiagnostic } from '../core/model';
import { actionFor, addDueEdits, fixAll, quickFixes } from '../core/quickFixes';
import { toRange } from './convert';
import type { DocumentModels } from './documentModels';
import { isMinutesDocument, readSettings } from './settings';

function workspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) edit.replace(uri, toRange(change.range), change.newText);
  return edit;
}

function sameRange(a: vscode.Range, b: MinutesDiagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export class MinutesCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll.append('minutes')];

  constructor(private readonly models: DocumentModels) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    if (!isMinutesDocument(document, readSettings(document.uri))) return [];
    const model = this.models.get(document);
    const fixContext = { text: document.getText(), document: model, today: todayIso() };
    const actions: vscode.CodeAction[] = [];

    if (context.only && vscode.CodeActionKind.SourceFixAll.contains(context.only)) {
      for (const code of ['ambiguous-date', 'unknown-person'] as const) {
        const fix = fixAll(fixContext, code);
        if (!fix) continue;
        const action = new vscode.CodeAction(fix.title, MinutesCodeActions.kinds[1]);
        action.edit = workspaceEdit(document.uri, fix.edits);
        actions.push(action);
      }
      return actions;
    }

    const fixAllOffered = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (token.isCancellationRequested) return [];
      if (diagnostic.source !== 'minutes') continue;
      const core = model.diagnostics.find((d) => d.code === diagnostic.code && sameRange(diagnostic.range, d.range));
      if (!core) continue;
      for (const fix of quickFixes(fixContext, core)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEdit(document.uri, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        actions.push(action);
      }
      if (core.code === 'missing-due') {
        const target = actionFor(model, core);
        if (target && (target.kind !== 'table' || target.dueRange)) {
          const typed = new vscode.CodeAction('Due date…', vscode.CodeActionKind.QuickFix);
          typed.command = { command: 'minutes.addDueDate', title: 'Due date…', arguments: [document.uri, core.range.start.line, core.range.start.character] };
          typed.diagnostics = [diagnostic];
          actions.push(typed);
        }
      }
      const sameKind = model.diagnostics.filter((d) => d.code === core.code).length;
      if (sameKind > 1 && !fixAllOffered.has(core.code)) {
        fixAllOffered.add(core.code);
        const fix = fixAll(fixContext, core.code);
        if (fix) {
          const action = new vscode.CodeAction(`${fix.title} (${sameKind})`, vscode.CodeActionKind.QuickFix);
          action.edit = workspaceEdit(document.uri, fix.edits);
          actions.push(action);
        }
      }
    }
    return actions;
  }
}

export function registerQuickFixes(models: DocumentModels): vscode.Disposable[] {
  const selector: vscode.DocumentSelector = [{ language: 'minutes' }, { language: 'markdown' }];
  return [
    vscode.languages.registerCodeActionsProvider(selector, new MinutesCodeActions(models), { providedCodeActionKinds: MinutesCodeActions.kinds }),
    vscode.commands.registerCommand('minutes.addDueDate', async (uri: vscode.Uri, line: number, character: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const model = models.get(document);
      const diagnostic = model.diagnostics.find((d) => d.code === 'missing-due' && d.range.start.line === line && d.range.start.character === character);
      const action = diagnostic && actionFor(model, diagnostic);
      if (!action) return;
      const context = { meetingDate: model.date, dayFirst: readSettings(uri).dayFirst };
      const typed = await vscode.window.showInputBox({
        title: 'Due date',
        prompt: 'Any date the dialect reads: 2024-06-15, 15 June 2024, 15/06/2024, June 2024',
        validateInput: (value) => (parseDate(value, context) ? undefined : 'Not a date the minutes dialect can read.'),
      });
      const parsed = typed ? parseDate(typed, context) : undefined;
      if (!parsed) return;
      const edits = addDueEdits({ text: document.getText(), document: model }, action, parsed.iso);
      if (edits) await vscode.workspace.applyEdit(workspaceEdit(uri, edits));
    }),
  ];
}

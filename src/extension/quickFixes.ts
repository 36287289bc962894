// Code actions for the core's diagnostics: the edits come from src/core/quickFixes; this file only adapts them.
import * as vscode from 'vscode';
import { formatLongDate, parseDate, todayIso } from '../core/dates';
import type { TextEdit } from '../core/edits';
import type { MinutesDiagnostic, Position } from '../core/model';
import { actionFor, addDueEdits, dateRewrites, fixAll, quickFixes, rewriteDueEdits } from '../core/quickFixes';
import { toRange } from './convert';
import type { DocumentModels } from './documentModels';
import { isMinutesDocument, type MinutesSelector } from './selector';
import { readSettings } from './settings';

function workspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) edit.replace(uri, toRange(change.range), change.newText);
  return edit;
}

function within(range: vscode.Range, outer: { start: Position; end: Position }): boolean {
  const after = (a: vscode.Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  const before = (a: vscode.Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return after(range.start, outer.start) && before(range.end, outer.end);
}

/** The typed-date command's codes: a missing date is added, an unreadable one replaced. */
type TypedDateCode = 'missing-due' | 'bad-date';

function sameRange(a: vscode.Range, b: MinutesDiagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export class MinutesCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll.append('minutes'), vscode.CodeActionKind.RefactorRewrite];

  constructor(private readonly models: DocumentModels) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    const settings = readSettings(document.uri);
    if (!isMinutesDocument(document)) return [];
    const model = this.models.get(document);
    const fixContext = { text: document.getText(), document: model, today: todayIso(), dayFirst: settings.dayFirst };
    const actions: vscode.CodeAction[] = [];

    if (context.only && vscode.CodeActionKind.SourceFixAll.contains(context.only)) {
      // Only fixes that need no choice: bad dates join when they have one clear correction.
      for (const code of ['ambiguous-date', 'bad-date', 'unknown-person'] as const) {
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
      if (core.code === 'missing-due' || core.code === 'bad-date') {
        const target = actionFor(model, core);
        if (target && (target.kind !== 'table' || target.dueRange)) {
          const typed = new vscode.CodeAction('Enter a due date…', vscode.CodeActionKind.QuickFix);
          typed.command = { command: 'minutes.addDueDate', title: 'Enter a due date…', arguments: [document.uri, core.range.start.line, core.range.start.character, core.code] };
          typed.diagnostics = [diagnostic];
          actions.push(typed);
        }
      }
      if (!fixAllOffered.has(core.code) && model.diagnostics.filter((d) => d.code === core.code).length > 1) {
        fixAllOffered.add(core.code);
        const fix = fixAll(fixContext, core.code);
        // Worth a line only when it fixes more than the fix beside it.
        if (fix && fix.fixes > 1) {
          const action = new vscode.CodeAction(`${fix.title} (${fix.fixes})`, vscode.CodeActionKind.QuickFix);
          action.edit = workspaceEdit(document.uri, fix.edits);
          actions.push(action);
        }
      }
    }

    // A readable due date under the cursor, written otherwise than the file writes its dates: a rewrite on request.
    if (!context.only || vscode.CodeActionKind.RefactorRewrite.contains(context.only) || context.only.contains(vscode.CodeActionKind.RefactorRewrite)) {
      const target = model.actions.find((action) => action.dueRange && within(range, action.dueRange));
      for (const fix of target ? dateRewrites(fixContext, target) : []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.RefactorRewrite);
        action.edit = workspaceEdit(document.uri, fix.edits);
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerQuickFixes(models: DocumentModels, selector: MinutesSelector): vscode.Disposable[] {
  const provider = new MinutesCodeActions(models);
  return [
    selector.register((documents) => vscode.languages.registerCodeActionsProvider(documents, provider, { providedCodeActionKinds: MinutesCodeActions.kinds })),
    vscode.commands.registerCommand('minutes.addDueDate', async (uri: vscode.Uri, line: number, character: number, code: TypedDateCode = 'missing-due') => {
      const document = await vscode.workspace.openTextDocument(uri);
      const model = models.get(document);
      const diagnostic = model.diagnostics.find((d) => d.code === code && d.range.start.line === line && d.range.start.character === character);
      const action = diagnostic && actionFor(model, diagnostic);
      if (!action) return;
      const context = { meetingDate: model.date, dayFirst: readSettings(uri).dayFirst };
      const version = document.version;
      const typed = await vscode.window.showInputBox({
        title: 'Due date',
        prompt: 'Any date the dialect reads: 2024-06-15, 15 June 2024, 15/06/2024, June 2024',
        validateInput: (value) => (parseDate(value, context) ? undefined : 'Not a date the minutes dialect can read.'),
      });
      const parsed = typed ? parseDate(typed, context) : undefined;
      if (!parsed) return;
      if (document.version !== version) {
        void vscode.window.showWarningMessage('The minutes changed while the date was typed: try the quick fix again.');
        return;
      }
      // ISO says a day exactly; a month ("June 2024") stays a month.
      const written = parsed.precision === 'month' ? formatLongDate(parsed.iso, 'month') : parsed.iso;
      const fixContext = { text: document.getText(), document: model };
      // An unreadable date is replaced, not followed by a second due clause.
      const edits = code === 'bad-date' ? rewriteDueEdits(fixContext, action, written) : addDueEdits(fixContext, action, written);
      if (edits) await vscode.workspace.applyEdit(workspaceEdit(uri, edits));
    }),
  ];
}

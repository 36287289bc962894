// The action log in the editor: "Start the Next Meeting" (never over an existing file; the cursor on the first
// status cell), "Previous Meeting" / "Next Meeting" along a series, and "Export Action Log of a Series".
import * as vscode from 'vscode';
import type { MinutesSelector } from './selector';
import { addDays, parseDate, todayIso } from '../core/dates';
import { ACTION_LOG_FORMATS, formatActionLog, type ActionLogFormat } from '../core/actionLogExport';
import { latestOf, nextMeetingDate, nextMinutes } from '../core/nextMeeting';
import { seriesOf, type Series } from '../core/series';
import type { IndexedFile, WorkspaceIndex } from '../core/workspaceIndex';
import { addToReview, seriesDiagnostics } from '../core/workspace/actionDiagnostics';
import { toRange } from './convert';
import type { DocumentModels } from './documentModels';
import { readSettings } from './settings';

/** The series of the active editor's file, else the one series, else the one the user picks. */
async function chooseSeries(index: WorkspaceIndex, title: string): Promise<Series<IndexedFile> | undefined> {
  const all = index.actionLog().series;
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const found = active === undefined ? undefined : seriesOf(all, active);
  if (found) return found.series;
  if (all.length === 0) {
    void vscode.window.showInformationMessage('Minutes: there are no minutes in this workspace yet. Start with "Minutes: New Minutes".');
    return undefined;
  }
  if (all.length === 1) return all[0];
  const picked = await vscode.window.showQuickPick(
    all.map((series) => {
      const latest = latestOf(series);
      return { label: series.title, description: `${series.files.length} meeting${series.files.length === 1 ? '' : 's'}, latest ${latest.document.date ?? 'undated'}`, detail: latest.path, series };
    }),
    { title, placeHolder: 'Which committee?' },
  );
  return picked?.series;
}

async function askDate(latestDate: string | undefined, dayFirst: boolean): Promise<string | undefined> {
  const suggestion = latestDate ? addDays(latestDate, 14) : todayIso();
  const answer = await vscode.window.showInputBox({
    title: 'Start the next meeting',
    prompt: 'The latest minutes give no date for the next meeting. When is it?',
    value: suggestion,
    validateInput: (value) => (parseDate(value.trim(), { dayFirst, meetingDate: latestDate })?.precision === 'day' ? undefined : 'Write a date, such as 2007-06-22 or 22 June 2007.'),
  });
  return answer === undefined ? undefined : parseDate(answer.trim(), { dayFirst, meetingDate: latestDate })?.iso;
}

/** `given.date` (ISO) answers the date question: for tests and other extensions. */
export async function startNextMeeting(index: WorkspaceIndex, given: { date?: string } = {}): Promise<vscode.TextEditor | undefined> {
  const series = await chooseSeries(index, 'Start the next meeting of…');
  if (!series) return undefined;
  const latest = latestOf(series);
  const latestUri = vscode.Uri.parse(latest.key);
  const date = given.date ?? nextMeetingDate(series) ?? (await askDate(latest.document.date, readSettings(latestUri).dayFirst));
  if (!date) return undefined;
  const next = nextMinutes(index.actionLog(), series, date);
  const uri = vscode.Uri.joinPath(latestUri, '..', next.fileName);
  if (await vscode.workspace.fs.stat(uri).then(() => true, () => false)) {
    void vscode.window.showWarningMessage(`Minutes: ${vscode.workspace.asRelativePath(uri)} already exists; it was left as it is.`);
    return vscode.window.showTextDocument(uri);
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(next.text) });
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  const editor = await vscode.window.showTextDocument(uri);
  const at = new vscode.Position(next.cursor.line, next.cursor.character);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

async function step(index: WorkspaceIndex, by: -1 | 1): Promise<void> {
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const found = active === undefined ? undefined : seriesOf(index.actionLog().series, active);
  if (!found) {
    void vscode.window.showInformationMessage('Minutes: open a minutes file to move to its previous or next meeting.');
    return;
  }
  const target = found.series.files[found.index + by];
  if (!target) {
    void vscode.window.showInformationMessage(`Minutes: this is the ${by < 0 ? 'first' : 'latest'} meeting of ${found.series.title}.`);
    return;
  }
  await vscode.window.showTextDocument(vscode.Uri.parse(target.key));
}

async function exportActionLog(index: WorkspaceIndex, format?: ActionLogFormat): Promise<vscode.TextDocument | undefined> {
  const series = await chooseSeries(index, 'Export the action log of…');
  if (!series) return undefined;
  const chosen =
    format ??
    (
      await vscode.window.showQuickPick(
        ACTION_LOG_FORMATS.map((value) => ({ label: value === 'csv' ? 'CSV' : value === 'html' ? 'HTML' : 'Markdown', value })),
        { title: 'Export the action log as…' },
      )
    )?.value;
  if (!chosen) return undefined;
  const content = formatActionLog(index.actionLog(), series, chosen);
  const document = await vscode.workspace.openTextDocument({ language: chosen === 'csv' ? 'csv' : chosen, content });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The quick fix of `unreviewed-action`: the forgotten action, added to this meeting's review table. */
class ReviewFixes implements vscode.CodeActionProvider {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly models: DocumentModels,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const wanted = context.diagnostics.filter((diagnostic) => diagnostic.code === 'unreviewed-action');
    if (wanted.length === 0) return [];
    const key = document.uri.toString();
    const found = seriesDiagnostics(this.index.actionLog(), key, readSettings(document.uri).carriedTooOften);
    return wanted.flatMap((diagnostic) => {
      const match = found.find((one) => one.code === 'unreviewed-action' && one.message === diagnostic.message);
      if (!match) return [];
      const edit = addToReview(document.getText(), this.models.get(document), key, match.tracked);
      const action = new vscode.CodeAction(`Add "${match.tracked.occurrences[0].action.text}" to the review of earlier actions`, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, toRange(edit.range), edit.newText);
      return [action];
    });
  }
}

export function registerActionLog(index: WorkspaceIndex, models: DocumentModels, selector: MinutesSelector): vscode.Disposable[] {
  const fixes = new ReviewFixes(index, models);
  return [
    selector.register((documents) => vscode.languages.registerCodeActionsProvider(documents, fixes, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] })),
    vscode.commands.registerCommand('minutes.startNextMeeting', (given?: unknown) =>
      startNextMeeting(index, given && typeof given === 'object' && 'date' in given && typeof given.date === 'string' ? { date: given.date } : {}),
    ),
    vscode.commands.registerCommand('minutes.previousMeeting', () => step(index, -1)),
    vscode.commands.registerCommand('minutes.nextMeeting', () => step(index, 1)),
    vscode.commands.registerCommand('minutes.exportActionLog', (format?: unknown) =>
      exportActionLog(index, ACTION_LOG_FORMATS.includes(format as ActionLogFormat) ? (format as ActionLogFormat) : undefined),
    ),
  ];
}

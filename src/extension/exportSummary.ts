// "Minutes: Export Action Summary": asks scope, what and format (remembering the last answers), then opens the
// summary as a new document or, for HTML and iCalendar, saves it where the user says, never over a file unasked.
import * as vscode from 'vscode';
import { buildSummary, formatSummary, type ExportFormat, type SourceDocument } from '../core/export';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { DocumentModels } from './documentModels';
import { isMinutesDocument } from './selector';

export type ExportScope = 'file' | 'workspace' | 'person' | 'view';

export interface ExportAnswers {
  scope: ExportScope;
  openOnly: boolean;
  format: ExportFormat;
  person?: string;
  /** For HTML and iCalendar: where to save, instead of asking (tests, other extensions). */
  target?: vscode.Uri;
  /** When `target` exists: replace it (true) or leave it (false) instead of asking. */
  replace?: boolean;
}

const LAST_ANSWERS_KEY = 'minutes.export.lastAnswers';
const LANGUAGE: Record<ExportFormat, string> = { json: 'json', markdown: 'markdown', csv: 'csv', html: 'html', ics: 'plaintext' };
const EXTENSION: Record<ExportFormat, string> = { json: 'json', markdown: 'md', csv: 'csv', html: 'html', ics: 'ics' };

function ordered<T extends { value: unknown }>(items: T[], last: unknown): T[] {
  // The last answer first, so Enter repeats it.
  return [...items.filter((i) => i.value === last), ...items.filter((i) => i.value !== last)];
}

async function ask(index: WorkspaceIndex, state: vscode.Memento, hasFile: boolean): Promise<ExportAnswers | undefined> {
  const last = state.get<Partial<ExportAnswers>>(LAST_ANSWERS_KEY, {});
  const count = index.allFiles().length;
  const scopes = ordered(
    [
      ...(hasFile ? [{ label: 'This file', description: 'the minutes in the active editor', value: 'file' as const }] : []),
      { label: 'Whole workspace', description: `${count} minutes file${count === 1 ? '' : 's'}`, value: 'workspace' as const },
      { label: 'One person', description: 'every action of one owner', value: 'person' as const },
      { label: 'What the Open Actions view shows', value: 'view' as const },
    ],
    last.scope,
  );
  const scope = await vscode.window.showQuickPick(scopes, { title: 'Export action summary (1/3): from where?' });
  if (!scope) return undefined;
  let person: string | undefined;
  if (scope.value === 'person') {
    person = await vscode.window.showQuickPick(index.owners(), { title: 'Export action summary: whose actions?' });
    if (!person) return undefined;
  }
  const what = await vscode.window.showQuickPick(
    ordered([{ label: 'Open actions only', value: true }, { label: 'All actions, with their status', value: false }], last.openOnly),
    { title: 'Export action summary (2/3): which actions?' },
  );
  if (!what) return undefined;
  const format = await vscode.window.showQuickPick(
    ordered(
      [
        { label: 'Markdown', description: 'by person, overdue first, linked to the minutes', value: 'markdown' as const },
        { label: 'CSV', description: 'for a spreadsheet', value: 'csv' as const },
        { label: 'JSON', description: 'the CLI schema', value: 'json' as const },
        { label: 'HTML', description: 'one printable page (saved to a file)', value: 'html' as const },
        { label: 'iCalendar', description: 'a to-do per dated action (saved to a file)', value: 'ics' as const },
      ],
      last.format,
    ),
    { title: 'Export action summary (3/3): as what?' },
  );
  if (!format) return undefined;
  const answers = { scope: scope.value, openOnly: what.value, format: format.value, person };
  await state.update(LAST_ANSWERS_KEY, { scope: answers.scope, openOnly: answers.openOnly, format: answers.format });
  return answers;
}

function sources(answers: ExportAnswers, index: WorkspaceIndex, models: DocumentModels, showDone: boolean): { sources: SourceDocument[]; from: string; openOnly: boolean } | undefined {
  if (answers.scope === 'file') {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isMinutesDocument(editor.document)) return undefined;
    const file = vscode.workspace.asRelativePath(editor.document.uri);
    return { sources: [{ file, document: models.get(editor.document) }], from: file, openOnly: answers.openOnly };
  }
  const all = index.allFiles().map((file) => ({ file: file.path, document: file.document }));
  const from = `${all.length} minutes file${all.length === 1 ? '' : 's'} in ${vscode.workspace.name ?? 'the workspace'}`;
  // The view shows open actions, and done ones only when asked to.
  const openOnly = answers.scope === 'view' ? !showDone : answers.openOnly;
  return { sources: all, from, openOnly };
}

export async function exportActionSummary(answers: ExportAnswers, index: WorkspaceIndex, models: DocumentModels, showDone: boolean): Promise<vscode.TextDocument | vscode.Uri | undefined> {
  const chosen = sources(answers, index, models, showDone);
  if (!chosen) {
    void vscode.window.showWarningMessage('Minutes: open a minutes file to export its actions.');
    return undefined;
  }
  const summary = buildSummary(chosen.sources, {
    openOnly: chosen.openOnly,
    person: answers.scope === 'person' ? answers.person : undefined,
    // The workspace's series, so a carried action is listed once, as the view lists it.
    people: index.people(),
    log: answers.scope === 'file' ? undefined : index.actionLog(),
  });
  const from = answers.scope === 'person' && answers.person ? `${answers.person}'s actions in ${chosen.from}` : chosen.from;
  const content = formatSummary(summary, answers.format, { from });
  if (answers.format === 'markdown' || answers.format === 'csv' || answers.format === 'json') {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE[answers.format], content });
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    answers.target ??
    (await vscode.window.showSaveDialog({
      title: 'Save action summary',
      defaultUri: folder ? vscode.Uri.joinPath(folder, `action-summary.${EXTENSION[answers.format]}`) : undefined,
      filters: answers.format === 'html' ? { HTML: ['html'] } : { iCalendar: ['ics'] },
    }));
  if (!target) return undefined;
  // In Restricted Mode, a file is written only where the person chose it in the save dialog or confirms it here
  // (a command run with a target, from a link or another extension, would otherwise write without asking).
  if (answers.target && !vscode.workspace.isTrusted) {
    const write = await vscode.window.showWarningMessage(`This workspace is not trusted. Write the action summary to ${vscode.workspace.asRelativePath(target)}?`, { modal: true }, 'Write');
    if (write !== 'Write') return undefined;
  }
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (exists) {
    const replace = answers.replace ?? (await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} already exists. Replace it?`, { modal: true }, 'Replace')) === 'Replace';
    if (!replace) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(`Minutes: ${summary.actions.length} action${summary.actions.length === 1 ? '' : 's'} saved to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}

export function registerExportSummary(index: WorkspaceIndex, models: DocumentModels, context: vscode.ExtensionContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('minutes.exportActionSummary', async (given?: ExportAnswers) => {
      const hasFile = !!vscode.window.activeTextEditor && isMinutesDocument(vscode.window.activeTextEditor.document);
      const answers = given && typeof given === 'object' && 'format' in given ? given : await ask(index, context.globalState, hasFile);
      if (!answers) return undefined;
      return exportActionSummary(answers, index, models, context.workspaceState.get<boolean>('minutes.openActions.showDone', false));
    }),
  ];
}

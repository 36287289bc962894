// "Minutes: Import Minutes…": a Word document, plain text or Markdown brought into the dialect, as a new *.minutes.md
// beside the source (never over an existing file), opened beside it with a summary of what was found.
import * as vscode from 'vscode';
import { describeImport } from '../core/import/importMinutes';
import { importedName } from '../core/import/source';
import { importBytes, type DocxReader } from '../core/import/importBytes';
import { readSettings } from './settings';

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** Imports `source` (asks for one when none is given); gives the new file's URI, or undefined when nothing was written. */
export async function importMinutesFile(source: vscode.Uri | undefined, readDocx: DocxReader | undefined): Promise<vscode.Uri | undefined> {
  if (!source) {
    const picked = await vscode.window.showOpenDialog({
      title: 'Import minutes',
      openLabel: 'Import',
      canSelectMany: false,
      filters: { 'Minutes (Word, text, Markdown)': ['docx', 'txt', 'md'] },
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    source = picked?.[0];
    if (!source) return undefined;
  }
  const name = source.path.split('/').pop() ?? source.path;
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(source);
  } catch (error) {
    void vscode.window.showErrorMessage(`Minutes: cannot read ${name}: ${(error as Error).message}`);
    return undefined;
  }
  const result = await importBytes(bytes, name, { dayFirst: readSettings(source).dayFirst }, readDocx);
  if ('problem' in result) {
    void vscode.window.showErrorMessage(`Minutes: cannot import ${result.problem}.`);
    return undefined;
  }
  const folder = vscode.Uri.joinPath(source, '..');
  const target = vscode.Uri.joinPath(folder, await importedName(name, (candidate) => exists(vscode.Uri.joinPath(folder, candidate))));
  // createFile without overwrite fails rather than replace a file that appeared in the meantime.
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(result.markdown) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`Minutes: could not write ${vscode.workspace.asRelativePath(target)}; nothing was overwritten.`);
    return undefined;
  }
  // The edit wrote the file to disk, as the CLI does; the index reads it like any other.
  // Beside the source when it is open in an editor; a Word document is not, so then in the editor area.
  await vscode.window.showTextDocument(target, { viewColumn: vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preview: false });
  void vscode.window.showInformationMessage(`Minutes: imported ${name} as ${target.path.split('/').pop()}: ${describeImport(result.summary)}.`);
  return target;
}

/** `readDocx`: the platform's reader of Word documents (a host without one has the import say what to do instead). */
export function registerImportMinutes(readDocx: DocxReader | undefined): vscode.Disposable[] {
  return [vscode.commands.registerCommand('minutes.importMinutes', (uri?: vscode.Uri) => importMinutesFile(uri instanceof vscode.Uri ? uri : undefined, readDocx))];
}

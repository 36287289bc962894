// "New Minutes": a minutes file from the skeleton, never over an existing file.
import * as vscode from 'vscode';
import { todayIso } from '../core/dates';
import { minutesSkeleton } from '../core/skeleton';
import type { MinutesSelector } from './selector';

export function registerNewMinutes(selector: MinutesSelector): vscode.Disposable[] {
  return [
    // The file name may be given (other extensions, tests), as VS Code's own commands take their answers.
    vscode.commands.registerCommand('minutes.newMinutes', async (given?: unknown) => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      const today = todayIso();
      if (!folder) {
        // Untitled Markdown that Minutes reads as minutes until it is saved (under a name the settings select).
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: minutesSkeleton(today) });
        selector.adopt(document);
        await vscode.window.showTextDocument(document);
        return;
      }
      const name = typeof given === 'string' && given.trim() !== '' ? given : await vscode.window.showInputBox({
        title: 'New minutes',
        prompt: 'File name, relative to the workspace folder',
        value: `${today}-meeting.minutes.md`,
        valueSelection: [11, 18],
        validateInput: (value) => (value.trim() === '' ? 'Give the file a name.' : /\.md$/.test(value) ? undefined : 'Minutes files end in .minutes.md.'),
      });
      if (!name) return;
      const uri = vscode.Uri.joinPath(folder.uri, name.trim());
      const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
      if (exists) {
        void vscode.window.showWarningMessage(`Minutes: ${name} already exists; it was left as it is.`);
        await vscode.window.showTextDocument(uri);
        return;
      }
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(minutesSkeleton(today)) });
      if (await vscode.workspace.applyEdit(edit)) await vscode.window.showTextDocument(uri);
    }),
  ];
}

// The action log in the real host: "Start the Next Meeting" writes the next minutes of a series (never over a file),
// and marking a carried action done in them takes it out of the open actions.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, workspaceRoot } from './helpers';

interface LogApi {
  index: {
    isScanned: boolean;
    actions(): { key: string; action: { text: string; status: string }; tracked?: unknown }[];
  };
}

const MEETINGS = ['2007-06-06-daccom-exec.minutes.md', '2007-06-22-daccom-exec.minutes.md', '2007-07-04-daccom-exec.minutes.md'];
const NEXT = '2007-07-18-daccom-exec.minutes.md';

describe('action log', () => {
  const folder = (): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), 'tmp-daccom');
  let api: LogApi;
  let extensionUri: vscode.Uri;

  before(async () => {
    const extension = vscode.extensions.getExtension<LogApi>(EXTENSION_ID);
    assert.ok(extension);
    api = await extension.activate();
    extensionUri = extension.extensionUri;
    await waitFor(() => api.index.isScanned, 'the first scan finished');
    // The example series, copied into the workspace: three meetings whose actions are carried, done and dropped.
    for (const name of MEETINGS) {
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(extensionUri, 'examples', 'daccom', name), vscode.Uri.joinPath(folder(), name), { overwrite: true });
    }
    await waitFor(() => api.index.actions().some((a) => a.key.endsWith(MEETINGS[2]) && a.tracked), 'the series indexed');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
  });

  it('starts the next meeting from the latest minutes: the expected file, the cursor on the first status cell', async () => {
    await vscode.window.showTextDocument(vscode.Uri.joinPath(folder(), MEETINGS[0]));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('minutes.startNextMeeting');
    assert.ok(editor, 'the command opens the new minutes');
    assert.equal(editor.document.uri.toString(), vscode.Uri.joinPath(folder(), NEXT).toString());
    const expected = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'test', 'fixtures', 'golden', 'next-meeting.expected.md')));
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), NEXT)));
    assert.equal(written, expected);
    const line = editor.document.lineAt(editor.selection.active.line).text;
    assert.ok(line.startsWith('| A3 | Mark Jones |'), line);
    assert.equal(line.slice(editor.selection.active.character), ' |', 'in the empty status cell');

    // A3 is listed once, now from the new minutes.
    await waitFor(() => api.index.actions().some((a) => a.key.endsWith(NEXT)), 'the new minutes indexed');
    const a3 = api.index.actions().filter((a) => a.action.text.startsWith('Communicate the LES claims'));
    assert.equal(a3.length, 1);
    assert.ok(a3[0].key.endsWith(NEXT));
  });

  it('never overwrites the next minutes once they exist', async () => {
    const uri = vscode.Uri.joinPath(folder(), NEXT);
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '<!-- mine -->\n'));
    await editor.document.save();
    // The series now ends with these minutes; their next meeting on the same date would be this very file.
    await vscode.commands.executeCommand('minutes.startNextMeeting', { date: '2007-07-18' });
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.ok(text.startsWith('<!-- mine -->\n'), 'the file was left as it is');
  });

  it('marking a carried action done in the new minutes closes it', async () => {
    const uri = vscode.Uri.joinPath(folder(), NEXT);
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('| A3 |'));
    const at = editor.document.lineAt(line).text.length - 2;
    await editor.edit((edit) => edit.insert(new vscode.Position(line, at), 'done'));
    await waitFor(
      () => !api.index.actions().some((a) => a.action.text.startsWith('Communicate the LES claims') && a.action.status === 'open'),
      'A3 no longer open',
    );
    assert.ok(api.index.actions().some((a) => a.action.text.startsWith('Circulate the draft specifications for diabetes') && a.action.status === 'open'), 'A5 still open');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('says when minutes forget an open action of the previous meeting, and the quick fix adds it to the review', async () => {
    const uri = vscode.Uri.joinPath(folder(), '2007-08-01-daccom-exec.minutes.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: DacCom Executive Committee\ndate: 2007-08-01\n---\n\n## Attended\n\n- Mark Jones (MJ)\n\n## 1. Survey\n\nDiscussed.\n'));
    const editor = await vscode.window.showTextDocument(uri);
    const unreviewed = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'unreviewed-action');
    await waitFor(() => unreviewed().length === 3, 'three open actions of 18 July not reviewed');
    assert.equal(unreviewed()[0].severity, vscode.DiagnosticSeverity.Information);
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unreviewed()[0].range, vscode.CodeActionKind.QuickFix.value);
    const fix = fixes.find((action) => action.title.startsWith('Add "Communicate the LES claims'));
    assert.ok(fix?.edit, fixes.map((action) => action.title).join(' | '));
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(editor.document.getText(), /## Actions from previous meetings\n\n\| Ref \| Owner \| Action \| Due \| Agreed \| Status \|\n\|---\|---\|---\|---\|---\|---\|\n\| A3 \| Mark Jones \|/);
    await waitFor(() => unreviewed().length === 2, 'the added action reviewed');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

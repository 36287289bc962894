// Every contributed snippet, inserted in a real editor, writes minutes that the extension reads without a problem.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from './helpers';

interface Snippet {
  prefix: string;
  body: string | string[];
}

function snippets(): [string, Snippet][] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const file = path.join(extension.extensionPath, 'snippets', 'minutes.code-snippets');
  return Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Snippet>);
}

describe('snippets', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('are contributed for the minutes language', () => {
    const names = snippets().map(([name]) => name);
    for (const expected of ['Action table', 'Action table row', 'Action line', 'Task item', 'Decision', 'Roster', 'Minutes']) {
      assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
    }
  });

  for (const name of ['Action table', 'Action table row', 'Action line', 'Task item', 'Decision', 'Roster', 'Minutes']) {
    it(`"${name}" expands through the editor's snippet command to valid minutes`, async () => {
      // Rows and lines go into minutes that already have a roster (and a table for a row).
      const prelude = name === 'Action table row' ? '## Attended\n\n- Full Name (FN)\n\n| Owner | Action | Due |\n|---|---|---|\n' : name === 'Minutes' ? '' : '## Attended\n\n- Full Name (FN)\n\n';
      // A probe after the insertion point: its problem moves down when the snippet goes in, which tells when the
      // diagnostics describe the text with the snippet in it.
      const probe = '\n\nACTION: probe\n';
      // Untitled with a minutes name: Markdown that Minutes reads (the snippets are found by the minutes language id).
      const uri = vscode.Uri.from({ scheme: 'untitled', path: `/snippet-${name.replace(/\W/g, '-')}-${Date.now()}.minutes.md` });
      const document = await vscode.workspace.openTextDocument(uri);
      await (await vscode.window.showTextDocument(document)).edit((edit) => edit.insert(new vscode.Position(0, 0), prelude + probe));
      const editor = await vscode.window.showTextDocument(document);
      const end = document.positionAt(prelude.length);
      editor.selection = new vscode.Selection(end, end);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'minutes', name });
      await waitFor(() => document.getText().length > prelude.length, `"${name}" inserted`);
      // Leave snippet mode with the placeholders' defaults in place.
      await vscode.commands.executeCommand('leaveSnippet');
      const text = document.getText();
      assert.ok(!/\$\{?\d/.test(text), `no raw placeholders left:\n${text}`);
      const today = new Date();
      const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      if (/Action|Task|Minutes/.test(name)) assert.ok(text.includes(iso), `today's date (${iso}) in:\n${text}`);
      const probeLine = text.split('\n').indexOf('ACTION: probe');
      const minutesProblems = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'minutes');
      await waitFor(() => minutesProblems().some((d) => d.code === 'missing-owner' && d.range.start.line === probeLine), 'diagnostics of the expanded text');
      const problems = minutesProblems().filter((d) => d.range.start.line !== probeLine);
      assert.deepEqual(problems.map((d) => `${d.code}: ${d.message}`), [], text);
    });
  }
});

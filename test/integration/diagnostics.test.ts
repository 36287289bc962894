// Diagnostics and quick fixes, live in the real extension host.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { openFixture, waitFor, workspaceRoot } from './helpers';

function minutesDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'minutes');
}

let untitledCount = 0;

/**
 * A new unsaved minutes file with its own name: an anonymous one ("Untitled-1") may be handed a URI that a just-closed
 * editor's document still holds in the extension host, and the test then sees that document's text.
 */
async function untitledMinutes(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/diagnostics-${Date.now()}-${++untitledCount}.minutes.md` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
  assert.equal(editor.document.getText(), content);
  assert.equal(editor.document.languageId, 'markdown');
  return editor;
}

describe('diagnostics', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports nothing for complete minutes', async () => {
    const document = await openFixture('2007-06-06-exec.minutes.md');
    // Diagnostics are published in the order files open: once a later file's are in, the fixture's are too.
    const probe = await untitledMinutes('ACTION: probe without owner due 2030-01-01\n');
    await waitFor(() => minutesDiagnostics(probe.document.uri).length > 0, 'probe diagnosed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.deepEqual(minutesDiagnostics(document.uri).map((d) => d.code), []);
  });

  it('shows each code live with its range and severity, and clears when fixed', async () => {
    const editor = await untitledMinutes('## Attended\n\n- Mark Jones (MJ)\n\nACTION: write the report due 03/04/2008\n\n- [ ] @ZZ check due: 31/02/2008\n');
    const uri = editor.document.uri;
    const found = await waitFor(() => {
      const codes = minutesDiagnostics(uri).map((d) => String(d.code)).sort();
      return codes.length >= 4 ? codes : undefined;
    }, 'four minutes diagnostics');
    assert.deepEqual(found, ['ambiguous-date', 'bad-date', 'missing-owner', 'unknown-person']);
    const missing = minutesDiagnostics(uri).find((d) => d.code === 'missing-owner');
    assert.equal(missing?.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.getText(missing?.range), 'write the report');
    const bad = minutesDiagnostics(uri).find((d) => d.code === 'bad-date');
    assert.equal(bad?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(bad?.range), '31/02/2008');

    // Typing a fix clears it.
    await editor.edit((edit) => edit.replace(bad!.range, '2008-02-29'));
    await waitFor(() => !minutesDiagnostics(uri).some((d) => d.code === 'bad-date'), 'bad-date cleared after the edit');
  });

  it('applies a quick fix from the light bulb, and undoes it in one step', async () => {
    const editor = await untitledMinutes('## Attended\n\n- Mark Jones (MJ)\n\nACTION: write the report due 2030-01-01\n');
    const uri = editor.document.uri;
    const diagnostic = await waitFor(() => minutesDiagnostics(uri).find((d) => d.code === 'missing-owner'), 'missing-owner');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const addOwner = actions.find((a) => a.title === 'Add owner: Mark Jones');
    assert.ok(addOwner?.edit, `quick fixes offered: ${actions.map((a) => a.title).join(', ')}`);
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(addOwner.edit));
    assert.match(editor.document.getText(), /^ACTION: Mark Jones — write the report due 2030-01-01$/m);
    await waitFor(() => minutesDiagnostics(uri).length === 0, 'no diagnostics after the fix');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('corrects a bad date in the seed minutes from the light bulb, clears it, and undoes in one step', async () => {
    // The seed fixture, copied into the temporary workspace (this file runs as out/test/integration/*.js).
    const seed = readFileSync(path.resolve(__dirname, '../../../test/fixtures/seeds/2007-12-13-pbc-leads.minutes.md'));
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'tmp-pbc-leads.minutes.md');
    await vscode.workspace.fs.writeFile(uri, seed);
    try {
      const document = await openFixture('tmp-pbc-leads.minutes.md');
      const bad = await waitFor(() => minutesDiagnostics(uri).find((d) => d.code === 'bad-date'), 'bad-date in the seed');
      assert.equal(document.getText(bad.range), '31/02/2008');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, bad.range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map((a) => a.title);
      for (const title of ['Write the date as 2008-02-29 (29 February 2008)', 'Rewrite as 29/02/2008', 'Remove the due date', 'Enter a due date…']) {
        assert.ok(titles.includes(title), `"${title}" among ${titles.join(', ')}`);
      }
      // The seed writes its dates 20/12/2007, so the prevailing form is numeric, day first.
      const rewrite = actions.find((a) => a.title === 'Rewrite as 29/02/2008');
      assert.ok(rewrite?.edit);
      const before = document.getText();
      assert.ok(await vscode.workspace.applyEdit(rewrite.edit));
      assert.match(document.getText(), /not working due: 29\/02\/2008$/m);
      await waitFor(() => !minutesDiagnostics(uri).some((d) => d.code === 'bad-date'), 'bad-date cleared by the fix');
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), before);
      await waitFor(() => minutesDiagnostics(uri).some((d) => d.code === 'bad-date'), 'bad-date back after one undo');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('offers to rewrite a due date in the file\'s prevailing form, with the cursor on it', async () => {
    const editor = await untitledMinutes('ACTION: MJ — a due 5 April 2030\n\nACTION: MJ — b due 6 April 2030\n\nACTION: MJ — c due: 2030-04-07\n');
    const cursor = new vscode.Range(4, 23, 4, 23);
    assert.equal(editor.document.getText(new vscode.Range(4, 20, 4, 30)), '2030-04-07');
    const actions = await waitFor(async () => {
      const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, cursor, vscode.CodeActionKind.RefactorRewrite.value);
      return offered.length > 0 ? offered : undefined;
    }, 'a rewrite offered');
    const rewrite = actions.find((a) => a.title === 'Rewrite as 7 April 2030');
    assert.ok(rewrite?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(rewrite.edit));
    assert.match(editor.document.getText(), /^ACTION: MJ — c due: 7 April 2030$/m);
  });

  it('follows the severity settings, and "off" hides a code', async () => {
    const config = vscode.workspace.getConfiguration('minutes');
    await config.update('diagnostics.missing-due', 'off', vscode.ConfigurationTarget.Global);
    try {
      const editor = await untitledMinutes('ACTION: MJ — no date here\n\nACTION: no owner due 2030-01-01\n');
      await waitFor(() => minutesDiagnostics(editor.document.uri).some((d) => d.code === 'missing-owner'), 'missing-owner');
      assert.ok(!minutesDiagnostics(editor.document.uri).some((d) => d.code === 'missing-due'));
    } finally {
      await config.update('diagnostics.missing-due', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('keeps other files\' problems when one file changes, and drops a closed file\'s', async () => {
    const first = await untitledMinutes('ACTION: first without owner due 2030-01-01\n');
    await waitFor(() => minutesDiagnostics(first.document.uri).length === 1, 'first file diagnosed');
    const second = await untitledMinutes('ACTION: second without owner due 2030-01-01\n');
    await waitFor(() => minutesDiagnostics(second.document.uri).length === 1, 'second file diagnosed');
    await second.edit((edit) => edit.insert(new vscode.Position(1, 0), 'more\n'));
    await waitFor(() => minutesDiagnostics(second.document.uri).length === 1, 'second file re-diagnosed');
    assert.equal(minutesDiagnostics(first.document.uri).length, 1, 'the first file keeps its problem');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => minutesDiagnostics(second.document.uri).length === 0, 'closed file forgotten');
    await vscode.window.showTextDocument(first.document);
  });

  it('shows problems of files that are not open when asked, and drops them when the file is deleted', async () => {
    const config = vscode.workspace.getConfiguration('minutes');
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'tmp-closed.minutes.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('ACTION: nobody owns this due 2030-01-01\n'));
    try {
      await config.update('diagnostics.workspace', true, vscode.ConfigurationTarget.Global);
      const found = await waitFor(() => minutesDiagnostics(uri).find((d) => d.code === 'missing-owner'), 'problem of a file that is not open');
      assert.equal(found.range.start.line, 0);
      await config.update('diagnostics.workspace', false, vscode.ConfigurationTarget.Global);
      await waitFor(() => minutesDiagnostics(uri).length === 0, 'withdrawn when the setting is off');
      await config.update('diagnostics.workspace', true, vscode.ConfigurationTarget.Global);
      await waitFor(() => minutesDiagnostics(uri).length === 1, 'shown again');
      await vscode.workspace.fs.delete(uri);
      await waitFor(() => minutesDiagnostics(uri).length === 0, 'gone with the deleted file');
    } finally {
      await config.update('diagnostics.workspace', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('hints at a commitment written as prose, and its fix makes it an action', async () => {
    const editor = await untitledMinutes('## Present\n\nRichard Sumner (RS)\n\nRS will communicate the above to AW.\n');
    const uri = editor.document.uri;
    const hint = await waitFor(() => minutesDiagnostics(uri).find((d) => d.code === 'prose-action'), 'prose-action hint');
    assert.equal(hint.severity, vscode.DiagnosticSeverity.Hint);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, hint.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Make it an action'));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /\n\nACTION: RS — communicate the above to AW\n$/);
    await waitFor(() => !minutesDiagnostics(uri).some((d) => d.code === 'prose-action'), 'hint gone once recorded');
  });
});

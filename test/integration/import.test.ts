// "Minutes: Import Minutes…" in the real host: a Word document becomes a new minutes file beside it, opened, indexed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, workspaceRoot } from './helpers';

interface IndexApi {
  index: { isScanned: boolean; actions(): { people: string[]; action: { text: string } }[] };
}

describe('import minutes', () => {
  const created: vscode.Uri[] = [];
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('imports a .docx beside itself, never over an existing file, opens it and indexes its actions', async () => {
    const extension = vscode.extensions.getExtension<IndexApi>(EXTENSION_ID);
    assert.ok(extension);
    const { index } = await extension.activate();
    await waitFor(() => index.isScanned, 'the first scan finished');

    const source = vscode.Uri.joinPath(workspaceRoot(), 'tmp-ashwell.docx');
    await vscode.workspace.fs.writeFile(source, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', 'import', 'ashwell-parish-council.docx')));
    created.push(source);

    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.importMinutes', source);
    assert.ok(target, 'a file was written');
    created.push(target);
    assert.equal(target.path.split('/').pop(), 'tmp-ashwell.minutes.md');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the new file is open');
    assert.equal(vscode.window.activeTextEditor?.document.isDirty, false, 'and saved');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^\| Clerk \| Write to the county council about the footpath by the church\. \| 31 March 2024 \|$/m);

    const bench = await waitFor(() => index.actions().find((a) => a.action.text === 'Get three quotes for the new bench.'), 'the imported actions are indexed');
    assert.deepEqual(bench.people, ['Oliver Grant']);
    assert.ok(index.actions().some((a) => a.action.text === 'survey the stiles' && a.people.includes('Priya Natarajan')));

    // Again: a free name, the first import untouched.
    const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.importMinutes', source);
    assert.ok(second);
    created.push(second);
    assert.equal(second.path.split('/').pop(), 'tmp-ashwell-2.minutes.md');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), text);
  });

  it('lists commitments written in prose as actions with minutes.proseActions set to action', async () => {
    const extension = vscode.extensions.getExtension<IndexApi>(EXTENSION_ID);
    assert.ok(extension);
    const { index } = await extension.activate();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'tmp-parish.minutes.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Parish council\n\nClerk to send a letter of thanks to the verger.\n'));
    created.push(uri);
    const config = vscode.workspace.getConfiguration('minutes');
    try {
      await waitFor(() => index.isScanned, 'the scan');
      assert.ok(!index.actions().some((a) => a.action.text === 'send a letter of thanks to the verger'), 'a hint by default');
      await config.update('proseActions', 'action', vscode.ConfigurationTarget.Workspace);
      const found = await waitFor(() => index.actions().find((a) => a.action.text === 'send a letter of thanks to the verger'), 'the commitment listed as an action');
      assert.deepEqual(found.people, ['Clerk']);
    } finally {
      await config.update('proseActions', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => !index.actions().some((a) => a.action.text === 'send a letter of thanks to the verger'), 'a hint again');
  });

  it('says what is wrong with a file that cannot be imported, and writes nothing', async () => {
    const source = vscode.Uri.joinPath(workspaceRoot(), 'tmp-broken.docx');
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode('not a zip'));
    created.push(source);
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.importMinutes', source);
    assert.equal(target, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(workspaceRoot(), 'tmp-broken.minutes.md'))));
  });
});

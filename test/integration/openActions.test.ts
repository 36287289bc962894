// The workspace index, the Open Actions view's commands, every action for one person and export, in the real host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, scannedApi, waitFor, workspaceRoot } from './helpers';

interface IndexApi {
  index: {
    isScanned: boolean;
    actions(): { key: string; people: string[]; action: { text: string; status: string; due: string | null } }[];
    owners(): string[];
  };
  parsePool: { stats: { files: number; fallbacks: number } };
  openActions: { grouping: string; showDone: boolean; getChildren(node?: unknown): unknown[]; getTreeItem(node: unknown): { label?: unknown } };
}

const api = () => scannedApi<IndexApi>();

describe('workspace index and Open Actions', () => {
  it('indexes every minutes file in the workspace, with people resolved', async () => {
    const { index } = await api();
    const texts = index.actions().map((a) => a.action.text);
    assert.ok(texts.includes('send the leap-day newsletter'), texts.join(' | '));
    assert.ok(texts.includes('circulate the final budget to all members'));
    assert.ok(!texts.includes('Circulate the final budget'), 'the summary table restates it: listed once, where first written');
    assert.ok(index.owners().includes('Mary Jones'), index.owners().join(', '));
  });

  it('follows a new file, an unsaved edit and a deletion', async () => {
    const { index } = await api();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'tmp-created.minutes.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('ACTION: Zoe Adams — created on disk due 2030-01-01\n'));
    try {
      await waitFor(() => index.actions().some((a) => a.action.text === 'created on disk'), 'new file indexed');
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '\nACTION: Zoe Adams — typed, not saved due 2030-01-02\n'));
      await waitFor(() => index.actions().some((a) => a.action.text === 'typed, not saved'), 'unsaved edit indexed');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor(() => !index.actions().some((a) => a.action.text === 'typed, not saved'), 'reverted edit forgotten');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(() => !index.actions().some((a) => a.action.text === 'created on disk'), 'deleted file forgotten');
  });

  it('parses files on disk on worker threads, off the extension host\'s main thread', async () => {
    const { index, parsePool } = await api();
    const before = parsePool.stats.files;
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'tmp-pooled.minutes.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Board\n\nACTION: Zoe Adams — parsed by a worker due 2030-01-03\n'));
    try {
      await waitFor(() => index.actions().some((a) => a.action.text === 'parsed by a worker'), 'new file indexed');
      assert.ok(parsePool.stats.files > before, `the pool parsed ${parsePool.stats.files - before} files`);
      assert.equal(parsePool.stats.fallbacks, 0, 'no file was left to the main thread');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('groups and shows done actions through the view\'s commands', async () => {
    const { openActions: view } = await api();
    const groups = () => view.getChildren().map((node) => String(view.getTreeItem(node).label));
    try {
      await vscode.commands.executeCommand('minutes.groupByDue');
      assert.equal(view.grouping, 'due');
      assert.ok(groups().includes('Overdue') && !groups().includes('Past (closed)'), groups().join(', '));
      await vscode.commands.executeCommand('minutes.showDoneActions');
      assert.ok(groups().includes('Past (closed)'), `done actions shown: ${groups().join(', ')}`);
      await vscode.commands.executeCommand('minutes.hideDoneActions');
      assert.ok(!groups().includes('Past (closed)'), groups().join(', '));
    } finally {
      await vscode.commands.executeCommand('minutes.hideDoneActions');
      await vscode.commands.executeCommand('minutes.groupByPerson');
    }
    assert.equal(view.grouping, 'person');
    assert.ok(groups().includes('Mary Jones'), groups().join(', '));
  });

  it('marks an action done from the view as one undoable edit', async () => {
    const { index } = await api();
    const entry = await waitFor(() => index.actions().find((a) => a.action.text === 'send the leap-day newsletter'), 'task indexed');
    await vscode.commands.executeCommand('minutes.markActionDone', { type: 'action', entry });
    const document = await vscode.workspace.openTextDocument(fixture('2008-02-20-board.minutes.md'));
    try {
      assert.match(document.getText(), /^- \[x\] @MJ send the leap-day newsletter/m);
      await waitFor(() => index.actions().find((a) => a.action.text === 'send the leap-day newsletter')?.action.status === 'done', 'index sees it done');
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.match(document.getText(), /^- \[ \] @MJ send the leap-day newsletter/m);
      await document.save();
    }
  });

  it('exports the workspace summary as Markdown into a new document', async () => {
    await api();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('minutes.exportActionSummary', { scope: 'workspace', openOnly: true, format: 'markdown' });
    assert.ok(document);
    assert.equal(document.isUntitled, true);
    assert.match(document.getText(), /^# Summary of actions/);
    assert.match(document.getText(), /## Mary Jones/);
    assert.ok(!document.getText().includes('book the hall'), 'done actions are left out');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('saves an HTML summary and never overwrites without asking', async () => {
    await api();
    const target = vscode.Uri.joinPath(workspaceRoot(), 'tmp-summary.html');
    const answers = { scope: 'person', person: 'Mary Jones', openOnly: false, format: 'html', target };
    try {
      // A file is there: answering "do not replace" leaves it as it was.
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('mine'));
      assert.equal(await vscode.commands.executeCommand('minutes.exportActionSummary', { ...answers, replace: false }), undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), 'mine');
      const saved = await vscode.commands.executeCommand<vscode.Uri>('minutes.exportActionSummary', { ...answers, replace: true });
      assert.equal(saved?.toString(), target.toString());
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(html, /<h2>Mary Jones<\/h2>/);
      assert.ok(!html.includes('Tom Smith'));
    } finally {
      await vscode.workspace.fs.delete(target);
    }
  });
});

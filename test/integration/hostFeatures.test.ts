// What a user reaches in the real extension host, each at the depth where it can break: the Open Actions view's
// groupings, clicks and context menu, the person command, New Minutes, Refresh, quick fixes and live diagnostics,
// severities, export scopes and formats, the overwrite answer, and the settings that change what is read.
// Run alone with MINUTES_TEST_GREP=host: (every suite here starts with it).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, scannedApi, waitFor, workspaceRoot } from './helpers';

interface Entry {
  key: string;
  path: string;
  people: string[];
  action: { text: string; status: string; due: string | null; range: { start: { line: number } }; textRange: { start: { line: number; character: number } } };
}
interface Group {
  id: string;
  label: string;
  actions: Entry[];
}
type Node = { type: 'group'; group: Group } | { type: 'action'; entry: Entry; group?: Group };
interface Api {
  index: { isScanned: boolean; actions(): Entry[]; onDidChange(listener: () => void): vscode.Disposable };
  openActions: { grouping: string; showDone: boolean; getChildren(node?: Node): Node[]; getTreeItem(node: Node): vscode.TreeItem };
}

const api = () => scannedApi<Api>();

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const minutesProblems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'minutes');

async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, encode(text));
  return uri;
}

async function remove(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revertAll').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // An untitled document the host still holds may be handed back, text and all, for the next untitled one (the
  // next export): wait until the host has let them go.
  await waitFor(() => !vscode.workspace.textDocuments.some((document) => document.isUntitled), 'untitled documents closed', 10_000).catch(() => undefined);
}

/** Answers a quick pick (or input box) with its first item, as Enter does, until the command that opened it ends. */
async function acceptQuickPicks<T>(pending: Thenable<T>): Promise<T> {
  let done = false;
  const result = Promise.resolve(pending).finally(() => {
    done = true;
  });
  await waitFor(async () => {
    if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return done;
  }, 'the quick pick to be answered');
  return result;
}

/** Sets a `minutes.*` setting for the workspace; `undefined` removes it. */
async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('minutes').update(key, value, vscode.ConfigurationTarget.Workspace);
}

const rows = (view: Api['openActions']) =>
  view.getChildren().map((node) => {
    assert.equal(node.type, 'group');
    const children = view.getChildren(node);
    return [view.getTreeItem(node).label, children.map((child) => view.getTreeItem(child).label)] as const;
  });
/** The view's group of one person (grouped by person), and optionally one of its action rows. */
async function personNode(view: Api['openActions'], person: string): Promise<Node> {
  await vscode.commands.executeCommand('minutes.groupByPerson');
  const node = view.getChildren().find((n) => view.getTreeItem(n).label === person);
  assert.ok(node, `no group for ${person}`);
  return node;
}

async function actionRow(view: Api['openActions'], person: string, text: string): Promise<Extract<Node, { type: 'action' }>> {
  const node = view.getChildren(await personNode(view, person)).find((child) => view.getTreeItem(child).label === text);
  assert.ok(node && node.type === 'action', `no row "${text}" under ${person}`);
  return node;
}

const fixtureTexts = ['circulate the final budget to all members', 'Circulate the final budget', 'get three quotes from removal firms', 'Get three quotes from removal firms', 'send the leap-day newsletter', 'book the hall'];
/** The view's groups with only the fixture workspace's actions (other suites add files of their own for a while). */
const fixtureRows = (view: Api['openActions']) =>
  rows(view)
    .map(([label, actions]) => [label, actions.filter((a) => fixtureTexts.includes(String(a)))] as const)
    .filter(([, actions]) => actions.length > 0);

describe('host: the Open Actions view', () => {
  after(async () => {
    await vscode.commands.executeCommand('minutes.groupByPerson');
    await vscode.commands.executeCommand('minutes.hideDoneActions');
    await closeAll();
  });

  it('groups by due date, meeting and file, and back by person', async () => {
    const { openActions: view } = await api();
    await vscode.commands.executeCommand('minutes.groupByDue');
    assert.equal(view.grouping, 'due');
    // Every fixture action is long past: all open ones are overdue.
    // The summary table's rows restate the lines above them ("Circulate the final budget", shortened, same due date):
    // each action is listed once, where first written.
    assert.deepEqual(fixtureRows(view), [['Overdue', ['circulate the final budget to all members', 'get three quotes from removal firms', 'send the leap-day newsletter']]]);

    await vscode.commands.executeCommand('minutes.groupByMeeting');
    assert.equal(view.grouping, 'meeting');
    const meetings = fixtureRows(view).map(([label]) => String(label));
    // Newest meeting first.
    assert.equal(meetings.length, 2, meetings.join(' | '));
    assert.match(meetings[0], /Board meeting/);
    assert.match(meetings[1], /Executive committee/);

    await vscode.commands.executeCommand('minutes.groupByFile');
    assert.deepEqual(fixtureRows(view), [
      ['2007-06-06-exec.minutes.md', ['circulate the final budget to all members', 'get three quotes from removal firms']],
      ['2008-02-20-board.minutes.md', ['send the leap-day newsletter']],
    ]);

    await vscode.commands.executeCommand('minutes.groupByPerson');
    assert.deepEqual(fixtureRows(view), [
      ['Mary Jones', ['circulate the final budget to all members', 'send the leap-day newsletter']],
      ['Tom Smith', ['get three quotes from removal firms']],
    ]);
  });

  it('shows and hides done actions', async () => {
    const { openActions: view } = await api();
    await vscode.commands.executeCommand('minutes.groupByDue');
    await vscode.commands.executeCommand('minutes.showDoneActions');
    assert.equal(view.showDone, true);
    const shown = fixtureRows(view);
    assert.deepEqual(shown.map(([label]) => label), ['Overdue', 'Past (closed)']);
    assert.deepEqual(shown[1][1], ['book the hall']);
    const doneItem = view.getTreeItem(view.getChildren(view.getChildren().find((n) => view.getTreeItem(n).label === 'Past (closed)'))[0]);
    assert.equal(doneItem.contextValue, 'minutes.action.closed');
    await vscode.commands.executeCommand('minutes.hideDoneActions');
    assert.equal(view.showDone, false);
    assert.ok(!fixtureRows(view).flatMap(([, actions]) => actions).includes('book the hall'));
  });

  it('jumps to an action when its row is clicked', async () => {
    const { openActions: view } = await api();
    const node = await actionRow(view, 'Mary Jones', 'send the leap-day newsletter');
    const { command } = view.getTreeItem(node);
    assert.ok(command, 'the row runs a command when clicked');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('2008-02-20-board.minutes.md') && vscode.window.activeTextEditor, 'the board minutes open');
    const { line, character } = node.entry.action.textRange.start;
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [line, character]);
    assert.ok(editor.document.lineAt(line).text.slice(character).startsWith('send the leap-day newsletter'));
  });

  it('reopens a done action as one undoable edit', async () => {
    const { index, openActions: view } = await api();
    await vscode.commands.executeCommand('minutes.showDoneActions');
    const entry = await waitFor(() => index.actions().find((a) => a.action.text === 'book the hall'), 'the done task indexed');
    const node = view.getChildren().flatMap((group) => view.getChildren(group)).find((n) => n.type === 'action' && n.entry.key === entry.key && n.entry.action.text === 'book the hall');
    assert.ok(node);
    await vscode.commands.executeCommand('minutes.reopenAction', node);
    const document = await vscode.workspace.openTextDocument(fixture('2008-02-20-board.minutes.md'));
    try {
      assert.match(document.getText(), /^- \[ \] @AR book the hall/m);
      await waitFor(() => index.actions().find((a) => a.action.text === 'book the hall')?.action.status === 'open', 'the index sees it open');
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.match(document.getText(), /^- \[x\] @AR book the hall/m);
      await document.save();
    }
  });

  it('copies an action as a line of text', async () => {
    const { openActions: view } = await api();
    const node = await actionRow(view, 'Tom Smith', 'get three quotes from removal firms');
    await vscode.env.clipboard.writeText('before');
    await vscode.commands.executeCommand('minutes.copyAction', node);
    assert.equal(await vscode.env.clipboard.readText(), 'Tom Smith: get three quotes from removal firms (due 30 June 2007)');
  });

  it('refreshes from the command, re-reading every file', async () => {
    const { index } = await api();
    let changes = 0;
    const listening = index.onDidChange(() => changes++);
    try {
      await vscode.commands.executeCommand('minutes.refreshActions');
      assert.ok(changes >= 1, 'the refresh changed the index once it had read every file');
      assert.ok(index.actions().some((a) => a.action.text === 'send the leap-day newsletter'));
    } finally {
      listening.dispose();
    }
  });
});

describe('host: every action for one person', () => {
  afterEach(closeAll);

  it('from a person in the view: picks one of their actions and opens it', async () => {
    const { openActions: view } = await api();
    const tom = await personNode(view, 'Tom Smith');
    await acceptQuickPicks(vscode.commands.executeCommand('minutes.showPersonActions', tom));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.ok(editor.document.uri.path.endsWith('2007-06-06-exec.minutes.md'), editor.document.uri.path);
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /TS.*get three quotes/i);
  });

  it('from the owner under the cursor', async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(fixture('2008-02-20-board.minutes.md'));
    const editor = await vscode.window.showTextDocument(document);
    // On "MJ" in "- [ ] @MJ send the leap-day newsletter": Mary Jones, whose action due first is in the other file
    // (and who is not the first person a picker would offer: that is Ana Ruiz).
    const line = document.getText().split('\n').findIndex((l) => l.includes('@MJ send the leap-day newsletter'));
    const at = new vscode.Position(line, document.lineAt(line).text.indexOf('MJ') + 1);
    editor.selection = new vscode.Selection(at, at);
    await acceptQuickPicks(vscode.commands.executeCommand('minutes.showPersonActions'));
    const after = vscode.window.activeTextEditor;
    assert.ok(after);
    assert.ok(after.document.uri.path.endsWith('2007-06-06-exec.minutes.md'), after.document.uri.path);
    const text = after.document.lineAt(after.selection.active.line).text;
    assert.equal(text.slice(after.selection.active.character), 'circulate the final budget to all members due 15 June 2007');
  });
});

describe('host: New Minutes', () => {
  const name = 'tmp-new/2030-01-01-meeting.minutes.md';
  afterEach(async () => {
    await closeAll();
    await remove(vscode.Uri.joinPath(workspaceRoot(), 'tmp-new'));
  });

  it('creates the file from the skeleton and opens it', async () => {
    const { index } = await api();
    await vscode.commands.executeCommand('minutes.newMinutes', name);
    const uri = vscode.Uri.joinPath(workspaceRoot(), name);
    const text = decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^---\n/);
    assert.match(text, /## Attended/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await waitFor(() => index.actions().some((a) => a.key === uri.toString()) || index.actions().length > 0, 'the index follows');
  });

  it('never overwrites a file that exists: it opens it as it is', async () => {
    await api();
    // Another name than the test before's: a document just closed may linger, with its text, in the host.
    const kept = 'tmp-new/2030-01-02-kept.minutes.md';
    const uri = vscode.Uri.joinPath(workspaceRoot(), kept);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(workspaceRoot(), 'tmp-new'));
    await vscode.workspace.fs.writeFile(uri, encode('# Mine\n\nWritten by hand.\n'));
    await vscode.commands.executeCommand('minutes.newMinutes', kept);
    assert.equal(decode(await vscode.workspace.fs.readFile(uri)), '# Mine\n\nWritten by hand.\n');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.document.getText(), '# Mine\n\nWritten by hand.\n');
  });
});

describe('host: quick fixes and live diagnostics', () => {
  const files: vscode.Uri[] = [];
  afterEach(async () => {
    await closeAll();
    for (const uri of files.splice(0)) await remove(uri);
  });

  async function open(name: string, text: string): Promise<vscode.TextEditor> {
    const uri = await writeFile(name, text);
    files.push(uri);
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  }

  async function fixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic, kind = vscode.CodeActionKind.QuickFix): Promise<vscode.CodeAction[]> {
    return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, kind.value);
  }

  const text = [
    '---',
    'title: Fixes',
    'date: 2030-05-01',
    '---',
    '',
    '## Attended',
    '',
    '- Mary Jones (MJ)',
    '',
    'ACTION: MJ — no date here',
    '',
    'ACTION: MJ — ambiguous due 03/04/2031',
    '',
    'ACTION: MJ — another ambiguous due 05/06/2031',
    '',
    'ACTION: ZZ — unknown owner due 2031-01-01',
    '',
    'ACTION: MJ — too early due 2030-01-01',
    '',
    '## Next meeting',
    '',
    '12 June 2030',
    '',
  ].join('\n');

  it('shows due-before-meeting live, and the due-date fix adds the next meeting\'s date', async () => {
    const editor = await open('tmp-fixes-due.minutes.md', text);
    const uri = editor.document.uri;
    const early = await waitFor(() => minutesProblems(uri).find((d) => d.code === 'due-before-meeting'), 'due-before-meeting');
    assert.equal(editor.document.getText(early.range), '2030-01-01');
    assert.equal(early.severity, vscode.DiagnosticSeverity.Warning);
    const missing = await waitFor(() => minutesProblems(uri).find((d) => d.code === 'missing-due'), 'missing-due');
    const fixes = await fixesFor(uri, missing);
    const next = fixes.find((f) => f.title.startsWith('Due at the next meeting'));
    assert.ok(next?.edit, fixes.map((f) => f.title).join(', '));
    assert.ok(fixes.some((f) => f.title === 'Enter a due date…'), 'the typed-date fix is offered');
    assert.ok(await vscode.workspace.applyEdit(next.edit));
    assert.match(editor.document.getText(), /^ACTION: MJ — no date here Due: 2030-06-12$/m);
    await waitFor(() => !minutesProblems(uri).some((d) => d.code === 'missing-due'), 'missing-due cleared');
  });

  it('rewrites an ambiguous date in the reading chosen, and adds an unknown owner to the roster', async () => {
    const editor = await open('tmp-fixes-amb.minutes.md', text);
    const uri = editor.document.uri;
    const ambiguous = await waitFor(() => minutesProblems(uri).find((d) => d.code === 'ambiguous-date' && editor.document.getText(d.range) === '03/04/2031'), 'ambiguous-date');
    const fixes = await fixesFor(uri, ambiguous);
    const monthFirst = fixes.find((f) => f.title.startsWith('Write the date as 2031-03-04'));
    assert.ok(monthFirst?.edit, fixes.map((f) => f.title).join(', '));
    assert.ok(fixes.some((f) => f.title.startsWith('Write the date as 2031-04-03')), 'both readings are offered');
    assert.ok(await vscode.workspace.applyEdit(monthFirst.edit));
    assert.match(editor.document.getText(), /^ACTION: MJ — ambiguous due 2031-03-04$/m);

    const unknown = await waitFor(() => minutesProblems(uri).find((d) => d.code === 'unknown-person'), 'unknown-person');
    const add = (await fixesFor(uri, unknown)).find((f) => f.title === 'Add "ZZ" to the Attended list');
    assert.ok(add?.edit);
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    assert.match(editor.document.getText(), /- Mary Jones \(MJ\)\n- ZZ\n/);
    await waitFor(() => !minutesProblems(uri).some((d) => d.code === 'unknown-person'), 'unknown-person cleared');
  });

  it('fixes all of a kind from the light bulb and from source.fixAll', async () => {
    const editor = await open('tmp-fixes-all.minutes.md', text);
    const uri = editor.document.uri;
    const ambiguous = await waitFor(() => {
      const found = minutesProblems(uri).filter((d) => d.code === 'ambiguous-date');
      return found.length === 2 && found;
    }, 'two ambiguous dates');
    const all = (await fixesFor(uri, ambiguous[0])).find((f) => f.title === 'Fix every ambiguous-date in the file (2)');
    assert.ok(all?.edit);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    assert.match(editor.document.getText(), /ambiguous due 2031-04-03$/m);
    assert.match(editor.document.getText(), /another ambiguous due 2031-06-05$/m);
    await waitFor(() => !minutesProblems(uri).some((d) => d.code === 'ambiguous-date'), 'ambiguous dates cleared');

    // source.fixAll: every unknown owner to the roster, in one edit.
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, vscode.CodeActionKind.SourceFixAll.value);
    const roster = fixAll.find((f) => f.title === 'Add every unknown owner to the Attended list');
    assert.ok(roster?.edit, fixAll.map((f) => f.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(roster.edit));
    assert.match(editor.document.getText(), /- ZZ\n/);
  });

  it('shows bad-front-matter live, and clears it when the YAML is mended', async () => {
    const editor = await open('tmp-front.minutes.md', '---\ntitle: [unclosed\n---\n\n# Meeting\n');
    const uri = editor.document.uri;
    const bad = await waitFor(() => minutesProblems(uri).find((d) => d.code === 'bad-front-matter'), 'bad-front-matter');
    assert.equal(bad.severity, vscode.DiagnosticSeverity.Error);
    await editor.edit((edit) => edit.replace(editor.document.lineAt(1).range, 'title: closed'));
    await waitFor(() => !minutesProblems(uri).some((d) => d.code === 'bad-front-matter'), 'bad-front-matter cleared');
  });

  it('follows the severity settings: error, information and hint as well as off', async () => {
    const editor = await open('tmp-severity.minutes.md', '## Attended\n\n- Mary Jones (MJ)\n\nACTION: MJ — no date at all\n');
    const uri = editor.document.uri;
    const severityOf = () => minutesProblems(uri).find((d) => d.code === 'missing-due')?.severity;
    await waitFor(() => severityOf() === vscode.DiagnosticSeverity.Warning, 'missing-due as a warning');
    try {
      for (const [value, severity] of [['error', vscode.DiagnosticSeverity.Error], ['information', vscode.DiagnosticSeverity.Information], ['hint', vscode.DiagnosticSeverity.Hint]] as const) {
        await setting('diagnostics.missing-due', value);
        await waitFor(() => severityOf() === severity, `missing-due as ${value}`);
      }
      await setting('diagnostics.missing-due', 'off');
      await waitFor(() => severityOf() === undefined, 'missing-due off');
    } finally {
      await setting('diagnostics.missing-due', undefined);
    }
    await waitFor(() => severityOf() === vscode.DiagnosticSeverity.Warning, 'missing-due back to a warning');
  });
});

describe('host: export', () => {
  const files: vscode.Uri[] = [];
  afterEach(async () => {
    await vscode.commands.executeCommand('minutes.hideDoneActions');
    await closeAll();
    for (const uri of files.splice(0)) await remove(uri);
  });

  it('exports this file as CSV', async () => {
    await api();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('2007-06-06-exec.minutes.md')));
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('minutes.exportActionSummary', { scope: 'file', openOnly: true, format: 'csv' });
    assert.ok(document);
    const lines = document.getText().split('\r\n');
    assert.equal(lines[0], 'Owner,Action,Due,Due as written,Status,Meeting,Meeting date,File,Line');
    // Two actions (the summary table restates both: each listed once, where first written) and the header.
    assert.equal(lines.filter(Boolean).length, 3, document.getText());
    assert.ok(lines.every((line) => !line.includes('leap-day')), 'only the active file');
  });

  it('exports what the view shows as JSON: done actions only once the view shows them', async () => {
    await api();
    const texts = async () => {
      const document = await vscode.commands.executeCommand<vscode.TextDocument>('minutes.exportActionSummary', { scope: 'view', openOnly: false, format: 'json' });
      assert.equal(document.languageId, 'json');
      const json = JSON.parse(document.getText()) as { actions: { text: string; status: string }[] };
      return json.actions.map((a) => `${a.text} (${a.status})`);
    };
    const hidden = await texts();
    assert.ok(hidden.includes('send the leap-day newsletter (open)'), hidden.join(' | '));
    assert.ok(!hidden.includes('book the hall (done)'), 'the view hides done actions, so does its export');
    await vscode.commands.executeCommand('minutes.showDoneActions');
    assert.ok((await texts()).includes('book the hall (done)'));
  });

  it('saves iCalendar, and replaces an existing file only when told to', async () => {
    await api();
    const target = vscode.Uri.joinPath(workspaceRoot(), 'tmp-actions.ics');
    files.push(target);
    await vscode.workspace.fs.writeFile(target, encode('mine'));
    const kept = await vscode.commands.executeCommand('minutes.exportActionSummary', { scope: 'workspace', openOnly: true, format: 'ics', target, replace: false });
    assert.equal(kept, undefined);
    assert.equal(decode(await vscode.workspace.fs.readFile(target)), 'mine');
    const saved = await vscode.commands.executeCommand<vscode.Uri>('minutes.exportActionSummary', { scope: 'workspace', openOnly: true, format: 'ics', target, replace: true });
    assert.equal(saved?.toString(), target.toString());
    const ics = decode(await vscode.workspace.fs.readFile(target));
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /SUMMARY:send the leap-day newsletter\r\n/);
    assert.match(ics, /DUE;VALUE=DATE:20080229\r\n/);
  });
});

describe('host: settings', () => {
  const files: vscode.Uri[] = [];
  afterEach(async () => {
    await setting('files', undefined);
    await setting('exclude', undefined);
    await setting('dateOrder', undefined);
    await setting('people', undefined);
    await closeAll();
    for (const uri of files.splice(0)) await remove(uri);
  });

  it('reads other Markdown once minutes.files opts it in, and drops what minutes.exclude names', async () => {
    const { index } = await api();
    const uri = await writeFile('tmp-meetings/notes.md', '# Notes\n\nACTION: write the opt-in report due 2031-01-01\n');
    files.push(vscode.Uri.joinPath(workspaceRoot(), 'tmp-meetings'));
    const indexed = () => index.actions().some((a) => a.action.text === 'write the opt-in report');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    // A probe that is minutes: once its problem is in, the Markdown file's would be too.
    const probe = await writeFile('tmp-probe.minutes.md', 'ACTION: probe due 2031-01-01\n');
    files.push(probe);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(probe), { preview: false, preserveFocus: false });
    await waitFor(() => minutesProblems(probe).length > 0, 'the probe diagnosed');
    assert.equal(indexed(), false);
    assert.deepEqual(minutesProblems(uri), []);

    await setting('files', ['**/*.minutes.md', 'tmp-meetings/**/*.md']);
    await waitFor(indexed, 'the opted-in file indexed');
    await waitFor(() => minutesProblems(uri).some((d) => d.code === 'missing-owner'), 'the opted-in file diagnosed');

    await setting('exclude', ['tmp-meetings/**']);
    await waitFor(() => !indexed(), 'the excluded file dropped from the index');
    await waitFor(() => minutesProblems(uri).length === 0, 'the excluded file\'s problems gone');
  });

  it('reads numeric dates in the order minutes.dateOrder says', async () => {
    const { index } = await api();
    files.push(await writeFile('tmp-dates.minutes.md', 'ACTION: Mary Jones — numeric date due 03/04/2031\n'));
    const due = () => index.actions().find((a) => a.action.text === 'numeric date')?.action.due;
    await waitFor(() => due() === '2031-04-03', 'day first by default');
    await setting('dateOrder', 'month-first');
    await waitFor(() => due() === '2031-03-04', 'month first once set');
  });

  it('resolves the aliases minutes.people gives', async () => {
    const { index } = await api();
    files.push(await writeFile('tmp-people.minutes.md', 'ACTION: ZQ — aliased owner due 2031-01-01\n'));
    const people = () => index.actions().find((a) => a.action.text === 'aliased owner')?.people.join(',');
    await waitFor(() => people() === 'ZQ', 'the alias read as written');
    await setting('people', { 'Mary Jones': ['ZQ'] });
    await waitFor(() => people() === 'Mary Jones', 'the alias resolved to Mary Jones');
  });
});

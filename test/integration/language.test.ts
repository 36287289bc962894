// People and dates as a language, in the real host: references, definition, hover, rename, completion and symbols
// through VS Code's own commands, over the fixture workspace (two meetings sharing Mary Jones, "MJ").
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from './helpers';

const EXEC = '2007-06-06-exec.minutes.md';
const BOARD = '2008-02-20-board.minutes.md';

async function ready(): Promise<void> {
  const extension = vscode.extensions.getExtension<{ index: { isScanned: boolean; allFiles(): unknown[] } }>(EXTENSION_ID);
  assert.ok(extension);
  const { index } = await extension.activate();
  await waitFor(() => index.isScanned && index.allFiles().length >= 2, 'the first scan finished');
}

/** The position `offset` characters into the first line holding `needle`. */
function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${document.fileName}`);
  return document.positionAt(at + offset);
}

function where(locations: readonly vscode.Location[]): string[] {
  return locations.map((l) => `${l.uri.path.split('/').pop()}:${l.range.start.line + 1}`).sort();
}

describe('language: people and dates', () => {
  before(ready);

  it('finds every mention of a person across two files (Shift+F12)', async () => {
    const document = await openFixture(EXEC);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, '| MJ |', 2));
    // The summary table's row (line 27) restates the action of line 17: one action, listed where first written, as a
    // carried action is listed at its latest row.
    assert.deepEqual(where(locations), [`${BOARD}:5`, `${BOARD}:10`, `${EXEC}:17`, `${EXEC}:5`].sort());
  });

  it('goes from an owner to the roster entry of the latest meeting (F12)', async () => {
    const document = await openFixture(EXEC);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'ACTION: MJ', 9));
    const uris = definitions.map((d) => ('targetUri' in d ? d.targetUri : d.uri).path.split('/').pop());
    const lines = definitions.map((d) => ('targetRange' in d ? d.targetRange : d.range).start.line + 1);
    assert.deepEqual([uris, lines], [[BOARD], [5]]);
  });

  it('hovers a person and a due date', async () => {
    const document = await openFixture(BOARD);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, '@MJ', 1));
    const person = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(person, /\*\*Mary Jones\*\* \(MJ\)/);
    // The summary table restates "circulate the final budget …": two actions, each once.
    assert.match(person, /2 open actions, \d overdue, 2 in all/);
    assert.match(person, /\[send the leap-day newsletter\]\(file:/);
    const dateHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, '2008-02-29', 3));
    const date = dateHovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(date, /\*\*2008-02-29\*\*: 29 February 2008/);
    assert.match(date, /Overdue\*\* by \d+ days/);
  });

  it('renames a person in every file as one workspace edit (F2), leaving the alias alone', async () => {
    const document = await openFixture(EXEC);
    const position = positionOf(document, '- Mary Jones', 4);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, position, 'Mary Smith');
    const changes = edit.entries().map(([uri, edits]) => `${uri.path.split('/').pop()}: ${edits.map((e) => `${e.range.start.line + 1}:${e.range.start.character} ${e.newText}`).join(', ')}`);
    assert.deepEqual(changes.sort(), [`${EXEC}: 5:2 Mary Smith`, `${BOARD}: 5:2 Mary Smith`]);
    // The alias, on the other hand, is renamed where it is written: the roster's "(MJ)", the owners written MJ.
    const aliasEdit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, positionOf(document, '(MJ)', 1), 'MaJ');
    assert.equal(aliasEdit.entries().flatMap(([, edits]) => edits).length, 5);
    assert.ok(aliasEdit.entries().every(([, edits]) => edits.every((e) => e.newText.trim() === 'MaJ')));
  });

  it('completes owners after ACTION: and due dates after Due:, roster first', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'minutes', content: '# Club — 1 May 2008\n\n## Attended\n\n- Ana Ruiz (AR)\n\nACTION: \n\nACTION: AR — book the hall. Due: \n' });
    await vscode.window.showTextDocument(document);
    const owners = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(6, 8));
    const labels = owners.items.filter((i) => i.kind === vscode.CompletionItemKind.User).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.equal(labels[0], 'Ana Ruiz', labels.join(', '));
    assert.ok(labels.includes('Mary Jones') && labels.includes('Tom Smith'), labels.join(', '));
    const dates = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(8, 33));
    const dateLabels = dates.items.filter((i) => i.kind === vscode.CompletionItemKind.Value).map((i) => (typeof i.label === 'string' ? i.label : i.label.description));
    assert.ok(dateLabels.includes('a week from the meeting'), dateLabels.join(', '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('lists actions and decisions in the outline, and people, actions and meetings in workspace symbols', async () => {
    const document = await openFixture(EXEC);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const flat = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const events = flat(symbols).filter((s) => s.kind === vscode.SymbolKind.Event).map((s) => s.name);
    assert.ok(events.includes('Circulate the final budget'), events.join(' | '));
    const budget = flat(symbols).find((s) => s.name === '1. Budget 2007/08' && s.children.some((c) => c.kind === vscode.SymbolKind.Event));
    assert.ok(budget, 'the action sits under its heading');
    const people = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Mary Jones');
    assert.ok(people.some((s) => s.name === 'Mary Jones' && s.location.uri.path.endsWith(BOARD)), people.map((s) => s.name).join(', '));
    const meetings = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '2008-02-20');
    assert.ok(meetings.some((s) => s.kind === vscode.SymbolKind.Namespace && s.location.uri.path.endsWith(BOARD)), meetings.map((s) => s.name).join(', '));
    const actions = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'leap-day newsletter');
    assert.ok(actions.some((s) => s.name === 'send the leap-day newsletter'));
  });
});

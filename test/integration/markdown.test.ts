// Minutes documents stay Markdown: VS Code's Markdown features keep working on them, and Minutes adds the dialect
// (diagnostics, semantic colouring, preview rendering, snippets, status) to them and to nothing else.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, openFixture, waitFor } from './helpers';

function minutesDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'minutes');
}

/** The semantic tokens VS Code gets for the document, decoded to [text, type] pairs. */
async function semanticTokens(document: vscode.TextDocument): Promise<Array<[string, string]>> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
  if (!legend || !tokens) return [];
  const result: Array<[string, string]> = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    result.push([document.lineAt(line).text.slice(character, character + length), legend.tokenTypes[type]]);
  }
  return result;
}

let probes = 0;

/** A new unsaved minutes document with a problem: once its problem is published, those of documents opened before it are too. */
async function probe(): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/markdown-probe-${Date.now()}-${++probes}.minutes.md` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'ACTION: probe without an owner due 2030-01-01\n'));
  await waitFor(() => minutesDiagnostics(uri).length > 0, 'the probe diagnosed');
  return editor.document;
}

async function setFiles(globs: string[] | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('minutes').update('files', globs, vscode.ConfigurationTarget.Workspace);
}

describe('minutes documents stay Markdown', () => {
  afterEach(async () => {
    await setFiles(undefined);
    await vscode.workspace.getConfiguration('minutes').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    // Unsaved probes are reverted as they close: closing all at once would ask whether to save them.
    for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length > 0; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens *.minutes.md as Markdown, with its headings in the Markdown outline and the dialect coloured', async () => {
    const document = await openFixture('2007-06-06-exec.minutes.md');
    assert.equal(document.languageId, 'markdown');
    const symbols = await waitFor(
      async () => {
        const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        return found && found.length > 0 ? found : undefined;
      },
      'Markdown document symbols',
    );
    const names = JSON.stringify(symbols.map(function flatten(symbol: vscode.DocumentSymbol): unknown[] {
      return [symbol.name, ...symbol.children.flatMap(flatten)];
    }));
    assert.match(names, /Summary of actions agreed/);
    const tokens = await waitFor(async () => {
      const found = await semanticTokens(document);
      return found.length > 0 ? found : undefined;
    }, 'semantic tokens');
    assert.ok(tokens.some(([text, type]) => text === 'ACTION:' && type === 'minutesAction'), JSON.stringify(tokens));
    assert.ok(tokens.some(([text, type]) => text === 'MJ' && type === 'minutesPerson'), JSON.stringify(tokens));
    assert.ok(tokens.some(([, type]) => type === 'minutesDate'), JSON.stringify(tokens));
  });

  it('renders the dialect in the Markdown preview: owners and due dates of actions', async () => {
    const document = await openFixture('2007-06-06-exec.minutes.md');
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', document);
    assert.match(html, /<span class="minutes-owners">Mary Jones<\/span>/);
    assert.match(html, /<span class="minutes-due">due 15 June 2007/);
  });

  it('leaves plain Markdown alone: no problems, no tokens, no badges in its preview, no minutes snippets', async () => {
    const document = await openFixture('plain-notes.md');
    await probe();
    assert.deepEqual(minutesDiagnostics(document.uri), []);
    assert.deepEqual(await semanticTokens(document), []);
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', document);
    assert.ok(html.includes('nobody reads this') && !html.includes('minutes-badge'), html);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(2, 0));
    assert.ok(!completions.items.some((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'action-table'));
  });

  it('offers the dialect snippets in minutes documents', async () => {
    const document = await openFixture('2008-02-20-board.minutes.md');
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(document.lineCount - 1, 0));
    const snippet = completions.items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'action-table');
    assert.ok(snippet, 'action-table offered');
    assert.ok(snippet.insertText instanceof vscode.SnippetString && snippet.insertText.value.includes('| Owner | Action | Due |'));
  });

  it('reads Markdown that minutes.files opts in, keeps it Markdown, and lets minutes.exclude take it out again', async () => {
    const uri = fixture('notes/2024-03-05-team.md');
    const document = await openFixture('notes/2024-03-05-team.md');
    assert.equal(document.languageId, 'markdown');
    assert.deepEqual(minutesDiagnostics(uri), []);
    await setFiles(['**/*.minutes.md', 'notes/**/*.md']);
    await waitFor(() => minutesDiagnostics(uri).some((d) => d.code === 'missing-owner'), 'the opted-in notes diagnosed');
    assert.equal(document.languageId, 'markdown');
    const tokens = await waitFor(async () => {
      const found = await semanticTokens(document);
      return found.length > 0 ? found : undefined;
    }, 'semantic tokens of the opted-in notes');
    assert.ok(tokens.some(([text, type]) => text === 'AL' && type === 'minutesPerson'), JSON.stringify(tokens));
    await vscode.workspace.getConfiguration('minutes').update('exclude', ['notes/**'], vscode.ConfigurationTarget.Workspace);
    await waitFor(() => minutesDiagnostics(uri).length === 0, 'the excluded notes lose their problems');
  });

  it('keeps documents of the earlier minutes language working', async () => {
    const document = await vscode.languages.setTextDocumentLanguage(await probe(), 'minutes');
    assert.equal(document.languageId, 'minutes');
    await waitFor(() => minutesDiagnostics(document.uri).length > 0, 'diagnostics in the minutes language');
    assert.ok((await semanticTokens(document)).some(([, type]) => type === 'minutesAction'));
  });
});

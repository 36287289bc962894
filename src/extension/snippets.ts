// The dialect's snippets in minutes documents. They are contributed for the earlier `minutes` language (so the
// Insert Snippet command finds them by that language id anywhere); Markdown documents get them from this completion
// provider, only when they are minutes, so ordinary Markdown files are not offered minutes snippets.
import * as vscode from 'vscode';
import { isMinutesDocument, type MinutesSelector } from './selector';

interface SnippetEntry {
  prefix: string;
  description?: string;
  body: string | string[];
}

/** The snippets file's entries that are well formed, by name. */
export function readSnippets(json: unknown): Array<{ name: string } & SnippetEntry> {
  if (!json || typeof json !== 'object') return [];
  const entries: Array<{ name: string } & SnippetEntry> = [];
  for (const [name, value] of Object.entries(json as Record<string, unknown>)) {
    const entry = value as Partial<SnippetEntry>;
    const body = entry?.body;
    if (typeof entry?.prefix !== 'string' || !(typeof body === 'string' || (Array.isArray(body) && body.every((line) => typeof line === 'string')))) continue;
    entries.push({ name, prefix: entry.prefix, description: typeof entry.description === 'string' ? entry.description : undefined, body });
  }
  return entries;
}

export function registerSnippets(context: vscode.ExtensionContext, selector: MinutesSelector): vscode.Disposable[] {
  let items: Promise<vscode.CompletionItem[]> | undefined;
  const load = () =>
    (items ??= Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'snippets', 'minutes.code-snippets'))).then(
      (bytes) =>
        readSnippets(JSON.parse(new TextDecoder().decode(bytes))).map((snippet) => {
          const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
          const item = new vscode.CompletionItem({ label: snippet.prefix, description: snippet.name }, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(body);
          item.detail = snippet.description;
          item.documentation = new vscode.MarkdownString().appendCodeblock(body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, ''), 'markdown');
          return item;
        }),
      () => [],
    ));
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position) {
      if (document.languageId !== 'markdown' || !isMinutesDocument(document)) return [];
      const range = document.getWordRangeAtPosition(position, /[\w-]+/) ?? new vscode.Range(position, position);
      return (await load()).map((template) => {
        const item = new vscode.CompletionItem(template.label, template.kind);
        Object.assign(item, template);
        item.range = range;
        return item;
      });
    },
  };
  return [selector.register((documents) => vscode.languages.registerCompletionItemProvider(documents, provider))];
}

// Markdown files that the `minutes.files` globs opt in become `minutes` documents, so they get the dialect's
// highlighting, snippets and commands like any *.minutes.md file (a grammar cannot read settings itself).
import * as vscode from 'vscode';
import { isMinutesDocument } from './settings';

async function adopt(document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'markdown' || document.isClosed) return;
  if (isMinutesDocument(document)) await vscode.languages.setTextDocumentLanguage(document, 'minutes');
}

export function registerOptInLanguage(): vscode.Disposable[] {
  for (const document of vscode.workspace.textDocuments) void adopt(document);
  return [
    vscode.workspace.onDidOpenTextDocument((document) => void adopt(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('minutes.files')) for (const document of vscode.workspace.textDocuments) void adopt(document);
    }),
  ];
}

// Go to Symbol in Workspace (Ctrl+T): people, actions by their text, meetings by title or date.
import * as vscode from 'vscode';
import { workspaceSymbols } from '../core/language/symbols';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { toRange } from './convert';
import { SYMBOL_KINDS } from './documentSymbols';

export function registerWorkspaceSymbols(index: WorkspaceIndex): vscode.Disposable[] {
  const provider: vscode.WorkspaceSymbolProvider = {
    provideWorkspaceSymbols(query) {
      return workspaceSymbols(index.people(), query).map(
        (symbol) => new vscode.SymbolInformation(symbol.name, SYMBOL_KINDS[symbol.kind], symbol.container, new vscode.Location(vscode.Uri.parse(symbol.key), toRange(symbol.range))),
      );
    },
  };
  return [vscode.languages.registerWorkspaceSymbolProvider(provider)];
}

// The Outline and breadcrumbs: a minutes file's headings with its actions and decisions under them. VS Code shows each
// provider's symbols as a group; this "Minutes" group lists every heading (so the first group a person sees is a whole
// outline of the document, not headings with gaps), and Markdown's own group follows with the headings alone.
import * as vscode from 'vscode';
import { isMinutesDocument, type MinutesSelector } from './selector';
import { documentSymbols, type DocumentSymbol, type SymbolKind } from '../core/language/symbols';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { toRange } from './convert';
import type { DocumentModels } from './documentModels';

export const SYMBOL_KINDS: Record<SymbolKind, vscode.SymbolKind> = {
  heading: vscode.SymbolKind.String, // as Markdown's headings
  action: vscode.SymbolKind.Event,
  decision: vscode.SymbolKind.Key,
  person: vscode.SymbolKind.Object,
  meeting: vscode.SymbolKind.Namespace,
};

function convert(symbol: DocumentSymbol): vscode.DocumentSymbol {
  const converted = new vscode.DocumentSymbol(symbol.name, symbol.detail, SYMBOL_KINDS[symbol.kind], toRange(symbol.range), toRange(symbol.selectionRange));
  converted.children = symbol.children.map(convert);
  return converted;
}

export function registerDocumentSymbols(models: DocumentModels, index: WorkspaceIndex, selector: MinutesSelector): vscode.Disposable[] {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(document) {
      if (!isMinutesDocument(document)) return undefined;
      return documentSymbols(document.getText(), models.get(document), index.people(), true).map(convert);
    },
  };
  return [selector.register((documents) => vscode.languages.registerDocumentSymbolProvider(documents, provider, { label: 'Minutes' }))];
}

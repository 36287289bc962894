// The Outline and breadcrumbs: a minutes file's actions and decisions, under the headings they stand under. Markdown's
// own provider lists every heading of a Markdown document; this one adds a "Minutes" group holding only the headings
// with actions or decisions under them (every heading in the legacy `minutes` language, which Markdown's skips).
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
      // Markdown's provider lists the headings of a `markdown` document, not of one in the legacy `minutes` language.
      return documentSymbols(document.getText(), models.get(document), index.people(), document.languageId !== 'markdown').map(convert);
    },
  };
  return [selector.register((documents) => vscode.languages.registerDocumentSymbolProvider(documents, provider, { label: 'Minutes' }))];
}

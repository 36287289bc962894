// Colours the dialect in minutes documents from the parser's own reading (owners as resolved people, readable and
// unreadable dates): they stay Markdown, and a grammar injected into all Markdown cannot tell which files are minutes.
import * as vscode from 'vscode';
import { todayIso } from '../core/dates';
import { minutesTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../core/language/semanticTokens';
import { LineIndex } from '../core/model';
import type { DocumentModels } from './documentModels';
import { isMinutesDocument, type MinutesSelector } from './selector';

export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

export class MinutesSemanticTokens implements vscode.DocumentSemanticTokensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(private readonly models: DocumentModels) {}

  /** Settings that change how owners resolve or dates read change the colours of unchanged documents. */
  refresh(): void {
    this.changed.fire();
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument): vscode.SemanticTokens {
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    if (!isMinutesDocument(document)) return builder.build();
    const lines = new LineIndex(document.getText());
    for (const token of minutesTokens(this.models.get(document), lines, todayIso())) {
      builder.push(token.line, token.character, token.length, TOKEN_TYPES.indexOf(token.type), encodeModifiers(token.modifiers));
    }
    return builder.build();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function encodeModifiers(modifiers: readonly (typeof TOKEN_MODIFIERS)[number][]): number {
  let bits = 0;
  for (const modifier of modifiers) bits |= 1 << TOKEN_MODIFIERS.indexOf(modifier);
  return bits;
}

export function registerSemanticTokens(models: DocumentModels, selector: MinutesSelector): vscode.Disposable[] {
  const provider = new MinutesSemanticTokens(models);
  return [
    provider,
    selector.register((documents) => vscode.languages.registerDocumentSemanticTokensProvider(documents, provider, LEGEND)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('minutes')) provider.refresh();
    }),
  ];
}

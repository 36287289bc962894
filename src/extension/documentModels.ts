// Parses open documents once per version, so the diagnostics and every other feature share one parse.
import * as vscode from 'vscode';
import type { MinutesDocument } from '../core/model';
import { parseMinutes } from '../core/parse';
import { parseOptionsFor } from './settings';

export class DocumentModels implements vscode.Disposable {
  private readonly cache = new Map<string, { document: vscode.TextDocument; version: number; model: MinutesDocument }>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.cache.get(document.uri.toString())?.document === document) this.cache.delete(document.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('minutes')) this.cache.clear();
      }),
    );
  }

  get(document: vscode.TextDocument): MinutesDocument {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    // The same document object too: an untitled URI is reused by a new document whose version starts again at 1.
    if (cached && cached.document === document && cached.version === document.version) return cached.model;
    const model = parseMinutes(document.getText(), parseOptionsFor(document.uri));
    this.cache.set(key, { document, version: document.version, model });
    return model;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.cache.clear();
  }
}

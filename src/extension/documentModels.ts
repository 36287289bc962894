// Parses open documents once per version, so the diagnostics and every other feature share one parse.
import * as vscode from 'vscode';
import type { MinutesDocument } from '../core/model';
import { readMinutes } from '../core/readMinutes';
import { parseOptionsFor } from './settings';

export class DocumentModels implements vscode.Disposable {
  private readonly cache = new Map<string, { document: vscode.TextDocument; version: number; model: MinutesDocument; problem?: string }>();
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
    // A document the parser cannot read has no actions and one problem (published by the diagnostics), never a throw.
    const read = readMinutes(document.getText(), parseOptionsFor(document.uri));
    const model = 'document' in read ? read.document : { roster: [], actions: [], decisions: [], proseActions: [], diagnostics: [] };
    this.cache.set(key, { document, version: document.version, model, problem: 'problem' in read ? read.problem : undefined });
    return model;
  }

  /** Why the document could not be read as minutes ("could not be read as minutes: …"), if it could not. */
  problem(document: vscode.TextDocument): string | undefined {
    this.get(document);
    return this.cache.get(document.uri.toString())?.problem;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.cache.clear();
  }
}

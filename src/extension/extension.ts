// Entry point of the VS Code layer: each feature registers itself and hands back its disposables.
import type * as vscode from 'vscode';
import { registerDiagnostics } from './diagnostics';
import { DocumentModels } from './documentModels';

export function activate(context: vscode.ExtensionContext): void {
  const models = new DocumentModels();
  context.subscriptions.push(models, ...registerDiagnostics(models));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

// Entry point of the VS Code layer: each feature module registers itself and returns its disposables.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Features register here as they land.
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

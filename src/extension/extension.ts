// Entry point of the VS Code layer: each feature registers itself and hands back its disposables.
import type * as vscode from 'vscode';
import { registerDiagnostics } from './diagnostics';
import { DocumentModels } from './documentModels';
import { registerExportSummary } from './exportSummary';
import { registerNewMinutes } from './newMinutes';
import { registerOpenActionsView } from './openActionsView';
import { registerOptInLanguage } from './optInLanguage';
import { registerPersonActions } from './personActions';
import { registerQuickFixes } from './quickFixes';
import { createWorkspaceIndex, registerWorkspaceIndex } from './workspaceIndexer';

export interface MinutesApi {
  /** The workspace index, for tests and for other extensions. */
  readonly index: ReturnType<typeof createWorkspaceIndex>;
}

export function activate(context: vscode.ExtensionContext): MinutesApi {
  const models = new DocumentModels();
  const index = createWorkspaceIndex();
  context.subscriptions.push(
    models,
    ...registerOptInLanguage(),
    ...registerDiagnostics(models, index),
    ...registerQuickFixes(models),
    ...registerWorkspaceIndex(index, context.storageUri),
    ...registerOpenActionsView(index, context),
    ...registerPersonActions(index, models),
    ...registerNewMinutes(),
    ...registerExportSummary(index, models, context),
  );
  return { index };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

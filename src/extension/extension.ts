// Entry point of the VS Code layer: each feature registers itself and hands back its disposables.
import type * as vscode from 'vscode';
import { ParsePool } from '../node/parsePool';
import { registerDiagnostics } from './diagnostics';
import { DocumentModels } from './documentModels';
import { registerExportSummary } from './exportSummary';
import { registerLanguageStatus } from './languageStatus';
import { registerNewMinutes } from './newMinutes';
import { registerOpenActionsView } from './openActionsView';
import { registerPersonActions } from './personActions';
import { extendMarkdownIt } from './preview';
import { registerQuickFixes } from './quickFixes';
import { MinutesSelector } from './selector';
import { registerSemanticTokens } from './semanticTokens';
import { registerSnippets } from './snippets';
import { createWorkspaceIndex, registerWorkspaceIndex } from './workspaceIndexer';

export interface MinutesApi {
  /** The workspace index, for tests and for other extensions. */
  readonly index: ReturnType<typeof createWorkspaceIndex>;
  /** How many documents the worker threads parsed (and how many they left to the main thread), for tests. */
  readonly parsePool: { readonly stats: ParsePool['stats'] };
  /** The Markdown preview's hook (`markdown.markdownItPlugins`): renders the dialect in minutes documents. */
  extendMarkdownIt: typeof extendMarkdownIt;
}

export function activate(context: vscode.ExtensionContext): MinutesApi {
  const models = new DocumentModels();
  // Which documents are minutes: Markdown selected by the settings; every provider registers through it.
  const selector = new MinutesSelector();
  // Workers that read and parse files on disk for the index (at a lower priority than the editor), started by the
  // first scan, ended on deactivation.
  const parsePool = new ParsePool({ background: true });
  const index = createWorkspaceIndex(parsePool);
  context.subscriptions.push(
    models,
    selector,
    ...registerDiagnostics(models, index, selector),
    ...registerQuickFixes(models, selector),
    ...registerSemanticTokens(models, selector),
    ...registerLanguageStatus(models, selector),
    ...registerSnippets(context, selector),
    ...registerWorkspaceIndex(index, context.storageUri),
    ...registerOpenActionsView(index, context),
    ...registerPersonActions(index, models),
    ...registerNewMinutes(selector),
    ...registerExportSummary(index, models, context),
    // Last: the first scan is cancelled before its workers go.
    parsePool,
  );
  return { index, parsePool, extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

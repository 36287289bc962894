// What the desktop and the web entry points (extension.node.ts, extension.web.ts) share: every feature registers
// itself and hands back its disposables; only the platform (parsing on workers, the parse cache) differs.
import * as vscode from 'vscode';
import { registerCompletion } from './completion';
import { registerDefinition } from './definition';
import { registerActionLog } from './actionLog';
import { registerDiagnostics } from './diagnostics';
import { DocumentModels } from './documentModels';
import { registerDocumentSymbols } from './documentSymbols';
import { registerExportSummary } from './exportSummary';
import { registerLanguageStatus } from './languageStatus';
import { registerHover } from './hover';
import { registerImportMinutes } from './importMinutes';
import { registerNewMinutes } from './newMinutes';
import { OpenActionsProvider, registerOpenActionsView } from './openActionsView';
import { registerPersonActions } from './personActions';
import { extendMarkdownIt } from './preview';
import { registerQuickFixes } from './quickFixes';
import type { MinutesPlatform, ParseService } from './platform';
import { MinutesSelector } from './selector';
import { StartupClock, type StartupTimes } from './startup';
import { registerSemanticTokens } from './semanticTokens';
import { registerSnippets } from './snippets';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { registerStatusBar } from './statusBar';
import { createWorkspaceIndex, registerWorkspaceIndex } from './workspaceIndexer';
import { registerWorkspaceSymbols } from './workspaceSymbols';

export interface MinutesApi {
  /** The workspace index, for tests and for other extensions. */
  readonly index: ReturnType<typeof createWorkspaceIndex>;
  /** How many documents the worker threads parsed (and how many they left to the main thread), for tests; none on the web. */
  readonly parsePool: { readonly stats: ParseService['stats'] };
  /** `node` (desktop extension host) or `web` (web worker extension host). */
  readonly platform: 'node' | 'web';
  /** The Markdown preview's hook (`markdown.markdownItPlugins`): renders the dialect in minutes documents. */
  extendMarkdownIt: typeof extendMarkdownIt;
  /** What the Open Actions view shows (its groups, tree items and the commands they run), for tests. */
  readonly openActions: Pick<OpenActionsProvider, 'grouping' | 'showDone' | 'getChildren' | 'getTreeItem'>;
  /** How long starting took, up to the first scan (also in the Minutes log), for `npm run bench`. */
  startupTimes(): StartupTimes;
}

export function registerAll(context: vscode.ExtensionContext, platform: MinutesPlatform, name: MinutesApi['platform']): MinutesApi {
  // Minutes' log (Output ▸ Minutes): when it started, what it read.
  const log = vscode.window.createOutputChannel('Minutes', { log: true });
  const startup = new StartupClock(log);
  const models = new DocumentModels();
  // Which documents are minutes: Markdown selected by the settings; every provider registers through it.
  const selector = new MinutesSelector();
  const index = createWorkspaceIndex(platform);
  const openActions = new OpenActionsProvider(index, context.workspaceState);
  context.subscriptions.push(
    log,
    models,
    selector,
    // First: the first scan starts here (on worker threads, on the desktop) rather than after the other features
    // have registered, and before the diagnostics parse the open documents on this thread (issue #20).
    ...registerWorkspaceIndex(index, platform, context.storageUri, log, () => startup.markFirstScan()),
    ...registerDiagnostics(models, index, selector),
    ...registerQuickFixes(models, selector),
    ...registerSemanticTokens(models, selector),
    ...registerLanguageStatus(models, selector),
    ...registerSnippets(context, selector),
    ...registerOpenActionsView(index, context, openActions),
    ...registerPersonActions(index, models),
    ...registerNewMinutes(selector),
    ...registerActionLog(index, models, selector),
    ...registerImportMinutes(platform.readDocx),
    ...registerExportSummary(index, models, context),
    // People and dates as a language: references, definition, hover, rename, completion, symbols, the status bar.
    ...registerReferences(models, index, selector),
    ...registerDefinition(models, index, selector),
    ...registerHover(models, index, selector),
    ...registerRename(models, index, selector),
    ...registerCompletion(models, index, selector),
    ...registerDocumentSymbols(models, index, selector),
    ...registerWorkspaceSymbols(index),
    ...registerStatusBar(models, index),
    // Last: the first scan is cancelled before its workers go.
    ...(platform.parsePool ? [platform.parsePool] : []),
  );
  startup.markActivated();
  return {
    index,
    parsePool: { stats: platform.parsePool?.stats ?? { files: 0, batches: 0, fallbacks: 0 } },
    platform: name,
    extendMarkdownIt,
    openActions,
    startupTimes: () => startup.times(),
  };
}

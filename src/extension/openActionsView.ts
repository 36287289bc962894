// The Open Actions tree view: rendered from the workspace index, refreshed by its change events; getChildren only
// reads what the index already holds.
import * as vscode from 'vscode';
import { formatLongDate, todayIso } from '../core/dates';
import { actionAsText, setActionDone } from '../core/edits';
import { GROUPINGS, groupActions, isOverdue, type ActionGroup, type Grouping } from '../core/grouping';
import type { Action } from '../core/model';
import { parseMinutes } from '../core/parse';
import type { IndexedAction, WorkspaceIndex } from '../core/workspaceIndex';
import { historyText } from '../core/workspace/actions';
import { parseOptionsFor } from './settings';
import { toRange } from './convert';

type Node = { type: 'group'; group: ActionGroup } | { type: 'action'; entry: IndexedAction; group?: ActionGroup };

const GROUPING_KEY = 'minutes.openActions.grouping';
const SHOW_DONE_KEY = 'minutes.openActions.showDone';

export class OpenActionsProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly state: vscode.Memento,
    private readonly today: () => string = todayIso,
  ) {}

  get grouping(): Grouping {
    const value = this.state.get<Grouping>(GROUPING_KEY, 'person');
    return GROUPINGS.includes(value) ? value : 'person';
  }

  get showDone(): boolean {
    return this.state.get<boolean>(SHOW_DONE_KEY, false);
  }

  async setGrouping(grouping: Grouping): Promise<void> {
    await this.state.update(GROUPING_KEY, grouping);
    await this.updateContext();
    this.refresh();
  }

  async setShowDone(showDone: boolean): Promise<void> {
    await this.state.update(SHOW_DONE_KEY, showDone);
    await this.updateContext();
    this.refresh();
  }

  async updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'minutes.grouping', this.grouping);
    await vscode.commands.executeCommand('setContext', 'minutes.showDone', this.showDone);
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  groups(): ActionGroup[] {
    return groupActions(this.index.actions(), this.grouping, this.today(), this.showDone);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups().map((group) => ({ type: 'group', group }));
    if (node.type === 'group') return node.group.actions.map((entry) => ({ type: 'action', entry, group: node.group }));
    return [];
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const { group } = node;
      const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.grouping}/${group.id}`;
      item.description = String(group.actions.length);
      item.contextValue = this.grouping === 'person' ? 'minutes.person' : 'minutes.group';
      item.iconPath = groupIcon(this.grouping, group);
      item.tooltip = `${group.label}: ${group.actions.length} action${group.actions.length === 1 ? '' : 's'}`;
      return item;
    }
    const { entry } = node;
    const { action, document } = entry;
    const item = new vscode.TreeItem(action.text || '(no text)', vscode.TreeItemCollapsibleState.None);
    item.id = `${node.group?.id ?? ''}/${entry.key}#${action.range.start.line}:${action.range.start.character}`;
    const due = action.due ? `due ${formatLongDate(action.due, action.duePrecision ?? 'day')}` : action.dueText ? `due ${action.dueText}` : 'no date';
    const meeting = document.title ?? entry.path;
    const owners = this.grouping === 'person' ? entry.people.filter((p) => p !== node.group?.label) : entry.people;
    item.description = [due, owners.length > 0 ? owners.join(', ') : undefined, meeting].filter(Boolean).join(' · ');
    const overdue = isOverdue(entry, this.today());
    item.iconPath = action.status === 'done'
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : action.status === 'cancelled'
        ? new vscode.ThemeIcon('circle-slash')
        : overdue
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'))
          : new vscode.ThemeIcon('circle-large-outline');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(action.text);
    tooltip.appendMarkdown(`\n\n**Owner:** ${escape(entry.people.join(', ') || 'nobody')}  \n**Due:** ${escape(action.dueText ?? 'not set')}${overdue ? ' (overdue)' : ''}  \n**Status:** ${action.status}  \n**Meeting:** ${escape(meeting)}${document.date ? `, ${formatLongDate(document.date)}` : ''}  \n${escape(entry.path)}:${action.range.start.line + 1}`);
    if (entry.tracked) tooltip.appendMarkdown(`  \n**History:** ${escape(historyText(entry.tracked))}`);
    item.tooltip = tooltip;
    item.contextValue = action.status === 'open' ? 'minutes.action.open' : 'minutes.action.closed';
    item.command = { command: 'minutes.openAction', title: 'Open Action', arguments: [node] };
    item.accessibilityInformation = { label: `${action.text}, ${due}, ${entry.people.join(' and ') || 'no owner'}${overdue ? ', overdue' : ''}` };
    return item;
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function groupIcon(grouping: Grouping, group: ActionGroup): vscode.ThemeIcon {
  if (grouping === 'person') return new vscode.ThemeIcon(group.label === 'No owner' ? 'question' : 'person');
  if (grouping === 'meeting') return new vscode.ThemeIcon('calendar');
  if (grouping === 'file') return new vscode.ThemeIcon('markdown');
  switch (group.kind) {
    case 'overdue':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'));
    case 'this-week':
      return new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.warningForeground'));
    case 'no-date':
      return new vscode.ThemeIcon('question');
    default:
      return new vscode.ThemeIcon('calendar');
  }
}

export async function revealAction(entry: Pick<IndexedAction, 'key' | 'action'>): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entry.key));
  const range = toRange(entry.action.textRange);
  return vscode.window.showTextDocument(document, { selection: new vscode.Range(range.start, range.start), preview: true });
}

/** Marks an action done or open by editing its document (one undoable edit; the index follows from the change). */
export async function setDone(entry: IndexedAction, done: boolean): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entry.key));
  const text = document.getText();
  // Re-find the action in the document as it is now: the index may be a keystroke behind.
  const current = findCurrentAction(text, entry, document);
  if (!current) {
    void vscode.window.showWarningMessage('Minutes: that action has changed since the list was made; try again.');
    return false;
  }
  const result = setActionDone(text, current, done);
  if ('reason' in result) {
    void vscode.window.showInformationMessage(`Minutes: ${result.reason}`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const change of result.edits) edit.replace(document.uri, toRange(change.range), change.newText);
  return vscode.workspace.applyEdit(edit);
}

function findCurrentAction(text: string, entry: IndexedAction, document: vscode.TextDocument): Action | undefined {
  const actions = parseMinutes(text, parseOptionsFor(document.uri)).actions.filter((a) => a.text === entry.action.text);
  return actions.find((a) => a.range.start.line === entry.action.range.start.line) ?? (actions.length === 1 ? actions[0] : undefined);
}

export function registerOpenActionsView(index: WorkspaceIndex, context: vscode.ExtensionContext, provider = new OpenActionsProvider(index, context.workspaceState)): vscode.Disposable[] {
  const explorerView = vscode.window.createTreeView('minutes.openActions', { treeDataProvider: provider, showCollapseAll: true });
  const containerView = vscode.window.createTreeView('minutes.openActionsPanel', { treeDataProvider: provider, showCollapseAll: true });
  const updateBadge = (): void => {
    const open = index.actions().filter((entry) => entry.action.status === 'open');
    const overdue = open.filter((entry) => isOverdue(entry, todayIso())).length;
    const badge = overdue > 0 ? { value: overdue, tooltip: `${overdue} overdue action${overdue === 1 ? '' : 's'}` } : undefined;
    containerView.badge = badge;
    const message = index.isScanned && open.length === 0 && index.allFiles().length > 0 ? 'No open actions: everything agreed is done.' : undefined;
    explorerView.message = message;
    containerView.message = message;
  };
  void provider.updateContext();
  void vscode.commands.executeCommand('setContext', 'minutes.hasMinutes', false);
  const nodeEntry = (node: unknown): IndexedAction | undefined => (node && typeof node === 'object' && 'entry' in node ? (node as { entry: IndexedAction }).entry : undefined);

  return [
    explorerView,
    containerView,
    index.onDidChange(() => {
      void vscode.commands.executeCommand('setContext', 'minutes.hasMinutes', index.allFiles().length > 0);
      provider.refresh();
      updateBadge();
    }),
    ...GROUPINGS.map((grouping) =>
      vscode.commands.registerCommand(`minutes.groupBy${grouping[0].toUpperCase()}${grouping.slice(1)}`, () => provider.setGrouping(grouping)),
    ),
    vscode.commands.registerCommand('minutes.showDoneActions', () => provider.setShowDone(true)),
    vscode.commands.registerCommand('minutes.hideDoneActions', () => provider.setShowDone(false)),
    vscode.commands.registerCommand('minutes.refreshActions', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Minutes: reading minutes', cancellable: true }, async (progress, token) => {
        let read = 0;
        let total = 0;
        await index.rescan(token, (done, all) => {
          read = done;
          total = all;
          progress.report({ message: `${done} of ${total} files`, increment: 100 / total });
        });
        // Cancelled, the notification goes at once; the reads in flight finish first. Say where the scan stopped.
        if (token.isCancellationRequested) vscode.window.setStatusBarMessage(`Minutes: Refresh stopped after ${read} of ${total} files`, 10_000);
      }),
    ),
    vscode.commands.registerCommand('minutes.openAction', async (node: unknown) => {
      const entry = nodeEntry(node);
      if (entry) await revealAction(entry);
    }),
    vscode.commands.registerCommand('minutes.markActionDone', async (node: unknown) => {
      const entry = nodeEntry(node);
      if (entry) await setDone(entry, true);
    }),
    vscode.commands.registerCommand('minutes.reopenAction', async (node: unknown) => {
      const entry = nodeEntry(node);
      if (entry) await setDone(entry, false);
    }),
    vscode.commands.registerCommand('minutes.copyAction', async (node: unknown) => {
      const entry = nodeEntry(node);
      if (entry) await vscode.env.clipboard.writeText(actionAsText(entry.action, entry.people));
    }),
  ];
}

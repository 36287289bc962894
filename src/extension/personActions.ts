// "Every action for one person": from the command palette, a person in the tree, or the owner under the cursor.
import * as vscode from 'vscode';
import { formatLongDate, todayIso } from '../core/dates';
import { compareEntries, isOverdue } from '../core/grouping';
import type { IndexedAction, WorkspaceIndex } from '../core/workspaceIndex';
import { historyText } from '../core/workspace/actions';
import type { DocumentModels } from './documentModels';
import { revealAction } from './openActionsView';
import { isMinutesDocument } from './selector';

/** The owner written under the cursor, resolved like the index resolves it. */
export function personAtCursor(editor: vscode.TextEditor, models: DocumentModels, index: WorkspaceIndex): string | undefined {
  if (!isMinutesDocument(editor.document)) return undefined;
  const position = editor.selection.active;
  for (const action of models.get(editor.document).actions) {
    for (const owner of action.owners) {
      const range = new vscode.Range(owner.range.start.line, owner.range.start.character, owner.range.end.line, owner.range.end.character);
      if (!range.contains(position)) continue;
      return index.people().ownerId(owner);
    }
  }
  return undefined;
}

async function pickPerson(index: WorkspaceIndex): Promise<string | undefined> {
  const entries = index.actions();
  const people = index.owners();
  if (people.length === 0) {
    void vscode.window.showInformationMessage('Minutes: no action in this workspace has an owner yet.');
    return undefined;
  }
  const items = people.map((person) => {
    const mine = entries.filter((entry) => entry.people.includes(person));
    const open = mine.filter((entry) => entry.action.status === 'open');
    const overdue = open.filter((entry) => isOverdue(entry, todayIso())).length;
    // A name the workspace's rosters give to more than one person is marked, not silently taken for one of them.
    const resolution = index.resolvePerson(person);
    const ambiguous = 'ambiguous' in resolution ? ` · $(question) could be ${resolution.ambiguous.join(' or ')}` : '';
    return { label: person, description: `${open.length} open${overdue > 0 ? `, ${overdue} overdue` : ''}, ${mine.length} in all${ambiguous}` };
  });
  const picked = await vscode.window.showQuickPick(items, { title: 'Every action for one person', placeHolder: 'Whose actions?', matchOnDescription: true });
  return picked?.label;
}

export function actionsOf(index: WorkspaceIndex, person: string): IndexedAction[] {
  const entries = index.actions().filter((entry) => entry.people.includes(person));
  // Open work first, in the order it falls due; then what is closed.
  return [...entries.filter((e) => e.action.status === 'open').sort(compareEntries), ...entries.filter((e) => e.action.status !== 'open').sort(compareEntries)];
}

export async function showPersonActions(index: WorkspaceIndex, person: string): Promise<void> {
  const today = todayIso();
  const items = actionsOf(index, person).map((entry) => {
    const { action, document } = entry;
    const due = action.due ? formatLongDate(action.due, action.duePrecision ?? 'day') : action.dueText ?? 'no date';
    const marker = action.status === 'done' ? '$(pass-filled) ' : action.status === 'cancelled' ? '$(circle-slash) ' : isOverdue(entry, today) ? '$(warning) ' : '$(circle-large-outline) ';
    return {
      label: `${marker}${action.text}`,
      description: `${isOverdue(entry, today) ? 'overdue, ' : ''}due ${due}${action.status === 'open' ? '' : ` · ${action.status}`}`,
      detail: `${document.title ?? entry.path}${document.date ? `, ${formatLongDate(document.date)}` : ''} · ${entry.path}:${action.range.start.line + 1}${entry.tracked ? ` · ${historyText(entry.tracked)}` : ''}`,
      entry,
    };
  });
  if (items.length === 0) {
    void vscode.window.showInformationMessage(`Minutes: ${person} has no actions.`);
    return;
  }
  const picked = await vscode.window.showQuickPick(items, { title: `Every action for ${person}`, placeHolder: `${items.length} action${items.length === 1 ? '' : 's'}: pick one to open it`, matchOnDescription: true, matchOnDetail: true });
  if (picked) await revealAction(picked.entry);
}

export function registerPersonActions(index: WorkspaceIndex, models: DocumentModels): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('minutes.showPersonActions', async (arg?: unknown) => {
      let person: string | undefined;
      if (typeof arg === 'string') person = arg;
      else if (arg && typeof arg === 'object' && 'group' in arg && (arg as { type?: string }).type === 'group') person = (arg as { group: { label: string } }).group.label;
      else if (vscode.window.activeTextEditor) person = personAtCursor(vscode.window.activeTextEditor, models, index);
      person ??= await pickPerson(index);
      if (person) await showPersonActions(index, person);
    }),
  ];
}

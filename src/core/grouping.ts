/**
 * How the Open Actions view groups actions: by person, by due date (Overdue, This week, Later, Past (closed) when
 * done actions are shown, No date), by meeting
 * or by file. Pure, so the view only renders what this returns.
 */
import { daysBetween, formatLongDate } from './dates';
import { isOverdueOn } from './model';
import type { IndexedAction } from './workspaceIndex';

export type Grouping = 'person' | 'due' | 'meeting' | 'file';
export const GROUPINGS: readonly Grouping[] = ['person', 'due', 'meeting', 'file'];

export interface ActionGroup {
  id: string;
  label: string;
  /** Which bucket a due-date group is, for its icon. */
  kind?: 'overdue' | 'this-week' | 'later' | 'past' | 'no-date';
  actions: IndexedAction[];
}

export const NO_OWNER = 'No owner';

export function isOverdue(entry: IndexedAction, today: string): boolean {
  return isOverdueOn(entry.action, today);
}

/** Actions in the order work falls due: dated first by date, then undated; ties by file and line. */
export function compareEntries(a: IndexedAction, b: IndexedAction): number {
  const dueA = a.action.due;
  const dueB = b.action.due;
  if (dueA !== dueB) {
    if (dueA === null) return 1;
    if (dueB === null) return -1;
    return dueA < dueB ? -1 : 1;
  }
  return a.path.localeCompare(b.path) || a.action.range.start.line - b.action.range.start.line;
}

export function groupActions(entries: readonly IndexedAction[], grouping: Grouping, today: string, includeDone = false): ActionGroup[] {
  const visible = entries.filter((entry) => includeDone || entry.action.status === 'open');
  const groups = new Map<string, ActionGroup>();
  const add = (id: string, label: string, entry: IndexedAction, kind?: ActionGroup['kind']): void => {
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, label, kind, actions: [] }));
    if (!group.actions.includes(entry)) group.actions.push(entry);
  };
  for (const entry of visible) {
    switch (grouping) {
      case 'person':
        for (const person of entry.people.length > 0 ? entry.people : [NO_OWNER]) add(`person:${person}`, person, entry);
        break;
      case 'due': {
        const due = entry.action.due;
        if (due === null) add('due:none', 'No date', entry, 'no-date');
        else if (isOverdue(entry, today)) add('due:overdue', 'Overdue', entry, 'overdue');
        else if (due < today) add('due:past', 'Past (closed)', entry, 'past');
        else if (daysBetween(today, due) <= 7) add('due:week', 'This week', entry, 'this-week');
        else add('due:later', 'Later', entry, 'later');
        break;
      }
      case 'meeting': {
        const { title, date } = entry.document;
        const label = [date ? formatLongDate(date) : undefined, title ?? entry.path].filter(Boolean).join(' — ');
        add(`meeting:${date ?? ''}:${title ?? entry.path}:${entry.path}`, label, entry);
        break;
      }
      case 'file':
        add(`file:${entry.path}`, entry.path, entry);
        break;
    }
  }
  for (const group of groups.values()) group.actions.sort(compareEntries);
  return [...groups.values()].sort(groupOrder(grouping));
}

function groupOrder(grouping: Grouping): (a: ActionGroup, b: ActionGroup) => number {
  const dueOrder = ['due:overdue', 'due:week', 'due:later', 'due:past', 'due:none'];
  switch (grouping) {
    case 'due':
      return (a, b) => dueOrder.indexOf(a.id) - dueOrder.indexOf(b.id);
    case 'person':
      return (a, b) => (a.label === NO_OWNER ? 1 : b.label === NO_OWNER ? -1 : a.label.localeCompare(b.label));
    case 'meeting':
      // Newest meeting first: that is where the latest actions were agreed.
      return (a, b) => b.id.localeCompare(a.id);
    case 'file':
      return (a, b) => a.label.localeCompare(b.label);
  }
}

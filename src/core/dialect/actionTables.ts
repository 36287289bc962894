/** Action tables: which columns hold the owner, the action, the due date and the status. See docs/dialect.md, "Action tables". */
import type { ActionStatus } from '../model';
import { withoutMarks } from '../people';
import { ACTION_HEADERS, DUE_HEADERS, OWNER_HEADERS, STATUS_HEADERS, TYPE_HEADERS } from './vocabulary';

export function statusOf(cell: string): ActionStatus {
  const value = withoutMarks(cell).toLowerCase();
  if (/^(?:done|complete|completed|closed|finished|yes|x|✓|✔|☑)\b/u.test(value) || /^[✓✔☑]/u.test(value)) return 'done';
  if (/^(?:cancelled|canceled|dropped|withdrawn|abandoned)\b/.test(value)) return 'cancelled';
  return 'open';
}

/** Which column (0-based) holds what, in a table of actions. */
export interface ActionColumns {
  owner: number;
  action: number;
  due?: number;
  status?: number;
  /** A Type column of T(ask) / D(ecision) / I(nformation), or -1. */
  type: number;
}

/**
 * The columns of a table of actions, from its header cells (as written, marks and all), or undefined when the table
 * names no owner and no action column.
 */
export function actionColumns(headerCells: readonly string[]): ActionColumns | undefined {
  const headers = headerCells.map((cell) => withoutMarks(cell).toLowerCase().replace(/[:?]$/, ''));
  // The first column of each name; no header names two columns (the word lists are disjoint, which a test checks).
  const find = (names: ReadonlySet<string>): number | undefined => {
    const index = headers.findIndex((h) => names.has(h));
    return index >= 0 ? index : undefined;
  };
  const owner = find(OWNER_HEADERS);
  const action = find(ACTION_HEADERS);
  if (owner === undefined || action === undefined) return undefined;
  // A Type column of T(ask) / D(ecision) / I(nformation): only tasks are actions; decisions are decisions.
  return { owner, action, due: find(DUE_HEADERS), status: find(STATUS_HEADERS), type: headers.findIndex((h) => TYPE_HEADERS.has(h)) };
}

/** What a row's Type cell says it is: a task (an action), a decision, or something else (information). */
export function rowKind(typeCell: string): 'task' | 'decision' | 'other' {
  const kind = withoutMarks(typeCell).toLowerCase();
  if (/^(?:d|decision)$/.test(kind)) return 'decision';
  return /^(?:t|task|a|action|action item)$/.test(kind) ? 'task' : 'other';
}

/**
 * How one action shows in rendered minutes: its owners, due date (overdue marked) and state, as a small HTML badge.
 * The Markdown preview (through the markdown-it plugin) and the HTML export both use it, with the same style sheet,
 * so what the preview shows and what the export prints never disagree.
 */
import { formatLongDate } from '../dates';
import { isOverdueOn, type ActionStatus } from '../model';

export interface BadgeAction {
  /** Owners as people (full names where they resolve). */
  owners: readonly string[];
  due: string | null;
  dueText: string | null;
  duePrecision: 'day' | 'month' | null;
  status: ActionStatus;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The classes of an action's element: its state, and whether it is overdue. */
export function actionClasses(action: BadgeAction, today: string): string {
  return `minutes-action minutes-${action.status}${isOverdueOn(action, today) ? ' minutes-overdue' : ''}`;
}

/** "31 July 2007" (or "July 2007" for a month), the phrase as written when it is relative, or undefined. */
export function dueLabel(action: BadgeAction): string | undefined {
  if (action.due) return formatLongDate(action.due, action.duePrecision ?? 'day');
  return action.dueText ?? undefined;
}

export function actionBadgeHtml(action: BadgeAction, today: string): string {
  const owners = action.owners.length > 0 ? action.owners.map(escapeHtml).join(', ') : '<em>no owner</em>';
  const due = dueLabel(action);
  const overdue = isOverdueOn(action, today);
  const parts = [`<span class="minutes-owners">${owners}</span>`];
  parts.push(
    due === undefined
      ? '<span class="minutes-due minutes-no-due">no due date</span>'
      : `<span class="minutes-due">due ${escapeHtml(due)}${overdue ? ' <strong class="minutes-overdue-mark">overdue</strong>' : ''}</span>`,
  );
  if (action.status !== 'open') parts.push(`<span class="minutes-state">${action.status}</span>`);
  return `<span class="minutes-badge ${actionClasses(action, today).replace('minutes-action ', '')}">${parts.join('')}</span>`;
}

export function decisionBadgeHtml(): string {
  return '<span class="minutes-badge minutes-decision-badge">decision</span>';
}

/**
 * The style sheet of rendered actions: in the preview (media/minutes-preview.css is this text) and in the HTML
 * export. Colours come from the preview's theme variables, with fallbacks for a page of its own; high-contrast themes
 * get borders instead of tints; print is black on white with the states in words.
 */
export const ACTION_STYLES = `.minutes-badge{display:inline-flex;flex-wrap:wrap;gap:.4em;margin-left:.5em;padding:0 .45em;border-radius:.6em;font-size:.85em;line-height:1.5;vertical-align:baseline;background:var(--vscode-badge-background,#e4e6f1);color:var(--vscode-badge-foreground,#1f2328)}
.minutes-owners{font-weight:600}
.minutes-owners em,.minutes-no-due{font-style:italic;opacity:.8}
.minutes-overdue .minutes-due,.minutes-overdue-mark{color:var(--vscode-errorForeground,#b3261e)}
.minutes-badge.minutes-overdue{background:var(--vscode-inputValidation-errorBackground,#fde8e8);color:var(--vscode-foreground,#1f2328)}
.minutes-state{text-transform:uppercase;letter-spacing:.04em;font-size:.85em}
.minutes-done>p:first-child,li.minutes-done,tr.minutes-done td,p.minutes-done{opacity:.75}
.minutes-cancelled>p:first-child,li.minutes-cancelled,tr.minutes-cancelled td,p.minutes-cancelled{text-decoration:line-through;opacity:.7}
.minutes-decision{border-left:3px solid var(--vscode-textLink-foreground,#0969da);padding-left:.6em}
.minutes-decision-badge{background:var(--vscode-textLink-foreground,#0969da);color:var(--vscode-editor-background,#fff)}
.vscode-high-contrast .minutes-badge,.vscode-high-contrast-light .minutes-badge{background:transparent;border:1px solid var(--vscode-contrastBorder,currentColor);color:inherit}
.vscode-high-contrast .minutes-overdue-mark,.vscode-high-contrast-light .minutes-overdue-mark{text-decoration:underline}
@media print{.minutes-badge{background:none!important;color:#000!important;border:1px solid #000}.minutes-overdue-mark,.minutes-overdue .minutes-due{color:#000!important;font-weight:700}.minutes-decision{border-left-color:#000}}
`;

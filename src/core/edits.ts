/**
 * Text edits the editor applies to minutes: pure, so each one is unit-tested on fixtures and applied by the
 * extension as one undoable step.
 */
import type { Action, Range } from './model';
import { LineIndex } from './model';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** The text with the edits applied (non-overlapping, ranges in the original text), as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => index.offset(b.range.start) - index.offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, index.offset(edit.range.start)) + edit.newText + result.slice(index.offset(edit.range.end));
  return result;
}

export type EditResult = { edits: TextEdit[] } | { reason: string };

const CHECKBOX = /^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+)\[([ xX])\]/;
const BULLET = /^(\s*(?:>\s*)*)((?:[-*+]|\d+[.)])\s+)?/;

/**
 * Marks an action done (or open again): ticks a task's box, sets a table's status cell, or turns an `ACTION:` line
 * into a task item (`- [x] ACTION: …`), which the dialect reads as the same action, done.
 */
export function setActionDone(text: string, action: Action, done: boolean): EditResult {
  const index = new LineIndex(text);
  const line = action.range.start.line;
  const lineText = index.lineText(line);
  if (action.kind === 'task') {
    const match = CHECKBOX.exec(lineText);
    if (!match) return { reason: 'The task item has no checkbox to tick.' };
    const at = { line, character: match[1].length + 1 };
    return { edits: [{ range: { start: at, end: { line, character: at.character + 1 } }, newText: done ? 'x' : ' ' }] };
  }
  if (action.kind === 'table') {
    if (!action.statusRange) return { reason: 'This action table has no Status column to mark it in: add one (| Status |) first.' };
    return { edits: [replaceCell(index, action.statusRange, done ? 'Done' : 'Open')] };
  }
  if (action.kind === 'prose') return { reason: 'This action is written as prose: make it an ACTION: line (or a task item) to mark it done.' };
  if (!done) return { reason: 'This action is already open.' };
  const match = BULLET.exec(lineText);
  const prefix = match?.[1] ?? '';
  const bullet = match?.[2];
  const at = { line, character: prefix.length + (bullet?.length ?? 0) };
  return { edits: [{ range: { start: at, end: at }, newText: bullet ? '[x] ' : '- [x] ' }] };
}

/**
 * Replaces a table cell's content, padding or trimming spaces so the pipes after it stay where they were when the
 * new text fits (keeping a hand-aligned table aligned).
 */
export function replaceCell(index: LineIndex, cell: Range, newText: string): TextEdit {
  const lineText = index.lineText(cell.start.line);
  const pipe = lineText.indexOf('|', cell.end.character);
  if (pipe < 0 || cell.start.line !== cell.end.line) return { range: cell, newText };
  // Replace the content and its padding, keeping one space before the next pipe.
  const spaceBeforePipe = pipe > cell.start.character && lineText[pipe - 1] === ' ';
  const end = spaceBeforePipe ? pipe - 1 : pipe;
  const room = end - cell.start.character;
  const padded = newText.length <= room ? newText.padEnd(room) : newText;
  return { range: { start: cell.start, end: { line: cell.start.line, character: end } }, newText: spaceBeforePipe ? padded : `${padded} ` };
}

/** The action as one line of text, for the clipboard. */
export function actionAsText(action: Action, people: readonly string[]): string {
  const owners = people.length > 0 ? people.join(' / ') : 'No owner';
  const due = action.due ? ` (due ${action.dueText ?? action.due})` : action.dueText ? ` (due ${action.dueText})` : '';
  return `${owners}: ${action.text}${due}${action.status === 'open' ? '' : ` [${action.status}]`}`;
}

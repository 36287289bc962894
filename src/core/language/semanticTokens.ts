/**
 * The dialect's tokens in a minutes document, read from the parser's model: action and decision markers, owners and
 * roster names (as resolved people or not), due dates (readable, unreadable, overdue). The editor colours minutes
 * documents with them (they stay Markdown, so no grammar of their own can know which Markdown files are minutes);
 * each type maps to the TextMate scope the `minutes` grammar gives the same text, so themes colour both alike.
 */
import { isOverdueOn, type Action, type LineIndex, type MinutesDocument, type Range } from '../model';

export const TOKEN_TYPES = ['minutesAction', 'minutesDecision', 'minutesPerson', 'minutesDate'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'unresolved', 'invalid', 'overdue', 'closed'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface MinutesToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

/** A label before an action's text: `ACTION:`, `**ACTION**:`, `Action item 3:`, `AI(bob):`, `*AI:*`, `TODO:`. */
const ACTION_LABEL = /(?:\*\*|__|\*|_)?[A-Za-z][A-Za-z -]*?(?:[ \t]+\d+(?:\.\d+)*)?(?:\([^)\n]*\))?(?:\*\*|__|\*|_)?:(?:\*\*|__|\*|_)?/;
const DECISION_LABEL = /^(?:[ \t]*(?:[-*+]|\d+[.)])[ \t]+)?[ \t]*((?:\*\*|__)?(?:decision|agreed|resolved)(?:\*\*|__)?:(?:\*\*|__)?)/i;

function token(range: Range, type: TokenType, modifiers: TokenModifier[]): MinutesToken | undefined {
  // Tokens never span lines: a multi-line range is coloured on its first line only.
  if (range.end.line !== range.start.line || range.end.character <= range.start.character) return undefined;
  return { line: range.start.line, character: range.start.character, length: range.end.character - range.start.character, type, modifiers };
}

/** The marker of a labelled action line: the label between the line's start and its owners or text. */
function actionMarker(action: Action, lines: LineIndex): MinutesToken | undefined {
  if (action.kind !== 'line') return undefined;
  const line = action.range.start.line;
  const ends = [action.textRange.start, action.ownerRange.start].filter((position) => position.line === line).map((position) => position.character);
  const text = lines.lineText(line);
  const modifiers: TokenModifier[] = action.status === 'open' ? [] : ['closed'];
  const before = text.slice(action.range.start.character, ends.length > 0 ? Math.min(...ends) : text.length);
  const label = ACTION_LABEL.exec(before);
  if (label) return { line, character: action.range.start.character + label.index, length: label[0].length, type: 'minutesAction', modifiers };
  // The owner inside the label, `AI(bob):`: the marker is the word before the parenthesis (the owner is a token of its own).
  const textStart = action.textRange.start.line === line ? action.textRange.start.character : text.length;
  const whole = ACTION_LABEL.exec(text.slice(action.range.start.character, textStart));
  const parenthesis = whole ? whole[0].indexOf('(') : -1;
  if (!whole || parenthesis <= 0) return undefined;
  return { line, character: action.range.start.character + whole.index, length: parenthesis, type: 'minutesAction', modifiers };
}

/** Every token of the document, in order, none overlapping another. */
export function minutesTokens(document: MinutesDocument, lines: LineIndex, today: string): MinutesToken[] {
  const tokens: MinutesToken[] = [];
  const push = (found: MinutesToken | undefined) => {
    if (found) tokens.push(found);
  };
  for (const entry of document.roster) {
    // The entry's range takes in aliases and affiliation ("Meena Savla (MS) — West Herts PCT"): colour the name.
    const text = lines.lineText(entry.range.start.line);
    const at = text.indexOf(entry.name, entry.range.start.character);
    if (at >= 0 && at < (entry.range.end.line === entry.range.start.line ? entry.range.end.character : text.length)) {
      push({ line: entry.range.start.line, character: at, length: entry.name.length, type: 'minutesPerson', modifiers: ['declaration'] });
    }
  }
  for (const action of document.actions) {
    const closed: TokenModifier[] = action.status === 'open' ? [] : ['closed'];
    push(actionMarker(action, lines));
    for (const owner of action.owners) {
      push(token(owner.range, 'minutesPerson', owner.person && !owner.ambiguous ? [...closed] : ['unresolved', ...closed]));
    }
    if (action.dueRange) {
      const modifiers: TokenModifier[] = [...closed];
      if (action.due === null && !action.dueRelative) modifiers.push('invalid');
      else if (isOverdueOn(action, today)) modifiers.push('overdue');
      push(token(action.dueRange, 'minutesDate', modifiers));
    }
  }
  for (const decision of document.decisions) {
    const line = decision.range.start.line;
    const label = DECISION_LABEL.exec(lines.lineText(line));
    if (label) {
      const character = label.index + label[0].length - label[1].length;
      push({ line, character, length: label[1].length, type: 'minutesDecision', modifiers: [] });
    }
  }
  tokens.sort((a, b) => a.line - b.line || a.character - b.character);
  // Semantic tokens may not overlap: keep the first of any two that do.
  const result: MinutesToken[] = [];
  for (const next of tokens) {
    const last = result[result.length - 1];
    if (last && last.line === next.line && next.character < last.character + last.length) continue;
    result.push(next);
  }
  return result;
}

/** Due clauses: `(due 15 June)`, `Due: 2008-02-29`, `by 19/12/2007`, `next week`. See docs/dialect.md, "Due dates". */
import { isRelativeDue, parseDate, resolveRelativeDue, type DateContext, type ParsedDate } from '../dates';
import { withoutMarks } from '../people';

const DATE_INSIDE = /\b(?:on|at|by|before)\s+(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b/iu;

/** Every reading of DATE_INSIDE ends in a year of four digits. */
const FOUR_DIGITS = /\d\d\d\d/;

export interface DueContext extends DateContext {
  nextMeetingDate?: string;
}

export interface DueReading {
  parsed?: ParsedDate;
  /** A relative phrase ("next meeting") that could not be resolved to a date. */
  relative?: boolean;
}

/** A due date as written; "(the) next meeting" is a relative one (`RELATIVE_DUE`), the next meeting's date when the minutes give one. */
export function readDue(text: string, context: DueContext): DueReading {
  const cleaned = withoutMarks(text).replace(/^(?:by|due|before)\s+/i, '');
  const parsed = parseDate(cleaned, context);
  if (parsed) return { parsed };
  if (isRelativeDue(cleaned)) {
    const resolved = resolveRelativeDue(cleaned, context);
    return resolved ? { parsed: resolved } : { relative: true };
  }
  return {};
}

function isDateLike(text: string, context: DueContext): boolean {
  const cleaned = withoutMarks(text);
  return parseDate(cleaned, context) !== undefined || isRelativeDue(cleaned);
}

/**
 * Finds a trailing due clause: `(due 15 June)`, `Due: 2008-02-29`, `due 15 June 07`, `by 19/12/2007`.
 * `Due:` with a colon always is one (so an unreadable date is reported); `due`/`by` without a colon only when
 * what follows reads as a date, so "due to the weather" and "by email" stay text.
 */
export function splitDueClause(text: string, context: DueContext): { textEnd: number; dueStart: number; dueEnd: number; dueText: string } | undefined {
  // Each expression only on a text holding what it needs (most action texts hold none): a due clause is on every
  // action's path.
  const paren = text.includes(')') ? /\(\s*(?:due|by|deadline)\s*:?\s*([^()]*?)\s*\)\s*\.?\s*$/i.exec(text) : null;
  if (paren) {
    const dueStart = paren.index + paren[0].indexOf(paren[1], paren[0].search(/\s|:/));
    return { textEnd: paren.index, dueStart, dueEnd: dueStart + paren[1].length, dueText: paren[1] };
  }
  const labelled = text.includes(':') && /^(.*?)(?:^|[\s,;([—–-])(?:\*\*|__)?(?:due(?:\s+date)?|deadline|by when)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.+?)\s*\.?\s*$/i.exec(text);
  if (labelled && labelled[2].trim()) {
    const dueStart = text.length - labelled[0].length + labelled[0].lastIndexOf(labelled[2]);
    return { textEnd: labelled[1].length, dueStart, dueEnd: dueStart + labelled[2].length, dueText: labelled[2] };
  }
  const worded = /^(.*)(?:^|\s|,)(?:due|by|before)\s+(.+?)\s*\.?\s*$/i.exec(text);
  if (worded && isDateLike(worded[2], context)) {
    const dueStart = text.lastIndexOf(worded[2], text.length);
    return { textEnd: worded[1].length, dueStart, dueEnd: dueStart + worded[2].length, dueText: worded[2] };
  }
  // A span needs no "by": "write it up in 2 weeks", "review it next week".
  const span = /^(.*?)[\s,]+((?:with)?in\s+(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)|next\s+week|today|tomorrow)\s*\.?\s*$/i.exec(text);
  if (span && span[1].trim()) {
    const dueStart = text.lastIndexOf(span[2]);
    return { textEnd: span[1].length, dueStart, dueEnd: dueStart + span[2].length, dueText: span[2] };
  }
  // A full date inside the text says when: "will have a call at 2018-08-21 10:00 – link to follow".
  const inside = FOUR_DIGITS.test(text) ? DATE_INSIDE.exec(text) : null;
  if (inside && parseDate(inside[1], context)) {
    const dueStart = inside.index + inside[0].length - inside[1].length;
    return { textEnd: text.length, dueStart, dueEnd: dueStart + inside[1].length, dueText: inside[1] };
  }
  return undefined;
}

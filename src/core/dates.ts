/**
 * Dates as minutes secretaries write them: "2007-06-15", "15 June 07", "15th June", "June 07", "19/12/2007".
 * Pure functions; every date is handled as a calendar date (no time zones), as an ISO string `YYYY-MM-DD`.
 */
import { isSpace } from './chars';

export type DatePrecision = 'day' | 'month';

export interface ParsedDate {
  /** ISO `YYYY-MM-DD`. A month-precision date is the month's last day, so it sorts after every day of it. */
  iso: string;
  precision: DatePrecision;
  /** Numeric day/month that reads both ways (e.g. 03/04/2008): `iso` follows the configured order. */
  ambiguous?: { alternative: string };
}

export interface DateContext {
  /** ISO date of the meeting: year-less and two-digit-year dates resolve relative to it. */
  meetingDate?: string;
  /** ISO date used when the meeting date is unknown (defaults to today). */
  today?: string;
  /** `19/12/2007` is day first unless this says otherwise. */
  dayFirst?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = "(?:,?\\s+'?(\\d{4}|\\d{2}))";

const ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_MONTH_RE = new RegExp(`^${WEEKDAY}${DAY}(?:\\s+of)?[\\s-]+${MONTH_NAME}${YEAR}?$`, 'i');
const MONTH_DAY_RE = new RegExp(`^${WEEKDAY}${MONTH_NAME}\\s+${DAY}${YEAR}?$`, 'i');
const MONTH_YEAR_RE = new RegExp(`^${MONTH_NAME}${YEAR}$`, 'i');
const MONTH_SHORT_YEAR_RE = new RegExp(`^${MONTH_NAME}\\s+'?(\\d{2})$`, 'i');
const NUMERIC_RE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // The calendar's rule, without a Date per call; Date.UTC reads years 0–99 as 1900–1999, so those (and anything
  // unusual) still go through it.
  if (Number.isInteger(year) && year >= 100 && year <= 200_000 && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1];
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isValid(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function todayIso(now: Date = new Date()): string {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function referenceDate(context: DateContext): string {
  return context.meetingDate ?? context.today ?? todayIso();
}

/** A two-digit year is the one nearest the reference year ("07" in 2007 minutes is 2007, not 1907). */
function expandYear(text: string, context: DateContext): number {
  const value = Number(text);
  if (text.length === 4) return value;
  const reference = Number(referenceDate(context).slice(0, 4));
  const century = Math.floor(reference / 100) * 100;
  const candidates = [century - 100 + value, century + value, century + 100 + value];
  return candidates.reduce((best, year) => (Math.abs(year - reference) < Math.abs(best - reference) ? year : best));
}

/**
 * A year-less date is due on or after the meeting, allowing for a date a little in the past
 * ("the meeting on 3rd June" written on 6 June): within two months before the meeting it stays in that year.
 */
function resolveYearless(month: number, day: number, context: DateContext): number | undefined {
  const reference = referenceDate(context);
  const year = Number(reference.slice(0, 4));
  for (const candidate of [year, year + 1]) {
    if (!isValid(candidate, month, day)) continue;
    if (daysBetween(reference, toIso(candidate, month, day)) >= -62) return candidate;
  }
  return isValid(year + 1, month, day) ? year + 1 : undefined;
}

export function daysBetween(fromIso: string, toIsoDate: string): number {
  const [y1, m1, d1] = fromIso.split('-').map(Number);
  const [y2, m2, d2] = toIsoDate.split('-').map(Number);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

export function monthNumber(name: string): number | undefined {
  // A trailing full stop dropped by hand: the expression cost more than the look-up.
  const lower = name.toLowerCase();
  return MONTHS[lower.charCodeAt(lower.length - 1) === 46 /* . */ ? lower.slice(0, -1) : lower];
}

function dayDate(year: number, month: number, day: number): ParsedDate | undefined {
  return isValid(year, month, day) ? { iso: toIso(year, month, day), precision: 'day' } : undefined;
}

/**
 * Reads one date written in any form the dialect accepts; `undefined` when the text is not such a date.
 * Surrounding whitespace and a trailing full stop are ignored.
 */
export function parseDate(input: string, context: DateContext = {}): ParsedDate | undefined {
  let text = input.trim();
  const lastChar = text.charCodeAt(text.length - 1);
  if (lastChar === 46 /* . */ || lastChar === 44 /* , */ || lastChar === 59 /* ; */) text = text.slice(0, -1);
  if (hasSpaceToCollapse(text)) text = text.replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 40) return undefined;

  // Every form starts with a digit (ISO, numeric, day first) or a letter (weekday, month): only the expressions that
  // can match are tried. `test/unit/dates.test.ts` holds this to trying them all in turn.
  const first = text.charCodeAt(0);
  const digitFirst = first >= 48 && first <= 57;
  let match: RegExpExecArray | null;
  if (digitFirst) {
    // `YYYY-MM-DD`, nearly every date, read by position.
    if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && allDigits(text, 0, 4) && allDigits(text, 5, 7) && allDigits(text, 8, 10)) {
      return dayDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
    }
    match = ISO_RE.exec(text);
    if (match) return dayDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }

  match = DAY_MONTH_RE.exec(text);
  if (match) return namedDate(Number(match[1]), match[2], match[3], context);

  if (!digitFirst) {
    // "June 07" is June 2007 (a leading zero, or the meeting's own year); "June 15" is the 15th of June.
    match = MONTH_SHORT_YEAR_RE.exec(text);
    if (match && (match[2].startsWith('0') || match[2] === referenceDate(context).slice(2, 4))) {
      return monthDate(match[1], match[2], context);
    }

    match = MONTH_DAY_RE.exec(text);
    if (match) return namedDate(Number(match[2]), match[1], match[3], context);

    match = MONTH_YEAR_RE.exec(text);
    if (match) return monthDate(match[1], match[2], context);
    return undefined;
  }

  match = NUMERIC_RE.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = expandYear(match[3], context);
    const dayFirst = context.dayFirst ?? true;
    const [day, month] = dayFirst ? [first, second] : [second, first];
    const parsed = dayDate(year, month, day);
    if (!parsed) return undefined;
    const other = dayDate(year, day, month);
    if (other && first !== second) parsed.ambiguous = { alternative: other.iso };
    return parsed;
  }
  return undefined;
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether `/\s+/g` → `' '` would change the text: white space other than a space, or two in a row. */
function hasSpaceToCollapse(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return true;
      previousSpace = true;
    } else {
      previousSpace = false;
      if (isSpace(c)) return true;
    }
  }
  return false;
}

function monthDate(monthText: string, yearText: string, context: DateContext): ParsedDate | undefined {
  const month = monthNumber(monthText);
  const year = expandYear(yearText, context);
  if (month === undefined || !isValid(year, month, 1)) return undefined;
  return { iso: toIso(year, month, daysInMonth(year, month)), precision: 'month' };
}

function namedDate(day: number, monthText: string, yearText: string | undefined, context: DateContext): ParsedDate | undefined {
  const month = monthNumber(monthText);
  if (month === undefined) return undefined;
  const year = yearText === undefined ? resolveYearless(month, day, context) : expandYear(yearText, context);
  return year === undefined ? undefined : dayDate(year, month, day);
}

/** Where a date was found inside a longer text, with its offsets in that text. */
export interface FoundDate extends ParsedDate {
  text: string;
  start: number;
  end: number;
}

const SEARCH_RE = new RegExp(
  [
    '\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b',
    `\\b${WEEKDAY}${DAY}(?:\\s+of)?[\\s-]+${MONTH_NAME}(?:${YEAR})?\\b`,
    `\\b${WEEKDAY}${MONTH_NAME}\\s+${DAY}(?:${YEAR})?\\b`,
    `\\b${MONTH_NAME}${YEAR}\\b`,
    '\\b\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})\\b',
  ].join('|'),
  'gi',
);

/** Every date in a text, left to right, longest reading first. */
export function findDates(text: string, context: DateContext = {}): FoundDate[] {
  const found: FoundDate[] = [];
  SEARCH_RE.lastIndex = 0;
  for (let match = SEARCH_RE.exec(text); match; match = SEARCH_RE.exec(text)) {
    const parsed = parseDate(match[0], context);
    if (!parsed) continue;
    // parseDate's object is new: completed in place (the same keys, in the same order, as a spread copy).
    const date = parsed as FoundDate;
    date.text = match[0];
    date.start = match.index;
    date.end = match.index + match[0].length;
    found.push(date);
  }
  return found;
}

/** Date of a file from its name: `2007-06-06`, `2007_06_06` or `20070606`. */
export function dateFromFileName(name: string): string | undefined {
  const match = /(?:^|[^\d])((?:19|20)\d{2})[-_]?(\d{2})[-_]?(\d{2})(?!\d)/.exec(name);
  if (!match) return undefined;
  return dayDate(Number(match[1]), Number(match[2]), Number(match[3]))?.iso;
}

export function endOfMonth(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  return toIso(year, month, daysInMonth(year, month));
}

export function formatLongDate(iso: string, precision: DatePrecision = 'day'): string {
  // `YYYY-MM-DD` (nearly always) is read by position; anything else as split('-') reads it.
  const [year, month, day] =
    iso.length === 10 && iso.indexOf('-') === 4 && iso.indexOf('-', 5) === 7 && iso.indexOf('-', 8) === -1
      ? [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))]
      : iso.split('-').map(Number);
  const monthName = MONTH_NAMES[month - 1];
  return precision === 'month' ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/**
 * The written forms a date can be rewritten in: the ones minutes secretaries use, with full month names.
 * `-yy` forms write a two-digit year; `numeric` follows the file's day/month order.
 */
export type DateForm = 'iso' | 'day-month-year' | 'day-month-yy' | 'month-day-year' | 'month-day-yy' | 'numeric' | 'numeric-yy';

export const DATE_FORMS: readonly DateForm[] = ['iso', 'day-month-year', 'day-month-yy', 'month-day-year', 'month-day-yy', 'numeric', 'numeric-yy'];

/**
 * The form a readable day date is written in; `undefined` for a month ("June 2007") or what is not a date.
 * A year-less date ("15th June") counts as its nearest form with a year.
 */
export function dateFormOf(input: string, context: DateContext = {}): DateForm | undefined {
  const text = input.trim().replace(/[.,;]$/, '').replace(/\s+/g, ' ');
  const parsed = parseDate(text, context);
  if (!parsed || parsed.precision !== 'day') return undefined;
  if (ISO_RE.test(text)) return 'iso';
  let match = NUMERIC_RE.exec(text);
  if (match) return match[3].length === 2 ? 'numeric-yy' : 'numeric';
  match = DAY_MONTH_RE.exec(text);
  if (match) return match[3]?.length === 2 ? 'day-month-yy' : 'day-month-year';
  match = MONTH_DAY_RE.exec(text);
  if (match) return match[3]?.length === 2 ? 'month-day-yy' : 'month-day-year';
  return undefined;
}

/**
 * The form most of the given dates are written in (ties go to the form written first); ISO when none is readable.
 */
export function prevailingDateForm(texts: Iterable<string>, context: DateContext = {}): DateForm {
  const counts = new Map<DateForm, number>();
  for (const text of texts) {
    const form = dateFormOf(text, context);
    if (form) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  let best: DateForm = 'iso';
  let bestCount = 0;
  // A Map iterates in insertion order, so a later form must be strictly commoner to win.
  for (const [form, count] of counts) {
    if (count > bestCount) [best, bestCount] = [form, count];
  }
  return best;
}

/**
 * Writes an ISO date in a form, so that reading it back (with the same day/month order and meeting date) gives the
 * same date. A two-digit year that would read as another century is written in full; a month-precision date is
 * written `June 2007` whatever the form, since ISO and numeric forms cannot say "the month".
 */
export function formatDate(iso: string, form: DateForm, context: DateContext = {}, precision: DatePrecision = 'day'): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = MONTH_NAMES[month - 1];
  if (precision === 'month') return `${monthName} ${year}`;
  const shortYear = String(year % 100).padStart(2, '0');
  const yy = expandYear(shortYear, context) === year ? shortYear : String(year);
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  const numeric = (context.dayFirst ?? true) ? `${dd}/${mm}` : `${mm}/${dd}`;
  switch (form) {
    case 'iso':
      return iso;
    case 'day-month-year':
      return `${day} ${monthName} ${year}`;
    case 'day-month-yy':
      return `${day} ${monthName} ${yy}`;
    case 'month-day-year':
      return `${monthName} ${day}, ${year}`;
    case 'month-day-yy':
      return `${monthName} ${day}, ${yy}`;
    case 'numeric':
      return `${numeric}/${year}`;
    case 'numeric-yy':
      return `${numeric}/${yy}`;
  }
}

/** Why a correction of an unreadable date is plausible. */
export type CorrectionReason = 'last-day' | 'swapped' | 'month-name';

export interface DateCorrection {
  iso: string;
  precision: DatePrecision;
  reason: CorrectionReason;
}

const WORDS = /\p{L}+/gu;
const WEEKDAY_WORDS = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?$/i;
const LOOSE_ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const LOOSE_NAMED_RE = new RegExp(`^${WEEKDAY}(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH_NAME}|${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?)${YEAR}?$`, 'i');

/**
 * What an unreadable date was probably meant to be: the month's last day for a day past its end (`31/02/2008`),
 * day and month swapped when only the other order is a date (`2008-13-01`), the nearest month name for a misspelt
 * one (`Smarch 12`). Empty when nothing is plausible; never a date the text already reads as.
 */
export function dateCorrections(input: string, context: DateContext = {}): DateCorrection[] {
  const text = input.trim().replace(/[.,;]$/, '').replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 40 || parseDate(text, context)) return [];
  const found: DateCorrection[] = [];
  const add = (year: number | undefined, month: number, day: number, reason: CorrectionReason): void => {
    if (year === undefined || !isValid(year, month, day)) return;
    const iso = toIso(year, month, day);
    if (!found.some((c) => c.iso === iso)) found.push({ iso, precision: 'day', reason });
  };
  // Numbers that are a date but for a day past the month's end, or day and month the wrong way round.
  const numbers = (year: number | undefined, month: number, day: number): void => {
    if (month >= 1 && month <= 12 && day > 28 && day <= 31 && year !== undefined) add(year, month, daysInMonth(year, month), 'last-day');
    if (month > 12 && month <= 31 && day >= 1 && day <= 12) add(year, day, month, 'swapped');
  };

  let match = LOOSE_ISO_RE.exec(text);
  if (match) numbers(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC_RE.exec(text);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [day, month] = (context.dayFirst ?? true) ? [first, second] : [second, first];
    numbers(expandYear(match[3], context), month, day);
  }
  match = LOOSE_NAMED_RE.exec(text);
  if (match) {
    const month = monthNumber(match[2] ?? match[3])!;
    const day = Number(match[1] ?? match[4]);
    const year = match[5] === undefined ? resolveYearless(month, 1, context) : expandYear(match[5], context);
    if (day > 28 && day <= 31 && year !== undefined) add(year, month, daysInMonth(year, month), 'last-day');
  }

  // A misspelt month name: the nearest by edit distance, when that makes the text a date.
  for (const word of text.matchAll(WORDS)) {
    const token = word[0];
    if (token.length < 3 || monthNumber(token) !== undefined || WEEKDAY_WORDS.test(token) || /^(?:of|st|nd|rd|th)$/i.test(token)) continue;
    const distances = MONTH_NAMES.map((name) => Math.min(editDistance(token.toLowerCase(), name.toLowerCase()), editDistance(token.toLowerCase(), name.slice(0, 3).toLowerCase())));
    const nearest = Math.min(...distances);
    // One slip in a short word, two in a longer one: "Smarch" is March, "Jnue" June; "soon" is no month.
    if (nearest > (token.length <= 4 ? 1 : 2)) continue;
    distances.forEach((distance, index) => {
      if (distance !== nearest) return;
      const start = word.index ?? 0;
      const parsed = parseDate(`${text.slice(0, start)}${MONTH_NAMES[index]}${text.slice(start + token.length)}`, context);
      if (parsed && !found.some((c) => c.iso === parsed.iso)) found.push({ iso: parsed.iso, precision: parsed.precision, reason: 'month-name' });
    });
  }
  return found;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

export function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "next week", "in 2 weeks", "by Friday", "the next TAC call": due dates written relative to the meeting. */
export const RELATIVE_DUE =
  /^(?:the\s+)?(?:next\s+week|(?:with)?in\s+(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:the\s+)?next\s+(?:[\p{L}\p{N}&.'’-]+\s+){0,3}(?:meeting|call|sync|session|plenary))$/iu;

/** Is this phrase a relative due date, whether or not it can be resolved? */
export function isRelativeDue(text: string): boolean {
  return RELATIVE_DUE.test(text.trim().replace(/[.,;]$/, ''));
}

/**
 * Resolves a relative due date from the meeting date: "next week" is a week after the meeting, "in N weeks" / "in
 * N days" that many after it, "tomorrow" the day after, a weekday the first such day after the meeting. "the next
 * … meeting/call" is the next meeting's date when the document gives one. Undefined when it cannot be resolved.
 */
export function resolveRelativeDue(text: string, context: DateContext & { nextMeetingDate?: string }): ParsedDate | undefined {
  const phrase = text.trim().replace(/[.,;]$/, '').replace(/\s+/g, ' ').toLowerCase();
  if (!isRelativeDue(phrase)) return undefined;
  if (/\bnext\b.*\b(?:meeting|call|sync|session|plenary)$/.test(phrase)) {
    return context.nextMeetingDate ? { iso: context.nextMeetingDate, precision: 'day' } : undefined;
  }
  const meeting = context.meetingDate;
  if (!meeting) return undefined;
  if (/^(?:the )?next week$/.test(phrase)) return { iso: addDays(meeting, 7), precision: 'day' };
  if (phrase === 'today') return { iso: meeting, precision: 'day' };
  if (phrase === 'tomorrow') return { iso: addDays(meeting, 1), precision: 'day' };
  const span = /^(?:with)?in (\w+) (day|week)s?$/.exec(phrase);
  if (span) {
    const count = NUMBER_WORDS[span[1]] ?? Number(span[1]);
    return { iso: addDays(meeting, span[2] === 'week' ? count * 7 : count), precision: 'day' };
  }
  const weekday = WEEKDAYS.indexOf(phrase.slice(0, 3));
  if (weekday >= 0) {
    const [year, month, day] = meeting.split('-').map(Number);
    const current = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    return { iso: addDays(meeting, ((weekday - current + 6) % 7) + 1), precision: 'day' };
  }
  return undefined;
}

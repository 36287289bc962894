/**
 * Quick fixes for the core's diagnostics: each a titled set of text edits that writes valid dialect. Pure, so every
 * fix is unit-tested; the extension offers them as code actions and applies each as one undoable edit.
 */
import { dateCorrections, endOfMonth, formatDate, formatLongDate, parseDate, prevailingDateForm, todayIso, type DateContext, type DateForm, type DatePrecision } from './dates';
import { replaceCell, type TextEdit } from './edits';
import { LineIndex, type Action, type MinutesDiagnostic, type MinutesDocument, type Position, type Range } from './model';

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  /** The fix most people want: VS Code applies it from the light bulb with one key. */
  preferred?: boolean;
}

/** "Fix all of this kind": one edit, and how many of the kind's problems it fixes. */
export interface FixAll extends QuickFix {
  fixes: number;
}

export interface FixContext {
  text: string;
  document: MinutesDocument;
  today?: string;
  /** The file's day/month order for numeric dates (the parse's `dayFirst`). */
  dayFirst?: boolean;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** The action a diagnostic is about. */
export function actionFor(document: MinutesDocument, diagnostic: MinutesDiagnostic): Action | undefined {
  // Actions are sorted by where they start: look back from the last one starting on or before the diagnostic's line
  // (the nearest is almost always it; an earlier one may still enclose it, so the look goes on to the first).
  const { actions } = document;
  const line = diagnostic.range.start.line;
  let low = 0;
  let high = actions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (actions[mid].range.start.line <= line) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i--) {
    const action = actions[i];
    if (contains(action.range, diagnostic.range) || contains(action.ownerRange, diagnostic.range)) return action;
  }
  return undefined;
}

/** One line index per parse: "fix all" asks for edits once per problem, and each would index the whole text again. */
const lineIndexes = new WeakMap<MinutesDocument, { text: string; index: LineIndex }>();

function lineIndexOf(context: FixContext): LineIndex {
  const known = lineIndexes.get(context.document);
  if (known && known.text === context.text) return known.index;
  const index = new LineIndex(context.text);
  lineIndexes.set(context.document, { text: context.text, index });
  return index;
}

function insert(at: Position, text: string): TextEdit {
  return { range: { start: at, end: at }, newText: text };
}

// At module level: bundled, an expression with \p{…} inside a function is rebuilt by `new RegExp` on every call.
const HANDLE_TEXT = /^[\p{L}\p{N}._-]+$/u;

/** How an owner is written in a given form: tasks take @handles, so a name needs an alias there. */
function ownerToken(action: Action, person: { name: string; aliases: string[] }): string | undefined {
  if (action.kind !== 'task') return person.name;
  const handle = person.aliases.find((alias) => HANDLE_TEXT.test(alias));
  return handle ? `@${handle}` : undefined;
}

export function addOwnerEdits(context: FixContext, action: Action, person: { name: string; aliases: string[] }): TextEdit[] | undefined {
  const token = ownerToken(action, person);
  if (!token) return undefined;
  if (action.kind === 'table') return [replaceCell(lineIndexOf(context), action.ownerRange, token)];
  if (action.kind === 'task') return [insert(action.ownerRange.start, `${token} `)];
  return [insert(action.ownerRange.start, `${token} — `)];
}

export function addDueEdits(context: FixContext, action: Action, iso: string): TextEdit[] | undefined {
  if (action.kind === 'table') {
    if (!action.dueRange) return undefined;
    return [replaceCell(lineIndexOf(context), action.dueRange, iso)];
  }
  const end = action.textRange.end;
  return [insert(end, action.kind === 'task' ? ` due: ${iso}` : ` Due: ${iso}`)];
}

/** Replaces the due date's text (keeping a table aligned). */
export function rewriteDueEdits(context: FixContext, action: Action, written: string): TextEdit[] | undefined {
  if (!action.dueRange) return undefined;
  if (action.kind === 'table') return [replaceCell(lineIndexOf(context), action.dueRange, written)];
  return [{ range: action.dueRange, newText: written }];
}

/**
 * Takes the due date out: a table's due cell is emptied; a line's or task's due clause (`Due: …`, `(due …)`) goes
 * from the end of the action's text, so what is left is the action as written, without a date.
 */
function removeDueEdits(context: FixContext, action: Action): TextEdit[] | undefined {
  if (!action.dueRange) return undefined;
  const index = lineIndexOf(context);
  if (action.kind === 'table') return [replaceCell(index, action.dueRange, '')];
  const start = index.offset(action.textRange.end);
  let end = index.offset(action.dueRange.end);
  if (start > index.offset(action.dueRange.start)) return undefined;
  const closing = /^\s*\)/.exec(context.text.slice(end));
  if (closing && /\(\s*(?:due|by|deadline)/i.test(context.text.slice(start, end))) end += closing[0].length;
  return [{ range: index.range(start, end), newText: '' }];
}

function dateContext(context: FixContext): DateContext {
  return { meetingDate: context.document.date, today: context.today, dayFirst: context.dayFirst };
}

/** A due date's text without marks or a leading "by", "due", "before". */
export function cleanDueText(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/^(?:by|due|before)\s+/i, '').trim();
}

/** Per parse and day/month order: "fix all" asks once per diagnostic, and the answer reads every due date. */
const prevailingForms = new WeakMap<MinutesDocument, Map<boolean, DateForm>>();

/** How this file mostly writes its dates: its readable due dates and the next meeting's date. */
export function prevailingForm(context: FixContext): DateForm {
  const dayFirst = context.dayFirst ?? true;
  const known = prevailingForms.get(context.document)?.get(dayFirst);
  if (known) return known;
  const texts = context.document.actions.filter((a) => a.due !== null && a.dueText !== null).map((a) => cleanDueText(a.dueText!));
  if (context.document.nextMeeting?.dateText) texts.push(context.document.nextMeeting.dateText);
  const form = prevailingDateForm(texts, dateContext(context));
  const forms = prevailingForms.get(context.document) ?? new Map<boolean, DateForm>();
  prevailingForms.set(context.document, forms.set(dayFirst, form));
  return form;
}

/**
 * Fixes that write a date: in ISO form (a day only: ISO cannot say "the month") and in the file's prevailing form,
 * when that differs and reads back as exactly this date, unambiguously.
 */
function dateRewriteFixes(context: FixContext, action: Action, iso: string, precision: DatePrecision, preferred: boolean): QuickFix[] {
  const fixes: QuickFix[] = [];
  const add = (title: string, written: string, isPreferred: boolean): void => {
    const edits = rewriteDueEdits(context, action, written);
    if (edits) fixes.push({ title, edits, preferred: isPreferred || undefined });
  };
  if (precision === 'day') add(`Write the date as ${iso} (${formatLongDate(iso)})`, iso, preferred);
  const dates = dateContext(context);
  const written = formatDate(iso, prevailingForm(context), dates, precision);
  const reread = parseDate(written, dates);
  if (written !== iso && reread?.iso === iso && reread.precision === precision && !reread.ambiguous) {
    add(`Rewrite as ${written}`, written, preferred && precision === 'month');
  }
  return fixes;
}

/**
 * For a readable due date written otherwise than the file's prevailing form (or with a weekday, an ordinal, no
 * year): rewrites in that form and in ISO. Offered on request (a refactoring), never as a problem.
 */
export function dateRewrites(context: FixContext, action: Action): QuickFix[] {
  if (action.due === null || action.dueText === null || action.duePrecision !== 'day' || action.dueAmbiguous) return [];
  const written = cleanDueText(action.dueText);
  if (!parseDate(written, dateContext(context))) return [];
  return dateRewriteFixes(context, action, action.due, 'day', false).filter((fix) => fix.edits.every((edit) => edit.newText.trim() !== written));
}

/** Where a new attendee goes: after the last attendee listed as a list item; else a new Attended section. */
export function addToRosterEdits(context: FixContext, names: readonly string[]): TextEdit[] {
  const index = lineIndexOf(context);
  const attendees = context.document.roster.filter((entry) => entry.role === 'attendee');
  const last = attendees[attendees.length - 1];
  if (last) {
    const lineText = index.lineText(last.range.start.line);
    const bullet = /^(\s*[-*+]\s+)/.exec(lineText);
    const endOfLine = { line: last.range.end.line, character: index.lineText(last.range.end.line).length };
    if (bullet) return [insert(endOfLine, names.map((name) => `\n${bullet[1]}${name}`).join(''))];
    return [insert(last.range.end, names.map((name) => `, ${name}`).join(''))];
  }
  // No roster yet: a new section after the front matter and title, before the first second-level heading.
  const lines = context.text.split('\n');
  let at = lines.findIndex((line) => /^##\s/.test(line));
  if (at < 0) at = lines.length;
  return [insert({ line: at, character: 0 }, `## Attended\n\n${names.map((name) => `- ${name}\n`).join('')}\n`)];
}

/** Every fix for one diagnostic. */
export function quickFixes(context: FixContext, diagnostic: MinutesDiagnostic): QuickFix[] {
  if (diagnostic.code === 'prose-action') {
    const prose = context.document.proseActions.find((p) => contains(p.range, diagnostic.range));
    if (!prose) return [];
    const line = `ACTION: ${prose.ownerText} — ${prose.text}`;
    return [{ title: `Make it an action: "${line.length > 60 ? `${line.slice(0, 57)}…` : line}"`, edits: [insert(prose.insertAt, `\n\n${line}`)], preferred: true }];
  }
  const action = actionFor(context.document, diagnostic);
  if (!action) return [];
  const fixes: QuickFix[] = [];
  const push = (title: string, edits: TextEdit[] | undefined, preferred = false): void => {
    if (edits && edits.length > 0) fixes.push({ title, edits, preferred: preferred || undefined });
  };
  switch (diagnostic.code) {
    case 'missing-owner': {
      const seen = new Set<string>();
      for (const entry of context.document.roster) {
        if (entry.role === 'copy' || seen.has(entry.name)) continue;
        seen.add(entry.name);
        push(`Add owner: ${entry.name}`, addOwnerEdits(context, action, entry));
      }
      break;
    }
    case 'missing-due': {
      const next = context.document.nextMeeting?.date;
      if (next) push(`Due at the next meeting (${formatLongDate(next)})`, addDueEdits(context, action, next), true);
      const monthEnd = endOfMonth(context.today ?? todayIso());
      push(`Due at the end of this month (${formatLongDate(monthEnd)})`, addDueEdits(context, action, monthEnd), !next);
      break;
    }
    case 'ambiguous-date': {
      if (action.due) fixes.push(...dateRewriteFixes(context, action, action.due, 'day', true));
      if (action.dueAmbiguous) fixes.push(...dateRewriteFixes(context, action, action.dueAmbiguous, 'day', false));
      break;
    }
    case 'bad-date': {
      if (action.dueText === null) break;
      const corrections = dateCorrections(cleanDueText(action.dueText), dateContext(context));
      // Only a single plausible correction is safe to apply unasked (the preferred fix, which "fix all" uses).
      for (const correction of corrections) fixes.push(...dateRewriteFixes(context, action, correction.iso, correction.precision, corrections.length === 1));
      push('Remove the due date', removeDueEdits(context, action));
      break;
    }
    case 'unknown-person': {
      const owner = action.owners.find((o) => contains(o.range, diagnostic.range) || contains(diagnostic.range, o.range));
      if (owner && !owner.ambiguous) push(`Add "${owner.text}" to the Attended list`, addToRosterEdits(context, [owner.text]), true);
      break;
    }
    default:
      break;
  }
  return fixes;
}

/** "Fix all of this kind in the file": the preferred fix of every such diagnostic that has one, as one edit. */
export function fixAll(context: FixContext, code: MinutesDiagnostic['code']): FixAll | undefined {
  const diagnostics = context.document.diagnostics.filter((d) => d.code === code);
  if (code === 'unknown-person') {
    // One roster line per name, however often it is used, in one insertion.
    const names = new Set<string>();
    for (const diagnostic of diagnostics) {
      const owner = actionFor(context.document, diagnostic)?.owners.find((o) => contains(o.range, diagnostic.range));
      if (owner && !owner.ambiguous) names.add(owner.text);
    }
    const fixes = diagnostics.filter((d) => actionFor(context.document, d)?.owners.some((o) => contains(o.range, d.range) && !o.ambiguous)).length;
    return names.size > 0 ? { title: 'Add every unknown owner to the Attended list', edits: addToRosterEdits(context, [...names]), fixes } : undefined;
  }
  const preferred = diagnostics.flatMap((diagnostic) => quickFixes(context, diagnostic).filter((fix) => fix.preferred).slice(0, 1));
  const edits = preferred.flatMap((fix) => fix.edits);
  const title = code === 'bad-date' ? 'Fix every bad-date that has one clear correction' : `Fix every ${code} in the file`;
  return edits.length > 0 ? { title, edits, fixes: preferred.length } : undefined;
}

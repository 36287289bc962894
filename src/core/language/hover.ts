/**
 * Hover text, as Markdown: a person (full name, aliases, open and overdue counts, their next open actions, each a
 * link), and a due date (how it was read, and how far off or overdue it is).
 */
import { daysBetween, formatLongDate, isRelativeDue } from '../dates';
import { isOverdueOn, type Action, type MinutesDocument, type Range } from '../model';
import { cleanDueText } from '../quickFixes';
import type { PersonId, Reference, WorkspacePeople } from '../workspace/people';
import { restatedActions } from '../workspace/actions';

/** How a hover links to a place: the extension makes it a URI that opens the file there. */
export type LinkTo = (key: string, range: Range) => string;

const NEXT_ACTIONS = 5;

/** Markdown text: no marks, brackets or angle brackets that would change how it reads. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Open and overdue actions among these, by today's date. */
export function actionCounts(actions: Iterable<Action>, today: string): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const action of actions) {
    if (action.status !== 'open') continue;
    open++;
    if (isOverdueOn(action, today)) overdue++;
  }
  return { open, overdue };
}

/** Open and overdue actions of one file, each once: a row restating an action written above is not counted again. */
export function documentActionCounts(document: Pick<MinutesDocument, 'actions'>, today: string): { open: number; overdue: number } {
  const restated = restatedActions(document);
  return actionCounts(restated.size === 0 ? document.actions : document.actions.filter((action) => !restated.has(action)), today);
}

/**
 * Open and overdue actions of a workspace, each once, as the Open Actions view lists them: an action carried through
 * three meetings, or restated in a summary table, counts once (`superseded`: the action log's).
 */
export function workspaceActionCounts(documents: Iterable<Pick<MinutesDocument, 'actions'>>, superseded: (action: Action) => boolean, today: string): { open: number; overdue: number } {
  const listed: Action[] = [];
  for (const document of documents) for (const action of document.actions) if (!superseded(action)) listed.push(action);
  return actionCounts(listed, today);
}

/**
 * Who a person is and their open work. `superseded` says which actions are listed elsewhere (the log's earlier rows of a
 * carried action, a meeting's restatement of one it wrote above): each action counts once, as the Open Actions view
 * lists it.
 */
export function personHover(people: WorkspacePeople, id: PersonId, today: string, link: LinkTo, superseded: (action: Action) => boolean = () => false): string {
  const person = people.person(id);
  const references = people.occurrences(id).filter((o): o is Reference => o.kind === 'reference' && !superseded(o.action));
  // One action owned twice (two names for one person) counts once.
  const actions = [...new Map(references.map((r) => [r.action, r])).values()];
  const counts = actionCounts(actions.map((r) => r.action), today);
  const lines = [`**${escapeMarkdown(id)}**${person && person.aliases.length > 0 ? ` (${person.aliases.map(escapeMarkdown).join(', ')})` : ''}`];
  if (!person || (!person.inSettings && people.occurrences(id).every((o) => o.kind === 'reference'))) lines.push('', '_On no roster._');
  lines.push('', `${plural(counts.open, 'open action')}${counts.overdue > 0 ? `, ${counts.overdue} overdue` : ''}, ${actions.length} in all`);
  const open = actions
    .filter((r) => r.action.status === 'open')
    .sort((a, b) => (a.action.due ?? '\uffff').localeCompare(b.action.due ?? '\uffff') || a.file.path.localeCompare(b.file.path) || a.action.range.start.line - b.action.range.start.line);
  if (open.length > 0) lines.push('');
  for (const reference of open.slice(0, NEXT_ACTIONS)) {
    const { action, file } = reference;
    const due = action.due ? `due ${formatLongDate(action.due, action.duePrecision ?? 'day')}${action.due < today ? ' (overdue)' : ''}` : 'no due date';
    lines.push(`- [${escapeMarkdown(action.text)}](${link(file.key, action.range)}) — ${due} · ${escapeMarkdown(file.path)}`);
  }
  if (open.length > NEXT_ACTIONS) lines.push(`- … and ${open.length - NEXT_ACTIONS} more`);
  return lines.join('\n');
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** How a relative phrase was read, as words: "a week after the meeting". */
function relativeReading(phrase: string): string {
  const text = phrase.toLowerCase().replace(/\s+/g, ' ').replace(/[.,;]$/, '').trim();
  if (/\bnext\b.*\b(?:meeting|call|sync|session|plenary)$/.test(text)) return 'the next meeting, from its "Next meeting" section';
  if (/^(?:the )?next week$/.test(text)) return 'a week after the meeting';
  if (text === 'today') return 'the day of the meeting';
  if (text === 'tomorrow') return 'the day after the meeting';
  const span = /^(?:with)?in (\w+) (day|week)s?$/.exec(text);
  if (span) return `${span[1] === 'a' ? 'one' : span[1]} ${span[2]}${span[1] === 'a' || span[1] === 'one' || span[1] === '1' ? '' : 's'} after the meeting`;
  const weekday = WEEKDAY_NAMES.find((day) => day.toLowerCase().startsWith(text.slice(0, 3)));
  return weekday ? `the first ${weekday} after the meeting` : 'relative to the meeting';
}

/** How far off a due date is from today, for an action's status. */
function dueStatus(action: Action, today: string): string {
  if (action.status !== 'open') return `The action is ${action.status}.`;
  if (action.due === null) return '';
  const days = daysBetween(today, action.due);
  if (days < 0) return `**Overdue** by ${plural(-days, 'day')}${-days >= 730 ? ` (about ${plural(Math.round(-days / 365.25), 'year')})` : -days >= 60 ? ` (about ${plural(Math.round(-days / 30.44), 'month')})` : ''}.`;
  if (days === 0) return 'Due **today**.';
  return `Due in ${plural(days, 'day')}.`;
}

/** "July 07: by 31 July 2007, the whole month"; "next week: 13 June 2007, a week after the meeting"; and how overdue. */
export function dueHover(document: MinutesDocument, action: Action, today: string, dayFirst = true): string {
  const written = cleanDueText(action.dueText ?? '');
  const head = `**${escapeMarkdown(written)}**: `;
  let reading: string;
  if (action.due === null) {
    reading = action.dueRelative
      ? 'a date relative to the meeting, which these minutes give no date for (no meeting date, or no "Next meeting" date)'
      : 'not read as a date';
  } else if (action.duePrecision === 'month') {
    reading = `by ${formatLongDate(action.due)}, the whole month`;
  } else if (isRelativeDue(written)) {
    reading = `${formatLongDate(action.due)}, ${relativeReading(written)}`;
  } else {
    reading = formatLongDate(action.due);
    if (action.dueAmbiguous) reading += `, reading the ${dayFirst ? 'day' : 'month'} first (\`minutes.dateOrder\`); it could also be ${formatLongDate(action.dueAmbiguous)}`;
    // One number written ("15th June", "June 15"): no year, so the one nearest the meeting.
    else if ((written.match(/\d+/g) ?? []).length === 1) reading += `, no year written: the nearest to the meeting${document.date ? ` of ${formatLongDate(document.date)}` : ''}`;
  }
  const status = dueStatus(action, today);
  return `${head}${reading}${status ? `\n\n${status}` : ''}`;
}

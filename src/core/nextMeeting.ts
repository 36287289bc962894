/**
 * "Start the next meeting": the next minutes of a series, written from its latest meeting. Its title; the date, time
 * and place its "Next meeting" section gives; the roster copied for marking attendance; an "Actions from previous
 * meetings" table of every action of the series still open, each with a link to where it was agreed; then the
 * skeleton's sections. Pure: the extension and the CLI write the text where this says.
 */
import { dateFromFileName, findDates, formatLongDate } from './dates';
import { AGREED_HEADERS, REF_HEADERS } from './dialect/reviewTable';
import type { Position, RosterEntry } from './model';
import { ACTION_HEADERS, DUE_HEADERS, OWNER_HEADERS } from './dialect/vocabulary';
import { withoutMarks } from './people';
import { folderOf, type Series, type SeriesFile } from './series';
import { agendaSkeleton } from './skeleton';
import type { ActionLog, TrackedAction } from './workspace/actions';

export interface NextMinutes {
  /** The new file's name, in the latest meeting's folder. */
  fileName: string;
  /** Its key: the latest meeting's folder and the file name. */
  key: string;
  text: string;
  /** The first status cell of the review table (where the secretary starts), else the first line after the title. */
  cursor: Position;
  /** The open actions listed for review. */
  actions: TrackedAction[];
}

/** The date the latest meeting of a series gives for the next one, if it gives one. */
export function nextMeetingDate(series: Series): string | undefined {
  return latestOf(series).document.nextMeeting?.date;
}

export function latestOf<F extends SeriesFile>(series: Series<F>): F {
  return series.files[series.files.length - 1];
}

/** Every action of the series still open, in the order they were agreed. */
export function openActionsOf<F extends SeriesFile>(log: ActionLog<F>, series: Series<F>): TrackedAction<F>[] {
  return log.tracked.filter((tracked) => tracked.series === series && tracked.status === 'open');
}

/** The title without the dates and separators that belong to one meeting: "Board meeting — 20 February 2008" → "Board meeting". */
export function seriesTitle(title: string): string {
  let text = title;
  for (const found of findDates(text).reverse()) text = text.slice(0, found.start) + text.slice(found.end);
  const cleaned = text.replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?/gi, '').replace(/[\s,;:—–-]+$/u, '').replace(/\s{2,}/g, ' ').trim();
  return cleaned || title;
}

/** The latest file's name with its date changed, else `<date>-<title>.minutes.md`. */
export function nextFileName(latest: SeriesFile, date: string, title: string): string {
  const name = latest.key.split(/[\\/]/).pop() ?? '';
  const match = /((?:19|20)\d{2})([-_]?)(\d{2})\2(\d{2})(?!\d)/.exec(name);
  if (match && dateFromFileName(name)) {
    const [year, month, day] = date.split('-');
    const sep = match[2];
    return name.slice(0, match.index) + [year, month, day].join(sep) + name.slice(match.index + match[0].length);
  }
  const slug = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'meeting';
  return `${date}-${slug}${/\.minutes\.md$/i.test(name) || !name.endsWith('.md') ? '.minutes.md' : '.md'}`;
}

/** A relative link from one key to another (both `/`-separated paths or URIs), spaces written `%20`. */
export function relativeLink(fromKey: string, toKey: string): string {
  // A key at the top of the workspace has no folder: no segment to climb out of.
  const folder = folderOf(fromKey);
  const from = folder ? folder.split(/[\\/]/) : [];
  const to = toKey.split(/[\\/]/);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => '..');
  return [...up, ...to.slice(common)].join('/').replace(/ /g, '%20');
}

function rosterLine(entry: RosterEntry): string {
  const aliases = entry.aliases.length > 0 ? ` (${entry.aliases.join(', ')})` : '';
  return `- ${entry.name}${aliases}${entry.affiliation ? ` — ${entry.affiliation}` : ''}`;
}


export const REVIEW_HEADER = '| Ref | Owner | Action | Due | Agreed | Status |';

function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The review row of an action, in the columns of a review table's header (or the dialect's own). */
export function reviewRow(tracked: TrackedAction, fromKey: string, header = REVIEW_HEADER): string {
  const latest = tracked.occurrences[tracked.occurrences.length - 1];
  const agreed = tracked.occurrences[0];
  const ref = tracked.occurrences.map((o) => o.action.review?.ref ?? o.action.id).find((id) => id !== undefined) ?? '';
  const when = agreed.file.document.date ? formatLongDate(agreed.file.document.date) : agreed.file.path;
  const columns = header.replace(/^\s*\||\|\s*$/g, '').split('|').map((name) => withoutMarks(name).trim().toLowerCase().replace(/[:?]$/, ''));
  const value = (name: string): string => {
    // The parser's column names, so that a row written here reads back as the same action.
    if (REF_HEADERS.has(name)) return cell(ref);
    if (OWNER_HEADERS.has(name)) return cell(latest.people.join(' / '));
    if (ACTION_HEADERS.has(name)) return cell(latest.action.text);
    if (DUE_HEADERS.has(name)) return cell(latest.action.dueText ?? latest.action.due ?? '');
    if (AGREED_HEADERS.has(name)) return `[${cell(when)}](${relativeLink(fromKey, agreed.file.key)})`;
    return '';
  };
  return `| ${columns.map(value).join(' | ')} |`;
}

/** The next minutes of a series, for the meeting on `date` (ISO). */
export function nextMinutes<F extends SeriesFile>(log: ActionLog<F>, series: Series<F>, date: string): NextMinutes {
  const latest = latestOf(series);
  const document = latest.document;
  const title = seriesTitle(document.title ?? series.title);
  const fileName = nextFileName(latest, date, title);
  const key = `${folderOf(latest.key)}${folderOf(latest.key) ? (latest.key.includes('/') ? '/' : '\\') : ''}${fileName}`;
  const next = document.nextMeeting;
  const place = next?.place ?? document.location;
  const lines: string[] = ['---', `title: ${title}`, `date: ${date}`];
  if (next?.time) lines.push(`time: ${next.time}`);
  lines.push(`location: ${place ?? ''}`, '---', '', `# ${title} — ${formatLongDate(date)}`, '');

  // Everyone on the last roster, present or not, to be marked present (or moved to Apologies) at this one.
  const members = document.roster.filter((entry) => entry.role !== 'copy');
  const copies = document.roster.filter((entry) => entry.role === 'copy');
  lines.push('## Attended', '', ...(members.length > 0 ? members.map(rosterLine) : ['- Full Name (FN)']), '', '## Apologies', '', '-', '');
  if (copies.length > 0) lines.push('## Copies to', '', ...copies.map(rosterLine), '');

  const actions = openActionsOf(log, series);
  lines.push('## Actions from previous meetings', '');
  let cursor: Position = { line: lines.indexOf(`# ${title} — ${formatLongDate(date)}`) + 1, character: 0 };
  if (actions.length === 0) lines.push('No actions are open.', '');
  else {
    lines.push(REVIEW_HEADER, '|---|---|---|---|---|---|');
    actions.forEach((tracked, i) => {
      const row = reviewRow(tracked, key);
      if (i === 0) cursor = { line: lines.length, character: row.length - 2 };
      lines.push(row);
    });
    lines.push('');
  }
  const text = `${lines.join('\n')}\n${agendaSkeleton(date, '|  |  |  |', 'To be arranged.')}`;
  return { fileName, key, text, cursor, actions };
}

/**
 * Diagnostics across the meetings of a series (the action log's, not one document's): an action still open after the
 * previous meeting that this meeting's minutes never review (`unreviewed-action`), and an action carried on more
 * times than the committee allows (`carried-too-often`); with the edit that adds a forgotten action to the review
 * table. Pure: the extension publishes them beside the document's own.
 */
import { DEFAULT_SEVERITIES } from '../diagnostics';
import type { TextEdit } from '../edits';
import { formatLongDate } from '../dates';
import { LineIndex, type MinutesDiagnostic, type MinutesDocument, type Range } from '../model';
import { REVIEW_HEADER, reviewRow } from '../nextMeeting';
import { seriesOf, type SeriesFile } from '../series';
import { historyText, type ActionLog, type TrackedAction } from './actions';

export interface SeriesDiagnostic extends MinutesDiagnostic {
  /** The action it is about. */
  tracked: TrackedAction;
}

export const DEFAULT_CARRIED_TOO_OFTEN = 3;

function lineRange(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

/** Where a review of earlier actions is, or would go: the review table's header, else the document's first line. */
function reviewLine(document: MinutesDocument): number {
  return document.actions.find((action) => action.review && action.table)?.table?.headerLine ?? 0;
}

/** The series diagnostics of one file of the log. */
export function seriesDiagnostics(log: ActionLog<SeriesFile>, key: string, carriedTooOften = DEFAULT_CARRIED_TOO_OFTEN): SeriesDiagnostic[] {
  const found = seriesOf(log.series, key);
  if (!found) return [];
  const { series, index } = found;
  const file = series.files[index];
  const result: SeriesDiagnostic[] = [];
  const previous = index > 0 ? series.files[index - 1] : undefined;
  const place = new Map(series.files.map((one, i) => [one, i]));
  for (const tracked of log.tracked) {
    if (tracked.series !== series) continue;
    const until = tracked.occurrences.filter((occurrence) => (place.get(occurrence.file) ?? 0) < index);
    const here = tracked.occurrences.find((occurrence) => occurrence.file === file);
    // Open after the previous meeting, and not a word about it here.
    if (previous && !here && until.length > 0 && until[until.length - 1].action.status === 'open') {
      const last = until[until.length - 1];
      const owners = last.people.length > 0 ? ` (${last.people.join(', ')})` : '';
      const when = previous.document.date ? `the meeting of ${formatLongDate(previous.document.date)}` : previous.path;
      result.push({
        code: 'unreviewed-action',
        severity: DEFAULT_SEVERITIES['unreviewed-action'],
        message: `"${last.action.text}"${owners} was still open after ${when}, and these minutes do not review it.`,
        range: lineRange(reviewLine(file.document)),
        tracked,
      });
    }
    const latest = tracked.occurrences[tracked.occurrences.length - 1];
    if (latest.file === file && tracked.status === 'open' && tracked.carried > carriedTooOften) {
      result.push({
        code: 'carried-too-often',
        severity: DEFAULT_SEVERITIES['carried-too-often'],
        message: `Carried ${tracked.carried} times (${historyText(tracked)}): time to do it, reassign it or drop it?`,
        range: latest.action.textRange,
        tracked,
      });
    }
  }
  return result;
}

/** Adds an action to the file's review table, or a review section with it when the file has none. */
export function addToReview(text: string, document: MinutesDocument, key: string, tracked: TrackedAction): TextEdit {
  const index = new LineIndex(text);
  const reviewed = document.actions.filter((action) => action.review && action.table);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (reviewed.length > 0) {
    const last = reviewed[reviewed.length - 1];
    const header = index.lineText(last.table!.headerLine);
    const end = { line: last.range.end.line, character: index.lineText(last.range.end.line).length };
    return { range: { start: end, end }, newText: `${eol}${reviewRow(tracked, key, header)}` };
  }
  // Before the first section after the roster that is not about attendance: where the review is taken.
  const lines = text.split(/\r?\n/);
  const rosterEnd = Math.max(0, ...document.roster.map((entry) => entry.range.end.line));
  let at = lines.findIndex((line, i) => i > rosterEnd && /^#{1,6}\s/.test(line));
  if (at < 0) at = lines.length;
  const section = `## Actions from previous meetings${eol}${eol}${REVIEW_HEADER}${eol}|---|---|---|---|---|---|${eol}${reviewRow(tracked, key)}${eol}${eol}`;
  const position = at < lines.length ? { line: at, character: 0 } : index.position(text.length);
  return { range: { start: position, end: position }, newText: at < lines.length ? section : `${eol}${section}` };
}

/**
 * A document's own diagnostics without those on rows a later meeting carried on: the action is shown once, where it
 * stands now, and so are its problems.
 */
export function withoutSuperseded<D extends { range: Range }>(diagnostics: readonly D[], document: MinutesDocument, log: Pick<ActionLog, 'isSuperseded'>): D[] {
  const superseded = document.actions.filter((action) => log.isSuperseded(action)).map((action) => action.range);
  if (superseded.length === 0) return [...diagnostics];
  return diagnostics.filter((diagnostic) => !superseded.some((range) => diagnostic.range.start.line >= range.start.line && diagnostic.range.start.line <= range.end.line));
}

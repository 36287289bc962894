/**
 * The action log of a series as a document: every action, where it was agreed, and each meeting's word on it
 * (agreed, carried, done, dropped), in Markdown, CSV or HTML. Shared by the CLI (`minutes export --log`) and the
 * editor's "Export Action Log of a Series".
 */
import { formatLongDate } from './dates';
import { csvCell, linkTarget, markdownEscape } from './export';
import { escapeHtml as html } from './render/actionBadge';
import type { Series, SeriesFile } from './series';
import { historyText, type ActionLog, type TrackedAction } from './workspace/actions';

export type ActionLogFormat = 'markdown' | 'csv' | 'html';
export const ACTION_LOG_FORMATS: readonly ActionLogFormat[] = ['markdown', 'csv', 'html'];

export interface ActionLogRow {
  ref: string;
  owners: string;
  text: string;
  due: string;
  /** The meeting it was agreed at (its date, or its file when undated). */
  agreed: string;
  agreedFile: string;
  /** One cell per meeting of the series: what that meeting did with it, or '' when it did not mention it. */
  steps: string[];
  status: string;
  history: string;
}

function meetingLabel(file: SeriesFile): string {
  return file.document.date ? formatLongDate(file.document.date) : file.path;
}

/** The rows of a series' action log, in the order the actions were agreed. */
export function actionLogRows<F extends SeriesFile>(log: ActionLog<F>, series: Series<F>): ActionLogRow[] {
  const place = new Map(series.files.map((file, i) => [file, i]));
  return log.tracked
    .filter((tracked) => tracked.series === series)
    .map((tracked: TrackedAction<F>) => {
      const latest = tracked.occurrences[tracked.occurrences.length - 1];
      const first = tracked.occurrences[0];
      const steps = series.files.map(() => '');
      for (const occurrence of tracked.occurrences) steps[place.get(occurrence.file) ?? 0] = occurrence.step;
      return {
        ref: tracked.occurrences.map((o) => o.action.id ?? o.action.review?.ref).find((id) => id !== undefined) ?? '',
        owners: latest.people.join(' / '),
        text: latest.action.text,
        due: latest.action.dueText ?? latest.action.due ?? '',
        agreed: meetingLabel(first.file),
        agreedFile: first.file.path,
        steps,
        status: tracked.status,
        history: historyText(tracked),
      };
    });
}

export function formatActionLog<F extends SeriesFile>(log: ActionLog<F>, series: Series<F>, format: ActionLogFormat): string {
  const rows = actionLogRows(log, series);
  const meetings = series.files.map(meetingLabel);
  const open = rows.filter((row) => row.status === 'open').length;
  const span = meetings.length > 1 ? `${meetings[0]} to ${meetings[meetings.length - 1]}` : meetings[0];
  const summary = `${meetings.length} meeting${meetings.length === 1 ? '' : 's'}, ${span}: ${rows.length} action${rows.length === 1 ? '' : 's'}, ${open} open.`;
  if (format === 'csv') {
    const header = ['Ref', 'Owner', 'Action', 'Due', 'Agreed', 'Agreed in', ...meetings, 'Status', 'History'];
    const lines = [header, ...rows.map((row) => [row.ref, row.owners, row.text, row.due, row.agreed, row.agreedFile, ...row.steps, row.status, row.history])];
    return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
  if (format === 'html') {
    const head = ['Ref', 'Owner', 'Action', 'Due', 'Agreed', ...meetings, 'Status'].map((cell) => `<th>${html(cell)}</th>`).join('');
    const body = rows
      .map((row) => `<tr class="${row.status}">${[row.ref, row.owners, row.text, row.due, row.agreed, ...row.steps, row.status].map((cell) => `<td>${html(cell)}</td>`).join('')}</tr>`)
      .join('\n');
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Action log: ${html(series.title)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}tr.done td,tr.cancelled td{color:#777}tr.cancelled td:nth-child(3){text-decoration:line-through}@media print{body{margin:0}}</style>
</head><body>
<h1>Action log: ${html(series.title)}</h1>
<p>${html(summary)}</p>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
</body></html>
`;
  }
  const header = ['Ref', 'Owner', 'Action', 'Due', 'Agreed', ...meetings, 'Status'];
  const table = [
    `| ${header.map(markdownEscape).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${[row.ref, row.owners, row.text, row.due].map(markdownEscape).join(' | ')} | [${markdownEscape(row.agreed)}](${linkTarget(row.agreedFile)}) | ${[...row.steps, row.status].join(' | ')} |`),
  ];
  return `# Action log: ${markdownEscape(series.title)}\n\n${summary}\n\n${table.join('\n')}\n`;
}

// The action log of a series as a document (`minutes export --log`, "Export Action Log of a Series"): what each
// format says about each action, read from the examples/daccom series and from small series written here.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { actionLogRows, formatActionLog } from '../../src/core/actionLogExport';
import { parseMinutes } from '../../src/core/parse';
import type { SeriesFile } from '../../src/core/series';
import { buildActionLog } from '../../src/core/workspace/actions';

function file(key: string, text: string): SeriesFile {
  return { key, path: key, document: parseMinutes(text, { fileName: key }) };
}

const dir = 'examples/daccom/';
const daccom = (): SeriesFile[] => readdirSync(dir).map((name) => file(dir + name, readFileSync(dir + name, 'utf8')));

function one(text: string, key = 'exec/2024-03-05-exec.minutes.md'): { log: ReturnType<typeof buildActionLog>; files: SeriesFile[] } {
  const files = [file(key, text)];
  return { log: buildActionLog(files), files };
}

describe('the action log of a series', () => {
  it('rows: the Ref of the first occurrence that has one, latest owners and text, each meeting’s word', () => {
    const log = buildActionLog(daccom());
    const [series] = log.series;
    const rows = actionLogRows(log, series);
    const a3 = rows.find((row) => row.ref === 'A3')!;
    assert.deepEqual(a3, {
      ref: 'A3',
      owners: 'Mark Jones',
      text: 'Communicate the LES claims process to practice managers.',
      due: '15 June 07',
      agreed: '6 June 2007',
      agreedFile: `${dir}2007-06-06-daccom-exec.minutes.md`,
      steps: ['agreed', 'carried', 'carried'],
      status: 'open',
      history: 'agreed 6 June 2007; carried 22 June; carried 4 July',
    });
    // Agreed at the second meeting: nothing in the first meeting's cell.
    assert.deepEqual(rows.find((row) => row.ref === 'A5')?.steps.slice(0, 2), ['', 'agreed']);
    assert.deepEqual(rows.map((row) => row.ref), ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    assert.equal(rows[0].owners, 'Meena Savla / Mark Jones');
    const markdown = formatActionLog(log, series, 'markdown');
    assert.ok(markdown.startsWith('# Action log: DacCom Executive Committee\n\n3 meetings, 6 June 2007 to 4 July 2007: 7 actions, 3 open.\n'), markdown);
  });

  it('one series at a time; the Ref a later meeting numbers an action with, when it was agreed without one', () => {
    const meeting = (date: string, title: string, body: string): string => `---\ntitle: ${title}\ndate: ${date}\n---\n\n## Attended\n\n- Mark Jones (MJ)\n\n${body}\n`;
    const agreed = (rows: string): string => `## Summary of actions agreed\n\n| Ref | Owner | Action | Due |\n|---|---|---|---|\n${rows}`;
    const files = [
      file('exec/2024-03-05.minutes.md', meeting('2024-03-05', 'Exec', 'ACTION: MJ — order the chairs')),
      file('exec/2024-04-05.minutes.md', meeting('2024-04-05', 'Exec', agreed('| E7 | MJ | order the chairs | |'))),
      file('board/2024-03-06.minutes.md', meeting('2024-03-06', 'Board', 'ACTION: MJ — paint the hall')),
    ];
    const log = buildActionLog(files);
    const exec = log.series.find((series) => series.title === 'Exec')!;
    assert.deepEqual(actionLogRows(log, exec).map((row) => [row.ref, row.text, row.steps]), [['E7', 'order the chairs', ['agreed', 'carried']]]);
  });

  it('one meeting, one action: no plural, no span; an action without a Ref or due date has empty cells', () => {
    const { log } = one('---\ntitle: Exec <board> | *one*\ndate: 2024-03-05\n---\n\n## Attended\n\n- Mark Jones (MJ)\n\nACTION: MJ — order the chairs\n');
    const [series] = log.series;
    const markdown = formatActionLog(log, series, 'markdown');
    assert.ok(markdown.startsWith('# Action log: Exec \\<board\\> \\| \\*one\\*\n\n1 meeting, 5 March 2024: 1 action, 1 open.\n\n'), markdown);
    assert.ok(markdown.includes('| Ref | Owner | Action | Due | Agreed | 5 March 2024 | Status |\n|---|---|---|---|---|---|---|\n'), markdown);
    assert.ok(markdown.includes('|  | Mark Jones | order the chairs |  | [5 March 2024](exec/2024-03-05-exec.minutes.md) | agreed | open |\n'), markdown);
    const csv = formatActionLog(log, series, 'csv');
    assert.equal(csv, 'Ref,Owner,Action,Due,Agreed,Agreed in,5 March 2024,Status,History\r\n,Mark Jones,order the chairs,,5 March 2024,exec/2024-03-05-exec.minutes.md,agreed,open,agreed 5 March 2024\r\n');
  });

  it('html: one escaped page, a row per action with its status as the row’s class', () => {
    const { log } = one('---\ntitle: Exec <board> & co\ndate: 2024-03-05\n---\n\n## Attended\n\n- Mark Jones (MJ)\n\n- [x] @MJ check <the> budget due 2024-03-01\n- [ ] @MJ write the report due 2024-04-01\n');
    const [series] = log.series;
    const html = formatActionLog(log, series, 'html');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Action log: Exec &lt;board&gt; &amp; co<\/title>/);
    assert.ok(html.includes('<h1>Action log: Exec &lt;board&gt; &amp; co</h1>\n<p>1 meeting, 5 March 2024: 2 actions, 1 open.</p>'), html);
    assert.ok(html.includes('<thead><tr><th>Ref</th><th>Owner</th><th>Action</th><th>Due</th><th>Agreed</th><th>5 March 2024</th><th>Status</th></tr></thead><tbody>\n'), html);
    assert.ok(html.includes('<tr class="done"><td></td><td>Mark Jones</td><td>check &lt;the&gt; budget</td><td>2024-03-01</td><td>5 March 2024</td><td>done</td><td>done</td></tr>\n<tr class="open">'), html);
    assert.ok(html.endsWith('</tbody></table>\n</body></html>\n'));
  });
});

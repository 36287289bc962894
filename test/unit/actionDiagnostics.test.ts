// Diagnostics across the meetings of a series (src/core/workspace/actionDiagnostics.ts): where an unreviewed action is
// reported, when an action is carried too often, the quick fix's edit in any file, and a carried action's own
// problems shown once. The examples/daccom cases are in actionLog.test.ts.
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../src/core/edits';
import type { MinutesDiagnostic } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import type { SeriesFile } from '../../src/core/series';
import { addToReview, seriesDiagnostics, withoutSuperseded } from '../../src/core/workspace/actionDiagnostics';
import { buildActionLog } from '../../src/core/workspace/actions';

function file(key: string, text: string): SeriesFile {
  return { key, path: key, document: parseMinutes(text, { fileName: key }) };
}

const ROSTER = '## Attended\n\n- Mark Jones (MJ)\n- Rita Singh (RS)\n\n';
const meeting = (date: string, body: string): string => `---\ntitle: Exec\ndate: ${date}\n---\n\n${ROSTER}${body}\n`;
const REVIEW = (rows: string): string => `## Actions from previous meetings\n\n| Ref | Owner | Action | Due | Agreed | Status |\n|---|---|---|---|---|---|\n${rows}`;

describe('diagnostics across a series: where and when', () => {
  const first = file('exec/2024-03-05.minutes.md', meeting('2024-03-05', 'ACTION: order the chairs\nACTION: MJ / RS — paint the hall\nACTION: RS — book the room\n- [x] @RS send the agenda'));
  const board = file('board/2024-03-06.minutes.md', meeting('2024-03-06', 'ACTION: MJ — hire the hall').replace('title: Exec', 'title: Board'));

  it('unreviewed-action: on the review table’s header, else on the first line; no owner named when it has none; never a done one', () => {
    const bare = file('exec/2024-04-05.minutes.md', meeting('2024-04-05', '## 1. Budget\n\nDiscussed.'));
    const found = seriesDiagnostics(buildActionLog([first, board, bare]), bare.key);
    assert.deepEqual(found[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.deepEqual(
      found.map((d) => [d.code, d.range.start.line, d.message]),
      [
        ['unreviewed-action', 0, '"order the chairs" was still open after the meeting of 5 March 2024, and these minutes do not review it.'],
        ['unreviewed-action', 0, '"paint the hall" (Mark Jones, Rita Singh) was still open after the meeting of 5 March 2024, and these minutes do not review it.'],
        ['unreviewed-action', 0, '"book the room" (Rita Singh) was still open after the meeting of 5 March 2024, and these minutes do not review it.'],
      ],
    );
    // The agreed table of this meeting comes first: the problems go on the review table's header, not on its.
    const text = meeting('2024-04-05', `ACTION: RS — a new thing\n\n## Summary of actions agreed\n\n| Owner | Action | Due |\n|---|---|---|\n| RS | another | |\n\n${REVIEW('| | Mark Jones / Rita Singh | paint the hall | | | done |')}`);
    const reviewing = file('exec/2024-04-05.minutes.md', text);
    const header = text.split('\n').indexOf('| Ref | Owner | Action | Due | Agreed | Status |');
    const some = seriesDiagnostics(buildActionLog([first, reviewing]), reviewing.key);
    assert.deepEqual(some.map((d) => [d.message.slice(0, 20), d.range.start.line]), [['"order the chairs" w', header], ['"book the room" (Rit', header]]);
    assert.deepEqual(seriesDiagnostics(buildActionLog([first, reviewing]), 'elsewhere/2024-04-05.minutes.md'), [], 'a file in no series');
  });

  it('unreviewed-action: still open two meetings back and skipped since, it names the meeting just before', () => {
    const second = file('exec/2024-04-05.minutes.md', meeting('2024-04-05', REVIEW('| | Mark Jones / Rita Singh | paint the hall | | | carried |\n| | Rita Singh | book the room | | | done |\n| | | order the chairs | | | done |')));
    const third = file('exec/2024-05-05.minutes.md', meeting('2024-05-05', '## 1. Budget\n\nDiscussed.'));
    const found = seriesDiagnostics(buildActionLog([first, second, third]), third.key);
    assert.deepEqual(found.map((d) => d.message), ['"paint the hall" (Mark Jones, Rita Singh) was still open after the meeting of 5 April 2024, and these minutes do not review it.']);
    // What a later meeting says does not count for this one: done in May, still open when April's minutes skipped it.
    const skipped = file('exec/2024-04-05.minutes.md', meeting('2024-04-05', REVIEW('| | Rita Singh | book the room | | | done |\n| | | order the chairs | | | done |')));
    const done = file('exec/2024-05-05.minutes.md', meeting('2024-05-05', REVIEW('| | Mark Jones / Rita Singh | paint the hall | | | done |')));
    assert.deepEqual(seriesDiagnostics(buildActionLog([first, skipped, done]), skipped.key).map((d) => d.message.slice(0, 16)), ['"paint the hall"']);
  });

  it('carried-too-often: only past the limit, on the action’s text in its latest row', () => {
    const carried = (date: string): string => meeting(date, REVIEW('| | Mark Jones / Rita Singh | paint the hall | | | carried |'));
    const files = [first, file('exec/2024-04-05.minutes.md', carried('2024-04-05')), file('exec/2024-05-05.minutes.md', carried('2024-05-05'))];
    const log = buildActionLog(files);
    const latest = files[2];
    const on = (limit: number): MinutesDiagnostic[] => seriesDiagnostics(log, latest.key, limit).filter((d) => d.code === 'carried-too-often');
    assert.deepEqual(on(2), [], 'carried twice, two allowed');
    const [found] = on(1);
    assert.equal(found.message, 'Carried 2 times (agreed 5 March 2024; carried 5 April; carried 5 May): time to do it, reassign it or drop it?');
    const row = latest.document.actions.find((action) => action.text === 'paint the hall')!;
    assert.deepEqual(found.range, row.textRange);
    assert.deepEqual(on(3), []);
    // Done at last: no longer worth a word, however often it was carried.
    const finished = file('exec/2024-06-05.minutes.md', meeting('2024-06-05', REVIEW('| | Mark Jones / Rita Singh | paint the hall | | | done |')));
    assert.deepEqual(seriesDiagnostics(buildActionLog([...files, finished]), finished.key, 1).filter((d) => d.code === 'carried-too-often'), []);
  });

  it('the quick fix keeps a file’s line ends, and writes the review at the end when no section follows the roster', () => {
    const bare = file('exec/2024-04-05.minutes.md', meeting('2024-04-05', ''));
    const [diagnostic] = seriesDiagnostics(buildActionLog([first, bare]), bare.key);
    const crlf = meeting('2024-04-05', '').replace(/\n/g, '\r\n');
    const edit = addToReview(crlf, parseMinutes(crlf), bare.key, diagnostic.tracked);
    const fixed = applyEdits(crlf, [edit]);
    assert.deepEqual(edit.range.start, { line: crlf.split('\r\n').length - 1, character: 0 }, 'at the end of the document, a position in it');
    assert.ok(!/[^\r]\n/.test(fixed), 'only CRLF line ends');
    assert.ok(fixed.startsWith(crlf), 'nothing before it moves');
    assert.match(fixed.slice(crlf.length), /^\r\n## Actions from previous meetings\r\n\r\n\| Ref \| Owner \| Action \| Due \| Agreed \| Status \|\r\n\|---\|---\|---\|---\|---\|---\|\r\n\| {2}\| {2}\| order the chairs \|/);
    // A second forgotten action joins the table the first fix wrote, on the line after its last row.
    const again = parseMinutes(fixed);
    const second = seriesDiagnostics(buildActionLog([first, bare]), bare.key)[1];
    const twice = applyEdits(fixed, [addToReview(fixed, again, bare.key, second.tracked)]);
    assert.match(twice, /\| order the chairs \|[^\r\n]*\r\n\| {2}\| Mark Jones \/ Rita Singh \| paint the hall \|[^\r\n]*\r\n\r\n$/);
  });

  it('the quick fix writes its section before the first heading after the roster: not before the title, a # in a line or an agreed table', () => {
    const [diagnostic] = seriesDiagnostics(buildActionLog([first, file('exec/2024-04-05.minutes.md', meeting('2024-04-05', ''))]), 'exec/2024-04-05.minutes.md');
    const fix = (text: string): string => applyEdits(text, [addToReview(text, parseMinutes(text), 'exec/2024-04-05.minutes.md', diagnostic.tracked)]);
    const untitled = fix('# Exec, 5 April 2024\n\n#budget noted.\nItem # 3 too.\n\n## 1. Budget\n');
    assert.match(untitled, /^# Exec, 5 April 2024\n\n#budget noted\.\nItem # 3 too\.\n\n## Actions from previous meetings\n\n[^#]*## 1\. Budget\n$/);
    const agreedOnly = fix(meeting('2024-04-05', '## Summary of actions agreed\n\n| Owner | Action | Due |\n|---|---|---|\n| RS | another | |'));
    assert.match(agreedOnly, /## Actions from previous meetings\n\n\| Ref \| Owner \| Action \| Due \| Agreed \| Status \|\n\|---\|---\|---\|---\|---\|---\|\n\| {2}\| {2}\| order the chairs \|[^\n]*\n\n## Summary of actions agreed\n\n\| Owner \| Action \| Due \|\n\|---\|---\|---\|\n\| RS \| another \| \|\n$/);
  });

  it('withoutSuperseded: drops the problems of rows a later meeting carried on, keeps the rest', () => {
    const agreed = file('exec/2024-03-05.minutes.md', meeting('2024-03-05', 'ACTION: RS — book the room\nACTION: MJ — paint the hall\nACTION: MJ — mend the roof\nACTION: RS — sweep the yard\n'));
    const later = file('exec/2024-04-05.minutes.md', meeting('2024-04-05', REVIEW('| | Mark Jones | paint the hall | | | carried |\n| | Mark Jones | mend the roof | | | carried |')));
    const log = buildActionLog([agreed, later]);
    const own = agreed.document.diagnostics;
    assert.deepEqual(own.map((d) => [d.code, d.message.slice(8, 22)]), [['missing-due', 'book the room"'], ['missing-due', 'paint the hall'], ['missing-due', 'mend the roof"'], ['missing-due', 'sweep the yard']]);
    assert.deepEqual(withoutSuperseded(own, agreed.document, log).map((d) => d.message.slice(8, 22)), ['book the room"', 'sweep the yard']);
    const kept = withoutSuperseded(later.document.diagnostics, later.document, log);
    assert.deepEqual(kept, later.document.diagnostics);
    assert.notEqual(kept, later.document.diagnostics, 'a copy');
  });
});

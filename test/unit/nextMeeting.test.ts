// Starting the next meeting (src/core/nextMeeting.ts) beyond actionLog.test.ts's examples/daccom case: from Stryker's
// survivors (issue #22). A link from minutes at the top of the workspace went one folder too high.
import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import { buildActionLog } from '../../src/core/workspace/actions';
import { nextFileName, nextMinutes, relativeLink, seriesTitle } from '../../src/core/nextMeeting';
import type { SeriesFile } from '../../src/core/series';

const file = (key: string, text: string): SeriesFile => ({ key, path: key, document: parseMinutes(text, { fileName: key }) });

function next(key: string, body: string): string {
  const log = buildActionLog([file(key, `---\ntitle: Board\ndate: 2024-03-05\n---\n\n${body}`)]);
  return nextMinutes(log, log.series[0], '2024-03-19').text;
}

describe('starting the next meeting: links to where an action was agreed', () => {
  it('links from minutes at the top of the workspace, or down and up folders', () => {
    const links: [string, string, string][] = [
      ['new.md', 'old.md', 'old.md'],
      ['new.md', 'a/old.md', 'a/old.md'],
      ['a/new.md', 'a/b/c/old.md', 'b/c/old.md'],
      ['a/b/c/new.md', 'a/old.md', '../../old.md'],
      ['a/b/new.md', 'a/b', '../b'],
    ];
    for (const [from, to, link] of links) assert.equal(relativeLink(from, to), link, `${from} → ${to}`);
  });

  it('writes a working link in the next minutes of a series at the top of the workspace', () => {
    assert.match(next('2024-03-05.minutes.md', '## Attended\n\n- Mary Jones (MJ)\n\nACTION: MJ — book the hall due 2024-03-20\n'), /\[5 March 2024\]\(2024-03-05\.minutes\.md\)/);
  });
});

describe('starting the next meeting: the text', () => {
  it('copies the roster with every alias, the copies list apart, and escapes a pipe in an action', () => {
    const text = next(
      'board/2024-03-05.minutes.md',
      '## Attended\n\n- Mary Jones (MJ, Mary)\n- Tom Smith\n\n## Copies to\n\n- Ana Ruiz (AR)\n\n## Notes\n\nACTION: MJ — compare plan a | plan b due 2024-03-20\n',
    );
    assert.ok(text.includes('## Attended\n\n- Mary Jones (MJ, Mary)\n- Tom Smith\n\n## Apologies\n\n-\n\n## Copies to\n\n- Ana Ruiz (AR)\n\n## Actions from previous meetings\n'), text);
    assert.ok(text.includes('|  | Mary Jones | compare plan a \\| plan b | 2024-03-20 | [5 March 2024](2024-03-05.minutes.md) |  |'), text);
    assert.ok(text.startsWith('---\ntitle: Board\ndate: 2024-03-19\nlocation: \n---\n\n# Board — 19 March 2024\n'), 'no place given: an empty location');
  });

  it('says when no action is open, and offers a roster line to fill when there was none', () => {
    const text = next('board/2024-03-05.minutes.md', '## Notes\n\nNothing decided.\n');
    assert.ok(text.includes('## Attended\n\n- Full Name (FN)\n\n## Apologies\n'), text);
    assert.ok(text.includes('## Actions from previous meetings\n\nNo actions are open.\n\n'), text);
  });
});

describe('starting the next meeting: names and titles', () => {
  it('titles the series without its dates, weekdays and trailing separators', () => {
    const titles: [string, string][] = [
      ['Exec, Friday, 6 June 2007', 'Exec'],
      ['Exec  committee  — 6 June 2007', 'Exec committee'],
      ['Exec 6 June 2007 and 8 June 2007 review', 'Exec and review'],
      ['6 June 2007', '6 June 2007'],
    ];
    for (const [title, series] of titles) assert.equal(seriesTitle(title), series, title);
  });

  it('names the file after the latest one, or after the title, keeping .md or .minutes.md', () => {
    const names: [string, string, string][] = [
      ['m/2024-03-05 notes.md', 'x', '2024-03-19 notes.md'],
      ['m/20240305-board.MINUTES.md', 'x', '20240319-board.MINUTES.md'],
      ['m/notes.md', 'Board — special', '2024-03-19-board-special.md'],
      ['m/board-2024-13-45.md', 'Board', '2024-03-19-board.md'],
      ['m/notes', '——', '2024-03-19-meeting.minutes.md'],
    ];
    for (const [latest, title, name] of names) assert.equal(nextFileName(file(latest, ''), '2024-03-19', title), name, latest);
  });
});

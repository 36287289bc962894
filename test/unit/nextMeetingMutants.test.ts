// Starting the next meeting (src/core/nextMeeting.ts): cases from the third round's untriaged survivors (issue #22).
import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import { buildActionLog } from '../../src/core/workspace/actions';
import { nextMinutes, seriesTitle } from '../../src/core/nextMeeting';
import type { SeriesFile } from '../../src/core/series';

const file = (key: string, text: string): SeriesFile => ({ key, path: key, document: parseMinutes(text, { fileName: key }) });
const ROSTER = '## Attended\n\n- Mark Jones (MJ)\n- Rita Singh (RS)\n\n';

describe('starting the next meeting: more', () => {
  it('reviews the open actions of this series only, with the Ref a later meeting gave and every owner', () => {
    const files = [
      file('exec/2024-03-05.minutes.md', `---\ntitle: Exec\ndate: 2024-03-05\n---\n\n${ROSTER}ACTION: MJ / RS — order the chairs\n`),
      file('exec/2024-04-05.minutes.md', `---\ntitle: Exec\ndate: 2024-04-05\n---\n\n${ROSTER}| Ref | Owner | Action | Due |\n|---|---|---|---|\n| E7 | MJ / RS | order the chairs | |\n`),
      file('board/2024-03-06.minutes.md', `---\ntitle: Board\ndate: 2024-03-06\n---\n\n${ROSTER}ACTION: MJ — paint the hall\n`),
    ];
    const log = buildActionLog(files);
    const exec = log.series.find((series) => series.title === 'Exec')!;
    const made = nextMinutes(log, exec, '2024-05-05');
    assert.deepEqual(made.actions.map((t) => t.occurrences[0].action.text), ['order the chairs']);
    assert.ok(made.text.includes('| E7 | Mark Jones / Rita Singh | order the chairs |  | [5 March 2024](2024-03-05.minutes.md) |  |\n'), made.text);
  });

  it('the latest minutes’ own title, their next meeting’s place over their location, no Copies to when none, the cursor after the title when nothing is open', () => {
    const text = '---\ntitle: Exec committee\ndate: 2024-03-05\nlocation: Town hall\n---\n\n## Attended\n\n- Mark Jones (MJ)\n\n## Next meeting\n\nTuesday 19 March 2024, 2pm at the Library\n';
    const log = buildActionLog([file('exec/2024-03-05.minutes.md', text)]);
    const made = nextMinutes(log, log.series[0], '2024-03-19');
    const lines = made.text.split('\n');
    assert.equal(lines[1], 'title: Exec committee');
    assert.deepEqual(lines.slice(2, 5), ['date: 2024-03-19', 'time: 2pm', 'location: the Library'], 'the next meeting says where, not the last one’s location');
    assert.ok(!made.text.includes('## Copies to'));
    assert.deepEqual(made.cursor, { line: lines.indexOf('# Exec committee — 19 March 2024') + 1, character: 0 });
    assert.equal(lines[made.cursor.line], '', 'a blank line after the title');
    assert.ok(made.text.includes('| Owner | Action | Due |\n|---|---|---|\n|  |  |  |\n'), 'an empty row to fill');
    assert.ok(made.text.includes('## Next meeting\n\nTo be arranged.\n'));
  });

  it('titles with the weekday first or last, with or without a comma', () => {
    assert.equal(seriesTitle('Wednesday board meeting, 20 February 2008'), 'board meeting');
    assert.equal(seriesTitle('Board meeting on Wednesday - 20 February 2008'), 'Board meeting on');
    assert.equal(seriesTitle('Board meeting, Wednesday, 20 February 2008'), 'Board meeting');
  });
});

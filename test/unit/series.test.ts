// Series of meetings (src/core/series.ts): what a user sees of them — which files are one committee's meetings, in
// which order, under which title — beyond actionLog.test.ts's cases. From the mutation run's survivors (issue #22).
import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import { compareMeetings, findSeries, folderOf, seriesOf, titleKey, type SeriesFile } from '../../src/core/series';

function minutes(key: string, front: { title?: string; date?: string }): SeriesFile {
  const lines = Object.entries(front).map(([name, value]) => `${name}: ${value}\n`);
  return { key, path: key, document: parseMinutes(`---\n${lines.join('')}---\n\nNotes.\n`, { fileName: key }) };
}

const keysOf = (series: ReturnType<typeof findSeries>): string[][] => series.map((one) => one.files.map((file) => file.key));

describe('series: meeting order', () => {
  const early = minutes('z/early.minutes.md', { title: 'Exec', date: '2007-06-06' });
  const late = minutes('a/late.minutes.md', { title: 'Exec', date: '2007-07-04' });
  const undated = minutes('a/undated.minutes.md', { title: 'Exec' });

  it('orders by date whichever comes first, the path not counting', () => {
    assert.ok(compareMeetings(early, late) < 0);
    assert.ok(compareMeetings(late, early) > 0);
  });

  it('puts a meeting with no date after every dated one, from either side', () => {
    assert.ok(compareMeetings(undated, early) > 0);
    assert.ok(compareMeetings(early, undated) < 0);
  });

  it('orders meetings of one date, and undated ones, by path', () => {
    const sameDay = minutes('b/same.minutes.md', { title: 'Exec', date: '2007-06-06' });
    assert.ok(compareMeetings(sameDay, early) < 0, 'b/ before z/');
    assert.ok(compareMeetings(early, sameDay) > 0);
    const otherUndated = minutes('b/undated.minutes.md', { title: 'Exec' });
    assert.ok(compareMeetings(undated, otherUndated) < 0, 'a/ before b/');
    assert.equal(compareMeetings(early, early), 0);
  });
});

describe('series: the title that names the meeting', () => {
  it('drops every date of a title with two, wherever they are', () => {
    assert.equal(titleKey('Exec committee 6 June 2007 (continued 8 June 2007)'), 'exec committee continued');
    assert.equal(titleKey('Exec committee, 6 June 2007 and 8 June 2007 Budget'), 'exec committee and budget');
  });

  it('drops a meeting number of any length, so meeting 9 and meeting 10 are one series', () => {
    for (const title of ['Core Devs Meeting 9', 'Core Devs Meeting 10', 'Core Devs Meeting #100']) assert.equal(titleKey(title), 'core devs meeting', title);
    assert.equal(titleKey('The 21st Board'), 'board');
  });

  it('is one key whatever the case, spacing and punctuation', () => {
    assert.equal(titleKey('  EXEC   Committee:  '), 'exec committee');
    assert.equal(titleKey('Minutes of the Exec Committee held on Friday 6 June 2007'), 'exec committee');
    assert.equal(titleKey(''), undefined);
    assert.equal(titleKey(undefined), undefined);
  });
});

describe('series: folders', () => {
  it('takes the folder of a path or URI, with / or \\, and none for a bare name', () => {
    const folders = { 'exec/2007/06.minutes.md': 'exec/2007', 'file:///w/exec/06.minutes.md': 'file:///w/exec', 'exec\\06.minutes.md': 'exec', '06.minutes.md': '' };
    for (const [key, folder] of Object.entries(folders)) assert.equal(folderOf(key), folder, key);
  });

  it('joins untitled minutes at the top of the workspace to the one meeting titled there', () => {
    const series = findSeries([
      minutes('2007-06-06.minutes.md', { title: 'Exec', date: '2007-06-06' }),
      minutes('2007-07-04.minutes.md', { date: '2007-07-04' }),
    ]);
    assert.deepEqual(keysOf(series), [['2007-06-06.minutes.md', '2007-07-04.minutes.md']]);
    assert.equal(series[0].title, 'Exec');
  });

  it('titles a series with no title by its folder, or by its file at the top', () => {
    const inFolder = findSeries([minutes('w/board/a.minutes.md', { date: '2007-06-06' }), minutes('w/board/b.minutes.md', { date: '2007-07-04' })]);
    assert.deepEqual(inFolder.map((one) => one.title), ['board']);
    const atTop = findSeries([minutes('a.minutes.md', { date: '2007-06-06' })]);
    assert.deepEqual(atTop.map((one) => one.title), ['a.minutes.md']);
  });

  it('titles a series by its latest meeting that has a title', () => {
    const titled = findSeries([
      minutes('exec/1.minutes.md', { title: 'Exec committee — 6 June 2007', date: '2007-06-06' }),
      minutes('exec/2.minutes.md', { title: 'Exec committee — 4 July 2007', date: '2007-07-04' }),
      minutes('exec/3.minutes.md', { date: '2007-08-01' }),
    ]);
    assert.deepEqual(titled.map((one) => one.title), ['Exec committee — 4 July 2007']);
  });
});

describe('series: ids and their order', () => {
  it('gives each series its own id, kept when a later meeting is added', () => {
    const first = [
      minutes('x/exec/1.minutes.md', { date: '2007-06-06' }),
      minutes('y/exec/1.minutes.md', { date: '2007-06-06' }),
      minutes('y/board/1.minutes.md', { title: 'Board', date: '2007-06-06' }),
      minutes('y/board/2.minutes.md', { title: 'Finance', date: '2007-06-06' }),
    ];
    const before = findSeries(first);
    assert.equal(new Set(before.map((one) => one.id)).size, before.length, 'ids are distinct');
    const after = findSeries([...first, minutes('x/exec/2.minutes.md', { date: '2007-07-04' })]);
    assert.deepEqual(
      after.map((one) => one.id),
      before.map((one) => one.id),
    );
  });

  it('lists series by title, and two of one title in the same order whatever order the files came in', () => {
    const files = [
      minutes('y/exec/1.minutes.md', { date: '2007-06-06' }),
      minutes('x/exec/1.minutes.md', { date: '2007-06-06' }),
      minutes('w/board/1.minutes.md', { title: 'Board', date: '2007-06-06' }),
    ];
    const forward = findSeries(files);
    const backward = findSeries([...files].reverse());
    assert.deepEqual(keysOf(forward), [['w/board/1.minutes.md'], ['x/exec/1.minutes.md'], ['y/exec/1.minutes.md']]);
    assert.deepEqual(keysOf(backward), keysOf(forward));
  });

  it('finds the series of a file and its place there, the first included, and none for an unknown file', () => {
    const all = findSeries([
      minutes('exec/2.minutes.md', { title: 'Exec', date: '2007-07-04' }),
      minutes('exec/1.minutes.md', { title: 'Exec', date: '2007-06-06' }),
      minutes('board/1.minutes.md', { title: 'Board', date: '2007-06-06' }),
    ]);
    assert.equal(seriesOf(all, 'exec/1.minutes.md')?.index, 0);
    assert.equal(seriesOf(all, 'exec/2.minutes.md')?.index, 1);
    assert.equal(seriesOf(all, 'exec/2.minutes.md')?.series.title, 'Exec');
    assert.equal(seriesOf(all, 'board/1.minutes.md')?.series.title, 'Board');
    assert.equal(seriesOf(all, 'other/1.minutes.md'), undefined);
  });
});

// The action log's matching of a later row to an earlier action (src/core/workspace/actions.ts), for the cases
// Stryker's survivors showed no test held (docs/testing.md, "Mutation testing", sixth round). Each log is built inside
// its test, so that Stryker counts it as the test's coverage and not as static.
import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import type { SeriesFile } from '../../src/core/series';
import { buildActionLog, historyText, resolveLink, textWords } from '../../src/core/workspace/actions';

function file(key: string, text: string): SeriesFile {
  return { key, path: key, document: parseMinutes(text, { fileName: key }) };
}

/** Minutes of the exec on `date` with these lines under a heading, no roster (owners stay as written). */
function meeting(date: string, body: string): string {
  return `---\ntitle: Exec committee\ndate: ${date}\n---\n\n## Notes\n\n${body}\n`;
}

const REVIEW = (rows: string): string => `## Actions from previous meetings\n\n| Owner | Action | Due | Agreed | Status |\n|---|---|---|---|---|\n${rows}`;

describe('the action log: which later row is the same action', () => {
  it('is the same action whatever order its owners are written in, and whatever their case', () => {
    const log = buildActionLog([
      file('x/2007-06-06.minutes.md', meeting('2007-06-06', 'ACTION: Clerk and Treasurer — Book the room for the fete.')),
      file('x/2007-06-22.minutes.md', meeting('2007-06-22', 'ACTION: TREASURER and Clerk — Book the room for the fete.')),
    ]);
    assert.equal(log.tracked.length, 1);
    assert.equal(historyText(log.tracked[0]), 'agreed 6 June 2007; carried 22 June');
    const others = buildActionLog([
      file('x/2007-06-06.minutes.md', meeting('2007-06-06', 'ACTION: Clerk and Treasurer — Book the room for the fete.')),
      file('x/2007-06-22.minutes.md', meeting('2007-06-22', 'ACTION: Mayor and Vicar — Book the room for the fete.')),
    ]);
    assert.equal(others.tracked.length, 2, 'other owners');
  });

  it('takes a review row\'s text shortened to three words or more as the same action, not to two, nor another text as long', () => {
    const agreed = file('x/2007-06-06.minutes.md', meeting('2007-06-06', 'ACTION: Clerk — Survey the practices about access.'));
    const review = (text: string) => buildActionLog([agreed, file('x/2007-06-22.minutes.md', meeting('2007-06-22', REVIEW(`| Clerk | ${text} | | | carried |`)))]);
    assert.equal(review('Survey the practices').tracked.length, 1, 'three words');
    assert.equal(review('Survey the').tracked.length, 2, 'two words');
    assert.equal(review('Survey the practices about parking').tracked.length, 2, 'as many words, another text');
    assert.equal(review('Book the hall').tracked.length, 2, 'fewer words, another text');
  });

  it('says an action the log never saw is not superseded', () => {
    const log = buildActionLog([file('x/2007-06-06.minutes.md', meeting('2007-06-06', 'ACTION: Clerk — Book the room.'))]);
    const stranger = parseMinutes(meeting('2007-06-06', 'ACTION: Clerk — Book the room.')).actions[0];
    assert.equal(log.isSuperseded(stranger), false);
    assert.equal(log.trackedOf(stranger), undefined);
  });
});

describe('the action log: links and words', () => {
  it('resolves a link from the top of the workspace to the key that ends with it, and no other link so', () => {
    const keys = new Set(['file:///w/exec/old.md', 'file:///w/board/new.md']);
    assert.equal(resolveLink('file:///w/board/new.md', '/exec/old.md', keys), 'file:///w/exec/old.md');
    assert.equal(resolveLink('file:///w/board/new.md', '/exec/gone.md', keys), undefined);
    assert.equal(resolveLink('file:///w/board/new.md', 'exec/old.md', keys), undefined, 'relative: board/exec/old.md');
    assert.equal(resolveLink('new.md', 'old.md', new Set(['exec/old.md'])), undefined, 'relative: old.md at the top');
  });

  it('gives no words for a text of marks and punctuation only', () => {
    assert.deepEqual(textWords('— **!** …'), []);
    assert.deepEqual(textWords('  Book the *room*, now. '), ['book', 'the', 'room', 'now']);
  });
});

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  type AnswerKey,
  type FoundAction,
  dueAgrees,
  type FileScore,
  keyProblems,
  ownersAgree,
  pairByLine,
  precisionOf,
  recallOf,
  scoreFile,
  total,
} from '../../eval/score';
import { foundActions, foundHints, parseCorpusFile } from '../../eval/eval';

const keyAction = (line: number, owner: string[] = [], text = 'do it', due: string | null = null, done = false) => ({ line, owner, text, due, done });
const found = (startLine: number, endLine = startLine, more: Partial<FoundAction> = {}): FoundAction => ({
  startLine,
  endLine,
  owners: [],
  text: 'do it',
  due: null,
  dueText: null,
  done: false,
  ...more,
});
const key = (more: Partial<AnswerKey>): AnswerKey => ({ file: 'f.md', actions: [], traps: [], hints: [], ...more });

describe('eval scoring', () => {
  it('matches a found action to a key action whose line lies within its range, one-to-one', () => {
    const score = scoreFile(key({ actions: [keyAction(5), keyAction(6), keyAction(20)] }), [found(4, 6), found(10), found(20)]);
    assert.deepEqual(
      score.matched.map((m) => [m.key.line, m.found.startLine]),
      [
        [5, 4],
        [20, 20],
      ],
    );
    // The construct at 4-6 is used by line 5: line 6 has nothing left to match.
    assert.deepEqual(
      score.missed.map((m) => m.line),
      [6],
    );
    assert.deepEqual(
      score.wronglyFound.map((f) => f.startLine),
      [10],
    );
    assert.equal(recallOf(score), 2 / 3);
    assert.equal(precisionOf(score), 2 / 3);
  });

  it('pairs first come, in line order, whatever order the key lists', () => {
    const { pairs, unmatchedFound } = pairByLine([{ line: 3 }, { line: 2 }], [
      { startLine: 1, endLine: 3 },
      { startLine: 3, endLine: 3 },
    ]);
    assert.deepEqual(
      pairs.map(([k, f]) => [k.line, f.startLine, f.endLine]),
      [
        [2, 1, 3],
        [3, 3, 3],
      ],
    );
    assert.equal(unmatchedFound.length, 0);
  });

  it('reports every trap that lies inside a found action', () => {
    const score = scoreFile(key({ traps: [{ line: 7, why: 'AI is initials' }, { line: 9, why: 'agenda' }] }), [found(6, 7)]);
    assert.deepEqual(
      score.trapsReported.map((t) => t.trap.line),
      [7],
    );
  });

  it('compares owners as sets of written names, ignoring case and @', () => {
    assert.ok(ownersAgree(['Niko', 'rbuckton'], ['@RBuckton', 'niko']));
    assert.ok(ownersAgree([], []));
    assert.ok(!ownersAgree(['Niko'], ['Niko', 'Josh']));
    assert.ok(!ownersAgree(['Niko'], ['Nik']));
  });

  it('compares due dates: ISO equality, relative phrase contained in the due text, none only with none', () => {
    assert.ok(dueAgrees('2020-03-19', { due: '2020-03-19', dueText: '19 March 2020' }));
    assert.ok(!dueAgrees('2020-03-19', { due: '2020-03-20', dueText: '20 March' }));
    assert.ok(dueAgrees('next week', { due: '2020-03-19', dueText: 'by Next Week' }));
    assert.ok(!dueAgrees('next week', { due: null, dueText: null }));
    assert.ok(dueAgrees(null, { due: null, dueText: null }));
    assert.ok(!dueAgrees(null, { due: null, dueText: 'soon' }));
  });

  it('counts owner, due and done agreement over matched pairs only', () => {
    const score = scoreFile(key({ actions: [keyAction(1, ['Ann'], 'x', '2020-01-02', true), keyAction(3, ['Bo'])] }), [
      found(1, 1, { owners: ['ann'], due: '2020-01-02', dueText: '2 Jan', done: true }),
      found(3, 3, { owners: ['Bob'], dueText: 'soon' }),
      found(9, 9, { owners: ['Bo'] }),
    ]);
    assert.deepEqual(
      score.matched.map((m) => [m.ownerAgrees, m.dueAgrees, m.doneAgrees]),
      [
        [true, true, true],
        [false, false, true],
      ],
    );
    const t = total([score, scoreFile(key({ actions: [keyAction(4)] }), [])]);
    assert.deepEqual(
      [t.keyActions, t.found, t.matched, t.missed, t.wronglyFound, t.ownerAgrees, t.dueAgrees, t.doneAgrees],
      [3, 3, 2, 1, 1, 1, 1, 2],
    );
    assert.equal(t.recall, 2 / 3);
    assert.equal(t.precision, 2 / 3);
  });

  it('counts hints found against the key hints', () => {
    const score = scoreFile(key({ hints: [{ line: 4, owner: ['Rich'], text: 'will follow up' }] }), [], [
      { startLine: 3, endLine: 5, owners: ['Rich'], text: 'will follow up' },
      { startLine: 8, endLine: 8, owners: ['Mark'], text: 'volunteered' },
    ]);
    assert.deepEqual([score.keyHints, score.foundHints, score.hintsMatched], [1, 2, 1]);
  });

  it('names the key hints missed and the hints found on lines with no key hint (a second hint on a key line is neither)', () => {
    const score = scoreFile(
      key({
        hints: [
          { line: 4, owner: ['Rich'], text: 'will follow up' },
          { line: 12, owner: ['Ann'], text: 'will send' },
        ],
      }),
      [],
      [
        { startLine: 3, endLine: 5, owners: ['Rich'], text: 'will follow up' },
        { startLine: 4, endLine: 4, owners: ['Mark'], text: 'to help' },
        { startLine: 8, endLine: 8, owners: ['Mark'], text: 'volunteered' },
      ],
    );
    assert.deepEqual(score.hintsMissed.map((h) => h.line), [12]);
    assert.deepEqual(score.hintsUnkeyed.map((h) => h.startLine), [8]);
    assert.equal(total([score]).hintsUnkeyed, 1);
  });

  it('gives 100% when there is nothing to find and nothing found', () => {
    const t = total([scoreFile(key({}), [])]);
    assert.deepEqual([t.recall, t.precision], [1, 1]);
  });

  describe('key shape', () => {
    const text = ['# Minutes', '', 'ACTION: Ann to write the report', 'AI: none', ''].join('\n');
    const good = {
      file: 'f.md',
      actions: [{ line: 3, owner: ['Ann'], text: 'write the report', due: null, done: false }],
      traps: [{ line: 4, why: 'AI: none' }],
      hints: [],
    };

    it('accepts a well-formed key', () => {
      assert.deepEqual(keyProblems(good, 'f.md', text), []);
    });

    it('finds lines out of the file, blank lines, wrong texts, missing fields and a bad ISO date', () => {
      const bad = {
        file: 'g.md',
        actions: [
          { line: 9, owner: ['Ann'], text: 'x', due: null, done: false },
          { line: 2, owner: 'Ann', text: 'write', due: '2020-1-2', done: 'no' },
          { line: 3, owner: [], text: 'read the report', due: null, done: false },
        ],
        traps: [{ line: 4 }],
      };
      const problems = keyProblems(bad, 'f.md', text).join('\n');
      for (const expected of [
        '"file" is "g.md"',
        'actions[0]: line 9 is not a line',
        'actions[1]: line 2 is blank',
        'actions[1]: "owner" is not an array',
        'actions[1]: "due" 2020-1-2 is not an ISO date',
        'actions[1]: "done" is not true or false',
        'actions[2]: "read the report" is not on line 3',
        'traps[0]: "why" is missing',
        '"hints" is not an array',
      ]) {
        assert.ok(problems.includes(expected), `expected "${expected}" in:\n${problems}`);
      }
    });
  });
});

// The hand-counted key must describe the real corpus files it names; the corpus lives outside the repository (as for
// `npm run eval`, MINUTES_CORPUS names another one).
const corpusFiles = path.join(process.env.MINUTES_CORPUS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus'), 'files');
const keyFolder = path.resolve(__dirname, '..', '..', 'eval', 'answer-key');

describe('eval answer key', function () {
  before(function () {
    if (!existsSync(corpusFiles)) this.skip();
  });

  it('has a well-formed key for corpus files, every line within its file', () => {
    const keys = existsSync(keyFolder) ? readdirSync(keyFolder).filter((f) => f.endsWith('.json')) : [];
    assert.ok(keys.length > 0, `no key in ${keyFolder}`);
    const problems: string[] = [];
    for (const keyFile of keys) {
      const file = keyFile.replace(/\.json$/, '');
      const source = path.join(corpusFiles, file);
      if (!existsSync(source)) {
        problems.push(`${keyFile}: no corpus file ${file}`);
        continue;
      }
      const key: unknown = JSON.parse(readFileSync(path.join(keyFolder, keyFile), 'utf8'));
      for (const problem of keyProblems(key, file, readFileSync(source, 'utf8').replace(/^\uFEFF/, ''))) problems.push(`${keyFile}: ${problem}`);
    }
    assert.deepEqual(problems, []);
  });

  it('has a key for every corpus file', () => {
    const unkeyed = readdirSync(corpusFiles)
      .filter((f) => f.endsWith('.md'))
      .filter((f) => !existsSync(path.join(keyFolder, `${f}.json`)));
    assert.deepEqual(unkeyed, []);
  });

  // Issue #16's bar (after #9's 90%): on all 50 files, 20 tuned and 30 nobody tuned for, at least 97% recall and
  // precision, owners right for at least 97% of matched actions, and no trap read as an action.
  it('is met by the parser: recall and precision at least 97%, owners right for 97% of matches, no trap reported', () => {
    const scores: FileScore[] = readdirSync(corpusFiles)
      .filter((f) => f.endsWith('.md') && existsSync(path.join(keyFolder, `${f}.json`)))
      .map((file) => {
        const key = JSON.parse(readFileSync(path.join(keyFolder, `${file}.json`), 'utf8')) as AnswerKey;
        const document = parseCorpusFile(readFileSync(path.join(corpusFiles, file), 'utf8').replace(/^\uFEFF/, ''), file);
        return scoreFile(key, foundActions(document), foundHints(document));
      });
    // A corpus with no key for any of its files would score 100% with nothing checked.
    assert.ok(scores.length > 0, `no file in ${corpusFiles} has a key in ${keyFolder}: nothing was scored`);
    const totals = total(scores);
    const traps = scores.flatMap((score) => score.trapsReported.map(({ trap }) => `${score.file}:${trap.line} ${trap.why}`));
    assert.deepEqual(traps, [], 'traps reported as actions');
    assert.ok(totals.recall >= 0.97, `recall ${totals.recall}`);
    assert.ok(totals.precision >= 0.97, `precision ${totals.precision}`);
    assert.ok(totals.ownerAgrees >= 0.97 * totals.matched, `owners right for ${totals.ownerAgrees} of ${totals.matched}`);
  });
});

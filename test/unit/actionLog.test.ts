import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { references } from '../../src/core/language/references';
import type { PersonMention } from '../../src/core/language/mentions';
import fc from 'fast-check';
import { parseMinutes } from '../../src/core/parse';
import { findSeries, titleKey, type SeriesFile } from '../../src/core/series';
import { buildActionLog, historyText, resolveLink, restatedActions, textWords, wordsKey } from '../../src/core/workspace/actions';
import { actionCounts, documentActionCounts, workspaceActionCounts } from '../../src/core/language/hover';
import { isReviewHeading } from '../../src/core/dialect/reviewTable';
import { applyEdits } from '../../src/core/edits';
import { buildSummary } from '../../src/core/export';
import { addToReview, seriesDiagnostics } from '../../src/core/workspace/actionDiagnostics';
import { nextFileName, nextMeetingDate, nextMinutes, relativeLink, seriesTitle } from '../../src/core/nextMeeting';
import { WorkspaceIndex, type WorkspaceHost } from '../../src/core/workspaceIndex';

function file(key: string, text: string): SeriesFile {
  return { key, path: key, document: parseMinutes(text, { fileName: key }) };
}

function meeting(date: string, body: string, title = 'Exec committee'): string {
  return `---\ntitle: ${title}\ndate: ${date}\n---\n\n## Attended\n\n- Mark Jones (MJ)\n- Meena Savla (MS)\n- Rita Singh (RS)\n\n${body}\n`;
}

const AGREED = (rows: string): string => `## Summary of actions agreed\n\n| Ref | Owner | Action | Due |\n|---|---|---|---|\n${rows}`;
const REVIEW = (rows: string): string => `## Actions from previous meetings\n\n| Ref | Owner | Action | Due | Agreed | Status |\n|---|---|---|---|---|---|\n${rows}`;

describe('series', () => {
  it('keys a title apart from its dates, weekdays and numbers', () => {
    assert.equal(titleKey('DacCom Executive Committee — 22 June 2007'), titleKey('DacCom Executive Committee, Friday 6 June 2007'));
    assert.equal(titleKey('Core Devs Meeting 62'), titleKey('Core Devs Meeting 63'));
    assert.notEqual(titleKey('Board meeting — 20 February 2008'), titleKey('Executive committee — 6 June 2007'));
    assert.equal(titleKey('6 June 2007'), undefined);
  });

  it('groups files sharing a title across folders, and orders them by meeting date', () => {
    const series = findSeries([
      file('b/2007-07-04.minutes.md', meeting('2007-07-04', '', 'Exec committee — 4 July 2007')),
      file('a/2007-06-06.minutes.md', meeting('2007-06-06', '', 'Exec committee — 6 June 2007')),
      file('a/2007-06-22-board.minutes.md', meeting('2007-06-22', '', 'Board')),
    ]);
    assert.deepEqual(
      series.map((s) => s.files.map((f) => f.key)),
      [['a/2007-06-22-board.minutes.md'], ['a/2007-06-06.minutes.md', 'b/2007-07-04.minutes.md']],
    );
  });

  it('groups the files of a folder that names one meeting, untitled ones included', () => {
    const series = findSeries([
      file('exec/2007-06-22.minutes.md', '# Budget working group\n\nDate: 22 June 2007\n'),
      file('exec/2007-06-06.minutes.md', meeting('2007-06-06', '')),
      file('exec/2007-07-04.minutes.md', 'Date: 4 July 2007\n'),
    ]);
    assert.equal(series.length, 3, 'a folder with two titles is split by title; its untitled file stays alone');
    const untitled = findSeries([file('exec/2007-06-06.minutes.md', meeting('2007-06-06', '')), file('exec/2007-07-04.minutes.md', 'Date: 4 July 2007\n')]);
    assert.deepEqual(untitled.map((s) => s.files.map((f) => f.document.date)), [['2007-06-06', '2007-07-04']]);
  });

  it('leaves a file with no meeting date out of any series: scratch notes in one folder are not meetings', () => {
    const series = findSeries([file('notes/scratch-1.minutes.md', 'ACTION: first without owner\n'), file('notes/scratch-2.minutes.md', 'ACTION: second without owner\n')]);
    assert.deepEqual(series.map((s) => s.files.length), [1, 1]);
    const log = buildActionLog([file('notes/scratch-1.minutes.md', 'ACTION: first without owner\n'), file('notes/scratch-2.minutes.md', 'ACTION: second without owner\n')]);
    assert.deepEqual(seriesDiagnostics(log, 'notes/scratch-2.minutes.md'), [], 'nothing to review in a note that follows no meeting');
  });

  it('puts every file in exactly one series, in date order (property)', () => {
    const arbitraryFile = fc.record({
      folder: fc.constantFrom('a', 'b', 'c/d'),
      title: fc.option(fc.constantFrom('Exec', 'Board', 'Exec — 6 June 2007', 'Finance committee'), { nil: undefined }),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryFile, { maxLength: 12 }), (specs) => {
        const files = specs.map((spec, i) => {
          const date = `2007-03-${String(spec.day).padStart(2, '0')}`;
          return file(`${spec.folder}/${i}.minutes.md`, `---\n${spec.title ? `title: ${spec.title}\n` : ''}date: ${date}\n---\n`);
        });
        const series = findSeries(files);
        const keys = series.flatMap((s) => s.files.map((f) => f.key));
        assert.deepEqual([...keys].sort(), files.map((f) => f.key).sort());
        for (const one of series) {
          const dates = one.files.map((f) => f.document.date!);
          assert.deepEqual(dates, [...dates].sort());
          assert.ok(new Set(one.files.map((f) => titleKey(f.document.title)).filter(Boolean)).size <= 1, 'one title per series');
        }
      }),
    );
  });
});

describe('the review table', () => {
  it('recognises the review headings', () => {
    for (const heading of ['Actions from previous meetings', '1. Actions from the last meeting', 'Matters arising', 'Review of actions:', 'Action item review']) {
      assert.ok(isReviewHeading(heading), heading);
    }
    for (const heading of ['Actions', 'Summary of actions agreed', 'Action items', 'Next meeting']) assert.ok(!isReviewHeading(heading), heading);
  });

  it('reads Ref, the link to where it was agreed and the status word of each row', () => {
    const document = parseMinutes(
      meeting('2007-06-22', REVIEW('| A1 | MJ | Survey practices. | July 07 | [6 June 2007](2007-06-06.minutes.md) | carried |\n| [61.1](x.md) | MS | Circulate it. | | | dropped |\n| | RS | Book the room. | | | done |')),
    );
    assert.deepEqual(
      document.actions.map((a) => [a.review, a.status, a.id]),
      [
        [{ ref: 'A1', link: '2007-06-06.minutes.md', agreedText: '6 June 2007', statusWord: 'carried' }, 'open', undefined],
        [{ ref: '61.1', link: 'x.md', statusWord: 'dropped' }, 'cancelled', undefined],
        [{ statusWord: 'done' }, 'done', undefined],
      ],
    );
  });

  it('reads a Ref column outside a review as the action’s own id', () => {
    const document = parseMinutes(meeting('2007-06-06', AGREED('| A12 | MJ | Survey practices. | July 07 |')));
    assert.equal(document.actions[0].id, 'A12');
    assert.equal(document.actions[0].review, undefined);
  });
});

describe('one action through its history', () => {
  it('follows an explicit Ref id and takes the latest meeting’s status', () => {
    const log = buildActionLog([
      file('x/2007-06-06.minutes.md', meeting('2007-06-06', AGREED('| A1 | MJ | Survey practices. | July 07 |\n| A2 | MS | Circulate the specification. | July 07 |'))),
      file('x/2007-06-22.minutes.md', meeting('2007-06-22', REVIEW('| A1 | MJ | Survey the practices (reworded). | July 07 | | carried |\n| A2 | MS | Circulate it. | | | done |'))),
      file('x/2007-07-04.minutes.md', meeting('2007-07-04', REVIEW('| A1 | MJ | Survey practices. | July 07 | | done |'))),
    ]);
    assert.equal(log.tracked.length, 2);
    const [a1, a2] = log.tracked;
    assert.equal(historyText(a1), 'agreed 6 June 2007; carried 22 June; done 4 July');
    assert.equal(a1.status, 'done');
    assert.equal(a1.carried, 1);
    assert.equal(historyText(a2), 'agreed 6 June 2007; done 22 June');
    assert.ok(log.isSuperseded(a1.occurrences[0].action));
    assert.ok(!log.isSuperseded(a1.occurrences[2].action));
  });

  it('follows a link to where it was agreed, by owner and text there', () => {
    const log = buildActionLog([
      file('x/2007-06-06.minutes.md', meeting('2007-06-06', AGREED('| | MJ | Survey practices. | July 07 |\n| | MS | Survey practices. | July 07 |'))),
      file('x/2007-06-22.minutes.md', meeting('2007-06-22', REVIEW('| | MS | Survey the practices about Harmoni. | | [6 June](2007-06-06.minutes.md) | dropped |'))),
    ]);
    const ms = log.tracked.find((t) => t.occurrences[0].people[0] === 'Meena Savla')!;
    assert.equal(historyText(ms), 'agreed 6 June 2007; dropped 22 June');
    assert.equal(log.tracked.find((t) => t.occurrences[0].people[0] === 'Mark Jones')!.occurrences.length, 1);
  });

  it('falls back to owner and text within the series', () => {
    const log = buildActionLog([
      file('x/2007-06-06.minutes.md', meeting('2007-06-06', 'ACTION: MJ — Write to the landlord about the deposit. Due: 20 June 2007')),
      file('x/2007-06-22.minutes.md', meeting('2007-06-22', '## Summary of actions agreed\n\n| Owner | Action | Due | Status |\n|---|---|---|---|\n| Mark Jones | Write to the landlord about the deposit | 20 June 07 | carried |')),
      file('x/2007-07-04.minutes.md', meeting('2007-07-04', '## Actions from the last meeting\n\n- [x] @MJ write to the landlord due: 2007-06-20')),
    ]);
    assert.equal(log.tracked.length, 1);
    assert.equal(historyText(log.tracked[0]), 'agreed 6 June 2007; carried 22 June; done 4 July');
  });

  it('keeps look-alikes apart: other text, a longer text outside a review, other owner, a new one after the old was done', () => {
    const log = buildActionLog([
      file('x/2007-06-06.minutes.md', meeting('2007-06-06', 'ACTION: MS — Circulate the draft specifications for urgent care.\nACTION: MJ — Book the room.\n\n- [x] @RS send the agenda')),
      file('x/2007-06-22.minutes.md', meeting('2007-06-22', 'ACTION: MS — Circulate the draft specifications for diabetes.\nACTION: RS — Book the room.\nACTION: MJ — Book the room for the away day.\n\n- [ ] @RS send the agenda')),
    ]);
    assert.equal(log.tracked.length, 7);
    assert.ok(log.tracked.every((t) => t.occurrences.length === 1));
  });

  it('reads an action written twice in one meeting (in the text, then in its summary table) as one, listed where first written', () => {
    const summary = '## Summary of actions agreed\n\n| Owner | Action | Due |\n|---|---|---|\n| MJ | Book the room | 20 June 2007 |\n| RS | Send the agenda | |';
    const files = [
      file('x/2007-06-06.minutes.md', meeting('2007-06-06', `ACTION: MJ — book the room due 20 June 2007\n\nACTION: MS — Book the room.\n\n${summary}`)),
      file('x/2007-06-22.minutes.md', meeting('2007-06-22', REVIEW('| | MJ | Book the room | | | carried |\n| | MJ | Book the room | | | carried |'))),
    ];
    const log = buildActionLog(files);
    const [first, second] = files.map((f) => f.document.actions);
    // The summary's MJ row is the text's action: one tracked action, the row superseded by the line above it.
    assert.equal(log.trackedOf(first[2]), log.trackedOf(first[0]));
    assert.equal(log.isSuperseded(first[2]), true);
    assert.equal(log.trackedOf(first[0])?.occurrences.length, 2, 'agreed in the text, carried by the first review row');
    assert.equal(historyText(log.trackedOf(first[0])!), 'agreed 6 June 2007; carried 22 June');
    // Another owner is another action; two review rows each report on an earlier action, however alike.
    assert.notEqual(log.trackedOf(first[1]), log.trackedOf(first[0]));
    assert.notEqual(log.trackedOf(second[1]), log.trackedOf(second[0]));
    // The export lists it once: Mark Jones's, Meena Savla's and Rita Singh's actions of the first meeting.
    const exported = buildSummary([{ file: files[0].key, document: files[0].document }]);
    assert.deepEqual(
      exported.actions.map((a) => [a.owners.join(), a.line]),
      [
        ['Mark Jones', first[0].range.start.line + 1],
        ['Meena Savla', first[1].range.start.line + 1],
        ['Rita Singh', first[3].range.start.line + 1],
      ],
    );
  });

  it('reads a summary row that shortens the text as the same action only when it gives the same due date', () => {
    const text = [
      'ACTION: MJ — circulate the final budget to all members due 15 June 2007',
      'ACTION: RS — get three quotes from removal firms due 30 June 2007',
      'ACTION: MS — write to the landlord about the deposit',
      '',
      '## Summary of actions agreed',
      '',
      '| Owner | Action | Due |',
      '|---|---|---|',
      '| MJ | Circulate the final budget | 15 June 2007 |',
      '| RS | Get three quotes | 1 July 2007 |',
      '| MS | Write to the landlord | |',
      '| MJ | Circulate the | 15 June 2007 |',
    ].join('\n');
    const document = parseMinutes(meeting('2007-06-06', text), { fileName: 'x.minutes.md' });
    assert.deepEqual(
      [...restatedActions(document)].map((action) => action.text),
      ['Circulate the final budget'],
      'another due date, no due date, or fewer than three words: other actions',
    );
    const log = buildActionLog([{ key: 'x.minutes.md', path: 'x.minutes.md', document }]);
    assert.equal(log.trackedOf(document.actions[3]), log.trackedOf(document.actions[0]));
    assert.equal(log.tracked.length, 6);
  });

  it('counts a file\'s actions with each restated one once (the language status and the status bar)', () => {
    const document = parseMinutes(meeting('2007-06-06', 'ACTION: MJ — book the room due 1 June 2007\nACTION: MJ — Book the room.\n\n- [ ] @MS send the agenda\n\n' + REVIEW('| | MJ | Book the room | | | carried |')), { fileName: 'x.minutes.md' });
    assert.deepEqual([...restatedActions(document)], [document.actions[1]]);
    assert.deepEqual(documentActionCounts(document, '2007-07-01'), { open: 3, overdue: 1 }, 'the line, the task and the review row');
    assert.deepEqual(actionCounts(document.actions, '2007-07-01'), { open: 4, overdue: 1 });
  });

  it('counts a workspace\'s actions each once: carried through meetings or restated, as the Open Actions view lists them', () => {
    const files = [
      file('x/2007-06-06.minutes.md', meeting('2007-06-06', 'ACTION: MJ — book the room due 1 July 2007\n\n' + AGREED('| | MJ | Book the room | 1 July 2007 |'))),
      file('x/2007-06-22.minutes.md', meeting('2007-06-22', REVIEW('| | MJ | Book the room | 1 July 2007 | | carried |') + '\n\nACTION: RS — send the agenda')),
      file('x/2007-07-04.minutes.md', meeting('2007-07-04', REVIEW('| | MJ | Book the room | 1 July 2007 | | carried |'))),
    ];
    const log = buildActionLog(files);
    const documents = files.map((f) => f.document);
    assert.deepEqual(workspaceActionCounts(documents, (action) => log.isSuperseded(action), '2007-08-01'), { open: 2, overdue: 1 });
    assert.deepEqual(workspaceActionCounts(documents, () => false, '2007-08-01'), { open: 5, overdue: 4 }, 'every row, when nothing is superseded');
  });

  it('keeps two series apart even with the same owner and text', () => {
    const log = buildActionLog([
      file('exec/2007-06-06.minutes.md', meeting('2007-06-06', 'ACTION: MJ — Book the room.', 'Exec')),
      file('board/2007-06-22.minutes.md', meeting('2007-06-22', 'ACTION: MJ — Book the room.', 'Board')),
    ]);
    assert.equal(log.tracked.length, 2);
  });

  it('reads the examples/daccom series: carried, done and dropped', () => {
    const dir = 'examples/daccom/';
    const files = readdirSync(dir).map((name) => file(dir + name, readFileSync(dir + name, 'utf8')));
    const log = buildActionLog(files);
    assert.deepEqual(
      log.tracked.map((t) => [t.occurrences[0].action.id, t.status, historyText(t)]),
      [
        ['A1', 'done', 'agreed 6 June 2007; carried 22 June; done 4 July'],
        ['A2', 'done', 'agreed 6 June 2007; done 22 June'],
        ['A3', 'open', 'agreed 6 June 2007; carried 22 June; carried 4 July'],
        ['A4', 'cancelled', 'agreed 6 June 2007; dropped 22 June'],
        ['A5', 'open', 'agreed 22 June 2007; carried 4 July'],
        ['A6', 'done', 'agreed 22 June 2007; done 4 July'],
        ['A7', 'open', 'agreed 4 July 2007'],
      ],
    );
  });

  it('every action is in one tracked action, and only its latest occurrence is not superseded (property)', () => {
    const row = fc.record({ owner: fc.constantFrom('MJ', 'MS'), text: fc.constantFrom('Book the room', 'Send the agenda'), status: fc.constantFrom('', 'carried', 'done', 'dropped') });
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), (meetings) => {
        const files = meetings.map((rows, i) =>
          file(`x/2007-06-0${i + 1}.minutes.md`, meeting(`2007-06-0${i + 1}`, REVIEW(rows.map((r) => `| | ${r.owner} | ${r.text} | | | ${r.status} |`).join('\n')))),
        );
        const log = buildActionLog(files);
        const all = files.flatMap((f) => f.document.actions);
        assert.equal(log.tracked.reduce((n, t) => n + t.occurrences.length, 0), all.length);
        for (const tracked of log.tracked) {
          const latest = tracked.occurrences[tracked.occurrences.length - 1].action;
          assert.equal(tracked.status, latest.status);
          assert.equal(new Set(tracked.occurrences.map((o) => o.file.key)).size, tracked.occurrences.length, 'once per meeting');
          for (const o of tracked.occurrences) assert.equal(log.isSuperseded(o.action), o.action !== latest);
        }
      }),
    );
  });
});

/**
 * The log's matching as first written: each new action compared with every earlier action of its owners, newest
 * first. Kept as the oracle of the indexed matching, which must find the same action in every case.
 */
function referenceTracking(files: readonly SeriesFile[]): string[][] {
  const words = (text: string) => textWords(text);
  const owners = (people: readonly string[]) => people.map((p) => p.toLowerCase()).sort().join('/');
  const same = (a: { people: string[]; text: string }, people: string[], w: string[], lenient: boolean): boolean => {
    if (owners(a.people) !== owners(people)) return false;
    const other = words(a.text);
    const [shorter, longer] = other.length <= w.length ? [other, w] : [w, other];
    if (shorter.length === longer.length) return shorter.every((x, i) => x === longer[i]);
    return lenient && shorter.length >= 3 && shorter.every((x, i) => x === longer[i]);
  };
  type Tracked = { occ: { key: string; index: number; people: string[]; text: string }[]; status: string };
  const result: string[][] = [];
  for (const series of findSeries(files)) {
    const byId = new Map<string, Tracked>();
    const byOwners = new Map<string, Tracked[]>();
    const byFile = new Map<string, Tracked[]>();
    const keys = new Set(series.files.map((f) => f.key));
    const all: Tracked[] = [];
    for (const f of series.files) {
      const claimed = new Set<Tracked>();
      const written: { people: string[]; text: string; due: string | null }[] = [];
      f.document.actions.forEach((action, index) => {
        const people = action.owners.map((o) => o.person ?? o.text);
        const w = words(action.text);
        const review = action.review;
        // Written again in the same meeting outside a review (the same words, or shortened with the same due date):
        // the same action, not another occurrence.
        if (review === undefined && written.some((e) => same(e, people, w, false) || (e.due !== null && e.due === action.due && same(e, people, w, true)))) return;
        const free = (one: Tracked | undefined): one is Tracked => one !== undefined && !claimed.has(one);
        const last = (one: Tracked) => one.occ[one.occ.length - 1];
        let target: Tracked | undefined;
        const ref = review?.ref ?? (action.id !== undefined && byId.get(action.id)?.status === 'open' ? action.id : undefined);
        if (ref !== undefined && free(byId.get(ref))) target = byId.get(ref);
        const linked = !target && review?.link ? resolveLink(f.key, review.link, keys) : undefined;
        if (linked !== undefined) {
          const from = (byFile.get(linked) ?? []).filter(free);
          const open = from.filter((one) => one.status === 'open' && owners(last(one).people) === owners(people));
          target = from.find((one) => same(last(one), people, w, true)) ?? (open.length === 1 ? open[0] : undefined);
        }
        if (!target && ref === undefined && linked === undefined) {
          target = [...(byOwners.get(owners(people)) ?? [])].reverse().find((one) => free(one) && (one.status === 'open' || review !== undefined) && same(last(one), people, w, review !== undefined));
        }
        const occurrence = { key: f.key, index, people, text: action.text };
        if (target) target.occ.push(occurrence);
        else {
          target = { occ: [occurrence], status: action.status };
          all.push(target);
          byOwners.set(owners(people), [...(byOwners.get(owners(people)) ?? []), target]);
          byFile.set(f.key, [...(byFile.get(f.key) ?? []), target]);
        }
        target.status = action.status;
        claimed.add(target);
        if (review === undefined) written.push({ people, text: action.text, due: action.due });
        for (const id of [action.id, review?.ref]) if (id !== undefined) byId.set(id, target);
      });
    }
    for (const t of all) result.push(t.occ.map((o) => `${o.key}#${o.index}`));
  }
  return result;
}

describe('matching a later row to an earlier action', () => {
  it('keys an action\'s words in one pass exactly as the regular expressions split them (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('**', '_', '`', '~~', '[link](x.md)', ' ', '\t', 'İstanbul', 'Ωmega', '𝐀𝐁', '\ud800', '٣', 'é', 'ǅ', '—', "'"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(wordsKey(text), textWords(text).join(' '), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what comparing with every earlier action finds: ids, links, owners changing, shortened texts, look-alikes (property)', () => {
    const owner = fc.constantFrom('MJ', 'MS', 'RS', 'MJ, MS');
    const text = fc.constantFrom('Book the room', 'Book the', 'Send the agenda', 'Send the agenda to the board today', 'Book the room.', 'Survey practices now please');
    const line = fc.record({ owner, text, done: fc.boolean(), due: fc.constantFrom('', ' due July 07', ' due 1 July 2007') }).map((a) => `ACTION: ${a.owner} to ${a.text}${a.due}${a.done ? ' (done)' : ''}`);
    const row = fc
      .record({ ref: fc.constantFrom('', 'A1', 'A2'), owner, text, link: fc.constantFrom('', '[then](2007-06-01.minutes.md)', '[then](2007-06-02.minutes.md)'), status: fc.constantFrom('', 'carried', 'done', 'dropped') })
      .map((r) => `| ${r.ref} | ${r.owner} | ${r.text} | | ${r.link} | ${r.status} |`);
    const agreed = fc.record({ ref: fc.constantFrom('', 'A1', 'A2', 'A3'), owner, text }).map((r) => `| ${r.ref} | ${r.owner} | ${r.text} | July 07 |`);
    const body = fc.tuple(fc.array(line, { maxLength: 4 }), fc.array(agreed, { maxLength: 3 }), fc.array(row, { maxLength: 4 })).map(
      ([lines, agreedRows, reviewRows]) => [lines.join('\n\n'), agreedRows.length ? AGREED(agreedRows.join('\n')) : '', reviewRows.length ? REVIEW(reviewRows.join('\n')) : ''].join('\n\n'),
    );
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 6 }), (meetings) => {
        const files = meetings.map((b, i) => file(`x/2007-06-0${i + 1}.minutes.md`, meeting(`2007-06-0${i + 1}`, b)));
        const log = buildActionLog(files);
        const actual = log.tracked.map((t) => t.occurrences.map((o) => `${o.file.key}#${o.file.document.actions.indexOf(o.action)}`));
        assert.deepEqual(actual, referenceTracking(files));
      }),
      { numRuns: 300 },
    );
  });
});

describe('links to where an action was agreed', () => {
  it('resolves relative links, ../, %20 and fragments against keys that are paths or URIs', () => {
    const keys = new Set(['file:///w/exec/2007-06-06.minutes.md', 'file:///w/my%20notes/a.minutes.md']);
    assert.equal(resolveLink('file:///w/exec/2007-06-22.minutes.md', '2007-06-06.minutes.md#a1', keys), 'file:///w/exec/2007-06-06.minutes.md');
    assert.equal(resolveLink('file:///w/exec/b.minutes.md', '../my%20notes/a.minutes.md', keys), 'file:///w/my%20notes/a.minutes.md');
    assert.equal(resolveLink('file:///w/exec/b.minutes.md', 'missing.md', keys), undefined);
  });
});

describe('the action log through the workspace index and the export', () => {
  const dir = 'examples/daccom/';
  const texts = new Map(readdirSync(dir).map((name) => [`file:///w/daccom/${name}`, readFileSync(dir + name, 'utf8')]));
  const host: WorkspaceHost = {
    listFiles: async () => [...texts.keys()],
    readFile: async (key) => ({ text: texts.get(key)! }),
    parseOptions: (key) => ({ fileName: key }),
    displayPath: (key) => key.replace('file:///w/', ''),
  };

  it('lists a carried action once, as its latest row, with its history', async () => {
    const index = new WorkspaceIndex(host);
    await index.rescan();
    const entries = index.actions();
    assert.equal(entries.length, 7, 'seven actions, however many meetings carried them');
    const a3 = entries.find((entry) => entry.action.review?.ref === 'A3')!;
    assert.equal(a3.path, 'daccom/2007-07-04-daccom-exec.minutes.md');
    assert.equal(historyText(a3.tracked!), 'agreed 6 June 2007; carried 22 June; carried 4 July');
    assert.deepEqual(
      entries.filter((entry) => entry.action.status === 'open').map((entry) => entry.action.text),
      ['Communicate the LES claims process to practice managers.', 'Circulate the draft specifications for diabetes.', 'Write up the survey results for the PCT.'],
    );
    assert.equal(index.actionLog(), index.actionLog(), 'built once per change');
  });

  it('lists a carried action once among a person\'s references, at its latest row', async () => {
    const index = new WorkspaceIndex(host);
    await index.rescan();
    const people = index.people();
    const log = index.actionLog();
    const mention = { kind: 'person' as const, written: 'Mark Jones', resolution: { person: 'Mark Jones' } } as unknown as PersonMention;
    const lines = (result: ReturnType<typeof references>) =>
      result.locations
        .filter((location) => !people.occurrences('Mark Jones').some((o) => o.kind === 'definition' && o.file.key === location.key && o.range === location.range))
        .map((location) => `${location.key.replace(/^.*\//, '')}:${location.range.start.line + 1}`);
    const all = lines(references(people, mention, true));
    const once = lines(references(people, mention, true, (action) => log.isSuperseded(action)));
    // A3 (the LES claims process) is agreed on 6 June and carried on 22 June and 4 July: three rows, one action.
    const a3Rows = (found: string[]) => found.filter((at) => index.file(`file:///w/daccom/${at.split(':')[0]}`)?.document.actions.some((action) => action.range.start.line + 1 === Number(at.split(':')[1]) && /LES claims process/.test(action.text)));
    assert.equal(a3Rows(all).length, 3, all.join(' '));
    assert.deepEqual(a3Rows(once), ['2007-07-04-daccom-exec.minutes.md:21']);
  });

  it('exports a carried action once, with its history', () => {
    const sources = [...texts].map(([key, text]) => ({ file: key, document: parseMinutes(text, { fileName: key }) }));
    const summary = buildSummary(sources);
    assert.equal(summary.actions.length, 7);
    assert.equal(summary.actions.find((a) => a.text.startsWith('Survey'))?.history, 'agreed 6 June 2007; carried 22 June; done 4 July');
    assert.equal(buildSummary(sources, { openOnly: true }).actions.length, 3);
  });
});

describe('starting the next meeting', () => {
  const dir = 'examples/daccom/';
  const files = readdirSync(dir).map((name) => file(dir + name, readFileSync(dir + name, 'utf8')));
  const log = buildActionLog(files);
  const series = log.series[0];

  it('writes the next minutes: date, time and place from "Next meeting", the roster, the open actions with links', () => {
    assert.equal(nextMeetingDate(series), '2007-07-18');
    const next = nextMinutes(log, series, '2007-07-18');
    assert.equal(next.fileName, '2007-07-18-daccom-exec.minutes.md');
    assert.equal(next.key, 'examples/daccom/2007-07-18-daccom-exec.minutes.md');
    assert.match(next.text, /^---\ntitle: DacCom Executive Committee\ndate: 2007-07-18\ntime: 1pm to 2\.15pm\nlocation: Fernville Surgery\n---\n\n# DacCom Executive Committee — 18 July 2007\n/);
    assert.match(next.text, /## Attended\n\n- Mark Jones \(MJ\) — chair\n- Meena Savla \(MS\) — West Herts PCT\n- Rita Singh \(RS\)\n- Gerry Bulger \(GB\)\n/);
    assert.ok(next.text.includes('| A3 | Mark Jones | Communicate the LES claims process to practice managers. | 15 June 07 | [6 June 2007](2007-06-06-daccom-exec.minutes.md) |  |'));
    assert.deepEqual(next.actions.map((t) => t.occurrences[0].action.id), ['A3', 'A5', 'A7']);
    const lines = next.text.split('\n');
    assert.equal(lines[next.cursor.line].slice(next.cursor.character - 2), '|  |', 'the cursor is in the first status cell');
    assert.match(lines[next.cursor.line], /^\| A3 /);
  });

  it('writes minutes that read back as reviews of the same actions', () => {
    const next = nextMinutes(log, series, '2007-07-18');
    const again = buildActionLog([...files, file(next.key, next.text)]);
    assert.equal(again.series.length, 1);
    const open = again.tracked.filter((t) => t.status === 'open');
    assert.deepEqual(open.map((t) => [t.occurrences[0].action.id, t.occurrences.length]), [['A3', 4], ['A5', 3], ['A7', 2]]);
    assert.equal(historyText(open[0]), 'agreed 6 June 2007; carried 22 June; carried 4 July; carried 18 July');
  });

  it('names the file after the latest one, and titles without their date', () => {
    assert.equal(seriesTitle('Board meeting — 20 February 2008'), 'Board meeting');
    assert.equal(seriesTitle('Exec, Friday 6 June 2007'), 'Exec');
    assert.equal(nextFileName(file('m/minutes_20070606.md', ''), '2007-06-22', 'Exec'), 'minutes_20070622.md');
    assert.equal(nextFileName(file('m/exec.minutes.md', ''), '2007-06-22', 'Exec Committee'), '2007-06-22-exec-committee.minutes.md');
    assert.equal(relativeLink('a/b/new.md', 'a/c/old.md'), '../c/old.md');
    assert.equal(relativeLink('file:///w/x/new.md', 'file:///w/x/my notes.md'), 'my%20notes.md');
  });
});

describe('diagnostics across a series', () => {
  const dir = 'examples/daccom/';
  const names = readdirSync(dir);
  const base = names.map((name) => file(dir + name, readFileSync(dir + name, 'utf8')));

  it('unreviewed-action: an action open after the previous meeting that these minutes never review', () => {
    const forgetful = file(`${dir}2007-07-18-daccom-exec.minutes.md`, meeting('2007-07-18', REVIEW('| A3 | Mark Jones | Communicate the LES claims process to practice managers. | | | done |'), 'DacCom Executive Committee'));
    const log = buildActionLog([...base, forgetful]);
    const found = seriesDiagnostics(log, forgetful.key);
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, d.message, d.range.start.line]),
      [
        ['unreviewed-action', 'information', '"Circulate the draft specifications for diabetes." (Meena Savla) was still open after the meeting of 4 July 2007, and these minutes do not review it.', 13],
        ['unreviewed-action', 'information', '"Write up the survey results for the PCT." (Rita Singh) was still open after the meeting of 4 July 2007, and these minutes do not review it.', 13],
      ],
    );
    assert.deepEqual(seriesDiagnostics(log, base[2].key).filter((d) => d.code === 'unreviewed-action'), [], 'the 4 July minutes review all they should');
    assert.deepEqual(seriesDiagnostics(log, base[0].key), [], 'the first meeting has nothing to review');
  });

  it('the quick fix adds the forgotten action to the review table, and then it is reviewed', () => {
    const text = meeting('2007-07-18', REVIEW('| A3 | Mark Jones | Communicate the LES claims process to practice managers. | | | done |'), 'DacCom Executive Committee');
    const forgetful = file(`${dir}2007-07-18-daccom-exec.minutes.md`, text);
    const log = buildActionLog([...base, forgetful]);
    let fixed = text;
    for (const diagnostic of seriesDiagnostics(log, forgetful.key)) {
      fixed = applyEdits(fixed, [addToReview(fixed, parseMinutes(fixed), forgetful.key, diagnostic.tracked)]);
    }
    assert.ok(fixed.includes('| A5 | Meena Savla | Circulate the draft specifications for diabetes. | 29 June 07 | [22 June 2007](2007-06-22-daccom-exec.minutes.md) |  |\n| A7 |'), fixed);
    const again = file(forgetful.key, fixed);
    assert.deepEqual(seriesDiagnostics(buildActionLog([...base, again]), again.key), []);
  });

  it('the quick fix writes a review section when the minutes have none', () => {
    const text = meeting('2007-07-18', '## 1. Survey\n\nDiscussed.\n', 'DacCom Executive Committee');
    const bare = file(`${dir}2007-07-18-daccom-exec.minutes.md`, text);
    const log = buildActionLog([...base, bare]);
    const [first] = seriesDiagnostics(log, bare.key);
    const fixed = applyEdits(text, [addToReview(text, bare.document, bare.key, first.tracked)]);
    assert.match(fixed, /- Rita Singh \(RS\)\n\n## Actions from previous meetings\n\n\| Ref \| Owner \| Action \| Due \| Agreed \| Status \|\n\|---\|---\|---\|---\|---\|---\|\n\| A3 \| Mark Jones \| Communicate the LES claims process to practice managers\. \|[^\n]*\n\n## 1\. Survey/);
  });

  it('carried-too-often: more carries than allowed, on the latest row', () => {
    const log = buildActionLog(base);
    const latest = base[2];
    assert.deepEqual(seriesDiagnostics(log, latest.key, 3).filter((d) => d.code === 'carried-too-often'), []);
    const found = seriesDiagnostics(log, latest.key, 1).filter((d) => d.code === 'carried-too-often');
    assert.deepEqual(found.map((d) => [d.severity, d.message]), [['hint', 'Carried 2 times (agreed 6 June 2007; carried 22 June; carried 4 July): time to do it, reassign it or drop it?']]);
    assert.deepEqual(seriesDiagnostics(log, base[1].key, 1).filter((d) => d.code === 'carried-too-often'), [], 'only on its latest row');
  });
});

describe('a carried action’s problems, once', () => {
  it('reports a missing due date on the latest row only', () => {
    const sources = [
      { file: 'x/2007-06-06.minutes.md', document: parseMinutes(meeting('2007-06-06', AGREED('| A1 | MJ | Survey practices. | |')), { fileName: '2007-06-06.minutes.md' }) },
      { file: 'x/2007-06-22.minutes.md', document: parseMinutes(meeting('2007-06-22', REVIEW('| A1 | MJ | Survey practices. | | | carried |')), { fileName: '2007-06-22.minutes.md' }) },
    ];
    const missing = buildSummary(sources).diagnostics.filter((d) => d.code === 'missing-due');
    assert.deepEqual(missing.map((d) => d.file), ['x/2007-06-22.minutes.md']);
    assert.equal(sources.reduce((n, s) => n + s.document.diagnostics.filter((d) => d.code === 'missing-due').length, 0), 2, 'each file alone has one');
  });
});

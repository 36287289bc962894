import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describeImport, importMinutes } from '../../src/core/import/importMinutes';
import { blocksFromPlainText } from '../../src/core/import/source';
import type { Action, MinutesDocument } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import { PeopleResolver } from '../../src/core/people';

const fixtures = path.join(__dirname, '..', 'fixtures');
const read = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');
const importText = (text: string, fileName?: string) => importMinutes(blocksFromPlainText(text), { fileName });

const WORD = /[\p{L}\p{N}]+/gu;
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
/** Words of `source` missing from `output` (as many times as the source has them). */
function lostWords(source: string, output: string): string[] {
  const have = wordCounts(output);
  const lost: string[] = [];
  for (const [word, count] of wordCounts(source)) if ((have.get(word) ?? 0) < count) lost.push(word);
  return lost;
}

const LONG = /\p{L}{4,}/gu;
function overlap(a: string, b: string): number {
  const mine = new Set(a.toLowerCase().match(LONG) ?? []);
  const theirs = new Set(b.toLowerCase().match(LONG) ?? []);
  const shared = [...mine].filter((w) => theirs.has(w)).length;
  return shared / Math.max(1, Math.min(mine.size, theirs.size));
}

/** An action's owners as people: through the transcription's roster, which a roster-less import does not have. */
function people(action: Action, resolver: PeopleResolver): string[] {
  return action.owners.map((o) => {
    if (o.person) return o.person;
    const resolved = resolver.resolve(o.text);
    return 'person' in resolved ? resolved.person : o.text;
  });
}

/** The imported action of the same people that does what the transcription's does: the most words in common, at least half. */
function counterpart(action: Action, imported: MinutesDocument, resolver: PeopleResolver): Action | undefined {
  const mine = people(action, resolver).filter((p) => p !== 'All leads').join();
  const ranked = imported.actions
    .filter((a) => people(a, resolver).join() === mine)
    .map((a) => [overlap(a.text, action.text), a] as const)
    .sort((x, y) => y[0] - x[0]);
  return ranked[0] && ranked[0][0] >= 0.5 ? ranked[0][1] : undefined;
}

describe('import: the two seeds, against their hand transcriptions', () => {
  it('DacCom: the summary of actions becomes an action table with the same actions, owners and due dates', () => {
    const source = read('import/daccom-exec-2007-06-06.txt');
    const result = importText(source, 'daccom-exec-2007-06-06.txt');
    const imported = parseMinutes(result.markdown);
    const transcribed = parseMinutes(read('seeds/2007-06-06-daccom-exec.minutes.md'));
    const resolver = new PeopleResolver(transcribed.roster);
    assert.equal(imported.title, transcribed.title);
    assert.equal(imported.date, transcribed.date);
    assert.equal(imported.nextMeeting?.date, transcribed.nextMeeting?.date);
    assert.equal(imported.nextMeeting?.place, transcribed.nextMeeting?.place);
    assert.deepEqual(
      imported.roster.filter((e) => e.role !== 'attendee' || transcribed.roster.some((t) => t.name === e.name)).map((e) => [e.name, e.role, e.affiliation]),
      transcribed.roster.map((e) => [e.name, e.role, e.affiliation]),
    );
    const table = transcribed.actions.filter((a) => a.kind === 'table');
    assert.equal(table.length, 7);
    for (const action of table) {
      const match = counterpart(action, imported, resolver);
      assert.ok(match, `imported: ${action.text}`);
      assert.equal(match.kind, 'table');
      assert.deepEqual(people(match, resolver), people(action, resolver), action.text);
      assert.equal(match.due, action.due, action.text);
    }
    // The prose commitments the table does not record, each an ACTION: line to check.
    assert.equal(result.summary.fromTable, 7);
    assert.equal(result.summary.fromProse, imported.actions.filter((a) => a.kind === 'line').length);
    assert.ok(imported.actions.some((a) => a.kind === 'line' && a.text === 'arrange for this to be done' && people(a, resolver).join() === 'Mark Jones'));
    // "Meena will circulate the draft specifications…" is in the table already: no second action for it.
    for (const line of imported.actions.filter((a) => a.kind === 'line')) {
      const twin = imported.actions.find((a) => a.kind === 'table' && people(a, resolver).join() === people(line, resolver).join() && overlap(a.text, line.text) >= 0.5);
      assert.equal(twin, undefined, line.text);
    }
    assert.deepEqual(result.summary.unresolved, []);
    assert.deepEqual(lostWords(source, result.markdown), []);
  });

  it('PBC leads: the commitments in prose become ACTION: lines with the owners and due dates the text gives', () => {
    const source = read('import/pbc-leads-2007-12-13.txt');
    const result = importText(source, 'pbc-leads-2007-12-13.txt');
    const imported = parseMinutes(result.markdown);
    const transcribed = parseMinutes(read('seeds/2007-12-13-pbc-leads.minutes.md'));
    const resolver = new PeopleResolver(transcribed.roster);
    assert.equal(imported.title, transcribed.title);
    assert.equal(imported.date, transcribed.date);
    assert.equal(imported.location, transcribed.location);
    // The transcription's actions that the text gives (its other task items were made up to exercise the dialect).
    const fromText = transcribed.actions.filter((a) => a.kind === 'line' || a.text.startsWith('Invite'));
    assert.equal(fromText.length, 5);
    for (const action of fromText) {
      const match = counterpart(action, imported, resolver);
      assert.ok(match, `imported: ${action.text}`);
      assert.deepEqual(people(match, resolver), people(action, resolver).filter((p) => p !== 'All leads'), action.text);
    }
    // Where the text gives a due date: "RS will take these views to the PBC Governance Committee next week".
    const views = imported.actions.find((a) => a.text.startsWith('take these views'));
    assert.equal(views?.due, transcribed.actions.find((a) => a.text.includes('sign-off'))?.due);
    assert.equal(views?.due, '2007-12-20');
    assert.deepEqual(result.summary.unresolved.sort(), ['Andrew Parker', 'Mark', 'RS']);
    assert.equal(describeImport(result.summary), '6 actions, 2 without an owner, 6 from prose: check them; no roster, so owners are as written: Andrew Parker, Mark, RS');
    assert.deepEqual(lostWords(source, result.markdown), []);
  });
});

describe('import: what it recognises', () => {
  it('resolves initials through the roster it built, and leaves an ambiguous one as written', () => {
    const text = 'Finance committee\n\nPresent:\n\n\tRichard Smith\n\tMary Jones\n\tRobert Stone\n\n1. Budget:\n\nMJ will send the figures to the bank. RS will chase the auditors.\n';
    const result = importText(text);
    assert.match(result.markdown, /^ACTION: Mary Jones — send the figures to the bank$/m);
    assert.match(result.markdown, /^ACTION: RS — chase the auditors$/m);
    assert.deepEqual(result.summary.unresolved, ['RS']);
    const doc = parseMinutes(result.markdown);
    assert.deepEqual(doc.roster.map((e) => e.name), ['Richard Smith', 'Mary Jones', 'Robert Stone']);
  });

  it('reads tab-separated owner / action / due lines under a heading of actions, and a Clerk as owner', () => {
    const text = 'Parish Council\n\n1. Actions agreed\n\nClerk\tSend a letter of thanks to the verger\t1 May 2024\nJohn Smith\tInspect the footpath\tJune 2024\n\n2. Footpaths\n\nThe footpath by the church is overgrown. Clerk to write to the county council.\n';
    const doc = parseMinutes(importText(text).markdown);
    assert.deepEqual(
      doc.actions.map((a) => [a.kind, a.owners.map((o) => o.text), a.text, a.due]),
      [
        ['table', ['Clerk'], 'Send a letter of thanks to the verger', '2024-05-01'],
        ['table', ['John Smith'], 'Inspect the footpath', '2024-06-30'],
        ['line', ['Clerk'], 'write to the county council', null],
      ],
    );
  });

  it('keeps what would mean something else in Markdown as prose', () => {
    const text = 'Title\n\n# not a heading\n\n1. The council resolved that the precept be set at £20,000 for the year.\n\n| not | a table |\n\n<b>not html</b>\n';
    const result = importText(text);
    const doc = parseMinutes(result.markdown);
    assert.deepEqual(doc.actions, []);
    assert.match(result.markdown, /^\\# not a heading$/m);
    assert.match(result.markdown, /^1\\\. The council resolved/m);
    assert.match(result.markdown, /^\\\| not \\\| a table \\\|$/m);
    assert.deepEqual(lostWords(text, result.markdown), []);
  });

  it('keeps an action table that ends the document', () => {
    const text = 'Title\n\n1. Summary of actions agreed:\n\n\tMeena Savla\n\tCirculate the specifications.\n';
    const result = importText(text);
    assert.match(result.markdown, /^\| Meena Savla \| Circulate the specifications\. \| {2}\|$/m);
    assert.deepEqual(lostWords(text, result.markdown), []);
  });

  it('keeps a footnote legend no name points at', () => {
    const text = 'Meeting\n\nAttended:\n\n\tAnn Lee\n\t# Somewhere Council\n';
    const result = importText(text);
    assert.match(result.markdown, /Somewhere Council/);
    assert.deepEqual(lostWords(text, result.markdown), []);
  });

  it('loses no word of the source, whatever the text (property)', () => {
    const piece = fc.constantFrom(
      'Attended:', 'Apologies:', 'Copies to:', '\tMark Jones #', '\t# West Herts PCT', '\t^ Dacorum', '1. Summary of actions agreed:', '\tMeena Savla',
      '\tCirculate the specifications.', '\t15 June 07', '· A bullet point', '• Another', 'Next meeting:', 'Friday 22 June 2007', 'RS will communicate the above to AW.',
      'Mark volunteered to work with Andrew Parker.', 'Jan Smith will be invited to the next meeting.', 'Clerk to send a letter.', 'AOB', 'Diabetes',
      'Attended for this item only:', 'Andrew Gardner, Harmoni CEO', '# hash', '> quote', '| pipe |', '- dash', '* star', '2) two', '---', '===', '<i>', '\\back', '',
      '', '\t', 'Title    Place    13 Dec 2007', 'ACTION: MJ — x', 'Mark Jones', '9 June 2007',
    );
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9'’]{1,8}$/);
    const line = fc.oneof(piece, fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '\t', '.', ',', ':', '#', '|', '·')), { maxLength: 8 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const text = lines.join(newline);
        const { markdown } = importText(text);
        assert.deepEqual(lostWords(text, markdown), [], markdown);
      }),
      { numRuns: 600 },
    );
  });
});

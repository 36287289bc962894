import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseMinutes } from '../../src/core/parse';
import { dateRewrites, fixAll, prevailingForm, quickFixes, type QuickFix } from '../../src/core/quickFixes';
import { applyEdits } from '../../src/core/edits';

const apply = applyEdits;

function fixesFor(text: string, code: string): { fixes: QuickFix[]; text: string } {
  const document = parseMinutes(text, { today: '2024-03-05' });
  const diagnostic = document.diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `expected a ${code} diagnostic`);
  return { fixes: quickFixes({ text, document, today: '2024-03-05' }, diagnostic), text };
}

function codes(text: string): string[] {
  return parseMinutes(text, { today: '2024-03-05' }).diagnostics.map((d) => d.code);
}

const roster = '---\ndate: 2024-03-01\n---\n## Attended\n\n- Mark Jones (MJ)\n- Rita Singh\n\n';

describe('quick fixes', () => {
  it('adds an owner from the roster to a table, a line and a task', () => {
    const table = `${roster}| Owner | Action | Due |\n|-------|--------|------------|\n|       | write  | 2024-04-01 |\n`;
    const { fixes } = fixesFor(table, 'missing-owner');
    assert.deepEqual(fixes.map((f) => f.title), ['Add owner: Mark Jones', 'Add owner: Rita Singh']);
    const fixed = apply(table, fixes[0].edits);
    assert.match(fixed, /\| Mark Jones \| write {2}\| 2024-04-01 \|/);
    assert.deepEqual(codes(fixed), []);

    const line = `${roster}ACTION: write the report due 2024-04-01\n`;
    const lineFixed = apply(line, fixesFor(line, 'missing-owner').fixes[1].edits);
    assert.match(lineFixed, /^ACTION: Rita Singh — write the report due 2024-04-01$/m);
    assert.deepEqual(codes(lineFixed), []);

    const task = `${roster}- [ ] write the report due: 2024-04-01\n`;
    const taskFixes = fixesFor(task, 'missing-owner').fixes;
    // Rita has no alias, so a task (which takes @handles) can only be given to Mark.
    assert.deepEqual(taskFixes.map((f) => f.title), ['Add owner: Mark Jones']);
    const taskFixed = apply(task, taskFixes[0].edits);
    assert.match(taskFixed, /^- \[ \] @MJ write the report due: 2024-04-01$/m);
    assert.deepEqual(codes(taskFixed), []);
  });

  it('adds a due date: the next meeting, or the end of the month', () => {
    const text = `${roster}ACTION: MJ — write the report\n\n## Next meeting\n\n2 April 2024\n`;
    const { fixes } = fixesFor(text, 'missing-due');
    assert.deepEqual(fixes.map((f) => [f.title, f.preferred]), [
      ['Due at the next meeting (2 April 2024)', true],
      ['Due at the end of this month (31 March 2024)', undefined],
    ]);
    const fixed = apply(text, fixes[0].edits);
    assert.match(fixed, /^ACTION: MJ — write the report Due: 2024-04-02$/m);
    assert.deepEqual(codes(fixed), []);
    const table = `${roster}| Owner | Action | Due |\n|---|---|---|\n| MJ | write | |\n`;
    const tableFixed = apply(table, fixesFor(table, 'missing-due').fixes[0].edits);
    assert.deepEqual(codes(tableFixed), []);
    assert.equal(parseMinutes(tableFixed).actions[0].due, '2024-03-31');
  });

  it('rewrites an ambiguous date in ISO form, either reading', () => {
    const text = `${roster}- [ ] @MJ write due: 03/04/2024\n`;
    const { fixes } = fixesFor(text, 'ambiguous-date');
    // The file's only date is numeric, its prevailing form, in which both readings are ambiguous again: ISO only.
    assert.deepEqual(fixes.map((f) => f.title), ['Write the date as 2024-04-03 (3 April 2024)', 'Write the date as 2024-03-04 (4 March 2024)']);
    assert.match(apply(text, fixes[1].edits), /due: 2024-03-04$/m);
    assert.deepEqual(codes(apply(text, fixes[0].edits)), []);
  });

  it('rewrites an ambiguous date in the file\'s prevailing form too, either reading', () => {
    const text = `${roster}ACTION: MJ — a due 5 April 2024\n\nACTION: MJ — b due 6 April 2024\n\n- [ ] @MJ write due: 03/04/2024\n`;
    const { fixes } = fixesFor(text, 'ambiguous-date');
    assert.deepEqual(fixes.map((f) => [f.title, f.preferred]), [
      ['Write the date as 2024-04-03 (3 April 2024)', true],
      ['Rewrite as 3 April 2024', undefined],
      ['Write the date as 2024-03-04 (4 March 2024)', undefined],
      ['Rewrite as 4 March 2024', undefined],
    ]);
    for (const [fix, iso] of [[fixes[1], '2024-04-03'], [fixes[3], '2024-03-04']] as const) {
      const fixed = apply(text, fix.edits);
      assert.deepEqual(codes(fixed), []);
      assert.equal(parseMinutes(fixed).actions[2].due, iso);
    }
    assert.match(apply(text, fixes[3].edits), /due: 4 March 2024$/m);

    // ISO prevailing: one rewrite per reading.
    const iso = `${roster}ACTION: MJ — a due 2024-04-05\n\n- [ ] @MJ write due: 03/04/2024\n`;
    assert.deepEqual(fixesFor(iso, 'ambiguous-date').fixes.map((f) => f.title), ['Write the date as 2024-04-03 (3 April 2024)', 'Write the date as 2024-03-04 (4 March 2024)']);
  });

  it('finds the prevailing form among the file\'s readable dates, in its day/month order', () => {
    const text = `${roster}ACTION: MJ — a due 19/12/2024\n\nACTION: MJ — b due 20/12/2024\n\nACTION: MJ — c due 2024-04-05\n\nACTION: MJ — d due: soon\n`;
    const document = parseMinutes(text);
    assert.equal(prevailingForm({ text, document }), 'numeric');
    const monthFirst = text.replace('19/12', '12/19').replace('20/12', '12/20').replace('c due 2024-04-05', 'c due: 13/04/2024');
    const monthFirstDocument = parseMinutes(monthFirst, { dayFirst: false });
    assert.deepEqual(monthFirstDocument.diagnostics.map((d) => d.code), ['bad-date', 'bad-date']);
    const bad = quickFixes({ text: monthFirst, document: monthFirstDocument, dayFirst: false }, monthFirstDocument.diagnostics[0]);
    // 13/04/2024 month first is no date; swapped it is 13 April, written back month first.
    assert.deepEqual(bad.map((f) => f.title), ['Write the date as 2024-04-13 (13 April 2024)', 'Rewrite as 04/13/2024', 'Remove the due date']);
    const fixed = apply(monthFirst, bad[1].edits);
    assert.equal(parseMinutes(fixed, { dayFirst: false }).actions[2].due, '2024-04-13');
  });

  describe('bad dates', () => {
    function fixBadDate(text: string, title: string): string {
      const { fixes } = fixesFor(text, 'bad-date');
      const fix = fixes.find((f) => f.title === title);
      assert.ok(fix, `no "${title}" among ${fixes.map((f) => f.title).join(', ')}`);
      const fixed = apply(text, fix.edits);
      assert.ok(!codes(fixed).includes('bad-date'), `still a bad date after "${title}":\n${fixed}`);
      return fixed;
    }

    it('offers the last day of the month for a day past its end, in ISO and the prevailing form', () => {
      const text = `${roster}ACTION: MJ — a due 5 April 2024\n\n- [ ] @MJ write due: 31/02/2024\n`;
      assert.deepEqual(fixesFor(text, 'bad-date').fixes.map((f) => [f.title, f.preferred]), [
        ['Write the date as 2024-02-29 (29 February 2024)', true],
        ['Rewrite as 29 February 2024', undefined],
        ['Remove the due date', undefined],
      ]);
      assert.match(fixBadDate(text, 'Rewrite as 29 February 2024'), /^- \[ \] @MJ write due: 29 February 2024$/m);
      assert.equal(parseMinutes(fixBadDate(text, 'Write the date as 2024-02-29 (29 February 2024)')).actions[1].due, '2024-02-29');
    });

    it('offers day and month swapped when only that order is a date', () => {
      const text = `${roster}ACTION: MJ — write the report Due: 2024-13-04\n`;
      const fixed = fixBadDate(text, 'Write the date as 2024-04-13 (13 April 2024)');
      assert.match(fixed, /write the report Due: 2024-04-13$/m);
      assert.deepEqual(codes(fixed), []);
    });

    it('offers the nearest month name for a misspelt one', () => {
      const text = `${roster}ACTION: MJ — write the report (due Smarch 12)\n`;
      const fixed = fixBadDate(text, 'Write the date as 2024-03-12 (12 March 2024)');
      assert.match(fixed, /write the report \(due 2024-03-12\)$/m);
      assert.deepEqual(codes(fixed), []);
      // A month alone stays a month: no ISO day is made up for it.
      const month = `${roster}ACTION: MJ — write Due: Febuary 2025\n`;
      assert.deepEqual(fixesFor(month, 'bad-date').fixes.map((f) => [f.title, f.preferred]), [['Rewrite as February 2025', true], ['Remove the due date', undefined]]);
      const monthFixed = fixBadDate(month, 'Rewrite as February 2025');
      assert.deepEqual([parseMinutes(monthFixed).actions[0].due, parseMinutes(monthFixed).actions[0].duePrecision], ['2025-02-28', 'month']);
    });

    it('offers nothing but removal when no correction is plausible, and removal leaves the action as written', () => {
      const text = `${roster}ACTION: MJ — write the report, Due: when Mark is back.\n\n- [ ] @MJ check (due: soon)\n`;
      const { fixes } = fixesFor(text, 'bad-date');
      assert.deepEqual(fixes.map((f) => f.title), ['Remove the due date']);
      const fixed = apply(text, fixes[0].edits);
      assert.match(fixed, /^ACTION: MJ — write the report\.$/m);
      const after = parseMinutes(fixed, { today: '2024-03-05' });
      assert.deepEqual([after.actions[0].text, after.actions[0].dueText], ['write the report.', null], 'the sentence\'s full stop stays');
      assert.deepEqual(after.diagnostics.map((d) => d.code), ['missing-due', 'bad-date']);
      const task = fixBadDate(fixed, 'Remove the due date');
      assert.match(task, /^- \[ \] @MJ check$/m);
      assert.deepEqual(codes(task), ['missing-due', 'missing-due']);
    });

    it('keeps a table aligned, and empties its due cell to remove the date', () => {
      const table = `${roster}| Owner | Action | Due               |\n|-------|--------|-------------------|\n| MJ    | write  | 31 June 2024      |\n| MJ    | read   | 1 July 2024       |\n`;
      const fixed = fixBadDate(table, 'Rewrite as 30 June 2024');
      assert.match(fixed, /^\| MJ {4}\| write {2}\| 30 June 2024 {6}\|$/m);
      assert.deepEqual(codes(fixed), []);
      const removed = fixBadDate(table, 'Remove the due date');
      assert.match(removed, /^\| MJ {4}\| write {2}\| {19}\|$/m);
      assert.deepEqual(codes(removed), ['missing-due']);
    });

    it('fixes the seed minutes\' bad date in their prevailing (numeric) form', () => {
      const text = readFileSync('test/fixtures/seeds/2007-12-13-pbc-leads.minutes.md', 'utf8');
      const document = parseMinutes(text);
      assert.equal(prevailingForm({ text, document }), 'numeric');
      const diagnostic = document.diagnostics.find((d) => d.code === 'bad-date');
      assert.ok(diagnostic);
      const fixes = quickFixes({ text, document }, diagnostic);
      assert.deepEqual(fixes.map((f) => f.title), ['Write the date as 2008-02-29 (29 February 2008)', 'Rewrite as 29/02/2008', 'Remove the due date']);
      const fixed = apply(text, fixes[1].edits);
      assert.match(fixed, /not working due: 29\/02\/2008$/m);
      const after = parseMinutes(fixed);
      assert.ok(!after.diagnostics.some((d) => d.code === 'bad-date'));
      assert.equal(after.actions.find((a) => a.text.startsWith('draft the case'))?.due, '2008-02-29');
      assert.equal(after.diagnostics.length, document.diagnostics.length - 1, 'nothing else changed');
    });

    it('fix all takes only the bad dates with one clear correction', () => {
      const text = `${roster}ACTION: MJ — a Due: 31/04/2024\n\nACTION: MJ — b Due: soon\n\nACTION: MJ — c Due: Jnue 2024\n\nACTION: MJ — d Due: Jane 2024\n`;
      // "Jane" is as near June as January's "Jan": two corrections, so it is left for a person to choose.
      const document = parseMinutes(text, { today: '2024-03-05' });
      const all = fixAll({ text, document, today: '2024-03-05' }, 'bad-date');
      assert.ok(all);
      assert.equal(all.fixes, 2);
      const fixed = apply(text, all.edits);
      assert.match(fixed, /a Due: 2024-04-30\n/);
      assert.match(fixed, /c Due: June 2024\n/);
      assert.match(fixed, /b Due: soon\n/);
      assert.match(fixed, /d Due: Jane 2024\n/);
      assert.equal(codes(fixed).filter((c) => c === 'bad-date').length, 2);
    });
  });

  it('offers to rewrite a readable date written otherwise than the file writes its dates', () => {
    const text = `${roster}ACTION: MJ — a due 5 April 2024\n\nACTION: MJ — b due 6 April 2024\n\n- [ ] @MJ c due: Friday 12th April\n\n- [ ] @MJ d due: 2024-04-07\n\n- [ ] @MJ e due: 8 April 2024\n`;
    const document = parseMinutes(text, { today: '2024-03-05' });
    const context = { text, document, today: '2024-03-05' };
    const [, , c, d, e] = document.actions;
    assert.deepEqual(dateRewrites(context, c).map((f) => f.title), ['Write the date as 2024-04-12 (12 April 2024)', 'Rewrite as 12 April 2024']);
    assert.deepEqual(dateRewrites(context, d).map((f) => f.title), ['Rewrite as 7 April 2024']);
    assert.deepEqual(dateRewrites(context, e).map((f) => f.title), ['Write the date as 2024-04-08 (8 April 2024)']);
    const fixed = apply(text, dateRewrites(context, c)[1].edits);
    assert.match(fixed, /c due: 12 April 2024$/m);
    assert.equal(parseMinutes(fixed).actions[2].due, '2024-04-12');
  });

  it('adds an unknown owner to the roster', () => {
    const text = `${roster}ACTION: Zed Zhou — write due 2024-04-01\n`;
    const { fixes } = fixesFor(text, 'unknown-person');
    const fixed = apply(text, fixes[0].edits);
    assert.match(fixed, /- Rita Singh\n- Zed Zhou\n/);
    assert.deepEqual(codes(fixed), []);
    const bare = '# Meeting\n\nACTION: Zed Zhou — write due 2024-04-01\n\n## Attended\n\nAnn Lee, Bo Chan\n';
    const bareFixed = apply(bare, fixesFor(bare, 'unknown-person').fixes[0].edits);
    assert.match(bareFixed, /Ann Lee, Bo Chan, Zed Zhou/);
    assert.deepEqual(codes(bareFixed), []);
  });

  it('fixes all of one kind in a file as one edit', () => {
    const text = `${roster}ACTION: MJ — a due 03/04/2024\n\nACTION: MJ — b due 05/06/2024\n\nACTION: Zed — c due 2024-04-01\n\nACTION: Zed — d due 2024-04-01\n\nACTION: Yan — e due 2024-04-01\n`;
    const document = parseMinutes(text);
    const dates = fixAll({ text, document }, 'ambiguous-date');
    assert.ok(dates);
    const fixedDates = apply(text, dates.edits);
    assert.match(fixedDates, /a due 2024-04-03/);
    assert.match(fixedDates, /b due 2024-06-05/);
    const people = fixAll({ text, document }, 'unknown-person');
    assert.ok(people);
    const fixedPeople = apply(text, people.edits);
    assert.match(fixedPeople, /- Rita Singh\n- Zed\n- Yan\n/);
    assert.deepEqual(codes(fixedPeople).filter((c) => c === 'unknown-person'), []);
  });
});

describe('prose commitments', () => {
  const roster = '## Present\n\nMark Jones (MJ), Richard Sumner (RS), Karen Smith (KS)\n\n';

  it('hints at commitments written as prose, and the fix makes them ACTION: lines', () => {
    const text = `${roster}## WHHT letter\n\nPBC will say we want to help. RS will communicate the above to AW. We will meet again.\nMark volunteered to work with Andrew Parker to produce a paper.\n`;
    const document = parseMinutes(text);
    assert.deepEqual(document.proseActions.map((p) => [p.owners, p.text]), [
      [['Richard Sumner'], 'communicate the above to AW'],
      [['Mark Jones'], 'work with Andrew Parker to produce a paper'],
    ]);
    const hints = document.diagnostics.filter((d) => d.code === 'prose-action');
    assert.equal(hints.length, 2);
    assert.equal(hints[0].severity, 'hint');
    const fixes = quickFixes({ text, document }, hints[0]);
    assert.equal(fixes.length, 1);
    const fixed = apply(text, fixes[0].edits);
    assert.match(fixed, /Andrew Parker to produce a paper\.\n\nACTION: RS — communicate the above to AW\n$/);
    const after = parseMinutes(fixed);
    assert.deepEqual(after.actions.map((a) => [a.owners.map((o) => o.person), a.text]), [[['Richard Sumner'], 'communicate the above to AW']]);
    assert.deepEqual(after.proseActions.map((p) => p.owners), [['Mark Jones']], 'the recorded commitment is no longer hinted');
  });

  it('leaves prose alone when nobody on the roster is named, or the action is already recorded', () => {
    assert.deepEqual(parseMinutes(`${roster}The PCT will produce a plan. Andrew Parker is to do an options paper.\n`).proseActions, []);
    assert.deepEqual(parseMinutes(`${roster}ACTION: KS — draft the stop-if-not-working case\n\nKaren will draft the stop-if-not-working case.\n`).proseActions, []);
    assert.deepEqual(parseMinutes(`${roster}PBC will say we want to help. Anne Walker will send it.\n`).proseActions, [], 'with a roster, only its people (and roles)');
  });
});

import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import { fixAll, quickFixes, type QuickFix } from '../../src/core/quickFixes';
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
    assert.deepEqual(fixes.map((f) => f.title), ['Write the date as 2024-04-03 (3 April 2024)', 'Write the date as 2024-03-04 (4 March 2024)']);
    assert.match(apply(text, fixes[1].edits), /due: 2024-03-04$/m);
    assert.deepEqual(codes(apply(text, fixes[0].edits)), []);
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
    assert.deepEqual(parseMinutes('RS will communicate the above to AW.\n').proseActions, [], 'no roster, no guess');
  });
});

// Quick-fix behaviour that mutation testing (npm run mutate) found untested: which action a problem is about, the
// due date of a task and of a table, a due clause in parentheses, a roster made from nothing, the prose fix's
// title, and the rewrites offered for dates that need none.
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../src/core/edits';
import type { MinutesDiagnostic } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import { actionFor, addToRosterEdits, cleanDueText, dateRewrites, fixAll, prevailingForm, quickFixes } from '../../src/core/quickFixes';

const today = '2024-03-05';
const roster = '---\ndate: 2024-03-01\n---\n## Attended\n\n- Mark Jones (MJ)\n- Rita Singh\n\n';

function fixesFor(text: string, code: string) {
  const document = parseMinutes(text, { today });
  const diagnostic = document.diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `expected a ${code} diagnostic`);
  return quickFixes({ text, document, today }, diagnostic);
}

const at = (line: number, character = 0): MinutesDiagnostic['range'] => ({ start: { line, character }, end: { line, character: character + 1 } });

describe('quick fixes (found by mutation testing)', () => {
  it('finds the action a problem is about, and none for a problem outside every action', () => {
    const text = `${roster}## 1. One\n\nACTION: write the report due 2024-04-01\n\n## 2. Two\n\nACTION: book the hall due 2024-04-02\n\nACTION: send the minutes due 2024-04-03\n`;
    const document = parseMinutes(text, { today });
    const problems = document.diagnostics.filter((d) => d.code === 'missing-owner');
    assert.deepEqual(problems.map((d) => actionFor(document, d)?.text), ['write the report', 'book the hall', 'send the minutes']);
    const lines = text.split('\n');
    const heading = lines.indexOf('## 2. Two');
    const diagnostic = { ...problems[0], range: at(heading) };
    assert.equal(actionFor(document, diagnostic), undefined, 'a heading between actions is no action');
    assert.deepEqual(quickFixes({ text, document, today }, diagnostic), []);
    // Past the end of an action's line, on its own line, is outside it.
    const second = lines.indexOf('ACTION: book the hall due 2024-04-02');
    assert.equal(actionFor(document, { ...problems[0], range: at(second, lines[second].length + 5) }), undefined);
    assert.equal(actionFor(document, { ...problems[0], range: at(second, 8) })?.text, 'book the hall');
  });

  it('adds a due date to a task in its own form', () => {
    const text = `${roster}- [ ] @MJ write the report\n\n## Next meeting\n\n2 April 2024\n`;
    const fixes = fixesFor(text, 'missing-due');
    const fixed = applyEdits(text, fixes[0].edits);
    assert.match(fixed, /^- \[ \] @MJ write the report due: 2024-04-02$/m);
    assert.equal(parseMinutes(fixed, { today }).actions[0].due, '2024-04-02');
  });

  it('rewrites a table\'s due date inside its cell, keeping the table aligned', () => {
    const text = `${roster}| Owner | Action | Due       |\n|-------|--------|-----------|\n| MJ    | write  | 3/4/2024  |\n`;
    const fixes = fixesFor(text, 'ambiguous-date');
    const fixed = applyEdits(text, fixes[0].edits);
    assert.match(fixed, /^\| MJ {4}\| write {2}\| 2024-04-03 \|$/m);
  });

  it('removes a due clause in parentheses with its closing parenthesis', () => {
    const text = `${roster}ACTION: MJ — write the report (due 31/02/2024)\n`;
    const remove = fixesFor(text, 'bad-date').find((f) => f.title === 'Remove the due date');
    assert.ok(remove);
    assert.match(applyEdits(text, remove.edits), /^ACTION: MJ — write the report$/m);
  });

  it('cleans a due date\'s text: marks and a leading "by", "due" or "before" only', () => {
    assert.equal(cleanDueText('by *1 March 2024* '), '1 March 2024');
    assert.equal(cleanDueText('Due   5 May'), '5 May');
    assert.equal(cleanDueText('the week before Easter'), 'the week before Easter');
    assert.equal(cleanDueText('_before_ 5 May'), '5 May');
  });

  it('makes an Attended section when there is no roster: before the first section, or at the end', () => {
    const withSections = '---\ndate: 2024-03-01\n---\n# Committee\n\n## 1. Item\n\nText.\n';
    const document = parseMinutes(withSections, { today });
    assert.equal(applyEdits(withSections, addToRosterEdits({ text: withSections, document }, ['Zed Quist', 'Amy Bo'])), '---\ndate: 2024-03-01\n---\n# Committee\n\n## Attended\n\n- Zed Quist\n- Amy Bo\n\n## 1. Item\n\nText.\n');
    const bare = '# Committee\n\nText.\n';
    assert.equal(applyEdits(bare, addToRosterEdits({ text: bare, document: parseMinutes(bare, { today }) }, ['Zed Quist'])), '# Committee\n\nText.\n## Attended\n\n- Zed Quist\n\n');
  });

  it('adds attendees to a roster written on one line after its last name', () => {
    const text = '## Present\n\nMark Jones (MJ), Richard Sumner (RS)\n\nACTION: MJ — write\n';
    const document = parseMinutes(text, { today });
    assert.equal(applyEdits(text, addToRosterEdits({ text, document }, ['Zed Quist', 'Amy Bo'])), '## Present\n\nMark Jones (MJ), Richard Sumner (RS), Zed Quist, Amy Bo\n\nACTION: MJ — write\n');
  });

  it('titles the prose fix with the line it writes, shortened past 60 characters, and prefers it', () => {
    const present = '## Present\n\nMark Jones (MJ), Richard Sumner (RS)\n\n## Item\n\n';
    const short = `${present}RS will send it.\n`;
    const shortFixes = fixesFor(short, 'prose-action');
    assert.deepEqual(shortFixes.map((f) => [f.title, f.preferred]), [['Make it an action: "ACTION: RS — send it"', true]]);
    const long = `${present}RS will communicate the whole of the above to the other members of the committee.\n`;
    const [fix] = fixesFor(long, 'prose-action');
    assert.equal(fix.title, `Make it an action: "${'ACTION: RS — communicate the whole of the above to the other members of the committee'.slice(0, 57)}…"`);
  });

  it('offers no date rewrite for an action without a readable day', () => {
    const cases = [
      `${roster}ACTION: MJ — write the report\n`, // no due date
      `${roster}ACTION: MJ — write the report due March 2024\n`, // a month
      `${roster}ACTION: MJ — write the report due 3/4/2024\n`, // ambiguous
      `${roster}ACTION: MJ — write the report due 2024-04-01\n`, // already as the file writes dates
    ];
    for (const text of cases) {
      const document = parseMinutes(text, { today });
      assert.deepEqual(dateRewrites({ text, document, today }, document.actions[0]), [], text);
    }
  });
  it('adds a new attendee after the last attendee, not after the apologies', () => {
    const text = '## Attended\n\n- Mark Jones (MJ)\n\n## Apologies\n\n- Rita Singh\n\nACTION: MJ — write\n';
    const document = parseMinutes(text, { today });
    assert.equal(applyEdits(text, addToRosterEdits({ text, document }, ['Zed Quist'])), '## Attended\n\n- Mark Jones (MJ)\n- Zed Quist\n\n## Apologies\n\n- Rita Singh\n\nACTION: MJ — write\n');
  });

  it('counts the next meeting\'s date in the file\'s prevailing form, and only readable due dates', () => {
    const form = (text: string) => prevailingForm({ text, document: parseMinutes(text, { today }), today });
    const bare = `${roster}ACTION: MJ — write the report\n`;
    const withNext = `${bare}\n## Next meeting\n\nTuesday 2 April 2024\n`;
    assert.notDeepEqual(form(withNext), form(bare), 'the next meeting\'s date is one of the file\'s dates');
    // An unreadable due date says nothing about the form.
    const withBad = `${roster}ACTION: MJ — write the report due 31st Smarch\n`;
    assert.deepEqual(form(withBad), form(bare));
  });
  it('fixes all of a kind: each unknown owner once, counting every use; a title per kind; nothing when none has a fix', () => {
    const text = '---\ndate: 2024-03-01\n---\n## Attended\n\n- Mark Jones (MJ)\n\n## Copies to\n\n- Carl Copy\n\nACTION: Zed Quist — one due 2024-04-01\nACTION: Zed Quist — two due 2024-04-01\nACTION: Amy Bo — three due 2024-04-01\nACTION: four due 2024-04-01\nACTION: MJ — five (due 31/02/2024)\nACTION: MJ — six\n';
    const document = parseMinutes(text, { today });
    const context = { text, document, today };
    const unknown = fixAll(context, 'unknown-person');
    assert.ok(unknown);
    assert.equal(unknown.title, 'Add every unknown owner to the Attended list');
    assert.equal(unknown.fixes, 3);
    assert.match(applyEdits(text, unknown.edits), /^- Mark Jones \(MJ\)\n- Zed Quist\n- Amy Bo\n\n## Copies to/m);
    const due = fixAll(context, 'missing-due');
    assert.deepEqual([due?.title, due?.fixes, due?.edits.length], ['Fix every missing-due in the file', 1, 1]);
    assert.equal(fixAll(context, 'bad-date')?.title, 'Fix every bad-date that has one clear correction');
    // Nobody to choose for a missing owner unasked, and no ambiguous date at all.
    assert.equal(fixAll(context, 'missing-owner'), undefined);
    assert.equal(fixAll(context, 'ambiguous-date'), undefined);
    assert.equal(fixAll({ text: roster, document: parseMinutes(roster, { today }), today }, 'unknown-person'), undefined);

    // One at a time: the owner under the problem, preferred; a copy recipient is no owner to offer.
    const problems = document.diagnostics.filter((d) => d.code === 'unknown-person');
    assert.deepEqual(problems.map((d) => quickFixes(context, d).map((f) => [f.title, f.preferred])), [
      [['Add "Zed Quist" to the Attended list', true]],
      [['Add "Zed Quist" to the Attended list', true]],
      [['Add "Amy Bo" to the Attended list', true]],
    ]);
    const ownerless = document.diagnostics.find((d) => d.code === 'missing-owner');
    assert.ok(ownerless);
    assert.deepEqual(quickFixes(context, ownerless).map((f) => f.title), ['Add owner: Mark Jones']);
  });
  it('for a joint action, adds the unknown owner under the problem, not the first owner', () => {
    const text = `${roster}ACTION: MJ and Zed Quist — write the report due 2024-04-01\n`;
    assert.deepEqual(fixesFor(text, 'unknown-person').map((f) => f.title), ['Add "Zed Quist" to the Attended list']);
  });

  it('keeps a roster\'s own bullet, indentation and spacing for a new attendee', () => {
    const text = '## Attended\n\n  -   Mark Jones (MJ)\n\nACTION: MJ — write\n';
    const document = parseMinutes(text, { today });
    assert.equal(applyEdits(text, addToRosterEdits({ text, document }, ['Zed Quist'])), '## Attended\n\n  -   Mark Jones (MJ)\n  -   Zed Quist\n\nACTION: MJ — write\n');
  });

  it('puts a new Attended section first when the minutes start with a section, and reads "##" only at a line\'s start', () => {
    const first = '## 1. Item\n\nText.\n';
    assert.equal(applyEdits(first, addToRosterEdits({ text: first, document: parseMinutes(first, { today }) }, ['Zed Quist'])), '## Attended\n\n- Zed Quist\n\n## 1. Item\n\nText.\n');
    const inline = '# Committee\n\nSee the ## notes.\n';
    assert.equal(applyEdits(inline, addToRosterEdits({ text: inline, document: parseMinutes(inline, { today }) }, ['Zed Quist'])), '# Committee\n\nSee the ## notes.\n## Attended\n\n- Zed Quist\n\n');
  });

  it('keeps a prose fix\'s title whole at exactly 60 characters', () => {
    const present = '## Present\n\nMark Jones (MJ), Richard Sumner (RS)\n\n## Item\n\n';
    const words = 'communicate the above to all of the committee members'.slice(0, 60 - 'ACTION: RS — '.length);
    const line = `ACTION: RS — ${words}`;
    assert.equal(line.length, 60);
    const [fix] = fixesFor(`${present}RS will ${words}.\n`, 'prose-action');
    assert.equal(fix.title, `Make it an action: "${line}"`);
  });
  it('offers date rewrites on request only: never preferred, never to the text already written, in a table too', () => {
    const text = `${roster}| Owner | Action | Due             |\n|-------|--------|-----------------|\n| MJ    | a      | 5 April 2024    |\n| MJ    | b      | 6 April 2024    |\n| MJ    | c      | 2024-04-07      |\n`;
    const document = parseMinutes(text, { today });
    const context = { text, document, today };
    const [a, , c] = document.actions;
    const rewrites = [...dateRewrites(context, a), ...dateRewrites(context, c)];
    assert.deepEqual(rewrites.map((f) => [f.title, f.preferred]), [
      ['Write the date as 2024-04-05 (5 April 2024)', undefined],
      ['Rewrite as 7 April 2024', undefined],
    ]);
  });
});

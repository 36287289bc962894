// What each problem of one document says and where it points (src/core/diagnostics.ts), as the Problems panel and
// `minutes check` show it; and the workspace's word on owners a file cannot place (withWorkspaceOwners).
import { strict as assert } from 'node:assert';
import { withWorkspaceOwners } from '../../src/core/diagnostics';
import type { MinutesDiagnostic, Range } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import type { Resolution } from '../../src/core/people';

const at = (text: string, range: Range): string => text.split('\n')[range.start.line].slice(range.start.character, range.end.character);
const shown = (text: string, diagnostics: readonly MinutesDiagnostic[]): string[][] => diagnostics.map((d) => [d.code, at(text, d.range), d.message]);

describe('diagnostics: what each problem says, and where', () => {
  it('an action with no owner, no due date, or an unreadable one: its text quoted (shortened past 60 characters, "(empty)" when none)', () => {
    const sixty = 'x'.repeat(60);
    const text = `ACTION: ${sixty}\nACTION: ${sixty}y\n- [ ] @MJ\n\n| Owner | Action | Due |\n|---|---|---|\n| MJ | d | soon |\n`;
    assert.deepEqual(shown(text, parseMinutes(text).diagnostics), [
      ['missing-owner', sixty, `Action "${sixty}" has no owner.`],
      ['missing-due', sixty, `Action "${sixty}" has no due date.`],
      ['missing-owner', `${sixty}y`, `Action "${'x'.repeat(57)}…" has no owner.`],
      ['missing-due', `${sixty}y`, `Action "${'x'.repeat(57)}…" has no due date.`],
      ['missing-due', '', 'Action (empty) has no due date.'],
      ['bad-date', 'soon', '"soon" is not a date the minutes dialect can read (try 2007-06-15, 15 June 2007 or June 2007).'],
    ]);
  });

  it('an ambiguous numeric date and an ambiguous owner: both readings named, on the date and on the owner', () => {
    const text = '## Attended\n\n- Mark Jones\n- Mark Smith\n\nACTION: Mark — send it due 03/04/2008\n';
    assert.deepEqual(shown(text, parseMinutes(text).diagnostics), [
      ['unknown-person', 'Mark', '"Mark" could be Mark Jones or Mark Smith: write the full name or add an alias to the roster.'],
      ['ambiguous-date', '03/04/2008', '"03/04/2008" reads as 3 April 2008 or 4 March 2008: write it as 2008-04-03 to be sure.'],
    ]);
  });

  it('due before the meeting: the due date as written (day or month, June 2007 and 30 June 2007 apart), never for the meeting day itself or an undated action', () => {
    const text = '---\ndate: 2007-07-01\n---\n\n## Attended\n\n- Mark Jones (MJ)\n\nACTION: MJ — a due June 2007\nACTION: MJ — b due 2007-06-30\nACTION: MJ — c due May 2007\nACTION: MJ — d due 2007-07-01\nACTION: MJ — e\n';
    assert.deepEqual(shown(text, parseMinutes(text).diagnostics), [
      ['due-before-meeting', 'June 2007', 'Due June 2007, before the meeting itself (1 July 2007).'],
      ['due-before-meeting', '2007-06-30', 'Due 30 June 2007, before the meeting itself (1 July 2007).'],
      ['due-before-meeting', 'May 2007', 'Due May 2007, before the meeting itself (1 July 2007).'],
      ['missing-due', 'e', 'Action "e" has no due date.'],
    ]);
  });

  it('a commitment in prose names its owners', () => {
    const text = '## Attended\n\n- Rita Singh (RS)\n- Mark Jones (MJ)\n\nRS and MJ will circulate the figures by Friday.\n';
    const prose = parseMinutes(text).diagnostics.filter((d) => d.code === 'prose-action');
    assert.deepEqual(prose.map((d) => d.message), ['Reads like an action for Rita Singh and Mark Jones: make it an ACTION: line so that it is tracked.']);
  });
});

describe('diagnostics: the workspace’s word on owners', () => {
  const roster = '## Attended\n\n- Rita Singh (RS)\n\n';
  const workspace = (written: string): Resolution =>
    written === 'Mark' ? { ambiguous: ['Mark Jones', 'Mark Smith'] } : written === 'Sam' ? { ambiguous: ['Sam Ash', 'Sam Oak'] } : written === 'Rob' ? { person: 'Rob Roy' } : { unknown: true };

  it('an owner other rosters name two ways replaces the file’s own "not on the roster", and only that one', () => {
    const text = `${roster}ACTION: Zed / Mark — one due 2024-01-01\nACTION: Zack — two due 2024-01-01\nACTION: Mark — three due 2024-01-01\nACTION: Sam — four due 2024-01-01\nACTION: Rob — six due 2024-01-01\nACTION: RS — seven\n- [x] @Mark five\n`;
    const document = parseMinutes(text);
    assert.deepEqual(
      shown(text, withWorkspaceOwners(document, workspace)),
      [
        ['unknown-person', 'Zed', '"Zed" is not on the roster (Attended, Apologies or Copies to).'],
        ['unknown-person', 'Zack', '"Zack" is not on the roster (Attended, Apologies or Copies to).'],
        ['unknown-person', 'Rob', '"Rob" is not on the roster (Attended, Apologies or Copies to).'],
        ['missing-due', 'seven', 'Action "seven" has no due date.'],
        ['unknown-person', 'Mark', '"Mark" could be Mark Jones or Mark Smith (in the rosters of other minutes): write the full name or add an alias to this file\'s roster.'],
        ['unknown-person', 'Mark', '"Mark" could be Mark Jones or Mark Smith (in the rosters of other minutes): write the full name or add an alias to this file\'s roster.'],
        ['unknown-person', 'Sam', '"Sam" could be Sam Ash or Sam Oak (in the rosters of other minutes): write the full name or add an alias to this file\'s roster.'],
      ],
    );
    assert.deepEqual(document.diagnostics.filter((d) => d.code === 'unknown-person').length, 6, 'the file alone: every owner but RS unknown');
    assert.deepEqual([...new Set(withWorkspaceOwners(document, workspace).filter((d) => d.code === 'unknown-person').map((d) => d.severity))], ['information']);
  });

  it('an owner the file places, or finds ambiguous itself, is left as the file says', () => {
    const text = '## Attended\n\n- Mark Jones\n- Mark Smith\n- Sam Ash (Sam)\n\nACTION: Mark — one due 2024-01-01\nACTION: Sam — two due 2024-01-01\n';
    const document = parseMinutes(text);
    assert.deepEqual(withWorkspaceOwners(document, workspace), document.diagnostics);
    assert.deepEqual(shown(text, document.diagnostics).map((d) => d[2].slice(0, 30)), ['"Mark" could be Mark Jones or ']);
  });
});

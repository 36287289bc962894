import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { classifySection, headingKind, parseMinutes, ROSTER_GROUP, ROSTER_LABEL } from '../../src/core/parse';
import { plainText } from '../../src/core/people';
import { ACTION_LIST_WORDS } from '../../src/core/dialect/vocabulary';
import type { Action, MinutesDocument } from '../../src/core/model';
import { fixture } from './helpers/fixtures';

function summary(action: Action): [number, string, string[], string | null, string | null, string] {
  return [action.range.start.line + 1, action.kind, action.owners.map((o) => o.person ?? `?${o.text}`), action.due, action.duePrecision, action.status];
}

function sliceOf(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

describe('parser: the DacCom executive committee seed', () => {
  const text = fixture('seeds/2007-06-06-daccom-exec.minutes.md');
  let doc: MinutesDocument;
  before(() => {
    doc = parseMinutes(text, { fileName: '2007-06-06-daccom-exec.minutes.md' });
  });

  it('reads the front matter', () => {
    assert.equal(doc.title, 'DacCom PbC Ltd Executive Committee');
    assert.equal(doc.date, '2007-06-06');
    assert.equal(doc.dateSource, 'front-matter');
    assert.equal(doc.location, 'Fernville Surgery');
  });

  it('reads the roster: attendees, apologies, copies, aliases and affiliations', () => {
    const byRole = (role: string) => doc.roster.filter((e) => e.role === role).map((e) => e.name);
    assert.equal(byRole('attendee').length, 12);
    assert.deepEqual(byRole('apology'), ['Gerry Bulger', 'Jeremy Cohen', 'Zunia Hurst']);
    assert.deepEqual(byRole('copy'), ['Dacorum Practice Managers']);
    const suzanne = doc.roster.find((e) => e.name === 'Suzanne Novak');
    assert.deepEqual(suzanne?.aliases, ['SN']);
    assert.equal(suzanne?.affiliation, 'West Hertfordshire PCT');
    const gerry = doc.roster.find((e) => e.name === 'Gerry Bulger');
    assert.ok(gerry);
    assert.equal(sliceOf(text, gerry.range), 'Gerry Bulger');
  });

  it('reads every action of the summary table with resolved owners and ISO dates', () => {
    assert.deepEqual(doc.actions.map(summary), [
      [39, 'table', ['Meena Savla', 'Mark Jones'], '2007-07-31', 'month', 'open'],
      [40, 'table', ['Meena Savla'], '2007-06-15', 'day', 'open'],
      [41, 'table', ['Meena Savla'], '2007-06-30', 'month', 'open'],
      [42, 'table', ['Mark Jones'], '2007-06-15', 'day', 'open'],
      [43, 'table', ['Suzanne Novak'], '2007-06-30', 'month', 'open'],
      [44, 'table', ['Mark Jones'], '2007-06-30', 'month', 'open'],
      [45, 'table', ['Mark Jones'], '2007-07-31', 'month', 'open'],
    ]);
    assert.equal(doc.actions[1].text, 'Circulate the draft specifications for urgent care recently published by the PCT.');
    assert.equal(doc.actions[0].dueText, 'July 07');
  });

  it('gives each cell its exact range', () => {
    const first = doc.actions[0];
    assert.equal(sliceOf(text, first.ownerRange), 'Meena Savla / Mark Jones');
    assert.equal(sliceOf(text, first.owners[1].range), 'Mark Jones');
    assert.ok(first.dueRange);
    assert.equal(sliceOf(text, first.dueRange), 'July 07');
    assert.equal(sliceOf(text, first.textRange), first.text);
  });

  it('reads decisions and the next meeting', () => {
    assert.deepEqual(doc.decisions.map((d) => d.text), [
      'LES budgets capped on a ‘fair shares’ basis are not acceptable to DacCom.',
      'We will limit the website to a simple and up-to-date statement of who we are and what we are doing.',
    ]);
    assert.equal(doc.nextMeeting?.date, '2007-06-22');
    assert.equal(doc.nextMeeting?.time, '1pm to 2.15pm');
    assert.equal(doc.nextMeeting?.place, 'Fernville Surgery');
  });

  it('has no problems: the secretary wrote every action completely', () => {
    assert.deepEqual(doc.diagnostics.filter((d) => d.severity !== 'hint'), []);
  });

  it('hints at the one commitment in the prose that the summary table does not record', () => {
    // "Meena will circulate…" and "Mark will communicate…" are in the table; the sub-group is not.
    assert.deepEqual(doc.proseActions.map((p) => [p.range.start.line + 1, p.owners, p.text]), [
      [64, ['Meena Savla', 'Mark Jones'], 'work as a sub-group to develop our position regarding urgent care'],
    ]);
  });
});

describe('parser: the PBC leads seed', () => {
  const text = fixture('seeds/2007-12-13-pbc-leads.minutes.md');
  let doc: MinutesDocument;
  before(() => {
    doc = parseMinutes(text);
  });

  it('takes the meeting date from the Date: line and the title from the heading', () => {
    assert.equal(doc.title, 'West Herts PBC Leads meeting');
    assert.equal(doc.date, '2007-12-13');
    assert.equal(doc.dateSource, 'date-line');
    assert.equal(doc.location, 'Parkbury House Surgery');
    assert.equal(doc.roster.length, 7);
  });

  it('reads ACTION lines, task items and their due clauses', () => {
    assert.deepEqual(doc.actions.map(summary), [
      [14, 'line', ['Mark Jones'], '2008-01-31', 'month', 'open'],
      [16, 'line', ['Richard Sumner'], '2007-12-19', 'day', 'open'],
      [18, 'line', ['Richard Sumner'], '2007-12-20', 'day', 'open'],
      [20, 'line', [], null, null, 'open'],
      [22, 'task', ['Mary McGinn'], '2008-01-10', 'day', 'open'],
      [23, 'task', ['Suzanne Novak'], null, null, 'done'],
      [24, 'task', ['Karen Smith'], null, null, 'open'],
      [25, 'task', [], null, null, 'open'],
      [26, 'task', ['?AP'], '2008-04-03', 'day', 'open'],
    ]);
    assert.equal(doc.actions[0].text, 'Work with Andrew Parker to produce a GP access options paper for the PEC, and keep this group in touch.');
    assert.equal(doc.actions[1].text, "communicate the leads' view of the WHHT loan to Anne Walker");
    assert.equal(doc.actions[1].dueText, '19th December');
    assert.equal(doc.actions[3].text, 'All leads to share the competitive quotation process with their locality groups');
    assert.equal(doc.actions[3].dueText, 'next meeting');
    assert.equal(doc.actions[6].dueText, '31/02/2008');
  });

  it('never reads an action inside fenced code', () => {
    assert.ok(!doc.actions.some((a) => a.text.includes('fenced block')));
  });

  it('reports exactly the expected diagnostics, at the right places', () => {
    const lines = text.split('\n');
    assert.deepEqual(
      doc.diagnostics.map((d) => [d.range.start.line + 1, d.code, d.severity, sliceOf(text, d.range).slice(0, 20)]),
      [
        [20, 'missing-owner', 'warning', 'All leads to share t'],
        [24, 'bad-date', 'error', '31/02/2008'],
        [25, 'missing-owner', 'warning', 'Invite Jan Filochows'],
        [26, 'unknown-person', 'information', '@AP'],
        [26, 'ambiguous-date', 'warning', '03/04/2008'],
      ],
    );
    assert.ok(lines.length > 26);
  });
});

describe('parser: written forms', () => {
  const parse = (text: string) => parseMinutes(text, { today: '2024-03-01' });
  const roster = '## Attended\n\n- Mark Jones (MJ)\n- Rita Singh (RS)\n\n';

  it('reads every separator of an ACTION line', () => {
    for (const sep of [' — ', ' – ', ' - ', ': ']) {
      const doc = parse(`${roster}ACTION: MJ${sep}send the agenda due 2024-03-10\n`);
      assert.equal(doc.actions.length, 1, sep);
      assert.deepEqual(doc.actions[0].owners.map((o) => o.person), ['Mark Jones'], sep);
      assert.equal(doc.actions[0].text, 'send the agenda', sep);
      assert.equal(doc.actions[0].due, '2024-03-10', sep);
    }
  });

  it('accepts the marker in any case, in bold, and as "Action item:"', () => {
    for (const marker of ['action:', 'Action:', '**ACTION**:', '**ACTION:**', 'Action item:', 'ACTION-ITEM:']) {
      const doc = parse(`${roster}${marker} RS — book the room\n`);
      assert.equal(doc.actions.length, 1, marker);
      assert.deepEqual(doc.actions[0].owners.map((o) => o.person), ['Rita Singh'], marker);
    }
  });

  it('takes "X to Y" owners when they are people or read like names, never a word for a group', () => {
    const known = parse(`${roster}ACTION: MJ and RS to draft the letter\n`);
    assert.deepEqual(known.actions[0].owners.map((o) => o.person), ['Mark Jones', 'Rita Singh']);
    assert.equal(known.actions[0].text, 'draft the letter');
    const unknown = parse(`${roster}ACTION: Everyone to read the paper\n`);
    assert.deepEqual(unknown.actions[0].owners, []);
    assert.equal(unknown.actions[0].text, 'Everyone to read the paper');
  });

  it('reads the due clause forms and leaves "by email" and "due to" as text', () => {
    const doc = parse(
      `${roster}ACTION: MJ — a (due 1 April 2024)\n\nACTION: MJ — b Due: April 2024\n\nACTION: MJ — c by 19/04/2024\n\nACTION: MJ — tell everyone by email\n\nACTION: MJ — postpone due to the weather\n`,
    );
    assert.deepEqual(doc.actions.map((a) => [a.text, a.due]), [
      ['a', '2024-04-01'],
      ['b', '2024-04-30'],
      ['c', '2024-04-19'],
      ['tell everyone by email', null],
      ['postpone due to the weather', null],
    ]);
  });

  it('continues an action onto the next lines of its paragraph, and splits lines that each start a marker', () => {
    const doc = parse(`${roster}ACTION: MJ — write the report,\nwith figures due 2024-05-01\nACTION: RS — check it\n`);
    assert.equal(doc.actions.length, 2);
    assert.equal(doc.actions[0].text, 'write the report, with figures');
    assert.equal(doc.actions[0].due, '2024-05-01');
    assert.equal(doc.actions[0].dueRange?.start.line, 6);
    assert.deepEqual(doc.actions[1].owners.map((o) => o.person), ['Rita Singh']);
  });

  it('finds actions in block quotes and nested lists, never in code', () => {
    const doc = parse(`${roster}> ACTION: MJ — quoted\n\n- item\n  - ACTION: RS — nested\n\n\`ACTION: MJ — in a code span\`\n\n    ACTION: MJ — indented code\n`);
    assert.deepEqual(doc.actions.map((a) => a.text), ['quoted', 'nested']);
  });

  it('reads task items with @handles, joint owners and done boxes', () => {
    const doc = parse(`${roster}- [ ] @MJ/@RS plan the away day due: 2024-06-01\n- [x] @RS: done already\n- [ ] nobody's task\n`);
    assert.deepEqual(doc.actions.map(summary), [
      [6, 'task', ['Mark Jones', 'Rita Singh'], '2024-06-01', 'day', 'open'],
      [7, 'task', ['Rita Singh'], null, null, 'done'],
      [8, 'task', [], null, null, 'open'],
    ]);
    assert.equal(doc.actions[1].text, 'done already');
  });

  it('reads tables with other column names, a status column, and malformed rows', () => {
    const doc = parse(`${roster}| # | Who | Task | Deadline | Status |\n|---|---|---|---|---|\n| 1 | MJ | a | 2024-04-01 | Done |\n| 2 | RS | b | | Cancelled |\n| 3 | | c |\n| 4 | MJ | d | soon | open | extra |\n`);
    assert.deepEqual(doc.actions.map((a) => [a.text, a.owners.map((o) => o.person), a.dueText, a.status]), [
      ['a', ['Mark Jones'], '2024-04-01', 'done'],
      ['b', ['Rita Singh'], null, 'cancelled'],
      ['c', [], null, 'open'],
      ['d', ['Mark Jones'], 'soon', 'open'],
    ]);
    assert.deepEqual(doc.diagnostics.map((d) => d.code), ['missing-owner', 'missing-due', 'bad-date']);
  });

  it('puts a table row\'s missing-owner problem on its empty owner cell, not on the action', () => {
    const text = `${roster}| Owner | Action | Due |\n|---|---|---|\n|  | write it | 2024-04-01 |\n`;
    const doc = parse(text);
    const problem = doc.diagnostics.find((d) => d.code === 'missing-owner');
    assert.ok(problem, doc.diagnostics.map((d) => d.code).join(', '));
    const row = text.split('\n').indexOf('|  | write it | 2024-04-01 |');
    assert.deepEqual([problem.range.start.line, problem.range.start.character, problem.range.end.character], [row, 2, 2]);
    assert.deepEqual(problem.range, doc.actions[0].ownerRange);
  });

  it('ignores tables that are not action tables', () => {
    const doc = parse('| Time | Topic |\n|---|---|\n| 10:00 | Welcome |\n');
    assert.equal(doc.actions.length, 0);
  });

  it('resolves "next meeting" to the Next meeting section', () => {
    const doc = parse(`${roster}ACTION: MJ — report back (due next meeting)\n\n## Next meeting\n\n12 March 2024, 2pm at the Town Hall\n`);
    assert.equal(doc.actions[0].due, '2024-03-12');
    assert.equal(doc.nextMeeting?.place, 'the Town Hall');
  });

  it('reads an action written in the Next meeting section', () => {
    const doc = parse(`${roster}## Next meeting\n\n12 March 2024 at the Town Hall\n\nACTION: MJ — book the hall due 2024-03-01\n`);
    assert.equal(doc.nextMeeting?.date, '2024-03-12');
    assert.deepEqual(doc.actions.map((a) => [a.text, a.due]), [['book the hall', '2024-03-01']]);
  });

  it('flags owners not on the roster only when there is a roster', () => {
    assert.deepEqual(parse(`${roster}ACTION: Zed — x due 2024-04-01\n`).diagnostics.map((d) => d.code), ['unknown-person']);
    assert.deepEqual(parse('ACTION: Zed — x due 2024-04-01\n').diagnostics.map((d) => d.code), []);
  });

  it('flags a due date before the meeting', () => {
    const doc = parse(`---\ndate: 2024-03-01\n---\n${roster}ACTION: MJ — x due 2024-02-01\n`);
    assert.deepEqual(doc.diagnostics.map((d) => d.code), ['due-before-meeting']);
  });

  it('reports front matter that is not YAML, and goes on', () => {
    const doc = parse(`---\ntitle: [unclosed\n---\n${roster}ACTION: MJ — x due 2024-04-01\n`);
    assert.deepEqual(doc.diagnostics.map((d) => d.code), ['bad-front-matter']);
    assert.equal(doc.actions.length, 1);
  });

  it('reads the roster from front matter and from label lines', () => {
    const fromYaml = parse('---\nattendees:\n  - Mark Jones (MJ)\napologies: [Rita Singh]\n---\nACTION: MJ — x due 2024-04-01\n');
    assert.deepEqual(fromYaml.roster.map((e) => [e.name, e.role]), [['Mark Jones', 'attendee'], ['Rita Singh', 'apology']]);
    const fromLabels = parse('Present: Mark Jones (MJ), Rita Singh\nApologies: Ann Lee\n');
    assert.deepEqual(fromLabels.roster.map((e) => [e.name, e.role]), [['Mark Jones', 'attendee'], ['Rita Singh', 'attendee'], ['Ann Lee', 'apology']]);
  });

  it('reads names under a roster heading, but not a sentence that follows them', () => {
    const doc = parse('## Present\n\nAnn Lee (AL), 王小明, @octocat\n\nAL will send the minutes to everyone.\n');
    assert.deepEqual(doc.roster.map((e) => e.name), ['Ann Lee', '王小明', 'octocat']);
    assert.deepEqual(doc.proseActions.map((p) => [p.owners, p.text]), [[['Ann Lee'], 'send the minutes to everyone']]);
  });

  it('reads no person from a roster item that does not start with a letter: a rule, symbols, a count', () => {
    const doc = parse('## Present\n\n- Ann Lee\n- ---x\n- ^ note\n- 3 guests\n- Ólafur Arnalds\n- *Bo Chan*\n');
    assert.deepEqual(doc.roster.map((e) => e.name), ['Ann Lee', 'Ólafur Arnalds', 'Bo Chan']);
  });

  it('takes the meeting date from the file name when the text has none', () => {
    assert.equal(parseMinutes('# Minutes\n', { fileName: 'notes/2019-08-12.minutes.md' }).date, '2019-08-12');
  });
});

// classifySection and headingKind try the number's and the colon's expressions only when the text can hold one: they
// must classify as always trying them does.
describe('classifySection and headingKind: quick paths', () => {
  const nameOf = (heading: string): string =>
    plainText(heading)
      .replace(/^\d+(?:\.\d+)*[.)]?\s*/, '')
      .replace(/\s*:\s*$/, '')
      .replace(/\s*\([^()]*\)$/, '')
      .trim()
      .toLowerCase();
  const kindOf = (heading: string): ReturnType<typeof headingKind> => {
    const name = nameOf(heading);
    if (new RegExp(`^${ACTION_LIST_WORDS}$`).test(name)) return 'actions';
    if (/\b(?:checklist|housekeeping)\b/.test(name)) return 'plan';
    if (/\b(?:attendance|attendees|roll call|present|participants)\b/.test(name)) return 'attendance';
    if (/^(?:(?:review|project|sprint|quarterly|team)\s+)?(?:milestones?|roadmap|goals|objectives|okrs?|deliverables)$|^(?:week|sprint|phase|iteration|milestone)\s*#?\d+\b|^q[1-4]\b/.test(name)) return 'plan';
    return undefined;
  };
  const everyExpression = (heading: string): ReturnType<typeof classifySection> => {
    const name = nameOf(heading);
    if (/^(?:attended|attendees|attendance|present|(?:team\s+)?members\s+present|participants|in attendance)$/.test(name)) return { roster: 'attendee' };
    if (/^(?:apologies|apologies for absence|absent|regrets)$/.test(name)) return { roster: 'apology' };
    if (/^(?:copies to|copy to|distribution|circulation)$/.test(name)) return { roster: 'copy' };
    if (/^next meeting\b/.test(name)) return { nextMeeting: true };
    return { other: true };
  };
  const piece = fc.constantFrom(
    '1', '2.', '3.1', '4)', ' ', '  ', '\t', '\u00a0', ':', ' : ', '**', 'Attendees', 'present', 'Apologies', 'copy to', 'Next meeting', 'Team members present', 'x', '.', ')', '0',
    'Action items', 'next steps', 'To-do', 'Milestones', 'Week 3', 'Q2', 'project roadmap', '9 ', '(AIs)', 'Individual Tasks', 'Housekeeping checklist',
    'Voting member attendance',
  );
  it('classifies as trying every expression does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const heading = pieces.join('');
        assert.deepEqual(classifySection(heading), everyExpression(heading), JSON.stringify(heading));
        assert.equal(headingKind(heading), kindOf(heading), JSON.stringify(heading));
      }),
      { numRuns: 20_000 },
    );
  });
});

// A roster item's line is tried against the label expressions only when it holds a colon: neither matches without one.
describe('roster labels: quick path', () => {
  it('neither label expression matches a line without a colon', () => {
    const piece = fc.constantFrom('**', '__', 'Present', 'attendees', 'Team', ' members', 'Client', ' ', '\t', 'Mark Jones', ',', '-', '’', 'é', ':', '：', '﹕', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const line = pieces.join('');
        if (line.includes(':')) return;
        assert.equal(ROSTER_LABEL.exec(line), null, JSON.stringify(line));
        assert.equal(ROSTER_GROUP.exec(line), null, JSON.stringify(line));
      }),
      { numRuns: 20_000 },
    );
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { buildSummary, compareActions, csvCell, formatCsv, formatHtml, formatIcs, formatJson, formatMarkdown } from '../../src/core/export';
import type { MinutesDocument } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import { actionBadgeHtml, ACTION_STYLES } from '../../src/core/render/actionBadge';
import { fixture } from './helpers/fixtures';

const seeds = () => [
  { file: 'seeds/2007-06-06-daccom-exec.minutes.md', document: parseMinutes(fixture('seeds/2007-06-06-daccom-exec.minutes.md')) },
  { file: 'seeds/2007-12-13-pbc-leads.minutes.md', document: parseMinutes(fixture('seeds/2007-12-13-pbc-leads.minutes.md')) },
];

describe('export', () => {
  it('orders actions as compareActions does, whatever the file names', () => {
    const names = ['a.md', 'A.md', 'b.md', 'é.md', 'e\u0301.md', 'Z/x.md', 'z/x.md', '10.md', '9.md', 'ä.md'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ file: fc.constantFrom(...names), due: fc.constantFrom('2024-01-02', '2024-01-01', null), line: fc.integer({ min: 1, max: 4 }) }), { maxLength: 40 }),
        (rows) => {
          const sources = rows.map((row, i) => {
            const due = row.due === null ? '' : ` due ${row.due}`;
            return { file: row.file, document: parseMinutes(`${'\n'.repeat(row.line - 1)}ACTION: MJ — item ${i}${due}\n`, { today: '2023-01-01' }) as MinutesDocument };
          });
          const inOrder = sources.flatMap((source) => buildSummary([source]).actions);
          assert.deepEqual(buildSummary(sources).actions, inOrder.sort(compareActions));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('builds the JSON schema: actions, decisions, diagnostics', () => {
    const summary = JSON.parse(formatJson(buildSummary(seeds())));
    assert.deepEqual(Object.keys(summary), ['actions', 'decisions', 'diagnostics']);
    assert.equal(summary.actions.length, 16);
    const first = summary.actions[0];
    assert.deepEqual(Object.keys(first).sort(), ['due', 'duePrecision', 'dueText', 'file', 'kind', 'line', 'meeting', 'owners', 'status', 'text'].sort());
    assert.deepEqual(first, {
      file: 'seeds/2007-06-06-daccom-exec.minutes.md',
      line: 40,
      owners: ['Meena Savla'],
      text: 'Circulate the draft specifications for urgent care recently published by the PCT.',
      due: '2007-06-15',
      dueText: '15 June 07',
      duePrecision: 'day',
      status: 'open',
      kind: 'table',
      meeting: { title: 'DacCom PbC Ltd Executive Committee', date: '2007-06-06' },
    });
    assert.equal(summary.decisions.length, 3);
    // An action's number, where the minutes give one, is exported; others have no id.
    const numbered = JSON.parse(formatJson(buildSummary([{ file: 'Meeting 62.md', document: parseMinutes('# Meeting 62\n\n**ACTION 62.3:** Perform a benchmark\n', { fileName: 'Meeting 62.md' }) }])));
    assert.deepEqual(numbered.actions.map((a: { id?: string; text: string }) => [a.id, a.text]), [['62.3', 'Perform a benchmark']]);
    assert.deepEqual(summary.diagnostics[1], {
      file: 'seeds/2007-12-13-pbc-leads.minutes.md', line: 24, column: 88, severity: 'error', code: 'bad-date',
      message: '"31/02/2008" is not a date the minutes dialect can read (try 2007-06-15, 15 June 2007 or June 2007).',
    });
  });

  it('filters to open actions and to one person', () => {
    const open = buildSummary(seeds(), { openOnly: true });
    assert.equal(open.actions.length, 15);
    const meena = buildSummary(seeds(), { person: 'meena savla' });
    assert.deepEqual(meena.actions.map((a) => a.line), [40, 41, 39]);
  });

  it('writes RFC 4180 CSV and neutralises formulas', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@cmd'), "'@cmd");
    // A tab or carriage return first also starts a formula in some spreadsheets (a carriage return is quoted too).
    assert.equal(csvCell('\t=1+1'), "'\t=1+1");
    assert.equal(csvCell('\r=1+1'), `"'\r=1+1"`);
    assert.equal(csvCell('a\tb'), 'a\tb');
    assert.equal(csvCell(null), '');
    const csv = formatCsv(buildSummary(seeds()));
    const rows = csv.split('\r\n');
    assert.equal(rows[0], 'Owner,Action,Due,Due as written,Status,Meeting,Meeting date,File,Line');
    assert.equal(rows.length, 16 + 2);
    assert.equal(rows[1], 'Meena Savla,Circulate the draft specifications for urgent care recently published by the PCT.,2007-06-15,15 June 07,open,DacCom PbC Ltd Executive Committee,2007-06-06,seeds/2007-06-06-daccom-exec.minutes.md,40');
  });

  it('handles names and texts with commas, quotes, pipes and non-Latin letters', () => {
    const text = '## Attended\n\n- Zoë Ångström (ZA)\n- 王小明 (WXM)\n\n| Owner | Action | Due |\n|---|---|---|\n| ZA / WXM | Say "hello", then =launch \\| go | 2024-01-02 |\n';
    const summary = buildSummary([{ file: 'a b/(x).minutes.md', document: parseMinutes(text) }]);
    assert.deepEqual(summary.actions[0].owners, ['Zoë Ångström', '王小明']);
    assert.equal(summary.actions[0].text, 'Say "hello", then =launch \\| go');
    const csv = formatCsv(summary).split('\r\n')[1];
    assert.equal(csv, 'Zoë Ångström; 王小明,"Say ""hello"", then =launch \\| go",2024-01-02,2024-01-02,open,,,a b/(x).minutes.md,8');
    const markdown = formatMarkdown(summary, { today: '2024-01-01' });
    assert.match(markdown, /## 王小明/);
    assert.match(markdown, /\(a%20b\/%28x%29\.minutes\.md#L8\)/);
  });

  it('groups Markdown by person, overdue first, and links every action back', () => {
    const markdown = formatMarkdown(buildSummary(seeds()), { today: '2007-12-20', from: 'seeds' });
    const lines = markdown.split('\n');
    assert.equal(lines[0], '# Summary of actions');
    assert.equal(lines[2], 'Made on 20 December 2007 from seeds: 16 actions, 15 open.');
    const mark = lines.indexOf('## Mark Jones');
    assert.ok(mark > 0);
    assert.equal(lines[mark + 2], '### Overdue');
    assert.match(lines[mark + 4], /^- \[ \] Communicate the process for LES claims to practice managers\. — due 15 June 2007 · \[DacCom PbC Ltd Executive Committee, 2007-06-06\]\(seeds\/2007-06-06-daccom-exec\.minutes\.md#L42\)$/);
    assert.equal(lines.at(-2)?.startsWith('- [ ] Invite Jan Filochowski'), true);
    assert.ok(lines.includes('## No owner'));
  });
});

describe('export: what is overdue', () => {
  const text = '## Attended\n\n- Mark Jones (MJ)\n\n| Owner | Action | Due | Status |\n|---|---|---|---|\n| MJ | late and open | 2024-01-02 | open |\n| MJ | late but done | 2024-01-02 | done |\n| MJ | late but cancelled | 2024-01-02 | cancelled |\n| MJ | due on the day | 2024-02-01 | open |\n';
  const summary = () => buildSummary([{ file: 'a.minutes.md', document: parseMinutes(text) }]);

  it('puts only open actions past their date under Overdue in Markdown', () => {
    const lines = formatMarkdown(summary(), { today: '2024-02-01' }).split('\n');
    const overdue = lines.indexOf('### Overdue');
    const comingUp = lines.indexOf('### Coming up');
    assert.ok(overdue > 0 && comingUp > overdue, lines.join('\n'));
    assert.deepEqual(lines.slice(overdue + 2, comingUp - 1).map((l) => l.replace(/ — .*/, '')), ['- [ ] late and open']);
    assert.deepEqual(lines.slice(comingUp + 2).filter(Boolean).map((l) => l.replace(/ — .*/, '')), ['- [x] late but done', '- [ ] ~~late but cancelled~~ (cancelled)', '- [ ] due on the day']);
  });

  it('marks only open actions past their date as overdue in HTML', () => {
    const page = formatHtml(summary(), { today: '2024-02-01' });
    assert.deepEqual([...page.matchAll(/<tr class="([^"]*)"><td>([^<]*)</g)].map((m) => [m[2], m[1]]), [
      ['late and open', 'minutes-action minutes-open minutes-overdue'],
      ['late but done', 'minutes-action minutes-done'],
      ['late but cancelled', 'minutes-action minutes-cancelled'],
      ['due on the day', 'minutes-action minutes-open'],
    ]);
    assert.equal(page.match(/<strong class="minutes-overdue-mark">/g)?.length, 1);
  });
});

describe('export: HTML and iCalendar', () => {
  it('writes one self-contained, escaped HTML page', () => {
    const text = '| Owner | Action | Due |\n|---|---|---|\n| Eve <ev> | Fix "x" & <script>alert(1)</script> | 2024-01-02 |\n';
    const page = formatHtml(buildSummary([{ file: 'a.minutes.md', document: parseMinutes(text) }]), { today: '2024-02-01' });
    assert.match(page, /^<!DOCTYPE html>/);
    assert.ok(!page.includes('<script>'));
    assert.match(page, /Fix &quot;x&quot; &amp; &lt;script&gt;/);
    assert.match(page, /<h2>Eve &lt;ev&gt;<\/h2>/);
    assert.match(page, /<tr class="minutes-action minutes-open minutes-overdue">/);
    // The same badge as the Markdown preview's plugin renders for this action, and the preview's style sheet.
    assert.ok(page.includes(actionBadgeHtml({ owners: ['Eve <ev>'], due: '2024-01-02', dueText: '2024-01-02', duePrecision: 'day', status: 'open' }, '2024-02-01')));
    assert.ok(page.includes(ACTION_STYLES));
    assert.ok(!/<link|src=/.test(page), 'no external resources');
  });

  it('writes iCalendar that a real parser reads: a VTODO per dated action, owners as attendees', () => {
    const summary = buildSummary(seeds());
    const ics = formatIcs(summary, { today: '2007-12-20' });
    for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `line too long: ${line}`);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const todos = calendar.getAllSubcomponents('vtodo');
    assert.equal(todos.length, summary.actions.filter((a) => a.due !== null).length);
    const survey = todos.find((t) => String(t.getFirstPropertyValue('summary')).startsWith('Conduct a survey'));
    assert.ok(survey);
    assert.equal(String(survey.getFirstPropertyValue('summary')), 'Conduct a survey of practices’ interest in Harmoni’s proposals regarding urgent care.');
    assert.equal((survey.getFirstPropertyValue('due') as { toString(): string }).toString(), '2007-07-31');
    assert.deepEqual(survey.getAllProperties('attendee').map((p) => p.getParameter('cn')), ['Meena Savla', 'Mark Jones']);
    const done = todos.filter((t) => t.getFirstPropertyValue('status') === 'COMPLETED');
    assert.equal(done.length, 0);
    const uids = new Set(todos.map((t) => String(t.getFirstPropertyValue('uid'))));
    assert.equal(uids.size, todos.length);
  });

  it('escapes commas, semicolons and newlines in iCalendar text', () => {
    const text = 'ACTION: Ann — a, b; c \\ d due 2024-01-02\n';
    const calendar = new ICAL.Component(ICAL.parse(formatIcs(buildSummary([{ file: 'x.minutes.md', document: parseMinutes(text) }]))));
    assert.equal(String(calendar.getFirstSubcomponent('vtodo')?.getFirstPropertyValue('summary')), 'a, b; c \\ d');
  });
});

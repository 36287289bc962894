// What each export format writes for a small summary, whole (src/core/export.ts): the Markdown a person reads, the
// HTML page, the iCalendar file a calendar imports, the CSV cells, and the summary's own order, decisions and history.
import { strict as assert } from 'node:assert';
import { buildSummary, csvCell, EXPORT_FORMATS, formatCsv, formatHtml, formatIcs, formatJson, formatMarkdown, formatSummary, markdownEscape, type ActionSummary, type ExportedAction } from '../../src/core/export';
import { parseMinutes } from '../../src/core/parse';

const exec = { title: 'Exec', date: '2024-01-02' };
const act = (a: Partial<ExportedAction>): ExportedAction => ({ file: 'm/exec one.md', line: 3, owners: [], text: 'x', due: null, dueText: null, duePrecision: null, status: 'open', kind: 'line', meeting: exec, ...a });
const summary: ActionSummary = {
  actions: [
    act({ owners: ['Rita Singh', 'Mark Jones'], text: 'Send *the* figures\nnow', due: '2024-01-05', dueText: '5 Jan', duePrecision: 'day' }),
    act({ owners: ['Mark Jones'], text: 'Old', due: '2024-01-01', dueText: '2024-01-01', duePrecision: 'day', status: 'done', line: 5 }),
    act({ owners: ['Mark Jones'], text: 'Book room', due: '2024-02-29', dueText: 'February 2024', duePrecision: 'month', file: 'b.md', line: 7, meeting: { title: null, date: null } }),
    act({ owners: [], text: 'Tidy', dueText: 'soon', status: 'cancelled', line: 9 }),
  ],
  decisions: [],
  diagnostics: [],
};
const only = (...actions: ExportedAction[]): ActionSummary => ({ actions, decisions: [], diagnostics: [] });

describe('export formats, whole', () => {
  it('markdown: by person (no owner last), Overdue only for open actions past due, the others’ names, due as written when unreadable', () => {
    assert.equal(
      formatMarkdown(summary, { today: '2024-01-10', from: 'minutes/' }),
      `# Summary of actions

Made on 10 January 2024 from minutes/: 4 actions, 2 open.

## Mark Jones

### Overdue

- [ ] Send \\*the\\* figures now — due 5 January 2024 (with Rita Singh) · [Exec, 2024-01-02](m/exec%20one.md#L3)

### Coming up

- [x] Old — due 1 January 2024 · [Exec, 2024-01-02](m/exec%20one.md#L5)
- [ ] Book room — due February 2024 · [b.md](b.md#L7)

## Rita Singh

### Overdue

- [ ] Send \\*the\\* figures now — due 5 January 2024 (with Mark Jones) · [Exec, 2024-01-02](m/exec%20one.md#L3)

## No owner

### No date

- [ ] ~~Tidy~~ (cancelled) — due soon · [Exec, 2024-01-02](m/exec%20one.md#L9)
`,
    );
    assert.equal(formatMarkdown(only(summary.actions[1]), { today: '2024-01-10' }).split('\n')[2], 'Made on 10 January 2024: 1 action, 0 open.');
    assert.equal(formatMarkdown(only(), { today: '2024-01-10' }), '# Summary of actions\n\nMade on 10 January 2024: 0 actions, 0 open.\n\nNo actions.\n');
    assert.equal(formatMarkdown(only(act({ owners: ['Ann'], text: 'plain' })), { today: '2024-01-10' }).split('\n').slice(3).join('\n'), '\n## Ann\n\n### No date\n\n- [ ] plain · [Exec, 2024-01-02](m/exec%20one.md#L3)\n');
  });

  it('markdown and html: people by name whatever order they come in, no owner last; a joint action names all the others', () => {
    // Each order the people come in: no owner first, in the middle and last.
    const joint = act({ owners: ['Zed', 'Ann', 'Mark'], text: 'joint' });
    const nobody = act({ text: 'nobody’s' });
    const own = act({ owners: ['Bea'], text: 'own' });
    for (const order of [[nobody, joint, own], [joint, nobody, own], [own, joint, nobody]]) {
      const headings = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[1]);
      assert.deepEqual(headings(formatMarkdown(only(...order), { today: '2024-01-10' }), /^## (.*)$/gm), ['Ann', 'Bea', 'Mark', 'Zed', 'No owner']);
      assert.deepEqual(headings(formatHtml(only(...order), { today: '2024-01-10' }), /<h2>([^<]*)<\/h2>/g), ['Ann', 'Bea', 'Mark', 'Zed', 'No owner']);
    }
    const mixed = only(joint, nobody, own);
    const markdown = formatMarkdown(mixed, { today: '2024-01-10' });
    assert.deepEqual([...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1]), ['Ann', 'Bea', 'Mark', 'Zed', 'No owner']);
    assert.ok(markdown.includes('## Ann\n\n### No date\n\n- [ ] joint (with Zed, Mark) · '), markdown);
    const html = formatHtml(mixed, { today: '2024-01-10' });
    assert.deepEqual([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]), ['Ann', 'Bea', 'Mark', 'Zed', 'No owner']);
  });

  it('markdown escapes what would format or break a line', () => {
    assert.equal(markdownEscape('a|b <c> [d] `e` _f_ \\g\r\nh\ni'), 'a\\|b \\<c\\> \\[d\\] \\`e\\` \\_f\\_ \\\\g h i');
  });

  it('html: people in order with no owner last, every row once, the counts, and "No actions." when empty', () => {
    const page = formatHtml(summary, { today: '2024-01-10', from: 'minutes/' });
    assert.ok(page.includes('<p>Made on 10 January 2024 from minutes/: 4 actions, 2 open.</p>'), page);
    assert.deepEqual([...page.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]), ['Mark Jones', 'Rita Singh', 'No owner']);
    assert.equal(page.match(/<\/tr><tr class/g)?.length, 2, 'three rows of Mark Jones, joined with nothing between');
    assert.ok(page.includes('<td>Book room'), page);
    assert.ok(/<td>Book room.*?<\/td><td><br><small>b\.md:7<\/small><\/td>/.test(page), 'no title and no date: nothing before the file');
    assert.ok(page.includes('<td>Exec, 2024-01-02<br><small>m/exec one.md:3</small></td>'));
    assert.ok(page.includes('</section>\n<section>'), 'sections on lines of their own');
    assert.ok(formatHtml(only(summary.actions[1]), { today: '2024-01-10' }).includes('<p>Made on 10 January 2024: 1 action, 0 open.</p>\n<section>'));
    assert.ok(formatHtml(only(), { today: '2024-01-10' }).includes('<p>Made on 10 January 2024: 0 actions, 0 open.</p>\n<p>No actions.</p>\n</body>'));
  });

  it('ics: a VTODO per dated action with its status, owners as attendees, lines folded at 75 octets', () => {
    const long = 'Write the very long report on the state of the committee’s finances for the AGM';
    const ics = formatIcs(
      only(
        act({ owners: ['Mary  O"Neil'], text: long, due: '2024-03-01', status: 'cancelled', meeting: { title: null, date: null }, file: 'a.md', line: 2 }),
        act({ owners: ['Mark Jones'], text: 'Old', due: '2024-01-01', status: 'done', line: 5 }),
        act({ owners: ['Mark Jones'], text: 'Undated' }),
        act({ owners: ['Mark Jones'], text: 'Open', due: '2024-01-20', line: 6 }),
      ),
      { today: '2024-01-10' },
    );
    const lines = ics.split('\r\n');
    assert.deepEqual(lines.slice(0, 4), ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Minutes for VS Code//Action summary//EN', 'CALSCALE:GREGORIAN']);
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    assert.deepEqual(unfolded.filter((line) => /^(DTSTAMP|DUE|STATUS|DESCRIPTION|ATTENDEE)/.test(line)), [
      'DTSTAMP:20240110T000000Z',
      'DUE;VALUE=DATE:20240301',
      'DESCRIPTION:a.md (a.md:2)',
      'STATUS:CANCELLED',
      'ATTENDEE;CN="Mary  O\'Neil";ROLE=REQ-PARTICIPANT:mailto:mary.o%22neil@invalid',
      'DTSTAMP:20240110T000000Z',
      'DUE;VALUE=DATE:20240101',
      'DESCRIPTION:Exec\\, 2024-01-02 (m/exec one.md:5)',
      'STATUS:COMPLETED',
      'ATTENDEE;CN="Mark Jones";ROLE=REQ-PARTICIPANT:mailto:mark.jones@invalid',
      'DTSTAMP:20240110T000000Z',
      'DUE;VALUE=DATE:20240120',
      'DESCRIPTION:Exec\\, 2024-01-02 (m/exec one.md:6)',
      'STATUS:NEEDS-ACTION',
      'ATTENDEE;CN="Mark Jones";ROLE=REQ-PARTICIPANT:mailto:mark.jones@invalid',
    ]);
    // SUMMARY:… is 88 octets (’ is three): 75, then a space and the rest.
    const at = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    assert.equal(lines[at], `SUMMARY:${long}`.slice(0, 73));
    assert.equal(new TextEncoder().encode(lines[at]).length, 75);
    assert.equal(lines[at + 1], ` ${`SUMMARY:${long}`.slice(73)}`);
    assert.match(lines.find((line) => line.startsWith('UID:')) ?? '', /^UID:[0-9a-f]{8}@minutes$/);
    assert.equal(lines.filter((line) => line === 'BEGIN:VTODO').length, 3, 'no VTODO for an undated action');
    assert.equal(formatIcs(only(act({ text: 'a\r\nb\nc', due: '2024-01-01' })), { today: '2024-01-10' }).split('\r\n').find((line) => line.startsWith('SUMMARY')), 'SUMMARY:a\\nb\\nc');
    // A line of exactly 75 octets stays whole.
    const fits = 'x'.repeat(75 - 'SUMMARY:'.length);
    assert.ok(formatIcs(only(act({ text: fits, due: '2024-01-01' })), { today: '2024-01-10' }).includes(`\r\nSUMMARY:${fits}\r\nDESCRIPTION`));
  });

  it('csv: a cell with spaces around it is quoted, so that a spreadsheet keeps them', () => {
    assert.deepEqual([' x', 'x ', 'x'].map(csvCell), ['" x"', '"x "', 'x']);
  });

  it('formatSummary writes each format as its own function does', () => {
    const options = { today: '2024-01-10' };
    const direct = { json: formatJson(summary), csv: formatCsv(summary), markdown: formatMarkdown(summary, options), html: formatHtml(summary, options), ics: formatIcs(summary, options) };
    assert.deepEqual(EXPORT_FORMATS, ['json', 'markdown', 'csv', 'html', 'ics']);
    for (const format of EXPORT_FORMATS) assert.equal(formatSummary(summary, format, options), direct[format], format);
  });
});

describe('export: the summary itself', () => {
  const roster = '## Attended\n\n- Mark Jones (MJ)\n\n';
  it('orders by due date, undated last, then file and line', () => {
    const sources = [
      { file: 'b.md', document: parseMinutes(`${roster}ACTION: MJ — b1 due 2024-01-02\nACTION: MJ — b2\nACTION: MJ — b3 due 2024-01-01\n`) },
      { file: 'a.md', document: parseMinutes(`${roster}ACTION: MJ — a1\nACTION: MJ — a2 due 2024-01-02\n`) },
    ];
    assert.deepEqual(buildSummary(sources).actions.map((a) => a.text), ['b3', 'a2', 'b1', 'a1', 'b2']);
  });

  it('decisions with their file, line and meeting; an id only when the minutes give one; history only for a carried action', () => {
    const first = `---\ntitle: Exec\ndate: 2024-01-02\n---\n\n${roster}DECISION: Keep the budget.\n\n| Ref | Owner | Action | Due |\n|---|---|---|---|\n| A1 | MJ | paint the hall | 2024-02-01 |\n| A2 | MJ | sweep the yard | 2024-03-01 |\n\nACTION: MJ — mend the roof due 2024-02-01\n`;
    const second = `---\ntitle: Exec\ndate: 2024-01-09\n---\n\n${roster}## Actions from previous meetings\n\n| Ref | Owner | Action | Due | Agreed | Status |\n|---|---|---|---|---|---|\n| A1 | Mark Jones | paint the hall | 2024-02-01 | | carried |\n`;
    const built = buildSummary([
      { file: 'exec/2024-01-02.md', document: parseMinutes(first, { fileName: '2024-01-02.md' }) },
      { file: 'exec/2024-01-09.md', document: parseMinutes(second, { fileName: '2024-01-09.md' }) },
    ]);
    assert.deepEqual(built.decisions, [{ file: 'exec/2024-01-02.md', line: 10, text: 'Keep the budget.', meeting: { title: 'Exec', date: '2024-01-02' } }]);
    assert.deepEqual(
      built.actions.map((a) => [a.file, a.text, a.id, a.history]),
      [
        ['exec/2024-01-02.md', 'mend the roof', undefined, undefined],
        ['exec/2024-01-09.md', 'paint the hall', undefined, 'agreed 2 January 2024; carried 9 January'],
        ['exec/2024-01-02.md', 'sweep the yard', 'A2', undefined],
      ],
    );
    // JSON leaves out what is not there: no "id" or "history" key at all.
    assert.deepEqual(built.actions.map((a) => ['id' in a, 'history' in a]), [[false, false], [false, true], [true, false]]);
  });
});

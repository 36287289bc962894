import { strict as assert } from 'node:assert';
import { parseMinutes, proseReading, type ParseOptions } from '../../src/core/parse';
import type { Action, MinutesDocument } from '../../src/core/model';

// The parser's walk over the tree (src/core/parse.ts), as a reader of the parsed minutes sees it: behaviours the
// fifth mutation round of issue #22 found untested (docs/testing.md, "Mutation testing").
const parse = (lines: string[], options: ParseOptions = {}): MinutesDocument => parseMinutes(lines.join('\n'), { today: '2024-03-01', ...options });
const brief = (action: Action): [number, string, string, string[]] => [action.range.start.line, action.kind, action.text, action.owners.map((o) => o.person ?? o.text)];
const actions = (lines: string[], options: ParseOptions = {}) => parse(lines, options).actions.map(brief);

describe('parser: how prose is read under each setting', () => {
  it('reads prose as actions when the setting says so, else as hints where hints are shown, else not at all', () => {
    assert.equal(proseReading('action', false), 'action');
    assert.equal(proseReading('action', true), 'action');
    assert.equal(proseReading('hint', true), 'hint');
    assert.equal(proseReading('hint', false), 'off');
  });

  it('gives no hints with prose reading off, even in a paragraph kept for its label', () => {
    const lines = ['# Notes', '', '## Attended', '', '- Mark Jones (MJ)', '', 'Mark will send the letter.', 'Decision: adopt the plan'];
    assert.deepEqual(parse(lines).proseActions.map((p) => p.text), ['send the letter']);
    assert.deepEqual(parse(lines, { proseActions: 'off' }).proseActions, []);
    assert.equal(parse(lines, { proseActions: 'off' }).decisions.length, 1);
  });

  it('reads no hint in the next meeting section', () => {
    const doc = parse(['# Notes', '', '## Attended', '', '- Mark Jones (MJ)', '', '## Next meeting', '', 'Mark will chair it on 14 March 2024.']);
    assert.deepEqual(doc.proseActions, []);
    assert.equal(doc.nextMeeting?.date, '2024-03-14');
  });

  it('orders prose actions among the others by line', () => {
    const lines = ['# Notes', '', '## Attended', '', '- Mark Jones (MJ)', '', 'Mark will send the letter.', '', 'ACTION: MJ to book the room'];
    assert.deepEqual(actions(lines, { proseActions: 'action' }), [
      [6, 'prose', 'send the letter', ['Mark Jones']],
      [8, 'line', 'book the room', ['Mark Jones']],
    ]);
  });
});

describe('parser: the document as a whole', () => {
  it('orders table rows and labelled lines by line', () => {
    assert.deepEqual(actions(['# Notes', '', '| Owner | Action |', '| --- | --- |', '| Ann | Send the report |', '', 'ACTION: Bo to book the room']), [
      [4, 'table', 'Send the report', ['Ann']],
      [6, 'line', 'book the room', ['Bo']],
    ]);
  });

  it('reads a numeric meeting date month first when asked', () => {
    assert.equal(parse(['# Notes', '', 'Date: 03/04/2008'], { dayFirst: false }).date, '2008-03-04');
    assert.equal(parse(['# Notes', '', 'Date: 03/04/2008']).date, '2008-04-03');
  });

  it('takes the title from the first level-one heading only', () => {
    assert.equal(parse(['## Agenda', '', '# Real title', '', '# Second title']).title, 'Real title');
  });

  it('takes the date from a heading only when it gives the year', () => {
    const doc = parse(['# Notes', '', '## Date: Friday May 24'], { fileName: '2019-05-20-notes.md' });
    assert.deepEqual([doc.date, doc.dateSource], ['2019-05-20', 'file-name']);
  });

  it('knows the people of the setting without a roster: an owner it does not list is unknown', () => {
    const doc = parse(['# Notes', '', 'ACTION: Zed to book the room'], { people: { 'Mark Jones': ['MJ'] } });
    assert.deepEqual(doc.diagnostics.map((d) => d.code).sort(), ['missing-due', 'unknown-person']);
  });

  it('knows the roster the document writes: an owner it does not list is unknown', () => {
    const doc = parse(['# Notes', '', '## Attended', '', '- Mark Jones (MJ)', '', 'ACTION: Zed to book the room']);
    assert.deepEqual(doc.diagnostics.map((d) => d.code).sort(), ['missing-due', 'unknown-person']);
  });
});

describe('parser: actions carried over from earlier meetings', () => {
  it('drops an earlier meeting’s numbered action, but keeps a plain number', () => {
    assert.deepEqual(actions(['# Core Devs Meeting 62', '', 'ACTION 61: MJ to send the letter', '', 'ACTION 61.1: RS to book the room']), [[2, 'line', 'send the letter', ['MJ']]]);
  });

  it('reads the meeting number after several separators, or from a file name in a folder', () => {
    assert.deepEqual(actions(['# Core Devs Call #62', '', 'ACTION 61.1: RS to book the room']), []);
    assert.deepEqual(actions(['# Notes', '', 'ACTION 61.1: RS to book the room'], { fileName: 'calls/call_062.md' }), []);
    assert.equal(actions(['# Notes', '', 'ACTION 61.1: RS to book the room'], { fileName: 'calls/notes.md' }).length, 1);
  });
});

describe('parser: the next meeting', () => {
  it('spans its heading and every paragraph under it', () => {
    const next = parse(['# Notes', '', '## Next meeting', '', '14 March 2024, Room 2', '', 'Bring the slides']).nextMeeting;
    assert.deepEqual([next?.date, next?.range.start.line, next?.range.end.line], ['2024-03-14', 2, 6]);
  });

  it('reads a task under its heading as an action, not as the meeting', () => {
    assert.deepEqual(actions(['# Notes', '', '## Next meeting', '', '- [ ] MJ to book the room']), [[4, 'task', 'book the room', ['MJ']]]);
  });

  it('leaves an action line out of the meeting’s own lines', () => {
    const doc = parse(['# Notes', '', '## Next meeting', '', 'ACTION: MJ to book the room by 1 March 2024', '14 March 2024 in Room 2']);
    assert.equal(doc.nextMeeting?.date, '2024-03-14');
    assert.equal(doc.actions.length, 1);
  });

  it('joins the lines after a label with the date on it to the meeting', () => {
    const next = parse(['# Notes', '', 'Next meeting: 14 March 2024', 'in Room 2']).nextMeeting;
    assert.deepEqual([next?.date, next?.range.start.line, next?.range.end.line, next?.range.end.character], ['2024-03-14', 2, 3, 9]);
  });

  it('reads the paragraph after a label followed by spaces only', () => {
    const next = parse(['# Notes', '', 'Next meeting:   ', '', '14 March 2024 in Room 2']).nextMeeting;
    assert.deepEqual([next?.date, next?.range.end.line], ['2024-03-14', 4]);
  });

  it('reads the paragraph after a label alone on its line, and a label with the date on it', () => {
    const after = parse(['# Notes', '', 'Next meeting:', '', '14 March 2024 in Room 2']).nextMeeting;
    assert.deepEqual([after?.date, after?.range.start.line, after?.range.end.line], ['2024-03-14', 2, 4]);
    const inline = parse(['# Notes', '', 'Next meeting: 14 March 2024 in Room 2']).nextMeeting;
    assert.deepEqual([inline?.date, inline?.range.start.line, inline?.range.end.line], ['2024-03-14', 2, 2]);
  });
});

describe('parser: sections that end at the next heading of their level', () => {
  it('keeps an action section’s owner under a deeper heading, and reads an owner heading with closing hashes', () => {
    assert.deepEqual(actions(['# Notes', '', '## Actions', '', '### Mark Jones', '', '#### next week', '', '- Send the letter', '', '### Rita Singh ##', '', '- Book the room']), [
      [8, 'line', 'Send the letter', ['Mark Jones']],
      [12, 'line', 'Book the room', ['Rita Singh']],
    ]);
  });

  it('reads empty owner headings in an action section without failing', () => {
    assert.deepEqual(actions(['# Notes', '', '## Actions', '', '###', '', '- Send the letter', '', '### ', '', '- Book the room']), [
      [6, 'line', 'Send the letter', []],
      [10, 'line', 'Book the room', []],
    ]);
  });

  it('keeps a plan under its deeper headings, and ends it at one of its level', () => {
    assert.deepEqual(actions(['# Notes', '', '## Milestones', '', '### Details', '', '- [ ] Draft the spec', '', '## Other', '', '- [ ] Send the letter']), [
      [10, 'task', 'Send the letter', []],
    ]);
  });

  it('keeps a review section under its deeper headings, and ends it at one of its level', () => {
    const doc = parse(['# Notes', '', '## Actions from previous meetings', '', '### Old ones', '', '- [ ] MJ to send the letter', '', '## New', '', '- [ ] RS to book the room']);
    assert.deepEqual(doc.actions.map((a) => [a.range.start.line, a.review !== undefined]), [[6, true], [10, false]]);
  });

  it('reads an action list item in a review section as reviewed, and one elsewhere as new', () => {
    const doc = parse(['# Notes', '', '## Review of previous actions', '', '### Action items', '', '- MJ to send the letter', '', '## Action items', '', '- RS to book the room']);
    assert.deepEqual(doc.actions.map((a) => [a.range.start.line, a.kind, a.review !== undefined]), [[6, 'line', true], [10, 'line', false]]);
  });

  it('ends an attendance list at the next heading of its level', () => {
    assert.deepEqual(actions(['# Notes', '', '## Voting member attendance', '', '### Present', '', '- [x] Bill Roberts - Adobe Inc.', '', '## Tasks', '', '- [ ] Send the letter']), [
      [10, 'task', 'Send the letter', []],
    ]);
  });
});

describe('parser: lists', () => {
  it('reads empty list items without failing, in action lists, plain lists and rosters', () => {
    const doc = parse(['# Notes', '', '## Actions', '', '-', '- Send the letter', '', 'Text', '', '-', '- [ ] Book', '', '## Attended', '', '-', '- Mark Jones']);
    assert.deepEqual(doc.actions.map(brief), [
      [5, 'line', 'Send the letter', []],
      [10, 'task', 'Book', []],
    ]);
    assert.deepEqual(doc.roster.map((r) => r.name), ['Mark Jones']);
  });

  it('reads a list item that names the agenda, anywhere in an action section’s list, as the agenda', () => {
    assert.deepEqual(actions(['# Notes', '', '## Actions', '', '1. Send the letter', '2. Agenda items for next time']), []);
  });

  it('reads a label item in an action list as the label of its nested actions, and "None." as no action', () => {
    assert.deepEqual(actions(['# Notes', '', '## Actions', '', '- Next steps:', '  - Send the letter', '- None.']), [[5, 'line', 'Send the letter', []]]);
    assert.deepEqual(actions(['# Notes', '', '## Actions', '', '- Tasks:', '  - Book the room']), [[5, 'line', 'Book the room', []]]);
  });

  it('reads a label item’s nested list once, and its other blocks too', () => {
    assert.deepEqual(actions(['# Notes', '', '- Next steps:', '  - [ ] MJ to send the letter']), [[3, 'task', 'send the letter', ['MJ']]]);
    assert.deepEqual(actions(['# Notes', '', '- Action items:', '', '  A note first.', '', '  - MJ to send the letter', '', '  ACTION: RS to book the room']), [
      [6, 'line', 'send the letter', ['MJ']],
      [8, 'line', 'book the room', ['RS']],
    ]);
  });

  it('reads a label item without a nested list without failing', () => {
    assert.doesNotThrow(() => parse(['# Notes', '', '- Action items:', '- Other']));
  });

  it('reads nested checkboxes under a checklist or attendance label as no tasks, and under any other item as tasks', () => {
    assert.deepEqual(actions(['# Notes', '', '- Housekeeping checklist:', '  - [ ] Send the letter', '', 'Other', '', '- [ ] Book the room']), [[7, 'task', 'Book the room', []]]);
    assert.deepEqual(actions(['# Notes', '', '- Voting member attendance:', '  - [ ] Bill Roberts', '  - [x] Jane Doe']), []);
    assert.deepEqual(actions(['# Notes', '', '- Follow-ups', '  - [ ] Send the letter']), [[3, 'task', 'Send the letter', []]]);
    assert.deepEqual(actions(['# Notes', '', '- Checklist for the housekeeping of the premises before the annual general meeting:', '  - [ ] Send the letter']), [
      [3, 'task', 'Send the letter', []],
    ]);
  });

  it('reads checkboxes of names as a roll call only when there are three or more, all checkboxes', () => {
    const roll = ['# Notes', '', '- [x] Bill Roberts - Adobe Inc.', '- [ ] Jane Doe - Acme Ltd.'];
    assert.deepEqual(actions([...roll, '- [x] Kim Lee - Foo Ltd.']), []);
    assert.equal(actions(roll).length, 2);
    assert.equal(actions([...roll, '- Kim Lee - Foo Ltd.']).length, 2);
  });

  it('reads a task’s label off its text, and the owner the label names', () => {
    assert.deepEqual(actions(['# Notes', '', '- [ ] ACTION: MJ to send the letter', '- [ ] AI(Mark): book the room']), [
      [2, 'task', 'send the letter', ['MJ']],
      [3, 'task', 'book the room', ['Mark']],
    ]);
  });
});

describe('parser: labelled lines', () => {
  it('places the text of an action line in emphasis before the closing marks', () => {
    const [action] = parse(['# Notes', '', '**ACTION ITEM: Ralph will compile doc**']).actions;
    assert.deepEqual([action.text, action.textRange.start.character, action.textRange.end.character], ['compile doc', 26, 37]);
  });

  it('takes the closing marks off an emphasised action line that ends in spaces', () => {
    const [action] = parse(['# Notes', '', '**ACTION: RS to book the room**  ', '', 'Other']).actions;
    assert.deepEqual([action.text, action.textRange.start.character, action.textRange.end.character], ['book the room', 16, 29]);
  });

  it('takes the emphasis around a whole action line off its text, but not emphasis inside it', () => {
    const doc = parse(['# Notes', '', '**ACTION ITEM: Ralph will compile doc**', '', '**ACTION:** MJ to send the **draft**', '', '__ACTION: RS to book the room__']);
    assert.deepEqual(doc.actions.map((a) => [...brief(a), a.textRange.start.character, a.textRange.end.character]), [
      [2, 'line', 'compile doc', ['Ralph'], 26, 37],
      [4, 'line', 'send the draft', ['MJ'], 18, 36],
      [6, 'line', 'book the room', ['RS'], 16, 29],
    ]);
  });

  it('ends a roster line at its line: prose after it is no name', () => {
    const doc = parse(['# Notes', '', 'Present: Mark Jones (MJ)', 'The meeting opened at ten.']);
    assert.deepEqual(doc.roster.map((r) => [r.name, r.range.start.line, r.range.start.character, r.range.end.character]), [['Mark Jones', 2, 9, 24]]);
  });

  it('reads the list after a roster label alone on its line as the roster, trailing spaces or not', () => {
    assert.deepEqual(parse(['# Notes', '', 'Present:', '', '- Mark Jones', '- Rita Singh']).roster.map((r) => r.name), ['Mark Jones', 'Rita Singh']);
    assert.deepEqual(parse(['# Notes', '', 'Present:   ', '', '- Mark Jones', '- Rita Singh']).roster.map((r) => r.name), ['Mark Jones', 'Rita Singh']);
  });

  it('reads each line under a roster label alone on its line as a line of names, not one name', () => {
    const doc = parse(['# Notes', '', 'Present:', 'Mark Jones', 'Rita Singh, Bo Chan']);
    assert.deepEqual(doc.roster.map((r) => [r.name, r.range.start.line, r.range.start.character, r.range.end.character]), [
      ['Mark Jones', 3, 0, 10],
      ['Rita Singh', 4, 0, 10],
      ['Bo Chan', 4, 12, 19],
    ]);
  });

  it('reads no name from a roster list item that names nobody, without failing', () => {
    assert.deepEqual(parse(['# Notes', '', '## Attended', '', '- N/A', '- (none)', '- Mark Jones']).roster.map((r) => r.name), ['Mark Jones']);
  });

  it('places each name of a roster line, whatever the spaces and separators between them', () => {
    const doc = parse(['# Notes', '', 'Present: Mark Jones,  Rita Singh ; Bo Chan']);
    assert.deepEqual(doc.roster.map((r) => [r.name, r.range.start.character, r.range.end.character]), [
      ['Mark Jones', 9, 19],
      ['Rita Singh', 22, 32],
      ['Bo Chan', 35, 42],
    ]);
  });

  it('reads no sentence under a roster heading as names, even with a name or an address in it', () => {
    assert.deepEqual(parse(['# Notes', '', '## Attendees', '', 'Mark Jones, the meeting opened late', '', 'Write to mark@example.com for the slides']).roster, []);
  });
});

describe('parser: tables', () => {
  it('reads a table without outer pipes, and skips an empty row', () => {
    assert.deepEqual(actions(['# Notes', '', 'Action | Owner', '--- | ---', 'Send the letter | MJ', '| | |']), [[4, 'table', 'Send the letter', ['MJ']]]);
  });

  it('keeps an escaped pipe at the end of a row without its closing pipe', () => {
    assert.deepEqual(actions(['# Notes', '', '| Owner | Action |', '| --- | --- |', '| MJ | Choose a \\|']), [[4, 'table', 'Choose a \\|', ['MJ']]]);
    assert.deepEqual(actions(['# Notes', '', '| Owner | Action |', '| --- | --- |', '| MJ | Choose a |']), [[4, 'table', 'Choose a', ['MJ']]]);
  });

  it('places an empty cell where typing would go, written with or without a space', () => {
    const dueAt = (row: string) => parse(['# Notes', '', '| Owner | Action | Due |', '| --- | --- | --- |', row]).actions[0].dueRange?.start.character;
    assert.deepEqual([dueAt('| MJ | Send it ||'), dueAt('| MJ | Send it | |'), dueAt('| MJ | Send it |  |')], [16, 17, 17]);
  });

  it('reads a Type column’s decisions and tasks, and short rows without failing', () => {
    const doc = parse(['# Notes', '', '| Type | Action | Owner |', '| --- | --- | --- |', '| Decision | Adopt the plan |', '| Action | Send the letter | MJ |', '|', '| Decision |']);
    assert.deepEqual(doc.actions.map(brief), [[5, 'table', 'Send the letter', ['MJ']]]);
    assert.deepEqual(doc.decisions.map((d) => d.text), ['Adopt the plan']);
    assert.deepEqual(parse(['# Notes', '', '| Action | Owner | Type |', '| --- | --- | --- |', '| Send |']).actions, []);
  });

  it('reads a table with an Agreed column as a review of earlier actions, and one in a review section', () => {
    assert.deepEqual(parse(['# Notes', '', '| Action | Owner | Agreed |', '| --- | --- | --- |', '| Send the letter | MJ | 2024-02-01 |']).actions[0].review, { agreedText: '2024-02-01' });
    assert.deepEqual(parse(['# Notes', '', '| Action | Owner | Agreed: |', '| --- | --- | --- |', '| Send the letter | MJ | 2024-02-01 |']).actions[0].review, { agreedText: '2024-02-01' });
    const reviewed = parse(['# Notes', '', '## Review of previous actions', '', '| Action | Owner | Status? |', '| --- | --- | --- |', '| Send the letter | MJ | done |']).actions[0];
    assert.deepEqual([reviewed.review, reviewed.status], [{ statusWord: 'done' }, 'done']);
    assert.equal(parse(['# Notes', '', '| Action | Owner | Status |', '| --- | --- | --- |', '| Send the letter | MJ | done |']).actions[0].review, undefined);
  });
});

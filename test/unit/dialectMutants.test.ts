import { strict as assert } from 'node:assert';
import { at, owners, parse } from './helpers/dialect';
import { parseMinutes } from '../../src/core/parse';
import type { MinutesDocument, Range } from '../../src/core/model';

// The parser's dialect (src/core/dialect), as a reader of the parsed minutes sees it: behaviours the mutation round
// of issue #22 found untested (docs/testing.md, "Mutation testing").

describe('dialect: an action table row', () => {
  it('reads a table without a Due column: no due date and no place for one', () => {
    const [action] = parse(['# Actions', '', '| Owner | Action |', '| --- | --- |', '| Ann | Send the report |']).actions;
    assert.equal(action.text, 'Send the report');
    assert.equal(action.due, null);
    assert.equal(action.dueText, null);
    assert.equal(action.dueRange, undefined);
    assert.equal(action.statusRange, undefined);
    assert.deepEqual(action.table, { headerLine: 2, columns: { owner: 0, action: 1, due: undefined, status: undefined } });
  });

  it('spans the whole row, and places a missing cell at its end', () => {
    const doc = parse(['# Actions', '', '| Owner | Action | Due | Status |', '| --- | --- | --- | --- |', '| Ann | Send | 4 May 2024 | done |', '| Cy | Only |']);
    const [full, short] = doc.actions;
    assert.deepEqual(at(full.range), [4, 0, 34]);
    assert.deepEqual([full.due, full.dueText, full.duePrecision, full.status], ['2024-05-04', '4 May 2024', 'day', 'done']);
    assert.deepEqual(at(full.dueRange), [4, 15, 25]);
    assert.deepEqual(at(full.statusRange), [4, 28, 32]);
    assert.deepEqual(at(short.range), [5, 0, 13]);
    assert.deepEqual(at(short.dueRange), [5, 13, 13]);
    assert.equal(short.status, 'open');
  });

  it('reads the id from a Ref column, also when a short row has no Ref cell', () => {
    const doc = parse(['# Actions', '', '| Owner | Action | Ref |', '| --- | --- | --- |', '| Ann | Send | A12 |', '| Bo | Fix |']);
    assert.deepEqual(doc.actions.map((a) => [a.text, a.id]), [['Send', 'A12'], ['Fix', undefined]]);
  });

  it('reads a review table: the reference, where it was agreed and the status word', () => {
    const doc = parse([
      '# Actions from previous meetings',
      '',
      '| Ref | Owner | Action | Agreed | Status |',
      '| --- | --- | --- | --- | --- |',
      '| A12 | Ann | Send | [6 June](2007-06-06.md) | carried |',
      '| A13 | Bo | Fix |',
    ]);
    assert.deepEqual(doc.actions.map((a) => [a.text, a.id, a.review]), [
      ['Send', undefined, { ref: 'A12', link: '2007-06-06.md', agreedText: '6 June', statusWord: 'carried' }],
      ['Fix', undefined, { ref: 'A13' }],
    ]);
  });
});

describe('dialect: an action line', () => {
  it('reads a review line under "Actions from previous meetings": its reference, text and whether it is done', () => {
    const doc = parse(['# Actions from previous meetings', '', '- ACTION 61.1: Ann to send the letter (done)', '- ACTION 61.2: Bo to fix it', '']);
    assert.deepEqual(doc.actions.map((a) => [a.text, a.status, a.id, a.review]), [
      ['send the letter', 'done', undefined, { ref: '61.1', agreedText: 'Ann to send the letter (done)', statusWord: 'done' }],
      ['fix it', 'open', undefined, { ref: '61.2', agreedText: 'Bo to fix it' }],
    ]);
  });

  it('places the owner wherever it is written, and where it would go when there is none', () => {
    const doc = parse([
      '## Present',
      '',
      'Ann Lee, Bo Chan',
      '',
      '# Actions',
      '',
      '- ACTION: Ann to update the repo, and Bo to update the tracking issue',
      '- ACTION: write it up ,;',
      '- ACTION: write it up (Ann)  ',
      '- ACTION: Bo to write it up',
      '',
      '## Ann',
      '',
      '- [ ] Bo: send it',
      '',
    ]);
    assert.deepEqual(
      doc.actions.map((a) => [owners(a), a.text, at(a.ownerRange), at(a.textRange)]),
      [
        [['Ann Lee', 'Bo Chan'], 'update the repo, and Bo to update the tracking issue', [6, 10, 13], [6, 17, 69]],
        [[], 'write it up', [7, 10, 10], [7, 10, 21]],
        [['Ann Lee'], 'write it up', [8, 23, 26], [8, 10, 21]],
        [['Bo Chan'], 'write it up', [9, 10, 12], [9, 16, 27]],
        [['Ann Lee'], 'Bo: send it', [11, 3, 6], [13, 6, 17]],
      ],
    );
  });

  it('keeps every reading of an owner who could be two people on the roster', () => {
    const [action] = parse(['## Present', '', 'Ann Lee, Ann Bell', '', '# Actions', '', '- ACTION: Ann to write it up', '']).actions;
    assert.deepEqual(action.owners.map((o) => [o.text, o.person, o.ambiguous]), [['Ann', undefined, ['Ann Bell', 'Ann Lee']]]);
  });
});

describe('dialect: due clauses', () => {
  const show = (range: Range | undefined): string | undefined => {
    const place = at(range);
    return place && `${place[0]}:${place[1]}-${place[2]}`;
  };
  const dues = (doc: MinutesDocument) => doc.actions.map((a) => [a.text, show(a.textRange), a.due, a.dueText, show(a.dueRange), a.dueRelative ?? false]);

  it('reads every form of due clause, and places the date and the text without it', () => {
    const doc = parse([
      '# Actions',
      '',
      '- ACTION: Ann to send it (due: 15 June)',
      '- ACTION: Ann to send it (by 15 June).',
      '- ACTION: Ann to send it, Due: 2024-05-04',
      '- ACTION: Ann to send it — deadline: 2024-05-04.',
      '- ACTION: Ann to send it by email',
      '- ACTION: Ann to send it by 4 May',
      '- ACTION: Ann to send it before 4 May.',
      '- ACTION: Ann to write it up in 2 weeks',
      '- ACTION: Ann to write it up next week.',
      '- ACTION: Ann to call at 2018-08-21 10:00 – link to follow',
      '- ACTION: Ann to send it by next meeting',
      '- ACTION: Ann to send it due to the weather',
      '- ACTION: Ann to send it by the next meeting',
      '- ACTION: Ann to send it (deadline 15 June)',
      '- ACTION: Ann to send it, by when: 15 June',
      '',
    ]);
    assert.deepEqual(dues(doc), [
      ['send it', '2:17-24', '2024-06-15', '15 June', '2:31-38', false],
      ['send it', '3:17-24', '2024-06-15', '15 June', '3:29-36', false],
      ['send it', '4:17-24', '2024-05-04', '2024-05-04', '4:31-41', false],
      ['send it', '5:17-24', '2024-05-04', '2024-05-04', '5:37-47', false],
      ['send it by email', '6:17-33', null, null, undefined, false],
      ['send it', '7:17-24', '2024-05-04', '4 May', '7:28-33', false],
      ['send it', '8:17-24', '2024-05-04', '4 May', '8:32-37', false],
      ['write it up', '9:17-28', '2024-03-15', 'in 2 weeks', '9:29-39', false],
      ['write it up', '10:17-28', '2024-03-08', 'next week', '10:29-38', false],
      ['call at 2018-08-21 10:00 – link to follow', '11:17-58', '2018-08-21', '2018-08-21', '11:25-35', false],
      ['send it', '12:17-24', null, 'next meeting', '12:28-40', true],
      ['send it due to the weather', '13:17-43', null, null, undefined, false],
      ['send it', '14:17-24', null, 'the next meeting', '14:28-44', true],
      ['send it', '15:17-24', '2024-06-15', '15 June', '15:35-42', false],
      ['send it', '16:17-24', '2024-06-15', '15 June', '16:35-42', false],
    ]);
  });

  it('places the date where the clause writes it, when the same words come earlier in the text', () => {
    const doc = parse([
      '# Actions',
      '',
      '- ACTION: Ann to send it (deadline: line freeze)',
      '- ACTION: Ann to send the 4 May draft, due: 4 May',
      '- ACTION: Ann to send the 4 May draft by 4 May',
      '- ACTION: Ann to review next week plans next week',
      '- ACTION: Ann to report on 3 topics 2024',
      '- ACTION: Ann to send it by next week',
      '',
    ]);
    assert.deepEqual(dues(doc), [
      ['send it', '2:17-24', null, 'line freeze', '2:36-47', false],
      ['send the 4 May draft', '3:17-37', '2024-05-04', '4 May', '3:44-49', false],
      ['send the 4 May draft', '4:17-37', '2024-05-04', '4 May', '4:41-46', false],
      ['review next week plans', '5:17-39', '2024-03-08', 'next week', '5:40-49', false],
      ['report on 3 topics 2024', '6:17-40', null, null, undefined, false],
      ['send it', '7:17-24', '2024-03-08', 'next week', '7:28-37', false],
    ]);
  });

  it('reads a clause only at the end, tight or loose, and spans of any number of days', () => {
    const doc = parse([
      '# Actions',
      '',
      '- ACTION: Ann to send it (due 15 June) to the board',
      '- ACTION: Ann to send it (due:15 June)',
      '- ACTION: Ann to send it, due date: 4 May',
      '- ACTION: Ann to send it, Due : 4 May',
      '- ACTION: Ann to write it up in 10 days',
      '- ACTION: Ann to write it up within a week',
      '- ACTION: Ann to write it up tomorrow',
      '- ACTION: Ann to send the draft ~~today~~',
      '- ACTION: ~~Ann to send it~~ or not',
      '',
    ]);
    assert.deepEqual(
      doc.actions.map((a) => [a.text, a.status, a.due, a.dueText, a.duePrecision]),
      [
        ['send it (due 15 June) to the board', 'open', null, null, null],
        ['send it', 'open', '2024-06-15', '15 June', 'day'],
        ['send it', 'open', '2024-05-04', '4 May', 'day'],
        ['send it', 'open', '2024-05-04', '4 May', 'day'],
        ['write it up', 'open', '2024-03-11', 'in 10 days', 'day'],
        ['write it up', 'open', '2024-03-08', 'within a week', 'day'],
        ['write it up', 'open', '2024-03-02', 'tomorrow', 'day'],
        ['send the draft today', 'open', null, null, null],
        ['send it or not', 'open', null, null, null],
      ],
    );
  });

  it('reads a full date inside the text, in either order, and "the next meeting" only as the whole clause', () => {
    const doc = parse([
      '# Actions',
      '',
      '- ACTION: Ann to have a call on 14 May 2024',
      '- ACTION: Ann to meet Bo on May 14th, 2024',
      '- ACTION: Ann to have a call on 4 May 2024 about the budget',
      '- ACTION: Ann to send it by the next meeting notes',
      '',
    ]);
    assert.deepEqual(dues(doc), [
      ['have a call on 14 May 2024', '2:17-43', '2024-05-14', '14 May 2024', '2:32-43', false],
      ['meet Bo on May 14th, 2024', '3:17-42', '2024-05-14', 'May 14th, 2024', '3:28-42', false],
      ['have a call on 4 May 2024 about the budget', '4:17-59', '2024-05-04', '4 May 2024', '4:32-42', false],
      ['send it by the next meeting notes', '5:17-50', null, null, undefined, false],
    ]);
  });

  it('reads a Due cell written with "by", "due" or "before"', () => {
    const doc = parse(['# Actions', '', '| Owner | Action | Due |', '| --- | --- | --- |', '| Ann | a | by 4 May 2024 |', '| Ann | b | due 5 May |', '| Ann | c | before 6 May |']);
    assert.deepEqual(doc.actions.map((a) => [a.text, a.due, a.dueText]), [['a', '2024-05-04', 'by 4 May 2024'], ['b', '2024-05-05', 'due 5 May'], ['c', '2024-05-06', 'before 6 May']]);
  });

  it('reads "by next meeting" as the next meeting\'s date when the minutes give it', () => {
    const doc = parse(['# Actions', '', '- ACTION: Ann to send it by next meeting', '', '## Next meeting', '', '12 March 2024 at the Hall', '']);
    assert.deepEqual(dues(doc), [['send it', '2:17-24', '2024-03-12', 'next meeting', '2:28-40', false]]);
    assert.equal(doc.actions[0].duePrecision, 'day');
  });
});

describe('dialect: done marks and status words', () => {
  it('takes emphasis and strikethrough around the whole text off it, and reads done marks', () => {
    const doc = parse([
      '# Actions',
      '',
      '- ACTION: **Ann to send it**',
      '- ACTION: **Ann to send it**.',
      '- ACTION: **Ann** to send **it**',
      '- ACTION: ~~Ann to send it~~',
      '- ACTION: ~~Ann to send it~~.',
      '- ACTION: Ann to send it (done)',
      '- ACTION: Ann to send it (done) and more',
      '- ACTION: Ann to send it — done',
      '- ACTION: Ann to send it [This task was done.]',
      '- ACTION:   __Ann to send it__  ',
      '',
    ]);
    assert.deepEqual(
      doc.actions.map((a) => [a.text, at(a.textRange), a.status, owners(a)]),
      [
        ['send it', [2, 19, 26], 'open', ['Ann']],
        ['send it', [3, 19, 26], 'open', ['Ann']],
        ['send it', [4, 21, 32], 'open', ['Ann']],
        ['send it', [5, 19, 26], 'done', ['Ann']],
        ['send it', [6, 19, 26], 'done', ['Ann']],
        ['send it', [7, 17, 24], 'done', ['Ann']],
        ['send it (done) and more', [8, 17, 40], 'done', ['Ann']],
        ['send it', [9, 17, 24], 'done', ['Ann']],
        ['send it', [10, 17, 24], 'done', ['Ann']],
        ['send it', [11, 21, 28], 'open', ['Ann']],
      ],
    );
  });

  it('reads a Status cell: done, cancelled or open, marks and all', () => {
    const rows = [['a', 'Completed'], ['b', '✓'], ['c', '**Cancelled**'], ['d', 'dropped'], ['e', 'x'], ['f', '✔️ yes'], ['g', 'doneish'], ['h', 'Open'], ['i', 'not done'], ['j', 'not ✓'], ['k', 'not cancelled']];
    const doc = parse(['# Actions', '', '| Owner | Action | Status |', '| --- | --- | --- |', ...rows.map(([text, status]) => `| Ann | ${text} | ${status} |`)]);
    assert.deepEqual(
      doc.actions.map((a) => [a.text, a.status]),
      [['a', 'done'], ['b', 'done'], ['c', 'cancelled'], ['d', 'cancelled'], ['e', 'done'], ['f', 'done'], ['g', 'open'], ['h', 'open'], ['i', 'open'], ['j', 'open'], ['k', 'open']],
    );
  });
});

describe('dialect: a commitment in prose read as an action', () => {
  it('is open, with its due clause placed and taken off its text, and no due place without one', () => {
    const text = '---\ndate: 2007-12-13\n---\n## Present\n\nRichard Sumner (RS)\n\nRS will take these views to the PBC Governance Committee next week. Clerk to send a letter.\n';
    const doc = parseMinutes(text, { proseActions: 'action' });
    assert.deepEqual(
      doc.actions.map((a) => [a.kind, a.text, at(a.textRange), a.status, a.due, a.dueText, at(a.dueRange)]),
      [
        ['prose', 'take these views to the PBC Governance Committee', [7, 8, 56], 'open', '2007-12-20', 'next week', [7, 57, 66]],
        ['prose', 'send a letter', [7, 77, 90], 'open', null, null, undefined],
      ],
    );
  });
});

describe('dialect: owner phrases', () => {
  it('reads who an action line names, first or last, and leaves groups, instructions and hedges out', () => {
    const lines = [
      ['Andreas?: check the logs', 'check the logs', ['Andreas'], '6:10-17'],
      ['Aapeli or someone else? — check the logs', 'check the logs', ['Aapeli'], '7:10-16'],
      ['Probably Jack to own this', 'own this', ['Jack'], '8:19-23'],
      ['jane@example.org to open a PR', 'open a PR', ['jane@example.org'], '9:10-26'],
      ['nikomatsakis to write up the proposal', 'write up the proposal', ['nikomatsakis'], '10:10-22'],
      ['ab to write up the proposal', 'ab to write up the proposal', [], '11:10-10'],
      ['Everyone to read the paper', 'Everyone to read the paper', [], '12:10-10'],
      ['The team to read the paper', 'The team to read the paper', [], '13:10-10'],
      ['Invite Steven Loomis to the next meeting', 'Invite Steven Loomis to the next meeting', [], '14:10-10'],
      ['Proposal to merge the branches', 'Proposal to merge the branches', [], '15:10-10'],
      ['Ben file an issue', 'Ben file an issue', [], '16:10-10'],
      ['Ann file an issue', 'file an issue', ['Ann Lee'], '17:10-13'],
      ['Ann and Bo file an issue', 'file an issue', ['Ann Lee', 'Bo Chan'], '18:10-20'],
      ['check the logs – **Ann Lee**', 'check the logs', ['Ann Lee'], '19:29-36'],
      ['check the logs (maybe Bo?)', 'check the logs', ['Bo Chan'], '20:32-34'],
      ['check the logs (WIP)', 'check the logs (WIP)', [], '21:10-10'],
      ['check the logs (Ann, perhaps?)', 'check the logs', ['Ann Lee'], '22:26-29'],
      ['@mj, @ann: check the logs', 'check the logs', ['mj', 'Ann Lee'], '23:10-19'],
      ['@mj will check the logs', 'check the logs', ['mj'], '24:10-13'],
      ['Ann to update the repo, and the team to update the issue', 'update the repo, and the team to update the issue', ['Ann Lee'], '25:10-13'],
      ['Ann to update the repo; Bo will update the issue', 'update the repo; Bo will update the issue', ['Ann Lee', 'Bo Chan'], '26:10-13'],
      ['Ann → check the logs', 'check the logs', ['Ann Lee'], '27:10-13'],
      ['Ann - check the logs', 'check the logs', ['Ann Lee'], '28:10-13'],
      ['(Ann) check the logs', '(Ann) check the logs', [], '29:10-10'],
      ['check the logs (@mj)', 'check the logs', ['mj'], '30:26-29'],
      ['check the logs (All)', 'check the logs (All)', [], '31:10-10'],
      ['Ann/Bo to check the logs', 'check the logs', ['Ann Lee', 'Bo Chan'], '32:10-16'],
      ['An Ann Lee to check', 'An Ann Lee to check', [], '33:10-10'],
      ['@Chris M to check', 'check', ['Chris M'], '34:10-18'],
      ['Ann to update the repo, and Everyone to read it', 'update the repo, and Everyone to read it', ['Ann Lee'], '35:10-13'],
      ['check the logs (nikomatsakis)', 'check the logs (nikomatsakis)', [], '36:10-10'],
      ['joe to write up the proposal', 'joe to write up the proposal', [], '37:10-10'],
      ['check the logs – **urgent**', 'check the logs – urgent', [], '38:10-10'],
      ['(Ann)', '(Ann)', [], '39:10-10'],
    ] as const;
    const doc = parse(['## Present', '', 'Ann Lee, Bo Chan', '', '# Actions', '', ...lines.map(([line]) => `- ACTION: ${line}`), '']);
    const place = (range: Range): string => `${range.start.line}:${range.start.character}-${range.end.character}`;
    assert.deepEqual(
      doc.actions.map((a) => [a.text, owners(a), place(a.ownerRange)]),
      lines.map(([, text, names, range]) => [text, names, range]),
    );
  });
});

describe('dialect: action table columns', () => {
  const read = (lines: string[]) => {
    const doc = parse(['# Actions', '', ...lines]);
    return [doc.actions.map((a) => [a.text, owners(a), a.dueText, a.status, a.table?.columns]), doc.decisions.map((d) => d.text)];
  };

  it('finds the columns by their names, marks, colons and question marks aside, each column once', () => {
    assert.deepEqual(read(['| **Who?** | What: | When | Status |', '| --- | --- | --- | --- |', '| Ann | a | 4 May | done |']), [
      [['a', ['Ann'], '4 May', 'done', { owner: 0, action: 1, due: 2, status: 3 }]],
      [],
    ]);
    assert.deepEqual(read(['| Action | Owner | Action item | Due |', '| --- | --- | --- | --- |', '| a | Ann | b | 4 May |']), [
      [['a', ['Ann'], '4 May', 'open', { owner: 1, action: 0, due: 3, status: undefined }]],
      [],
    ]);
    assert.deepEqual(read(['| Due | Owner | Action | Date |', '| --- | --- | --- | --- |', '| 4 May | Ann | a | 5 May |']), [
      [['a', ['Ann'], '4 May', 'open', { owner: 1, action: 2, due: 0, status: undefined }]],
      [],
    ]);
  });

  it('reads no actions from a table with an Owner column and no action column', () => {
    assert.deepEqual(read(['| Owner | Notes |', '| --- | --- |', '| Ann | Send the report |']), [[], []]);
  });

  it('reads only the task rows of a table with a Type column, and its decision rows as decisions', () => {
    const rows = [['T', 'a'], ['D', 'b'], ['I', 'c'], ['action item', 'd'], ['Decision', 'e'], ['A', 'f'], ['Discussion', 'g'], ['Background', 'h'], ['Topic', 'i'], ['Request', 'j']];
    const columns = { owner: 1, action: 2, due: undefined, status: 3 };
    assert.deepEqual(read(['| Type | Owner | Action | Done |', '| --- | --- | --- | --- |', ...rows.map(([type, text]) => `| ${type} | Ann | ${text} | |`)]), [
      [['a', ['Ann'], null, 'open', columns], ['d', ['Ann'], null, 'open', columns], ['f', ['Ann'], null, 'open', columns]],
      ['b', 'e'],
    ]);
    assert.deepEqual(read(['| Owner | Action | Type |', '| --- | --- | --- |', '| Ann | a | task |', '| Ann | b | decision |']), [
      [['a', ['Ann'], null, 'open', { owner: 0, action: 1, due: undefined, status: undefined }]],
      ['b'],
    ]);
  });
});

describe('dialect: action labels', () => {
  const labelled = (lines: string[]) =>
    parse(lines.flatMap((line) => [line, ''])).actions.map((a) => [a.range.start.line, a.text, a.owners.map((o) => o.text), at(a.ownerRange), a.id]);

  it('reads TODO in capitals only, AI with its owner in any form but a topic, an id, and a next step', () => {
    assert.deepEqual(
      labelled([
        '# Notes',
        'TODO: update the site',
        '_Todo_: no work done',
        'Todo: check the logs',
        'AI Safety: a topic',
        'AI(Mark Jones): open the stream',
        'AI Felix: summarise',
        'AI: Josh to summarise',
        'ACTION 62.3: Ann to do it',
        'Next step: ship it',
        'AI, cs: look into it',
      ]),
      [
        [2, 'update the site', [], [2, 6, 6], undefined],
        [10, 'open the stream', ['Mark Jones'], [10, 3, 13], undefined],
        [12, 'summarise', ['Felix'], [12, 3, 8], undefined],
        [14, 'summarise', ['Josh'], [14, 4, 8], undefined],
        [16, 'do it', ['Ann'], [16, 13, 16], '62.3'],
        [18, 'ship it', [], [18, 11, 11], undefined],
        [20, 'look into it', [], [20, 8, 8], undefined],
      ],
    );
  });

  it('reads ACTION: alone as an action to complete, and Next step: or AI: alone as nothing', () => {
    assert.deepEqual(labelled(['# Notes', 'Next step:', 'ACTION:', 'AI:']), [[4, '', [], [4, 7, 7], undefined]]);
  });

  it('reads AI: as a speaker in a transcript (six lines from three speakers), as an action item before that', () => {
    const speakers = ['DG: hello', 'KM: hi', 'LS: yes', 'DG: so', 'KM: ok', 'LS: fine'];
    assert.deepEqual(labelled([...speakers, 'AI: send the notes']), []);
    assert.deepEqual(labelled([...speakers.slice(0, 5), 'AI: send the notes']), [[10, 'send the notes', [], [10, 4, 4], undefined]]);
    assert.deepEqual(labelled(['DG: hello', 'KM: hi', 'DG: so', 'KM: ok', 'DG: yes', 'KM: fine', 'AI: send the notes']), [[12, 'send the notes', [], [12, 4, 4], undefined]]);
  });
});

describe('dialect: action sections', () => {
  const read = (lines: string[]) =>
    parse(lines).actions.map((a) => [a.range.start.line, a.text, a.owners.map((o) => o.text), at(a.ownerRange)]);

  it('takes the owner from a sub-heading that names people, not from one that groups actions', () => {
    assert.deepEqual(
      read(['# Action Items', '', '## Fairbrother and Gigg', '', '- [ ] call Bo', '', '## General', '', '- [ ] tidy up', '', '## **Everyone**:', '', '- [ ] read it', '', '## Next Week', '', '- [ ] plan it', '', '## the budget', '', '- [ ] fix it', '']),
      [
        [4, 'call Bo', ['Fairbrother', 'Gigg'], [2, 3, 23]],
        [8, 'tidy up', [], [8, 6, 6]],
        [12, 'read it', ['Everyone'], [10, 5, 13]],
        [16, 'plan it', [], [16, 6, 6]],
        [20, 'fix it', [], [20, 6, 6]],
      ],
    );
  });

  it('takes the owner from a task list\'s heading "Tasks for …"', () => {
    assert.deepEqual(read(['# Notes', '', '## Tasks for Everyone', '', '- [ ] read it', '', '## **Good first tasks for Ann Lee**:', '', '- [ ] fix it', '']), [
      [4, 'read it', ['Everyone'], [2, 13, 21]],
      [8, 'fix it', ['Ann Lee'], [6, 26, 33]],
    ]);
  });

  it('reads the bullets under an action heading as actions, its number, colon and gloss aside', () => {
    assert.deepEqual(read(['# Action Items (AIs)', '', '- call Bo', '', '# 2.1 Next steps:', '', '- plan it', '', '# Notes', '', '- not this', '']), [
      [2, 'call Bo', [], [2, 2, 2]],
      [6, 'plan it', [], [6, 2, 2]],
    ]);
  });

  it('reads the ownerless checkboxes of action headings as actions, and of plans, checklists and attendance lists as none', () => {
    const lists = ['# Action Items (AIs)', '# 2.1 Next steps:', '# Milestones', '# Week 3', '# Q2', '# Voting member attendance', '# Housekeeping checklist'];
    assert.deepEqual(read(lists.flatMap((heading, i) => [heading, '', `- [ ] item ${i}`, ''])), [
      [2, 'item 0', [], [2, 6, 6]],
      [6, 'item 1', [], [6, 6, 6]],
    ]);
  });
});

describe('dialect: the meeting\'s own facts', () => {
  const facts = (text: string, fileName?: string) => {
    const doc = parseMinutes(text, { today: '2024-03-01', fileName });
    return {
      date: doc.date,
      source: doc.dateSource,
      title: doc.title,
      roster: doc.roster.map((r) => [r.name, r.role, at(r.range)]),
      problems: doc.diagnostics.filter((d) => d.code === 'bad-front-matter').map((d) => d.message.split(':')[0]),
    };
  };

  it('reads the people front matter lists, as a list or a line with commas, each where it is written', () => {
    assert.deepEqual(facts('---\ntitle: Board\ndate: 2024-02-03\nattendees: Ann Lee, Bo Chan\napologies:\n  - Cy Dee\n  - 42\ncopies: Dee Eff\n---\n# Board\n'), {
      date: '2024-02-03',
      source: 'front-matter',
      title: 'Board',
      roster: [['Ann Lee', 'attendee', [3, 11, 18]], ['Bo Chan', 'attendee', [3, 20, 27]], ['Cy Dee', 'apology', [5, 4, 10]], ['Dee Eff', 'copy', [7, 8, 15]]],
      problems: [],
    });
  });

  it('takes the date from the front matter as text, a Date: line, the title, then the file name in any folder', () => {
    assert.deepEqual(facts('---\ntitle: 12\ndate: "3 February 2024"\n---\n# x\n'), { date: '2024-02-03', source: 'front-matter', title: '12', roster: [], problems: [] });
    assert.deepEqual(facts('---\n- a\n- b\n---\n# Board meeting 3 March 2024\n\nDate: 4 March 2024\n'), {
      date: '2024-03-04',
      source: 'date-line',
      title: 'Board meeting 3 March 2024',
      roster: [],
      problems: ['Front matter should be a YAML mapping (key'],
    });
    assert.deepEqual(facts('---\nfoo: [unclosed\n---\n# Board meeting 3 March 2024\n', 'x/2024-01-05-board.md'), {
      date: '2024-03-03',
      source: 'title',
      title: 'Board meeting 3 March 2024',
      roster: [],
      problems: ['Front matter is not valid YAML'],
    });
    assert.deepEqual(facts('# Board\n', 'minutes\\2024-01-05-board.md'), { date: '2024-01-05', source: 'file-name', title: 'Board', roster: [], problems: [] });
    assert.deepEqual(facts("---\ntitle: '  '\n---\n# Board\n").title, 'Board');
    const [problem] = parseMinutes('---\nfoo: [unclosed\n---\n# Board\n').diagnostics.filter((d) => d.code === 'bad-front-matter');
    assert.doesNotMatch(problem.message, /\n/, 'the first line of the YAML error only');
  });

  it('reads the next meeting\'s date, time and place, from a section or a label', () => {
    const next = (text: string) => {
      const meeting = parseMinutes(text, { today: '2024-03-01' }).nextMeeting;
      return meeting && [meeting.date, meeting.dateText, meeting.time, meeting.place];
    };
    assert.deepEqual(next('# Board\n\n## Next meeting\n\n12 March 2024, 1pm to 2.15pm at Fernville Surgery (room 2)\n'), ['2024-03-12', '12 March 2024', '1pm to 2.15pm', 'Fernville Surgery']);
    assert.deepEqual(next('# Board\n\nNext meeting: 12 March 2024 at 14:00 at the Hall\n'), ['2024-03-12', '12 March 2024', '14:00', 'the Hall']);
    assert.deepEqual(next('# Board\n\n## Next meeting\n\nTBC\n'), [undefined, undefined, undefined, undefined]);
    assert.equal(next('# Board\n'), undefined);
  });
});

describe('dialect: review tables and roll calls', () => {
  it('reads a review under a numbered "Matters arising:" heading: ids as written or linked, autolinks, marks on the status', () => {
    const doc = parse([
      '## 3. Matters arising:',
      '',
      '| Ref | Owner | Action | Agreed | Status |',
      '| --- | --- | --- | --- | --- |',
      '| [A12](old.md) | Ann | Send | <2007-06-06.md#a> | **Done** |',
      '| #13 | Bo | Fix | 6 June | |',
      '| AI-3 | Cy | Plan | | |',
      '| see notes | Di | Ask | | |',
    ]);
    assert.deepEqual(doc.actions.map((a) => [a.text, a.review, a.status]), [
      ['Send', { ref: 'A12', link: '2007-06-06.md#a', agreedText: '2007-06-06.md#a', statusWord: 'done' }, 'done'],
      ['Fix', { ref: '13', agreedText: '6 June' }, 'open'],
      ['Plan', { ref: 'AI-3' }, 'open'],
      ['Ask', {}, 'open'],
    ]);
  });

  it('reads the lines under "3. Review of outstanding actions:" as reviews, and the next section\'s as new actions', () => {
    const doc = parse(['# 3. Review of outstanding actions:', '', '- ACTION 61.1: Ann to send the letter', '', '# Notes', '', '- ACTION 62.1: Bo to fix it']);
    assert.deepEqual(doc.actions.map((a) => [a.text, a.id, a.review]), [
      ['send the letter', undefined, { ref: '61.1', agreedText: 'Ann to send the letter' }],
      ['fix it', '62.1', undefined],
    ]);
  });

  it('reads three checkboxes of a name, a dash and an affiliation as a roll call, not as tasks', () => {
    const read = (items: string[]) => parse(['# Notes', '', ...items, '']).actions.map((a) => [a.text, owners(a)]);
    assert.deepEqual(read(['- [x] Bill Roberts - Adobe Inc.', '- [x] Jane Doe - Open Review Initiative', '- [ ] Sam Smith – ACME']), []);
    assert.deepEqual(read(['- [x] Bill Roberts - Adobe Inc.', '- [x] Jane Doe - Update the site', '- [ ] Sam Smith – ACME']), [
      ['Adobe Inc.', ['Bill Roberts']],
      ['Update the site', ['Jane Doe']],
      ['ACME', ['Sam Smith']],
    ]);
    assert.deepEqual(read(['- [x] Bill Roberts - Adobe Inc.', '- [x] Jane Doe - Open Review Initiative and some more words here ok', '- [ ] Sam Smith – ACME']).length, 3);
    assert.deepEqual(read(['- [x] Bill Roberts - Adobe Inc.', '- [x] Jane Doe - Open Review Initiative']).length, 2);
  });
});

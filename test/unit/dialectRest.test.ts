import { strict as assert } from 'node:assert';
import { at, owners, parse } from './helpers/dialect';
import { parseMinutes } from '../../src/core/parse';
import type { Range } from '../../src/core/model';
import { ACTION_HEADER_WORDS, alternation, DUE_HEADER_WORDS, OWNER_HEADER_WORDS, spaced, STATUS_HEADER_WORDS, TYPE_HEADER_WORDS } from '../../src/core/dialect/vocabulary';

// The parser's dialect (src/core/dialect), the fifth mutation round of issue #22 (docs/testing.md, "Mutation
// testing"): behaviours its survivors showed untested, each as a reader of the parsed minutes sees it.

describe('dialect: table columns, the rest', () => {
  it('names each column of an action table by one list of header words: no header names two columns', () => {
    // The columns are found each by its own list (`actionColumns`), which holds only while no word is in two lists.
    const seen = new Map<string, string>();
    const lists = { owner: OWNER_HEADER_WORDS, action: ACTION_HEADER_WORDS, due: DUE_HEADER_WORDS, status: STATUS_HEADER_WORDS, type: TYPE_HEADER_WORDS };
    for (const [column, words] of Object.entries(lists)) {
      for (const word of words) {
        assert.equal(seen.get(word), undefined, `"${word}" names both the ${seen.get(word)} and the ${column} column`);
        seen.set(word, column);
      }
    }
  });
});

describe('dialect: task items, the rest', () => {
  const read = (lines: string[]) => parse(lines).actions.map((a) => [a.text, owners(a)]);

  it('reads a checkbox under a plan as an action only when it names its owner first', () => {
    assert.deepEqual(
      read(['# Milestones', '', '- [ ] Ann: ship it', '- [ ] Bo Chan - test it', '- [ ] Ann to book the hall', '- [ ] Bo will print it', '- [ ] @9lives: tag it', '- [ ] Cy  Dee: file it', '- [ ] ask Ann to book the hall', '- [ ] launch the beta', '']),
      [['ship it', ['Ann']], ['test it', ['Bo Chan']], ['book the hall', ['Ann']], ['print it', ['Bo']], ['tag it', ['9lives']], ['file it', ['Cy Dee']]],
    );
  });

  it('reads a roll call whatever the names\' length and spacing, and a list with a task among names as tasks', () => {
    const rollCall = ['- [x] Mary Ann Smith  -  ACME', '- [x] Jane  Doe - Open  Review Initiative', '- [ ] Sam Smith – Open Review Initiative of the Open Web Group', ''];
    assert.deepEqual(read(['# Notes', '', ...rollCall]), []);
    assert.deepEqual(read(['# Notes', '', '- [x] Bill Roberts - Adobe Inc.', '- [x] Jane Doe - ACME', '- [ ] call Bo', '']), [
      ['Adobe Inc.', ['Bill Roberts']],
      ['ACME', ['Jane Doe']],
      ['call Bo', []],
    ]);
    assert.deepEqual(read(['# Notes', '', '- [x] Bill Roberts - Adobe Inc.', '- [x] Jane Doe - ACME', '- [ ] call Sam Smith – ACME', '']).length, 3);
    assert.deepEqual(read(['# Notes', '', '- [x] Bill Roberts - Adobe Inc.', '- [x] Jane Doe - Update eBay listing', '- [ ] Sam Smith – ACME', '']).length, 3);
  });
});

describe('dialect: done notes, the rest', () => {
  it('reads a done note in brackets or after a dash or colon at the end, and not one in the middle or asked', () => {
    const lines = [
      ['Ann to send it [complete]', 'send it', 'done'],
      ['Ann to send it [It was  done]', 'send it', 'done'],
      ['Ann to send it [This task was done on 3 May.]', 'send it', 'done'],
      ['Ann to send it —done', 'send it', 'done'],
      ['Ann to send it — done.', 'send it', 'done'],
      ['Ann to report on the work — done so far', 'report on the work — done so far', 'open'],
      ['Ann to ask Bo — completed?', 'ask Bo — completed?', 'open'],
    ];
    const doc = parse(['# Actions', '', ...lines.map(([line]) => `- ACTION: ${line}`), '']);
    assert.deepEqual(
      doc.actions.map((a) => [a.text, a.status]),
      lines.map(([, text, status]) => [text, status]),
    );
  });
});

describe('dialect: reviews of earlier actions, the rest', () => {
  it('opens a review under each way of naming it, and not under a plain actions heading', () => {
    const headings = [
      'Actions from previous meetings',
      'Action items arising from the last minutes',
      'Action points carried forward from the previous meeting',
      'Action item carried over from prior week',
      'Actions from earlier minutes',
      'Matters arising',
      'Matters arising from the last meeting',
      'Matters arising from previous minutes',
      'Review of actions',
      'Review of open actions from the last meeting',
      'Review of earlier actions from previous meetings',
      'Review of previous actions',
      'Action review',
      'Action item review',
      'Previous actions',
      'Outstanding actions',
      'Carried actions',
      'Actions carried forward',
      'Actions carried over',
      '**2.1) Matters arising** :',
      'Action from the last meeting',
      'Actions  from  the  previous  meetings',
      'Matters arising  from  the  last  meeting',
      'Review of open  actions',
      'Outstanding  actions',
      '12. Matters arising',
      '2.10 Matters arising',
      '2 Matters arising',
    ];
    const reviewed = (heading: string) => parse([`# ${heading}`, '', '- ACTION 1.1: Ann to send it', '']).actions.map((a) => a.review?.ref);
    assert.deepEqual(headings.map(reviewed), headings.map(() => ['1.1']));
    const not = ['Notes on matters arising', 'Actions', 'Actions from the next meeting', 'Matters arising today', 'Action items from the previous meeting notes', 'Review of actions from the next meeting', 'New actions'];
    assert.deepEqual(not.map(reviewed), not.map(() => [undefined]));
  });

  it('reads the id from a column of each Ref name, and where it was agreed from a column of each Agreed name', () => {
    const refs = ['Ref', 'Ref.', 'Reference', 'ID', '#', 'No', 'No.', 'Number', 'Action no', 'Action no.', 'Action ref'];
    const id = (header: string) => parse(['# Actions', '', `| ${header} | Owner | Action |`, '| --- | --- | --- |', '| A1 | Ann | Send |', '']).actions[0]?.id;
    assert.deepEqual(refs.map(id), refs.map(() => 'A1'));
    const agreed = ['Agreed', 'Agreed at', 'Agreed in', 'Agreed on', 'From', 'From meeting', 'Raised', 'Raised at', 'Meeting', 'Origin', 'Source'];
    const where = (header: string) => parse(['# Actions', '', `| Owner | Action | ${header} |`, '| --- | --- | --- |', '| Ann | Send | 6 June |', '']).actions[0]?.review?.agreedText;
    assert.deepEqual(agreed.map(where), agreed.map(() => '6 June'));
  });

  it('reads ids as written or linked, and links with a title, in angle brackets or spaced', () => {
    const rows = [
      ['A12b', '[6 June](2007-06-06.md "the minutes")'],
      ['ACT.4', '[6 June]( <2007-06-06.md> )'],
      ['[#12](x.md)', "[6 June](2007-06-06.md 'the minutes')"],
      ['12.3.1', 'see <2007-06-06.md>'],
      ['ABCDE1', '6 June'],
      ['A-', ''],
      ['1.2.', ''],
      ['12A', ''],
      ['61.12', '[6 June](2007-06-06.md  "the minutes")'],
      ['[ A13 ](x.md)', '[ 6 June ](2007-06-06.md)'],
      ['A14', '<2007-06-06.md#ab>'],
      ['A15', '[6 June](2007-06-06.html )'],
    ];
    const doc = parse(['# Actions from previous meetings', '', '| Ref | Owner | Action | Agreed |', '| --- | --- | --- | --- |', ...rows.map(([ref, agreedAt]) => `| ${ref} | Ann | Send | ${agreedAt} |`), '']);
    assert.deepEqual(doc.actions.map((a) => a.review), [
      { ref: 'A12b', link: '2007-06-06.md', agreedText: '6 June' },
      { ref: 'ACT.4', link: '2007-06-06.md', agreedText: '6 June' },
      { ref: '12', link: '2007-06-06.md', agreedText: '6 June' },
      { ref: '12.3.1', link: '2007-06-06.md', agreedText: 'see 2007-06-06.md' },
      { agreedText: '6 June' },
      {},
      {},
      {},
      { ref: '61.12', link: '2007-06-06.md', agreedText: '6 June' },
      { ref: 'A13', link: '2007-06-06.md', agreedText: '6 June' },
      { ref: 'A14', link: '2007-06-06.md#ab', agreedText: '2007-06-06.md#ab' },
      { ref: 'A15', link: '2007-06-06.html', agreedText: '6 June' },
    ]);
  });
});

describe('dialect: due clauses, the rest', () => {
  const show = (range: Range | undefined): string | undefined => {
    const place = at(range);
    return place && `${place[0]}:${place[1]}-${place[2]}`;
  };

  it('reads a due clause written with other spacing, "on May 3 2024", "within a day", and none in "overdue" or "next weekend"', () => {
    const lines = [
      'Ann to send it (overdue since 15 June)',
      'Ann to send it, due:4 May',
      'Ann to send it, due  date: 4 May',
      'Ann to send it by  4 May',
      'Ann to write it up  next week',
      'Ann to write it up in  2 weeks',
      'Ann to write it up in 2  weeks',
      'Ann to write it up next  week',
      'Ann to call back within a day',
      'Ann to review it next weekend',
      'Ann to call on May 3 2024 about it',
      'Ann to call on May 3, 2024 about it',
      'Ann to call on  3 May 2024 about it',
      'Ann to call on 3  May 2024 about it',
      'Ann to call on 3 May  2024 about it',
      'Ann to call on May  3, 2024 about it',
      'Ann to call on May 3,  2024 about it',
      'Ann to write it up, next week',
      'Due: 4 May',
      'by 4 May',
    ];
    const doc = parse(['# Actions', '', ...lines.map((line) => `- ACTION: ${line}`), '']);
    assert.deepEqual(
      doc.actions.map((a) => [a.text, show(a.textRange), a.due, a.dueText, show(a.dueRange)]),
      [
        ['send it (overdue since 15 June)', '2:17-48', null, null, undefined],
        ['send it', '3:17-24', '2024-05-04', '4 May', '3:30-35'],
        ['send it', '4:17-24', '2024-05-04', '4 May', '4:37-42'],
        ['send it', '5:17-24', '2024-05-04', '4 May', '5:29-34'],
        ['write it up', '6:17-28', '2024-03-08', 'next week', '6:30-39'],
        ['write it up', '7:17-28', '2024-03-15', 'in  2 weeks', '7:29-40'],
        ['write it up', '8:17-28', '2024-03-15', 'in 2  weeks', '8:29-40'],
        ['write it up', '9:17-28', '2024-03-08', 'next  week', '9:29-39'],
        ['call back', '10:17-26', '2024-03-02', 'within a day', '10:27-39'],
        ['review it next weekend', '11:17-39', null, null, undefined],
        ['call on May 3 2024 about it', '12:17-44', '2024-05-03', 'May 3 2024', '12:25-35'],
        ['call on May 3, 2024 about it', '13:17-45', '2024-05-03', 'May 3, 2024', '13:25-36'],
        ['call on 3 May 2024 about it', '14:17-45', '2024-05-03', '3 May 2024', '14:26-36'],
        ['call on 3 May 2024 about it', '15:17-45', '2024-05-03', '3  May 2024', '15:25-36'],
        ['call on 3 May 2024 about it', '16:17-45', '2024-05-03', '3 May  2024', '16:25-36'],
        ['call on May 3, 2024 about it', '17:17-46', '2024-05-03', 'May  3, 2024', '17:25-37'],
        ['call on May 3, 2024 about it', '18:17-46', '2024-05-03', 'May 3,  2024', '18:25-37'],
        ['write it up', '19:17-28', '2024-03-08', 'next week', '19:30-39'],
        ['', '20:10-10', '2024-05-04', '4 May', '20:15-20'],
        ['', '21:10-10', '2024-05-04', '4 May', '21:13-18'],
      ],
    );
  });
});

describe('dialect: labelled lines, the rest', () => {
  const labelled = (lines: string[]) => parse(lines.flatMap((line) => [line, ''])).actions.map((a) => [a.text, a.owners.map((o) => o.text), a.id]);

  it('reads each form of action label: items, actionable, marks, a possible one, a speaker\'s tag, a dash, ids', () => {
    const lines = [
      ['Action item: a', 'a'],
      ['Action items: b', 'b'],
      ['Action-item: c', 'c'],
      ['ACTIONITEMS: d', 'd'],
      ['Actionable item: e', 'e'],
      ['Actionable: f', 'f'],
      ['Actionable-items: g', 'g'],
      ['**ACTION:** h', 'h'],
      ['__Action__: i', 'i'],
      ['*Action*: j', 'j'],
      ['_Action_: k', 'k'],
      ['(possible) ACTION ITEM: l', 'l'],
      ['(possible)ACTION: l2', 'l2'],
      ['[Lee] ACTION: m', 'm'],
      ['[Lee]  ACTION: m2', 'm2'],
      ['ACTION - n', 'n'],
      ['ACTION — o', 'o'],
      ['ACTION – o2', 'o2'],
      ['ACTION #12: p', 'p', '12'],
      ['ACTION 1.2.3: q', 'q', '1.2.3'],
      ['ACTION-7: q2', 'q2', '7'],
      ['ACTION7: q3', 'q3', '7'],
      ['Next steps: r', 'r'],
      ['Next-step: ship it', 'ship it'],
      ['TO-DO: t', 't'],
      ['TODO - u', 'u'],
      ['ACTION:v', 'v'],
      ['ACTION :  w', 'w'],
      ['**ACTION**:** x', 'x'],
      ['ACTION ITEM:__ y', 'y'],
      ['ACTION:* z', 'z'],
      ['ACTION:_ z2', 'z2'],
    ];
    assert.deepEqual(
      labelled(['# Notes', ...lines.map(([line]) => line)]),
      lines.map(([, text, id]) => [text, [], id]),
    );
    assert.deepEqual(labelled(['# Notes', 'ACTION-ish: not one', 'Action plan: not one', 'ACTION -x', 'ACTION 1.2.: not one either', 'The action: none', '[A very long speaker tag of more than forty letters] ACTION: none']), []);
  });

  it('reads AI labels with marks and an owner in any spacing, a name starting like a topic, and each topic', () => {
    assert.deepEqual(
      labelled(['# Notes', '**AI**: x', '*AI:* y', '__AI:__ y2', 'AI (Mark): z', 'AI Andrew: check it', 'AI Oren: check it', "AI O'Neil: check it", 'AI Jo-Ann: check it']),
      [['x', [], undefined], ['y', [], undefined], ['y2', [], undefined], ['z', ['Mark'], undefined], ['check it', ['Andrew'], undefined], ['check it', ['Oren'], undefined], ['check it', ["O'Neil"], undefined], ['check it', ['Jo-Ann'], undefined]],
    );
    const topics = ['Note', 'Notes', 'Topic', 'Topics', 'Item', 'Items', 'Tool', 'Tools', 'Model', 'Models', 'Risk', 'Risks', 'Agent', 'Agents'];
    assert.deepEqual(topics.map((topic) => labelled(['# Notes', `AI ${topic}: a heading`])), topics.map(() => []));
  });

  it('reads a label that says there is no action as none', () => {
    const none = ['none', 'N/A', 'NA', 'nil.', 'nothing!', 'No actions', 'no action items', 'no action item', 'none - still waiting on Bo', 'none: see above', 'none ( see above)', '-', '---', '—', '–', 'discuss further', 'to be discussed later', 'discussed next time', 'discuss further/later', 'discuss further / later'];
    assert.deepEqual(none.map((text) => labelled(['# Notes', `ACTION: ${text}`])), none.map(() => []));
    const some = ['none-such tool to be built', 'nothing else to add to the wiki', 'discuss the budget', 'na na na'];
    assert.deepEqual(some.map((text) => labelled(['# Notes', `ACTION: ${text}`]).length), some.map(() => 1));
  });

  it('does not count a label in capitals as a speaker when telling a transcript', () => {
    const words = ['AI', 'TODO', 'NOTE', 'NB', 'PS', 'FYI', 'TBD', 'AOB', 'DATE', 'TIME', 'WHO', 'WHAT', 'WHEN', 'WHY', 'HOW', 'RE', 'CC', 'URL', 'FAQ', 'TLDR', 'EDIT', 'INFO', 'WARN', 'TIP', 'OK', 'PR', 'PRS', 'UTC', 'GMT'];
    const item = (word: string) => labelled(['# Notes', 'DG: a', 'KM: b', 'DG: c', 'KM: d', `${word}: e`, `${word}: f`, 'AI: send the notes']).filter(([text]) => text === 'send the notes').length;
    assert.deepEqual(words.map(item), words.map(() => 1));
    // Speakers' lines in a list, with a note after the initials, or in bold, count.
    assert.equal(labelled(['# Notes', '- DG: a', '* KM (in chat): b', '**LS**: c', '__DG__: d', 'KM(chat): e', '  LS : f', 'AI: send the notes']).length, 0);
  });

  it('reads decisions, the meeting\'s date and place, and roster lines by their labels', () => {
    const doc = parse([
      '# Board',
      '',
      '**Decision**: adopt the plan',
      '',
      '__Agreed:__ keep the date',
      '',
      'RESOLVED : move the meeting',
      '',
      '**Meeting date/time:** 4 March 2024',
      '',
      '__Venue__: the Hall',
      '',
      '**Present:** Ann Lee, Bo Chan',
      '',
      '__Apologies__: Cy Dee',
      '',
      'Copies to:** Dee Eff',
      '',
    ]);
    assert.deepEqual(doc.decisions.map((d) => d.text), ['adopt the plan', 'keep the date', 'move the meeting']);
    assert.deepEqual([doc.date, doc.dateSource, doc.location], ['2024-03-04', 'date-line', 'the Hall']);
    assert.deepEqual(doc.roster.map((r) => [r.name, r.role]), [['Ann Lee', 'attendee'], ['Bo Chan', 'attendee'], ['Cy Dee', 'apology'], ['Dee Eff', 'copy']]);
  });

  it('reads the people of a group\'s label in a roster list, and a label with one name only when it names a group', () => {
    const doc = parse([
      '## Present',
      '',
      '- Team members: Ann Lee, Bo Chan',
      '- **Client:** Cy Dee, Dee Eff',
      '- Guests: Eve Fay',
      '- Observer: Gil Ho',
      '- Invited board members: Ida Jo',
      '',
    ]);
    assert.deepEqual(doc.roster.map((r) => r.name), ['Ann Lee', 'Bo Chan', 'Cy Dee', 'Dee Eff', 'Eve Fay', 'Observer: Gil Ho', 'Ida Jo']);
  });
});

describe('dialect: lines the pre-scan must keep', () => {
  it('reads "Date/time:", "Next-step:" and "__AI:__" lines as the full parse does (the pre-scan dropped them)', () => {
    const text = ['# Board', '', 'Date/time: 4 March 2024', '', 'Next-step: ship it', '', '__AI:__ send it', '', '__AI__: book it', ''].join('\n');
    for (const fullParse of [false, true]) {
      const doc = parseMinutes(text, { today: '2024-03-01', fullParse });
      assert.deepEqual([doc.date, doc.dateSource, doc.actions.map((a) => a.text)], ['2024-03-04', 'date-line', ['ship it', 'send it', 'book it']], `fullParse: ${fullParse}`);
    }
  });

  it('reads the bullets under a "To be done" heading as actions, as the full parse does (the pre-scan dropped them)', () => {
    for (const fullParse of [false, true]) {
      const doc = parseMinutes('# To be done until Friday\n\n- call Bo\n', { today: '2024-03-01', fullParse });
      assert.deepEqual(doc.actions.map((a) => a.text), ['call Bo'], `fullParse: ${fullParse}`);
    }
  });
});

describe('dialect: action sections, the rest', () => {
  const bullets = (heading: string) => parse([heading, '', '- call Bo', '']).actions.map((a) => a.text);

  it('reads the bullets under each name of a list of actions as actions, and under other headings as none', () => {
    const names = [
      'Summary of actions', 'A list of action items', 'Series of actions', 'Set of actions', 'New action items', 'Open actions', 'Agreed actions',
      'Decisions and action items', 'Actions required', 'Actions agreed', 'Actions arising', 'Action points', 'Action item', 'Actionables',
      'Actionable items', 'Next step', 'Next steps', 'Todos', 'To-dos', 'To do', 'To be done', 'To be done until Friday', 'Tasks', 'Individual tasks',
      'Good first tasks', '1.2) Actions', 'Actions:', 'Action items (AIs)', '**Actions**',
    ];
    assert.deepEqual(names.map((name) => bullets(`# ${name}`)), names.map(() => ['call Bo']));
    const others = ['Notes', 'Actions taken last year', 'Transactions', 'Reactions', 'My tasks today were', 'Present', 'Agenda'];
    assert.deepEqual(others.map((name) => bullets(`# ${name}`)), others.map(() => []));
  });

  it('reads the list under a label alone on its line as actions, with marks and a colon in any place', () => {
    const labels = ['Action items:', '**Next steps**', 'TODO:', '*Actions:*', '__To do__', '_Actions_:', '**Actions:**', 'Actions :', '**Actions** :'];
    assert.deepEqual(labels.map((label) => parse(['# Notes', '', label, '', '- call Bo', '']).actions.map((a) => a.text)), labels.map(() => ['call Bo']));
    assert.deepEqual(parse(['# Notes', '', 'Actions taken:', '', '- call Bo', '']).actions, []);
  });

  it('reads "Name: task" items under an outcome label as actions, and its other items as none', () => {
    for (const label of ['**Resolved**', 'Agreed:', 'Outcomes', '*Decisions*:', '__Decided__', 'Outcome :']) {
      const doc = parse(['# Notes', '', label, '', '- Luther: Introduce Soares to Juanita', '- Luther/Valentine : Sort out the venue', '- keep the date', '- the venue: the Hall', '']);
      assert.deepEqual(
        doc.actions.map((a) => [a.text, owners(a)]),
        [['Introduce Soares to Juanita', ['Luther']], ['Sort out the venue', ['Luther', 'Valentine']]],
        label,
      );
    }
  });

  it('reads an actions section that names the agenda as the agenda', () => {
    assert.deepEqual(bullets('# Actions').length, 1);
    for (const item of ['Agenda', '1.2 Agenda review', '2.1) agenda', 'Review the agenda items', 'agenda item 3']) {
      assert.deepEqual(parse(['# Actions', '', `- ${item}`, '- call Bo', '']).actions, [], item);
    }
    assert.deepEqual(parse(['# Actions', '', '- review the agendas', '- call Bo', '']).actions.length, 2);
  });

  it('tells rosters and the next meeting by their headings, numbered, with a colon or a gloss', () => {
    const doc = parse([
      '# Board', '', '## 1. Attendees (in person):', '', 'Ann Lee', '', '## Members present', '', 'Bo Chan', '', '## Team members present', '', 'Cy Dee',
      '', '## Apologies for absence', '', 'Dee Eff', '', '## Regrets', '', 'Eve Fay', '', '## Copy to', '', 'Gil Ho', '', '## Circulation', '', 'Ida Jo',
      '', '## 10.2 Next meeting:', '', '12 March 2024', '', '## Present company', '', 'Jo Ko', '',
    ]);
    assert.deepEqual(doc.roster.map((r) => [r.name, r.role]), [
      ['Ann Lee', 'attendee'], ['Bo Chan', 'attendee'], ['Cy Dee', 'attendee'], ['Dee Eff', 'apology'], ['Eve Fay', 'apology'], ['Gil Ho', 'copy'], ['Ida Jo', 'copy'],
    ]);
    assert.equal(doc.nextMeeting?.date, '2024-03-12');
  });

  it('takes the owner from a sub-heading naming people with slashes, commas, ampersands or pluses, and from "Tasks for"', () => {
    const read = (lines: string[]) => parse(lines).actions.map((a) => [a.text, owners(a)]);
    assert.deepEqual(read(['# Action items', '', '## Ann/Bo', '', '- call Cy', '', '## Ann, Bo & Cy', '', '- call Di', '', '## Ann + Bo', '', '- call Ed', '', '## Ann,, Bo', '', '- call Fi', '', '## Everybody', '', '- call Gil', '']), [
      ['call Cy', ['Ann', 'Bo']],
      ['call Di', ['Ann', 'Bo', 'Cy']],
      ['call Ed', ['Ann', 'Bo']],
      ['call Fi', []],
      ['call Gil', ['Everybody']],
    ]);
    assert.deepEqual(read(['# Notes', '', '## Three more tasks for Bo Chan', '', '- [ ] read it', '', '## Four more very good tasks for Bo', '', '- [ ] fix it', '']), [
      ['read it', ['Bo Chan']],
      ['fix it', []],
    ]);
  });
});

describe('dialect: the meeting\'s own facts, the rest', () => {
  it('reads the next meeting\'s time in each form and its place after it, over the lines of its section', () => {
    const next = (line: string) => {
      const meeting = parseMinutes(`# Board\n\n## Next meeting\n\n${line}\n`, { today: '2024-03-01' }).nextMeeting;
      return meeting && [meeting.date, meeting.time, meeting.place, meeting.range.start.line, meeting.range.end.line];
    };
    assert.deepEqual(
      [
        '12 March 2024, 10.30am at the Hall',
        '12 March 2024, 2pm - 3pm at the Hall, room 2',
        '12 March 2024 14:00–15:00 at Town Hall (upstairs)',
        '12 March 2024 9 am to 5 pm',
        '12 March 2024, 10:30 AM at the hall\nsecond line',
        'at the Hall',
        '12 March 2024 at 10am at Town Hall',
        '12 March 2024, 14:00 to 15:30, at the Hall',
      ].map(next),
      [
        ['2024-03-12', '10.30am', 'the Hall', 2, 4],
        ['2024-03-12', '2pm - 3pm', 'the Hall', 2, 4],
        ['2024-03-12', '14:00–15:00', 'Town Hall', 2, 4],
        ['2024-03-12', '9 am to 5 pm', undefined, 2, 4],
        ['2024-03-12', '10:30 AM', 'the hall', 2, 5],
        [undefined, undefined, 'the Hall', 2, 4],
        ['2024-03-12', '10am', 'Town Hall', 2, 4],
        ['2024-03-12', '14:00 to 15:30', 'the Hall', 2, 4],
      ],
    );
    const empty = parseMinutes('# Board\n\n## Next meeting\n\n## Other\n', { today: '2024-03-01' }).nextMeeting;
    assert.deepEqual(empty && [empty.date, empty.time, empty.place, empty.range.start.line, empty.range.end.line], [undefined, undefined, undefined, 2, 2]);
  });

  it('reads a front matter date as YAML gives it, "attended:" and a "copies:" line, and an impossible date as none', () => {
    const doc = parseMinutes('---\ndate: 2024-02-03\nattended: [Ann Lee]\ncopies: "Bo Chan, Cy Dee"\n---\n# Board\n', {});
    assert.deepEqual([doc.date, doc.dateSource], ['2024-02-03', 'front-matter']);
    assert.deepEqual(doc.roster.map((r) => [r.name, r.role, at(r.range)]), [['Ann Lee', 'attendee', [2, 11, 18]], ['Bo Chan', 'copy', [3, 9, 16]], ['Cy Dee', 'copy', [3, 18, 24]]]);
    const impossible = parseMinutes('---\ndate: 2024-02-31\n---\n# Board\n', { fileName: '2024-01-05.md' });
    assert.deepEqual([impossible.date, impossible.dateSource], ['2024-01-05', 'file-name']);
    assert.deepEqual(parseMinutes('---\n42\n---\n# Board\n', {}).diagnostics.map((d) => d.message), ['Front matter should be a YAML mapping (key: value lines).']);
    assert.deepEqual(parseMinutes('---\n---\n# Board\n', {}).diagnostics, []);
  });
});

describe('dialect: owner phrases, the rest', () => {
  const roster = ['Ann Lee', 'Bo Chan', 'Cy Dee', 'Dee Eff', 'Eve Fay', 'Gil Ho', 'Ida Jo', 'Jo Ko', 'Kim Lo', 'Lu Mo', 'Mo No', 'Ned Oh', 'Ole Pu'];
  const read = (lines: string[]) => {
    const doc = parse(['## Present', '', roster.join(', '), '', '# Actions', '', ...lines.map((line) => `- ACTION: ${line}`), '']);
    return doc.actions.map((a) => [a.text, owners(a), `${a.ownerRange.start.character}-${a.ownerRange.end.character}`]);
  };
  const check = (cases: (readonly [string, string, string[], string])[]) =>
    assert.deepEqual(read(cases.map(([line]) => line)), cases.map(([, text, names, range]) => [text, names, range]));

  it('reads the owner of a second clause after a comma, a semicolon or "and", in any spacing, a full name or a handle', () => {
    check([
      ['Ann to fix it,Bo to test it', 'fix it,Bo to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it, Bo to test it', 'fix it, Bo to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it,and Bo to test it', 'fix it,and Bo to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it,and  Bo to test it', 'fix it,and Bo to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it;Bo to test it', 'fix it;Bo to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it and Bo to test it', 'fix it and Bo to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it and  Bo to test it', 'fix it and Bo to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it, Bo Chan to test it', 'fix it, Bo Chan to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it, Bo  Chan to test it', 'fix it, Bo Chan to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it, Bo  to test it', 'fix it, Bo to test it', ['Ann Lee', 'Bo Chan'], '10-13'],
      ['Ann to fix it; @mj2 will test it', 'fix it; @mj2 will test it', ['Ann Lee', 'mj2'], '10-13'],
    ]);
  });

  it('reads "Owners to …" in any spacing, hedged before, with an e-mail address, every name a plausible owner, at most 80 letters', () => {
    const eighty = 'Ann Lee, Bo Chan, Cy Dee, Dee Eff, Eve Fay, Gil Ho, Ida Jo, Jo Ko, Kim Lo, Lu Mo';
    assert.equal(eighty.length, 80);
    check([
      ['Ann  to send it', 'send it', ['Ann Lee'], '10-13'],
      ['Ann to  send it', 'send it', ['Ann Lee'], '10-13'],
      ['Probably  Jack to own this', 'own this', ['Jack'], '20-24'],
      ['Jack to probably own this', 'probably own this', ['Jack'], '10-14'],
      ['jane@mail.example.org to open a PR', 'open a PR', ['jane@mail.example.org'], '10-31'],
      ['Ann and Everyone to review it', 'Ann and Everyone to review it', [], '10-10'],
      [`${eighty} to review it`, 'review it', roster.slice(0, 10), '10-90'],
      [`${eighty}, Mo No to review it`, 'to review it', roster.slice(0, 11), '10-97'],
    ]);
    const [spaced] = parse(['# Actions', '', '- ACTION: Ann to  send it', '']).actions;
    assert.deepEqual(at(spaced.textRange), [2, 18, 25], 'the text starts after the spaces');
  });

  it('reads people on the roster before a verb, in any spacing, each of them on the roster', () => {
    check([
      ['Ann Lee file an issue', 'file an issue', ['Ann Lee'], '10-17'],
      ['Ann,Bo file an issue', 'file an issue', ['Ann Lee', 'Bo Chan'], '10-16'],
      ['Ann , Bo file an issue', 'file an issue', ['Ann Lee', 'Bo Chan'], '10-18'],
      ['Ann Lee and Bo Chan file an issue', 'file an issue', ['Ann Lee', 'Bo Chan'], '10-29'],
      ['Ann  Lee & Bo  Chan file an issue', 'file an issue', ['Ann Lee', 'Bo Chan'], '10-29'],
      ['Ann  file an issue', 'file an issue', ['Ann Lee'], '10-13'],
      ['Ann and Zed file an issue', 'Ann and Zed file an issue', [], '10-10'],
    ]);
  });

  it('reads a hedged owner before a dash, and a trailing owner only at the very end, in any spacing', () => {
    check([
      ['Aapeli or someone? — check the logs', 'check the logs', ['Aapeli'], '10-16'],
      ['Aapeli  or  someone  else? — check the logs', 'check the logs', ['Aapeli'], '10-16'],
      ['check the logs (Ann) first', 'check the logs (Ann) first', [], '10-10'],
      ['check the logs (maybe  Bo?)', 'check the logs', ['Bo Chan'], '33-35'],
      ['check the logs (Ann perhaps?)', 'check the logs', ['Ann Lee'], '26-29'],
      ['check the logs (Ann,  perhaps?)', 'check the logs', ['Ann Lee'], '26-29'],
      ['check the logs (Ann).', 'check the logs', ['Ann Lee'], '26-29'],
      ['check the logs (Anna Bell)', 'check the logs', ['Anna Bell'], '26-35'],
      ['check the logs (bo)', 'check the logs', ['Bo Chan'], '26-28'],
      ['check the logs (@)', 'check the logs (@)', [], '10-10'],
      ['check the logs (,)', 'check the logs (,)', [], '10-10'],
      ['check the logs (Ann, WIP)', 'check the logs (Ann, WIP)', [], '10-10'],
      ['check the logs – **Ann** first', 'check the logs – Ann first', [], '10-10'],
      ['check the logs –  **Ann Lee**', 'check the logs', ['Ann Lee'], '30-37'],
      ['check the logs – **Ann Lee**.', 'check the logs', ['Ann Lee'], '29-36'],
    ]);
  });
});

describe('dialect: the vocabulary, the rest', () => {
  const row = (header: string[], cells: string[]) => parse(['# Notes', '', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, `| ${cells.join(' | ')} |`, '']);

  it('reads a table by each name of its owner, action, due, status and type columns', () => {
    const ownerNames = ['Owner', 'Owners', 'Who', 'Assignee', 'Assignees', 'Assigned to', 'Responsible', 'Lead', 'By whom', 'Action by'];
    assert.deepEqual(ownerNames.map((name) => row([name, 'Action'], ['Ann', 'send it']).actions.map((a) => [a.text, owners(a)])), ownerNames.map(() => [['send it', ['Ann']]]));
    const actionNames = ['Action', 'Actions', 'Task', 'Tasks', 'What', 'Description', 'Item', 'Action item'];
    assert.deepEqual(actionNames.map((name) => row(['Owner', name], ['Ann', 'send it']).actions.map((a) => a.text)), actionNames.map(() => ['send it']));
    const dueNames = ['Due', 'Due date', 'When', 'Deadline', 'By', 'By when', 'Target', 'Target date', 'Date'];
    assert.deepEqual(dueNames.map((name) => row(['Owner', 'Action', name], ['Ann', 'send it', '4 May 2024']).actions.map((a) => a.due)), dueNames.map(() => ['2024-05-04']));
    const statusNames = ['Status', 'Done', 'State'];
    assert.deepEqual(statusNames.map((name) => row(['Owner', 'Action', name], ['Ann', 'send it', 'done']).actions.map((a) => a.status)), statusNames.map(() => ['done']));
    const typeNames = ['Type', 'Kind', 'Category'];
    assert.deepEqual(typeNames.map((name) => row(['Owner', 'Action', name], ['Ann', 'adopt it', 'D']).decisions.map((d) => d.text)), typeNames.map(() => ['adopt it']));
  });

  it('reads names that start or end like a word for a group or a status as names, and "(P1)" as a priority but "(Po)" as a name', () => {
    const doc = parse(['# Actions', '', '- ACTION: Wendy to check it', '- ACTION: Niall to check it', '- ACTION: check it (Highsmith)', '- ACTION: check it (P1)', '- ACTION: check it (Po)', '']);
    assert.deepEqual(doc.actions.map((a) => [a.text, owners(a)]), [['check it', ['Wendy']], ['check it', ['Niall']], ['check it', ['Highsmith']], ['check it (P1)', []], ['check it', ['Po']]]);
  });

  it('writes a phrase\'s spaces as a grammar needs them, and a list of plain phrases as one alternation', () => {
    assert.equal(spaced(String.raw`action items?|next\s+steps?|a\sb`, '[ \\t]+'), String.raw`action[ \t]+items?|next[ \t]+steps?|a[ \t]b`);
    assert.equal(alternation(['by whom', 'ref.', 'a+b'], String.raw`\s+`), String.raw`by\s+whom|ref\.|a\+b`);
  });
});

describe('dialect: labelled lines, more', () => {
  const labelled = (lines: string[]) => parse(lines.flatMap((line) => [line, ''])).actions.map((a) => [a.text, a.owners.map((o) => o.text), a.id]);

  it('reads labels in other spacing and ids with longer parts, and a label with an owner but no text as none', () => {
    assert.deepEqual(
      labelled(['# Notes', 'ACTION 1.12: a', 'ACTION  - b', 'AI  Felix: c', 'AI,cs: d', 'AI Felix : e', 'AI:f', 'AI Taylor: g', 'AI(Mark):', 'ACTION: to be  discussed later', 'ACTION: discuss  further']),
      [['a', [], '1.12'], ['b', [], undefined], ['c', ['Felix'], undefined], ['d', [], undefined], ['e', ['Felix'], undefined], ['f', [], undefined], ['g', ['Taylor'], undefined]],
    );
  });

  it('reads AI: with an owner as someone speaking when the roster names someone AI', () => {
    assert.deepEqual(parse(['## Present', '', 'Ann Ito (AI), Bo Chan', '', '# Notes', '', 'AI(Mark): send it', '', 'AI: book it', '', 'ACTION: file it', '']).actions.map((a) => a.text), ['file it']);
  });

  it('reads decision and meta labels only at the start of a line, in any spacing', () => {
    const doc = parse(['# Board', '', 'We agreed: keep the date', '', 'Decision:adopt it', '', 'Our venue: the Hall', '', 'Venue : the Annex', '']);
    assert.deepEqual([doc.decisions.map((d) => d.text), doc.location], [['adopt it'], 'the Annex']);
    assert.equal(parse(['# Board', '', 'Venue:the Hall', '']).location, 'the Hall');
  });

  it('reads a roster group\'s label before one name or many, in any spacing', () => {
    const doc = parse(['## Present', '', '- Team members:Ann Lee, Bo Chan', '- Member: Cy Dee', '- Guest: Eve Fay', '- Client: Gil Ho', '']);
    assert.deepEqual(doc.roster.map((r) => r.name), ['Ann Lee', 'Bo Chan', 'Cy Dee', 'Eve Fay', 'Gil Ho']);
  });

  it('counts speakers only at the start of a line, after a bullet in any spacing', () => {
    const refs = ['Ref DG: a', 'Ref KM: b', 'Ref LS: c', 'Ref DG: d', 'Ref KM: e', 'Ref LS: f'];
    assert.equal(labelled(['# Notes', ...refs, 'AI: send the notes']).length, 1);
    assert.equal(labelled(['# Notes', '-  DG: a', '-  KM: b', '-  LS: c', '-  DG: d', '-  KM: e', '-  LS: f', 'AI: send the notes']).length, 0);
  });
});

describe('dialect: action sections, more', () => {
  const read = (lines: string[]) => parse(lines).actions.map((a) => [a.text, owners(a)]);

  it('takes the owner of "Tasks for" in any spacing, and no owner from a sub-heading that only ends or starts like "all"', () => {
    assert.deepEqual(
      read(['# Notes', '', '## Good  tasks for Bo', '', '- [ ] a', '', '## Good tasks  for Bo', '', '- [ ] b', '', '## Good tasks for  Bo', '', '- [ ] c', '']),
      [['a', ['Bo']], ['b', ['Bo']], ['c', ['Bo']]],
    );
    assert.deepEqual(
      read(['# Action items', '', '## Some notes about the tasks for Ann', '', '- [ ] a', '', '## Alliance work', '', '- [ ] b', '', '## Review them all', '', '- [ ] c', '', '## documentation', '', '- [ ] d', '']),
      [['a', []], ['b', []], ['c', []], ['d', []]],
    );
  });

  it('reads an item naming the agenda with a number in any form, and an agenda item anywhere, but not a mention of it', () => {
    for (const item of ['3 Agenda', '1.12 Agenda', '12 Agenda', 'next agenda item']) {
      assert.deepEqual(parse(['# Actions', '', `- ${item}`, '- call Bo', '']).actions, [], item);
    }
    assert.deepEqual(parse(['# Actions', '', '- send the agenda to Bo', '- call Bo', '']).actions.length, 2);
  });

  it('reads singular plans and a week without a space as plans, and "Name:  task" with more space as an action', () => {
    for (const heading of ['# Milestone', '# OKR', '# Week3']) assert.deepEqual(parse([heading, '', '- [ ] ship it', '']).actions, [], heading);
    assert.deepEqual(read(['# Notes', '', '**Resolved**', '', '- Luther:  Introduce Soares to Juanita', '']), [['Introduce Soares to Juanita', ['Luther']]]);
  });
});

describe('dialect: the meeting\'s own facts, more', () => {
  it('reads a YAML timestamp as the date, the first line of a YAML error in full, and people lists with gaps and escapes', () => {
    assert.deepEqual(
      [parseMinutes('---\ndate: !!timestamp 2024-02-03\n---\n# Board\n', {})].map((d) => [d.date, d.dateSource]),
      [['2024-02-03', 'front-matter']],
    );
    assert.deepEqual(parseMinutes('---\nfoo: [unclosed\n---\n# Board\n', {}).diagnostics.map((d) => d.message), [
      'Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 15:',
    ]);
    const doc = parseMinutes('---\nattendees: "Ann Lee, , Bo Chan"\napologies: ["Cy\\x20Dee"]\ntitle: "  Board  "\n---\n# Board\n\nCy Dee sent apologies\n', {});
    assert.equal(doc.title, 'Board');
    // "Cy\x20Dee" is not written as such: placed on the whole front matter, not on the name in the text below it.
    assert.deepEqual(doc.roster.map((r) => [r.name, r.role, r.range.start.line, r.range.start.character, r.range.end.line, r.range.end.character]), [
      ['Ann Lee', 'attendee', 1, 12, 1, 19],
      ['Bo Chan', 'attendee', 1, 23, 1, 30],
      ['Cy Dee', 'apology', 0, 0, 4, 3],
    ]);
  });

  it('reads a next meeting label\'s line as its place, and ranges of times written close or spaced', () => {
    const next = (line: string) => parseMinutes(`# Board\n\nNext meeting: 12 March 2024, ${line}\n`, { today: '2024-03-01' }).nextMeeting;
    const label = next('2pm-3pm');
    assert.deepEqual(label && [label.time, label.range.start.line, label.range.start.character, label.range.end.line, label.range.end.character], ['2pm-3pm', 2, 0, 2, 36]);
    assert.deepEqual(['1pm to  2pm', '10am to 11am'].map((line) => next(line)?.time), ['1pm to  2pm', '10am to 11am']);
  });
});

describe('dialect: a list label with nothing under it', () => {
  it('reads `Action items:` alone, with no list after it, as no action; `ACTION:` alone is still an empty action', () => {
    for (const lines of [['# M', '', 'Action items:', ''], ['# M', '', '**Action Items:**', '', 'We talked.', ''], ['# M', '', 'Actionable items:', '']]) {
      const doc = parse(lines);
      assert.deepEqual([doc.actions.length, doc.diagnostics.length], [0, 0], lines.join(' / '));
    }
    assert.deepEqual(parse(['# M', '', 'Action items: MJ to call Bo', '']).actions.map((a) => [a.text, owners(a)]), [['call Bo', ['MJ']]]);
    assert.deepEqual(parse(['# M', '', 'ACTION:', '']).actions.map((a) => a.text), ['']);
  });
});

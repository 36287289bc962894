import { strict as assert } from 'node:assert';
import type { ParseOptions } from '../../src/core/parse';
import type { Action, MinutesDocument } from '../../src/core/model';
import { resolveRelativeDue } from '../../src/core/dates';
import { parseBothWays, styleOptions } from './helpers/styles';

// The action styles of minutes people already keep (issue #9), and the look-alikes that are not actions.
const options: ParseOptions = styleOptions;
// Every style must read the same through the pre-scan's fast path as through the full parse.
const parse = (text: string): MinutesDocument => parseBothWays(text, options);
const owners = (action: Action): string[] => action.owners.map((o) => o.text);
const brief = (doc: MinutesDocument): [number, string[], string, string][] =>
  doc.actions.map((a) => [a.range.start.line + 1, owners(a), a.text, a.status]);

describe('styles read from existing minutes: labelled lines', () => {
  it('reads AI:, *AI:*, AI(name): and AI Name:, with the owner in the label or as "Name to"', () => {
    const doc = parse(
      ['* AI: Mark to write summary', '', '*AI:* Josh to summarize', '', 'AI(Niko): open the stream', '', '* AI Felix: summarize and fcp close', ''].join('\n'),
    );
    assert.deepEqual(brief(doc), [
      [1, ['Mark'], 'write summary', 'open'],
      [3, ['Josh'], 'summarize', 'open'],
      [5, ['Niko'], 'open the stream', 'open'],
      [7, ['Felix'], 'summarize and fcp close', 'open'],
    ]);
  });

  it('reads **ACTION**:, Action item:, **ACTION-ITEM:** and a whole bold line', () => {
    const doc = parse(
      [
        '* **ACTION**: Jenn to send follow-up to WG leads',
        '* Action item: nikomatsakis to write up the proposal',
        '**ACTION-ITEM:** Put together a user story',
        '',
        '**ACTION ITEM: Ralph will compile doc**',
        '',
      ].join('\n'),
    );
    assert.deepEqual(brief(doc), [
      [1, ['Jenn'], 'send follow-up to WG leads', 'open'],
      [2, ['nikomatsakis'], 'write up the proposal', 'open'],
      [3, [], 'Put together a user story', 'open'],
      [5, ['Ralph'], 'compile doc', 'open'],
    ]);
  });

  it('keeps the id of ACTION 62.3: and reads owners that are names, not instructions', () => {
    const doc = parse(
      ['**ACTION 62.3:** Perform a full benchmark for EIP-1108.', '', '**ACTION 62.5:** James Hancock to update the Wiki.', '', 'Action: **Invite Steven Loomis to the next TC meeting**', ''].join('\n'),
    );
    assert.deepEqual(
      doc.actions.map((a) => [a.id, owners(a), a.text]),
      [
        ['62.3', [], 'Perform a full benchmark for EIP-1108.'],
        ['62.5', ['James Hancock'], 'update the Wiki.'],
        [undefined, [], 'Invite Steven Loomis to the next TC meeting'],
      ],
    );
  });

  it('continues a label onto the lines of its paragraph, and starts another at each label', () => {
    const doc = parse('**ACTION ITEM: Ralph will use an internal tool\nto search for use**\n**(possible) ACTION ITEM: Put together a user story**\n');
    assert.deepEqual(brief(doc), [
      [1, ['Ralph'], 'use an internal tool to search for use', 'open'],
      [3, [], 'Put together a user story', 'open'],
    ]);
  });

  it('takes a roster person followed by a verb as the owner: "Ben file an issue"', () => {
    const doc = parse('## Present\n\n* Ben\n* Bert\n\n* Action: **Ben file an issue to discuss how unstable works**\n');
    assert.deepEqual(owners(doc.actions[0]), ['Ben']);
    assert.equal(doc.actions[0].text, 'file an issue to discuss how unstable works');
  });

  it('reads Next step: with a text as an action', () => {
    const doc = parse('- **next step:** somebody needs to write up the implications\n');
    assert.deepEqual(brief(doc), [[1, [], 'somebody needs to write up the implications', 'open']]);
  });
});

describe('styles read from existing minutes: rosters', () => {
  it('reads the people after a group label in a roster, and "Members present:" / "Absent: N/A" lines', () => {
    const doc = parse('## Attendance\n\n* Team members: Josh, Niko, Felix\n* Others: simulacrum\n* Mark Jones: chair\n\n- **Team Members Present**: Aaymen, Clayton\n- **Absent**: N/A\n');
    assert.deepEqual(
      doc.roster.map((r) => [r.name, r.role]),
      [
        ['Josh', 'attendee'],
        ['Niko', 'attendee'],
        ['Felix', 'attendee'],
        ['simulacrum', 'attendee'],
        ['Mark Jones: chair', 'attendee'],
        ['Aaymen', 'attendee'],
        ['Clayton', 'attendee'],
      ],
    );
  });
});

describe('styles read from existing minutes: sections of actions', () => {
  it('reads the items under an Action items heading, with Name to, Name will, Name:, @handle and trailing (name) owners', () => {
    const doc = parse(
      [
        '## Action items',
        '- Centril to comment on the casts issue',
        '    - No progress',
        '- PKA will check with ACE on the status',
        '- Danny is going to consider a virtual interop',
        '- Rita: book the room',
        '- @olizilla, @fsdiogo will have a call',
        '- Extend the expert map (Niko)',
        '- Create a calendar (maybe Mark?)',
        '- Join the discussion',
        '',
        '## Other business',
        '- not an action',
        '',
      ].join('\n'),
    );
    assert.deepEqual(brief(doc), [
      [2, ['Centril'], 'comment on the casts issue', 'open'],
      [4, ['PKA'], 'check with ACE on the status', 'open'],
      [5, ['Danny'], 'consider a virtual interop', 'open'],
      [6, ['Rita'], 'book the room', 'open'],
      [7, ['olizilla', 'fsdiogo'], 'have a call', 'open'],
      [8, ['Niko'], 'Extend the expert map', 'open'],
      [9, ['Mark'], 'Create a calendar', 'open'],
      [10, [], 'Join the discussion', 'open'],
    ]);
  });

  it('reads ACTION ITEMS, Actionables, Next steps and TODO headings, and ends the section at the next heading of its level', () => {
    for (const heading of ['## ACTION ITEMS', '### Actionables', '## Next steps', '## TODO', '## 5. Action items:']) {
      const doc = parse(`${heading}\n* Get the PRs into a release\n\n#### Detail\n* also an action\n\n## Links\n* no action\n`);
      assert.deepEqual(
        doc.actions.map((a) => a.text),
        ['Get the PRs into a release', 'also an action'],
        heading,
      );
    }
  });

  it('reads the list after a label paragraph (Action items:, **Next steps**, Series of actions:) and the nested list of a label item', () => {
    const doc = parse(
      [
        '### Conclusion',
        '',
        'Action items:',
        '',
        '* PKA will check with ACE',
        '',
        '**Next steps**',
        '- Ask the chairs',
        '',
        '* Topic',
        '    * Series of actions:',
        '        * Identify template charter',
        '        * Copy into ossf/template',
        '- action items:',
        '    - schedule a design meeting?',
        '',
        '- plain list item, no action',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      doc.actions.map((a) => a.text),
      ['check with ACE', 'Ask the chairs', 'Identify template charter', 'Copy into ossf/template', 'schedule a design meeting?'],
    );
  });

  it('reads checkboxes under a section, with [x] done', () => {
    const doc = parse('## TODO\n- [ ] @alice: write the tests\n- [x] @bob: release\n');
    assert.deepEqual(brief(doc), [
      [2, ['alice'], 'write the tests', 'open'],
      [3, ['bob'], 'release', 'done'],
    ]);
  });
});

describe('styles read from existing minutes: done, due and tables', () => {
  it('reads (done), completed <date>, — done and ~~strikethrough~~ as done', () => {
    const doc = parse(
      [
        '* AI: Josh to summarize and propose FCP merge (done)',
        '* Action: David Wheeler to propose each to the WG (completed 2020-09-22, including notification) and each WG will decide.',
        '* Action: Rita to compare closed and open formats (closed source)',
        '* ACTION: Rita to book the room — done',
        '',
        '## Action items',
        '- ~~Mark to send the minutes~~',
        '- Mark to file the report',
        '- Rita to phone (will be completed)',
      ].join('\n'),
    );
    assert.deepEqual(
      doc.actions.map((a) => [a.text, a.status]),
      [
        ['summarize and propose FCP merge', 'done'],
        ['propose each to the WG (completed 2020-09-22, including notification) and each WG will decide.', 'done'],
        ['compare closed and open formats (closed source)', 'open'],
        ['book the room', 'done'],
        ['send the minutes', 'done'],
        ['file the report', 'open'],
        ['phone (will be completed)', 'open'],
      ],
    );
  });

  it('resolves relative dues from the meeting date, and keeps the unresolvable ones as text', () => {
    const doc = parse(
      [
        'Date: 2022-07-12',
        '',
        'ACTION: Jenn to identify speakers by next TAC call',
        'ACTION: Jenn to update the poll by next week',
        'ACTION: Jenn to write it up in 2 weeks',
        'ACTION: Jenn to phone them by Friday',
        'ACTION: Jenn to email the list by email',
      ].join('\n'),
    );
    assert.deepEqual(
      doc.actions.map((a) => [a.text, a.dueText, a.due, a.dueRelative ?? false]),
      [
        ['identify speakers', 'next TAC call', null, true],
        ['update the poll', 'next week', '2022-07-19', false],
        ['write it up', 'in 2 weeks', '2022-07-26', false],
        ['phone them', 'Friday', '2022-07-15', false],
        ['email the list by email', null, null, false],
      ],
    );
    const missingDue = doc.diagnostics.filter((d) => d.code === 'missing-due').map((d) => d.range.start.line + 1);
    assert.deepEqual(missingDue, [7], 'a relative due is a due date, even unresolved');
  });

  it('reads "today", and a full date inside the text, as the due date; takes the date from a Date/Time heading', () => {
    const doc = parse(
      [
        '# Call #36',
        '### Meeting Date/Time: Thursday 26 March 2020 at 14:00 UTC',
        '## ACTION ITEMS',
        '* Get the PRs into a release today.',
        '* @olizilla, @fsdiogo will have a call at 2020-03-27 10:00AM GMT – link to follow',
      ].join('\n'),
    );
    assert.equal(doc.date, '2020-03-26');
    assert.deepEqual(
      doc.actions.map((a) => [owners(a), a.text, a.dueText, a.due]),
      [
        [[], 'Get the PRs into a release', 'today', '2020-03-26'],
        [['olizilla', 'fsdiogo'], 'have a call at 2020-03-27 10:00AM GMT – link to follow', '2020-03-27', '2020-03-27'],
      ],
    );
  });

  it('gives "next <body> meeting" the next meeting date when the document has one', () => {
    const doc = parse('Date: 2022-07-12\n\nACTION: Jenn to report before the next steering meeting\n\n## Next meeting\n\n26 July 2022\n');
    assert.equal(doc.actions[0].due, '2022-07-26');
    assert.equal(doc.actions[0].dueText, 'the next steering meeting');
  });

  it('reads only the T rows of a table with a Type column; D rows are decisions', () => {
    const doc = parse(
      [
        '| Type | Description | Owner | Deadline |',
        '|------|-------------|-------|----------|',
        '| I    | The website was presented.| |',
        '| T    | Suggest names for the website. | Shaunak Biswas | 12/04/2024 |',
        '| D    | Deploy on Azure. | - | - |',
        '| T    | Research deployment options. | The Team | 14/04/2024 |',
      ].join('\n'),
    );
    assert.deepEqual(
      doc.actions.map((a) => [a.range.start.line + 1, owners(a), a.text, a.due]),
      [
        [4, ['Shaunak Biswas'], 'Suggest names for the website.', '2024-04-12'],
        [6, ['The Team'], 'Research deployment options.', '2024-04-14'],
      ],
    );
    assert.deepEqual(
      doc.decisions.map((d) => d.text),
      ['Deploy on Azure.'],
    );
  });

  it('resolves each relative phrase from the meeting date', () => {
    const context = { meetingDate: '2024-03-06' }; // a Wednesday
    const iso = (text: string): string | undefined => resolveRelativeDue(text, context)?.iso;
    assert.equal(iso('next week'), '2024-03-13');
    assert.equal(iso('within three days'), '2024-03-09');
    assert.equal(iso('tomorrow'), '2024-03-07');
    assert.equal(iso('Wednesday'), '2024-03-13', 'the meeting day itself means a week later');
    assert.equal(iso('Monday'), '2024-03-11');
    assert.equal(iso('next meeting'), undefined);
    assert.equal(resolveRelativeDue('next TAC call', { ...context, nextMeetingDate: '2024-03-20' })?.iso, '2024-03-20');
    assert.equal(resolveRelativeDue('next week', {}), undefined, 'no meeting date, no resolution');
  });
});

describe('styles read from existing minutes: the traps', () => {
  it('reads AI: in a transcript as a speaker, not an action', () => {
    const speakers = ['SL: We have had a design.', 'KM: presumably.', 'AR: What is the use case?', 'SL: Performance.', 'KM: Agreed.', 'AR: Fine.'];
    const doc = parse([...speakers, 'AI: about registries and how we would distribute components.', 'AI (in chat): Are annotations namespaced?', ''].join('\n\n'));
    assert.deepEqual(doc.actions, []);
    // The same line in notes that are no transcript is an action.
    assert.equal(parse('AI: about registries\n').actions.length, 1);
  });

  it('reads AI: as a speaker when the roster names someone AI', () => {
    const doc = parse('## Attendees\n\n- Ann Ito (AI)\n- Bo Chan (BC)\n\nAI: I can write that up.\n\nACTION: AI — write it up\n');
    assert.deepEqual(
      doc.actions.map((a) => a.text),
      ['write it up'],
    );
  });

  it('does not read AI/ML, "AI: none", "Last week\'s AI:", "close with no action" or a scribe role as actions', () => {
    const doc = parse(
      [
        'The AI/ML working group met.',
        '',
        'AI: none',
        '',
        '* AI: N/A',
        "* Last week's AI: Mark to send the minutes",
        '* AI Safety: the group discussed red-teaming',
        '* Mark: Close with no action?',
        '* Action item scribe: Mark',
        '* No action item, just un-nominate.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(doc.actions, []);
  });

  it('does not read an earlier meeting\'s numbered action (ACTION 61.1 in meeting 62) as a new one', () => {
    const text = '# Core Devs Meeting 62\n\n**ACTION 62.1:** Reach out to the authors.\n\n**ACTION 61.1**: Ganache issue\nStatus: next meeting\n\n**ACTION 58.1**: Cat Herders to look at EIP1.\n';
    assert.deepEqual(
      parse(text).actions.map((a) => a.id),
      ['62.1'],
    );
    // Without a meeting number, or in meeting 2021-03-02, every numbered action is read.
    assert.equal(parse(text.replace('Meeting 62', 'Meeting')).actions.length, 3);
    assert.equal(parse(text.replace('Meeting 62', 'Meeting 2021-03-02')).actions.length, 3);
  });

  it('does not read an "Action items" table without an owner column (an agenda) as actions', () => {
    const doc = parse('## Action items\n| Action Item | Description | Video ref |\n| --- | --- | --- |\n| **1** | Client Updates | [1:00](https://youtu.be/x) |\n');
    assert.deepEqual(doc.actions, []);
  });

  it('does not read review sections of earlier actions as sections of actions', () => {
    for (const heading of ['## Action item review', '### Action Items from Last Week', '## Review of previous action items']) {
      const doc = parse(`${heading}\n\n* [Action items list](https://hackmd.io/x)\n* Niko: reviewed the list\n`);
      assert.deepEqual(doc.actions, [], heading);
    }
  });

  it('does not read a plan checklist (Milestones, Week 3, Roadmap) as actions, unless an item names its owner', () => {
    const doc = parse(
      ['## Review Milestones', '', '## Week 1', '- [ ] Multikey spec', '  - [ ] revisit this', '- [x] Ship IPLD.', '', '## Roadmap', '- [ ] @kubuxu: private networks', '', '## Notes', '- [ ] a task after the plan', ''].join('\n'),
    );
    assert.deepEqual(brief(doc), [
      [9, ['kubuxu'], 'private networks', 'open'],
      [12, [], 'a task after the plan', 'open'],
    ]);
  });

  it('keeps "Everyone to …", "All leads to …" and "Proposal to …" ownerless, and does not take an instruction for a name', () => {
    const doc = parse('ACTION: Everyone to read the paper\nACTION: All leads to share it\nACTION: Reach out to the Authors\nACTION: Proposal to merge the RFC\nACTION: need to check\n* AI: Agreed to wait\n');
    assert.deepEqual(
      doc.actions.map((a) => owners(a)),
      [[], [], [], [], [], []],
    );
  });
});

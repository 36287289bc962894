import { strict as assert } from 'node:assert';
import type { Action, MinutesDocument } from '../../src/core/model';
import { parseBothWays } from './helpers/styles';

// Styles of the minutes nobody tuned for (issue #16), each on an inline document, and the traps among them. Each is
// read through the pre-scan's fast path and the full parse alike.
const parse = (text: string): MinutesDocument => parseBothWays(text);
const owners = (action: Action): string[] => action.owners.map((o) => o.text);
const brief = (doc: MinutesDocument): [number, string[], string][] => doc.actions.map((a) => [a.range.start.line + 1, owners(a), a.text]);
const lines = (...text: string[]): string => text.join('\n') + '\n';

describe('styles read from unseen minutes: action sections', () => {
  it('reads task lists under headings and labels that name tasks, with "Name: task" and hedged names', () => {
    const doc = parse(
      lines(
        '## Individual Tasks',
        '',
        'To be done until **28.4.2023** (KW17):',
        '',
        '- Paul: frontend architecture, timeline',
        '',
        '## Notes',
        '',
        '* Good first tasks:',
        '    - Andreas?: Bug reporting form',
        '    - Aapeli or someone else?: Start thinking about the map',
        '    - Markdown input sanitisation',
        '',
        'Some prose.',
        '',
        'To be done until **5.5.2023**:',
        '',
        '- Merge all PRs',
      ),
    );
    assert.deepEqual(brief(doc), [
      [5, ['Paul'], 'frontend architecture, timeline'],
      [10, ['Andreas'], 'Bug reporting form'],
      [11, ['Aapeli'], 'Start thinking about the map'],
      [12, [], 'Markdown input sanitisation'],
      [18, [], 'Merge all PRs'],
    ]);
  });

  it('takes the owner from a sub-heading of an Actions section, and from "Tasks for Everyone"', () => {
    const doc = parse(
      lines(
        '# Action Items (AIs)',
        '',
        '## Jack',
        '',
        '- Fix the MC Server',
        '',
        '## General',
        '',
        '- Breakoff meetings for each workflow',
        '',
        '## Guest + Vardanyan',
        '',
        '- Do a test run-through',
        '',
        '# Tasks for Everyone',
        '',
        '- Thesis: add contributions',
        '',
        '# Agenda',
        '',
        '- Jack: not an action here',
      ),
    );
    assert.deepEqual(brief(doc), [
      [5, ['Jack'], 'Fix the MC Server'],
      [9, [], 'Breakoff meetings for each workflow'],
      [13, ['Guest', 'Vardanyan'], 'Do a test run-through'],
      [17, ['Everyone'], 'Thesis: add contributions'],
    ]);
  });

  it('reads a text struck through after its owner as done: "Ann: ~~send the file~~"', () => {
    const doc = parse(lines('## Actions', '', '- Ann: ~~send the file~~', '- ~~Bo: book the hall~~', '- Cy: ~~call~~ the bank', '', 'ACTION: Di — ~~write the letter~~.'));
    assert.deepEqual(
      doc.actions.map((a) => [owners(a), a.text, a.status]),
      [
        [['Ann'], 'send the file', 'done'],
        [['Bo'], 'book the hall', 'done'],
        [['Cy'], 'call the bank', 'open'],
        [['Di'], 'write the letter', 'done'],
      ],
    );
  });

  it('keeps a person heading\'s owner under a deeper heading that names a topic, not a person', () => {
    const withRoster = parse(
      lines(
        '# Meeting',
        '',
        'Present: Ann Lee, Bo Chan',
        '',
        '## Action items',
        '',
        '### Ann Lee',
        '',
        '- Send the file',
        '',
        '#### Hall Booking',
        '',
        '- Book the hall',
        '',
        '#### Bo Chan',
        '',
        '- Print the agenda',
      ),
    );
    assert.deepEqual(brief(withRoster), [
      [9, ['Ann Lee'], 'Send the file'],
      [13, ['Ann Lee'], 'Book the hall'],
      [17, ['Bo Chan'], 'Print the agenda'],
    ]);
    assert.deepEqual(
      withRoster.diagnostics.filter((d) => d.code === 'unknown-person'),
      [],
      'no unknown person called "Hall Booking"',
    );
    // With no roster, a deeper heading is a topic when it starts with a word no owner heading starts with.
    const noRoster = parse(lines('## Actions', '', '### Ann', '', '- Send the file', '', '#### Details', '', '- Book the hall'));
    assert.deepEqual(brief(noRoster), [
      [5, ['Ann'], 'Send the file'],
      [9, ['Ann'], 'Book the hall'],
    ]);
  });

  it('keeps reading an Actions section through its grouping sub-headings, with a trailing "– **Name**" owner', () => {
    const doc = parse(
      lines(
        '## Actions Points',
        '',
        '### For Next Week',
        '',
        '- Sign up for the pack – **All**',
        '',
        '### Ongoing',
        '',
        '- Research backend languages – **Calum and Jack**',
      ),
    );
    assert.deepEqual(brief(doc), [
      [5, ['All'], 'Sign up for the pack'],
      [9, ['Calum', 'Jack'], 'Research backend languages'],
    ]);
  });

  it('reads "Name: task" items under **Resolved** as actions, and leaves its other items alone', () => {
    const doc = parse(lines('**Resolved**', '', '- Luther/Valentine: Sort out details for questions', '- The book-keeping stays monthly', '- Roland: Make two more decks of pigeonholes'));
    assert.deepEqual(brief(doc), [
      [3, ['Luther', 'Valentine'], 'Sort out details for questions'],
      [5, ['Roland'], 'Make two more decks of pigeonholes'],
    ]);
  });
});

describe('styles read from unseen minutes: traps', () => {
  it('does not read attendance checkboxes as tasks, under an attendance heading or as a roll call of "Name - Company"', () => {
    const doc = parse(
      lines(
        '## Voting member attendance',
        '',
        '### Premier member Representatives',
        '',
        '- [x] Bill Roberts - Adobe Inc.',
        '- [ ] Brian Cipriano - Google LLC',
        '',
        '## Non Voting Projects, Working Groups',
        '',
        '- [ ] Alexander Forsythe - RAW to ACES Utility Representative',
        '- [x] Erik Strauss - Open Review Initiative Representative',
        '- [x] John Mertic - The Linux Foundation',
        '',
        '## Tasks',
        '',
        '- [ ] Ann Lee - Update the website',
      ),
    );
    assert.deepEqual(brief(doc), [[16, ['Ann Lee'], 'Update the website']]);
  });

  it('does not read a housekeeping checklist, or an Actions heading that holds the agenda', () => {
    const doc = parse(
      lines(
        '1. Housekeeping checklist:',
        '    * [x] Slack channel in ElectronHQ workspace',
        '    * [x] add directory for wg-qa',
        '        * [x] add README in wg-qa directory',
        '',
        '## Actions',
        '',
        '1. Help or discussion needed; Agenda Items for Monthly Meeting',
        '- 1.1 Open PRs',
        '',
        '## Action Items',
        '',
        '- [ ] @maria rename the channel',
      ),
    );
    assert.deepEqual(brief(doc), [[13, ['maria'], 'rename the channel']]);
  });

  it('does not read "discuss further/later", "none - still waiting" or a legend\'s "_Todo_:" as actions', () => {
    const doc = parse(
      lines('- Action item: discuss further/later', '', 'AI: none - still waiting on the vendor', '', '- _Todo_: no work done on this issue yet', '', 'TODO: create guidance on licensing'),
    );
    assert.deepEqual(brief(doc), [[7, [], 'create guidance on licensing']]);
  });
});

describe('styles read from unseen minutes: labelled lines and owner phrases', () => {
  it('reads "Actionable item:", "ACTION - Name - task", a speaker\'s "[Lee] Action item:" and "AI, related:"', () => {
    const doc = parse(
      lines(
        '- Actionable item: Vilakshan going to make a unified poster',
        '- ACTION - Benjie - split 507 WG issue. [This particular task was done.]',
        '- [Lee] Action item: Lets have folks look at the PR',
        '',
        'AI, related: Jenn to file the issue',
      ),
    );
    assert.deepEqual(brief(doc), [
      [1, ['Vilakshan'], 'make a unified poster'],
      [2, ['Benjie'], 'split 507 WG issue.'],
      [3, [], 'Lets have folks look at the PR'],
      [5, ['Jenn'], 'file the issue'],
    ]);
    assert.equal(doc.actions[1].status, 'done');
  });

  it('reads @handles with a surname initial, and a second owner of a second clause', () => {
    const doc = parse(
      lines(
        '## Action Items',
        '',
        '- [x] @Chris M send on the email from mike',
        '- [ ] @Melanie S and @sivakumar k talk about the blog',
        '- Ann to update the repo, and Bob to update the tracking issue',
        '- Jack & David & Zac B. can plan the competition',
      ),
    );
    assert.deepEqual(brief(doc), [
      [3, ['Chris M'], 'send on the email from mike'],
      [4, ['Melanie S', 'sivakumar k'], 'talk about the blog'],
      [5, ['Ann', 'Bob'], 'update the repo, and Bob to update the tracking issue'],
      [6, ['Jack', 'David', 'Zac B.'], 'plan the competition'],
    ]);
  });

  it('reads owners written as a link, an e-mail address, an arrow, a hedge or a hedged parenthesis', () => {
    const doc = parse(
      lines(
        'ACTION: [Jane Roe](mailto:jane@example.org) to open a PR',
        '',
        'ACTION: jane@example.org to file the bug',
        '',
        'ACTION: Ann → draft the charter',
        '',
        'ACTION: Probably Ruth to own this',
        '',
        'ACTION: write the release notes (Ann/Bo, perhaps?)',
      ),
    );
    assert.deepEqual(brief(doc), [
      [1, ['Jane Roe'], 'open a PR'],
      [3, ['jane@example.org'], 'file the bug'],
      [5, ['Ann'], 'draft the charter'],
      [7, ['Ruth'], 'own this'],
      [9, ['Ann', 'Bo'], 'write the release notes'],
    ]);
  });
});

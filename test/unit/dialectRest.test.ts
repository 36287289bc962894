import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import type { Action, MinutesDocument, Range } from '../../src/core/model';
import { ACTION_HEADER_WORDS, DUE_HEADER_WORDS, OWNER_HEADER_WORDS, STATUS_HEADER_WORDS, TYPE_HEADER_WORDS } from '../../src/core/dialect/vocabulary';

// The parser's dialect (src/core/dialect), the fifth mutation round of issue #22 (docs/testing.md, "Mutation
// testing"): behaviours its survivors showed untested, each as a reader of the parsed minutes sees it.
const parse = (lines: string[]): MinutesDocument => parseMinutes(lines.join('\n'), { today: '2024-03-01', fileName: '2024-03-01-notes.md' });
const at = (range: Range | undefined): [number, number, number] | undefined =>
  range && (assert.equal(range.start.line, range.end.line), [range.start.line, range.start.character, range.end.character]);
const owners = (action: Action): (string | undefined)[] => action.owners.map((o) => o.person ?? o.text);

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
    ];
    const reviewed = (heading: string) => parse([`# ${heading}`, '', '- ACTION 1.1: Ann to send it', '']).actions.map((a) => a.review?.ref);
    assert.deepEqual(headings.map(reviewed), headings.map(() => ['1.1']));
    const not = ['Actions', 'Actions from the next meeting', 'Matters arising today', 'Action items from the previous meeting notes', 'Review of actions from the next meeting', 'New actions'];
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
    ]);
  });
});

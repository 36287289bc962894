// The dialect's semantic tokens, read from the parser's model: what the editor colours in minutes documents.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { minutesTokens, type MinutesToken } from '../../src/core/language/semanticTokens';
import { LineIndex } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import { fixture } from './helpers/fixtures';

const TODAY = '2008-01-01';

function tokensOf(text: string): Array<MinutesToken & { text: string }> {
  const lines = new LineIndex(text);
  return minutesTokens(parseMinutes(text, { fileName: 'a.minutes.md' }), lines, TODAY).map((token) => ({
    ...token,
    text: lines.lineText(token.line).slice(token.character, token.character + token.length),
  }));
}

const SAMPLE = `---
date: 2007-06-06
---

## Attended

- Mark Jones (MJ)
- Meena Savla (MS) — West Herts PCT

| Owner | Action | Due |
|---|---|---|
| Meena Savla / Zed Unknown | Survey practices. | July 07 |

ACTION: MJ — Communicate the LES. Due: 15 June 2007

**ACTION**: MS — Bold one. Due: 31/02/2008

- [x] @MJ book the room due: 2009-01-01

DECISION: LES budgets capped.

\`ACTION: MJ — in code\`
`;

describe('semantic tokens', () => {
  // Read in each test, not once when the suite loads, so that a change to the tokens' code shows in the tests
  // (Stryker switches a mutant on per test).
  const find = (text: string, type: string) => tokensOf(SAMPLE).find((token) => token.text === text && token.type === type);
  const shown = (text: string) => tokensOf(text).map((t) => [t.line, t.character, t.text, t.type]);

  it('marks roster names as people declared there, not their aliases or affiliations', () => {
    assert.deepEqual(find('Mark Jones', 'minutesPerson')?.modifiers, ['declaration']);
    assert.deepEqual(find('Meena Savla', 'minutesPerson')?.modifiers.includes('declaration'), true);
    assert.ok(!tokensOf(SAMPLE).some((token) => token.text.includes('West Herts')));
  });

  it('marks action markers, plain and bold', () => {
    assert.ok(find('ACTION:', 'minutesAction'));
    assert.ok(find('**ACTION**:', 'minutesAction'));
    assert.ok(find('DECISION:', 'minutesDecision'));
  });

  it('marks owners as resolved people, and owners off the roster as unresolved', () => {
    assert.deepEqual(find('MJ', 'minutesPerson')?.modifiers, []);
    assert.deepEqual(find('Zed Unknown', 'minutesPerson')?.modifiers, ['unresolved']);
  });

  it('marks due dates: readable, overdue when open and past, unreadable as invalid', () => {
    assert.deepEqual(find('July 07', 'minutesDate')?.modifiers, ['overdue']);
    assert.deepEqual(find('15 June 2007', 'minutesDate')?.modifiers, ['overdue']);
    assert.deepEqual(find('31/02/2008', 'minutesDate')?.modifiers, ['invalid']);
    // Done actions are never overdue; their tokens say they are closed.
    assert.deepEqual(find('2009-01-01', 'minutesDate')?.modifiers, ['closed']);
  });

  it('gives nothing inside code', () => {
    const codeLine = SAMPLE.split('\n').findIndex((line) => line.includes('in code'));
    assert.ok(codeLine > 0);
    assert.deepEqual(tokensOf(SAMPLE).filter((token) => token.line === codeLine), []);
  });

  it('colours every marker, owner, roster name and due date of a meeting, each with its state', () => {
    const text = `# Team — 1 December 2007

## Attended

- Mark Jones (MJ)
- Ann Lee, Mark Jones
- Meena Savla (MS) — West Herts PCT

ACTION: MJ — Communicate the LES. Due: 15 June 2007
ACTION: MJ / Zed Quill — send it. Due: next week
ACTION: MS — pay. Due: 2009-01-01 (done)
**ACTION**: MS — Bold one. Due: 31/02/2008
ACTION: MJ — chase. Due: 32 Foo
| Owner | Action | Due | Status |
|---|---|---|---|
| Ann Lee | Survey. | 2007-12-31 | cancelled |

1. Decision: budgets capped.
- **AGREED:** yes.
`;
    const shown = tokensOf(text).map((t) => [t.line, t.character, t.text, t.type, t.modifiers.join(' ')]);
    assert.deepEqual(shown, [
      [4, 2, 'Mark Jones', 'minutesPerson', 'declaration'],
      [5, 2, 'Ann Lee', 'minutesPerson', 'declaration'],
      [6, 2, 'Meena Savla', 'minutesPerson', 'declaration'],
      [8, 0, 'ACTION:', 'minutesAction', ''],
      [8, 8, 'MJ', 'minutesPerson', ''],
      [8, 39, '15 June 2007', 'minutesDate', 'overdue'],
      [9, 0, 'ACTION:', 'minutesAction', ''],
      [9, 8, 'MJ', 'minutesPerson', ''],
      [9, 13, 'Zed Quill', 'minutesPerson', 'unresolved'],
      [9, 39, 'next week', 'minutesDate', 'overdue'],
      [10, 0, 'ACTION:', 'minutesAction', 'closed'],
      [10, 8, 'MS', 'minutesPerson', 'closed'],
      [10, 23, '2009-01-01', 'minutesDate', 'closed'],
      [11, 0, '**ACTION**:', 'minutesAction', ''],
      [11, 12, 'MS', 'minutesPerson', ''],
      [11, 32, '31/02/2008', 'minutesDate', 'invalid'],
      [12, 0, 'ACTION:', 'minutesAction', ''],
      [12, 8, 'MJ', 'minutesPerson', ''],
      [12, 25, '32 Foo', 'minutesDate', 'invalid'],
      [15, 2, 'Ann Lee', 'minutesPerson', 'closed'],
      [15, 22, '2007-12-31', 'minutesDate', 'closed'],
      [17, 3, 'Decision:', 'minutesDecision', ''],
      [18, 2, '**AGREED:**', 'minutesDecision', ''],
    ]);
    // Without a meeting date a relative due date has no day yet: neither invalid nor overdue.
    const undated = tokensOf('ACTION: MJ — send it. Due: next week\n').map((t) => [t.text, t.modifiers.join(' ')]);
    assert.deepEqual(undated, [['ACTION:', ''], ['MJ', 'unresolved'], ['next week', '']]);
  });

  it('gives sorted tokens, none overlapping, each inside its line, on every fixture and on arbitrary text', () => {
    const check = (text: string) => {
      const lines = new LineIndex(text);
      const found = minutesTokens(parseMinutes(text, { fileName: 'x.minutes.md' }), lines, TODAY);
      for (let i = 0; i < found.length; i++) {
        const token = found[i];
        assert.ok(token.length > 0);
        assert.ok(token.character + token.length <= lines.lineText(token.line).length, JSON.stringify(token));
        const previous = found[i - 1];
        if (previous) assert.ok(previous.line < token.line || previous.character + previous.length <= token.character, JSON.stringify([previous, token]));
      }
    };
    for (const name of ['seeds/2007-06-06-daccom-exec.minutes.md', 'seeds/2007-12-13-pbc-leads.minutes.md', 'workspace/2007-06-06-exec.minutes.md', 'workspace/2008-02-20-board.minutes.md']) {
      check(fixture(name));
    }
    const pieces = fc.constantFrom('ACTION: ', 'MJ', ' — ', 'Due: ', '15 June 07', '31/02/2008', '| Owner | Action | Due |\n|---|---|---|\n', '| MJ | x | July 07 |', '\n', '- [ ] @MJ ', '## Attended\n\n- Mark Jones (MJ)\n', 'DECISION: ', '**ACTION**: ', 'x');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => check(parts.join(''))), { numRuns: 300 });
  });
  it('colours the marker on its own line when the owner and text follow on the next, and nothing of a date broken over two lines', () => {
    assert.deepEqual(shown('ACTION:\nMJ to write the report\n'), [
      [0, 0, 'ACTION:', 'minutesAction'],
      [1, 0, 'MJ', 'minutesPerson'],
    ]);
    // A due date that runs onto the next line is no token (tokens never span lines); the rest of the action is.
    assert.deepEqual(shown('ACTION: MJ — write the report due 15\nJune 2007\n'), [
      [0, 0, 'ACTION:', 'minutesAction'],
      [0, 8, 'MJ', 'minutesPerson'],
    ]);
    // Joint owners written over two lines: each on its own line.
    assert.deepEqual(shown('ACTION: Mark Jones and\nRita Singh — write\n'), [
      [0, 0, 'ACTION:', 'minutesAction'],
      [0, 8, 'Mark Jones', 'minutesPerson'],
      [1, 0, 'Rita Singh', 'minutesPerson'],
    ]);
  });

  it('gives no marker where an action has no label: a bullet under an Actions heading, a task, a table row', () => {
    assert.deepEqual(shown('## Actions\n\n- MJ to write the report\n'), [[2, 2, 'MJ', 'minutesPerson']]);
    assert.deepEqual(shown('- [ ] TODO: @MJ book the room\n'), [[0, 12, '@MJ', 'minutesPerson']]);
    assert.deepEqual(shown('| Owner | Action |\n|---|---|\n| MJ | Note: write |\n'), [[2, 2, 'MJ', 'minutesPerson']]);
  });

  it('gives no marker for a decision read from a table, which has no label', () => {
    const text = '| Type | Item | Owner |\n|---|---|---|\n| Decision | go ahead | |\n| Action | write | MJ |\n';
    assert.equal(parseMinutes(text, { fileName: 'a.minutes.md' }).decisions.length, 1, 'the row is a decision');
    assert.deepEqual(tokensOf(text).map((t) => [t.line, t.text, t.type]), [[3, 'MJ', 'minutesPerson']]);
  });

  it('orders the tokens by line even when a decision comes before an action', () => {
    assert.deepEqual(shown('DECISION: go\n\nACTION: MJ — write it\n'), [
      [0, 0, 'DECISION:', 'minutesDecision'],
      [2, 0, 'ACTION:', 'minutesAction'],
      [2, 8, 'MJ', 'minutesPerson'],
    ]);
  });

  it('finds the marker only before the owners and the text, where the label starts, numbered or not', () => {
    // A colon in the text, or after the owner, is no label.
    assert.deepEqual(shown('## Actions\n\n- MJ to write: the report\n'), [[2, 2, 'MJ', 'minutesPerson']]);
    assert.deepEqual(shown('## Actions\n\n- MJ: write the report\n'), [[2, 2, 'MJ', 'minutesPerson']]);
    assert.deepEqual(shown('- ACTION: MJ — write\n'), [
      [0, 2, 'ACTION:', 'minutesAction'],
      [0, 10, 'MJ', 'minutesPerson'],
    ]);
    assert.deepEqual(shown('**ACTION 62.3:** RS — an id\n\nACTION 1.2.3: MJ — x\n'), [
      [0, 0, '**ACTION 62.3:**', 'minutesAction'],
      [0, 17, 'RS', 'minutesPerson'],
      [2, 0, 'ACTION 1.2.3:', 'minutesAction'],
      [2, 14, 'MJ', 'minutesPerson'],
    ]);
    assert.deepEqual(shown('ACTION 1.23: MJ — x\n'), [
      [0, 0, 'ACTION 1.23:', 'minutesAction'],
      [0, 13, 'MJ', 'minutesPerson'],
    ]);
    assert.deepEqual(shown('1. DECISION: go\n12) Agreed: stop\n'), [
      [0, 3, 'DECISION:', 'minutesDecision'],
      [1, 4, 'Agreed:', 'minutesDecision'],
    ]);
    assert.deepEqual(shown('  - DECISION: go\n'), [[0, 4, 'DECISION:', 'minutesDecision']]);
  });

  it('colours the marker of a label that holds its owner, AI(bob):, beside the owner', () => {
    assert.deepEqual(shown('AI(bob): send the file\n'), [
      [0, 0, 'AI', 'minutesAction'],
      [0, 3, 'bob', 'minutesPerson'],
    ]);
    assert.deepEqual(shown('- AI(Mark Jones, bob): book the room\n'), [
      [0, 2, 'AI', 'minutesAction'],
      [0, 5, 'Mark Jones', 'minutesPerson'],
      [0, 17, 'bob', 'minutesPerson'],
    ]);
  });

  it('colours nothing of a due date that starts on one line and ends further along the next', () => {
    const text = 'ACTION: MJ — x\ndue 15\nJune 2007\n';
    assert.equal(parseMinutes(text, { fileName: 'a.minutes.md' }).actions[0].dueRange?.start.line, 1, 'the date starts on the second line');
    assert.deepEqual(tokensOf(text).map((t) => [t.line, t.text]), [[0, 'ACTION:'], [0, 'MJ']]);
  });

  it('orders the tokens of one line by column: a table whose Due column comes before its Owner column', () => {
    const text = '| Due | Owner | Action |\n|---|---|---|\n| 2024-01-05 | MJ | write |\n';
    assert.deepEqual(tokensOf(text).map((t) => [t.line, t.character, t.text, t.type]), [
      [2, 2, '2024-01-05', 'minutesDate'],
      [2, 15, 'MJ', 'minutesPerson'],
    ]);
  });

  it('keeps the first of two tokens that overlap, and both of two that only touch', () => {
    const text = 'ACTION: MJ RS — write it due 2024-01-05\n';
    const lines = new LineIndex(text);
    const document = parseMinutes(text, { fileName: 'a.minutes.md' });
    const [action] = document.actions;
    const at = (start: number, end: number) => ({ start: { line: 0, character: start }, end: { line: 0, character: end } });
    // A model whose due date overlaps the owner ("RS — w") and one whose due date starts where the owner ends.
    const overlapping = { ...document, actions: [{ ...action, owners: [{ text: 'MJ RS', range: at(8, 13) }], dueRange: at(11, 17) }] };
    assert.deepEqual(minutesTokens(overlapping, lines, TODAY).map((t) => [t.character, t.length, t.type]), [
      [0, 7, 'minutesAction'],
      [8, 5, 'minutesPerson'],
    ]);
    const touching = { ...document, actions: [{ ...action, owners: [{ text: 'MJ RS', range: at(8, 13) }], dueRange: at(13, 17) }] };
    assert.deepEqual(minutesTokens(touching, lines, TODAY).map((t) => [t.character, t.length, t.type]), [
      [0, 7, 'minutesAction'],
      [8, 5, 'minutesPerson'],
      [13, 4, 'minutesDate'],
    ]);
  });
});

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
});

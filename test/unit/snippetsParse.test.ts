import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseMinutes } from '../../src/core/parse';
import { minutesSkeleton } from '../../src/core/skeleton';

// Every snippet, expanded as VS Code would with its placeholders' defaults, is dialect the core reads without a problem.
const snippets = JSON.parse(readFileSync(path.resolve(__dirname, '../../snippets/minutes.code-snippets'), 'utf8')) as Record<string, { body: string | string[] }>;

function expand(body: string, today: string): string {
  const [year, month, day] = today.split('-');
  let text = body.replace(/\$CURRENT_YEAR/g, year).replace(/\$CURRENT_MONTH/g, month).replace(/\$CURRENT_DATE/g, day);
  // Placeholders nest (${3:${CURRENT...}}); expand innermost first.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '');
}

describe('snippets parse as dialect', () => {
  const today = '2026-11-23';
  const roster = '## Attended\n\n- Full Name (FN)\n\n';
  for (const [name, snippet] of Object.entries(snippets)) {
    it(`"${name}" expands to minutes with no diagnostics`, () => {
      const body = expand(Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body, today);
      // Rows and lines are typed into minutes that already have a table or a roster.
      const text = name === 'Action table row' ? `${roster}| Owner | Action | Due |\n|---|---|---|\n${body}\n` : `${roster}${body}\n`;
      const document = parseMinutes(text, { today });
      assert.deepEqual(document.diagnostics, [], text);
      if (/action|task/i.test(name) || name === 'Minutes') {
        assert.ok(document.actions.length >= 1, `an action in ${text}`);
        assert.deepEqual(document.actions[0].owners.map((o) => o.person), ['Full Name']);
        assert.equal(document.actions[0].due, today);
      }
    });
  }

  it('the New Minutes skeleton parses with no diagnostics', () => {
    const document = parseMinutes(minutesSkeleton('2026-11-23'));
    assert.deepEqual(document.diagnostics, []);
    assert.equal(document.date, '2026-11-23');
    assert.equal(document.actions.length, 1);
    assert.equal(document.nextMeeting?.date, '2026-11-23');
    // What a person fills in: a title, a roster with its three lists, an action row owned by the roster's person, an item.
    assert.equal(document.title, 'Meeting title');
    assert.deepEqual(document.roster.map((entry) => [entry.name, entry.aliases]), [['Full Name', ['FN']]]);
    assert.deepEqual([document.actions[0].text, document.actions[0].owners.map((o) => o.person), document.actions[0].due], ['What was agreed', ['Full Name'], '2026-11-23']);
    const text = minutesSkeleton('2026-11-23', 'Exec committee');
    assert.equal(parseMinutes(text).title, 'Exec committee');
    assert.deepEqual(
      text.split('\n').filter((line) => line.startsWith('#')),
      ['# Exec committee', '## Attended', '## Apologies', '## Copies to', '## Summary of actions agreed', '## 1. First agenda item', '## Next meeting'],
    );
  });
});

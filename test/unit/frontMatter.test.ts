import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { readSimpleFrontMatter } from '../../src/core/frontMatter';

// What the quick reader reads must be what the YAML library reads; what it cannot be sure of, it leaves alone.
function check(text: string): boolean {
  const quick = readSimpleFrontMatter(text);
  if (quick === undefined) return false;
  assert.deepStrictEqual(quick, parseYaml(text), `differs from the YAML library for:\n${text}`);
  return true;
}

const key = fc.constantFrom('title', 'date', 'location', 'attendees', 'apologies', 'copies', 'x_y', 'a-b', 'Title', 'constructor', '__proto__', 'key with space');
const value = fc.constantFrom(
  'Practice Leads 3', '2008-09-25', '2008-9-25', 'Mark Jones, Rita Singh', "O'Brien (OB)", 'West Herts / PCT', 'true', 'True', 'NULL', 'null',
  'yes', 'no', 'on', '~', '3', '3.5', '1e3', '0x1F', '.inf', 'a: b', 'a #b', '#c', "'quoted'", '"quoted"', '[a, b]', '{a: 1}', '- item', '&anchor',
  '*alias', '!tag', '|', '>', 'trailing ', '', 'Zürich', 'ü-ber', 'x.', 'v1.2', 'e', 'N', 'Y', 'Nan', '.nan', 'Inf',
);
const documents = fc.array(fc.tuple(key, fc.constantFrom(': ', ': ', ': ', ': ', ':', ' : ', ':  '), value).map(([k, s, v]) => `${k}${s}${v}`), { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n'));

describe('front matter read without the YAML library', () => {
  it('reads plain key: value lines as the library does', () => {
    assert.ok(check('title: Practice Leads 3\ndate: 2008-09-25\nlocation: Invited Expert'));
    assert.ok(check('attendees: Mark Jones, Rita Singh'));
  });

  it('equals the library on fuzzed front matter, and leaves the rest to it', () => {
    let read = 0;
    fc.assert(
      fc.property(documents, (text) => {
        if (check(text)) read++;
      }),
      { numRuns: 5000 },
    );
    assert.ok(read > 150, `only ${read} read`);
  });
});

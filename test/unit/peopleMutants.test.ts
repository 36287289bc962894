import { strict as assert } from 'node:assert';
import { looksLikeNames, parseRosterEntry, PeopleResolver, rosterEntry, Spellings, splitOwners } from '../../src/core/people';

// Cases that came from the surviving mutants of src/core/people.ts (issue #22): who a roster names, who owns an action.
describe('people: what the mutants showed untested', () => {
  it('reads a bare "@" as nobody, and a handle once among its own aliases', () => {
    assert.equal(parseRosterEntry('@'), undefined);
    assert.deepEqual(parseRosterEntry('@mary (mary, MJ)'), { name: 'mary', aliases: ['mary', 'MJ'], affiliation: undefined });
  });

  it('splits owners written without spaces, around empty parts and with spaces at either end, at the right offsets', () => {
    assert.deepEqual(splitOwners('MJ/RS').map((o) => o.text), ['MJ', 'RS']);
    assert.deepEqual(splitOwners('MJ,,RS').map((o) => o.text), ['MJ', 'RS']);
    assert.deepEqual(splitOwners(' MJ / RS ').map((o) => [o.text, o.start, o.end]), [['MJ', 1, 3], ['RS', 6, 8]]);
  });

  it('tells names from other text: handles alone, every owner a name, at most four words and 80 characters', () => {
    assert.ok(looksLikeNames('@mj2'));
    assert.ok(!looksLikeNames('@mj!'));
    assert.ok(!looksLikeNames('see@mj'));
    assert.ok(!looksLikeNames('MJ: RS'));
    assert.ok(!looksLikeNames('include Marketing'));
    assert.ok(!looksLikeNames('to do'));
    assert.ok(!looksLikeNames('Item 1.'));
    assert.ok(!looksLikeNames(''));
    assert.ok(!looksLikeNames('MJ / see the notes'), 'one owner that is no name');
    assert.ok(looksLikeNames('Anna Maria de Souza'));
    assert.ok(!looksLikeNames('Alice Bob Carol Dave Eve'));
    const eighty = `${Array<string>(19).fill('AB').join(', ')}, ABCD`;
    assert.equal(eighty.length, 80);
    assert.ok(looksLikeNames(eighty));
    assert.ok(!looksLikeNames(`${eighty}E`));
  });

  it('says whether a resolver knows anyone, from the roster or the settings', () => {
    assert.ok(new PeopleResolver([]).isEmpty);
    assert.ok(!new PeopleResolver([{ name: 'Mark Jones', aliases: [] }]).isEmpty);
    assert.ok(!new PeopleResolver([], { 'Mark Jones': [] }).isEmpty);
  });

  it('keeps the first spelling of an owner no roster names, whatever the case or the @', () => {
    const spellings = new Spellings();
    assert.equal(spellings.of('@MJ'), '@MJ');
    assert.equal(spellings.of('@mj'), '@MJ');
    assert.equal(spellings.of('Chris'), 'Chris');
    assert.equal(spellings.of('chris'), 'Chris');
    assert.equal(spellings.of('MJ'), '@MJ');
  });

  it('makes a roster entry of a parsed one, its role and range', () => {
    const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 20 } };
    assert.deepEqual(rosterEntry({ name: 'Mark Jones', aliases: ['MJ'], affiliation: 'PCT' }, 'apology', range), { name: 'Mark Jones', aliases: ['MJ'], affiliation: 'PCT', role: 'apology', range });
  });
});

import { strict as assert } from 'node:assert';
import { initials, looksLikeNames, parseRosterEntry, PeopleResolver, splitOwners } from '../../src/core/people';

describe('people', () => {
  it('reads roster entries with aliases and affiliations', () => {
    assert.deepEqual(parseRosterEntry('Mark Jones (MJ)'), { name: 'Mark Jones', aliases: ['MJ'], affiliation: undefined });
    assert.deepEqual(parseRosterEntry('Suzanne Novak (SN) — West Hertfordshire PCT'), { name: 'Suzanne Novak', aliases: ['SN'], affiliation: 'West Hertfordshire PCT' });
    assert.deepEqual(parseRosterEntry('Richard Jones – West Herts PCT'), { name: 'Richard Jones', aliases: [], affiliation: 'West Herts PCT' });
    assert.deepEqual(parseRosterEntry('**Mary McMinn** (MMcM, @mary)'), { name: 'Mary McMinn', aliases: ['MMcM', 'mary'], affiliation: undefined });
    assert.deepEqual(parseRosterEntry('@octocat'), { name: 'octocat', aliases: ['octocat'], affiliation: undefined });
    assert.deepEqual(parseRosterEntry('Mary Jones (MJ), chair'), { name: 'Mary Jones', aliases: ['MJ'], affiliation: 'chair' });
    assert.equal(parseRosterEntry('  --- '), undefined);
  });

  it('splits joint owners on / , & and "and"', () => {
    assert.deepEqual(splitOwners('Meena Savla / Mark Jones').map((o) => o.text), ['Meena Savla', 'Mark Jones']);
    assert.deepEqual(splitOwners('MJ, RS & AW and KS').map((o) => o.text), ['MJ', 'RS', 'AW', 'KS']);
    const parts = splitOwners('MJ / RS');
    assert.deepEqual(parts.map((p) => [p.start, p.end]), [[0, 2], [5, 7]]);
  });

  it('resolves names, aliases, handles, initials and first names to one person', () => {
    const resolver = new PeopleResolver([
      { name: 'Mark Jones', aliases: ['MJ'] },
      { name: 'Meena Savla', aliases: [] },
      { name: 'Mary Jones', aliases: ['mary'] },
    ]);
    assert.deepEqual(resolver.resolve('mark jones'), { person: 'Mark Jones' });
    assert.deepEqual(resolver.resolve('@MJ'), { person: 'Mark Jones' });
    assert.deepEqual(resolver.resolve('@mary'), { person: 'Mary Jones' });
    assert.deepEqual(resolver.resolve('MS'), { person: 'Meena Savla' });
    assert.deepEqual(resolver.resolve('Meena'), { person: 'Meena Savla' });
    assert.deepEqual(resolver.resolve('Nobody'), { unknown: true });
  });

  it('reports an ambiguous alias instead of guessing', () => {
    const resolver = new PeopleResolver([
      { name: 'Richard Jones', aliases: [] },
      { name: 'Richard Walker', aliases: [] },
    ]);
    assert.deepEqual(resolver.resolve('Richard'), { ambiguous: ['Richard Jones', 'Richard Walker'] });
    // An explicit alias beats an implicit one.
    const explicit = new PeopleResolver([
      { name: 'Rachel Jones', aliases: ['RJ'] },
      { name: 'Richard Jones', aliases: [] },
    ]);
    assert.deepEqual(explicit.resolve('RJ'), { person: 'Rachel Jones' });
  });

  it('adds aliases from settings', () => {
    const resolver = new PeopleResolver([], { 'Mark Jones': ['mjones'] });
    assert.deepEqual(resolver.resolve('@mjones'), { person: 'Mark Jones' });
  });

  it('tells names from the start of a sentence', () => {
    assert.ok(looksLikeNames('Mark Jones'));
    assert.ok(looksLikeNames('MJ / RS'));
    assert.ok(looksLikeNames('@octocat, @hubot'));
    assert.ok(!looksLikeNames('Circulate the draft'));
    assert.ok(!looksLikeNames('see the notes below'));
    assert.equal(initials('Dr Ian Goodman'), 'IG');
  });
});

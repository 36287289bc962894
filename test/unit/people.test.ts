import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { firstName, initials, looksLikeNames, mayNeedPlaining, parseRosterEntry, PeopleResolver, plainText, splitOwners } from '../../src/core/people';

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

// The quick paths of plainText, initials and parseRosterEntry must give what the plain readings give.
describe('people: quick paths', () => {
  const marksRemoved = (text: string): string =>
    text
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|\*|_|`|~~)/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame|cllr|rev)\.?$/i;
  const initialsOf = (name: string): string => {
    const words = name.split(/[\s-]+/).filter((w) => w && !HONORIFIC.test(w));
    return words.length < 2 ? '' : words.map((w) => w.charAt(0).toUpperCase()).join('');
  };
  const entryOf = (raw: string): ReturnType<typeof parseRosterEntry> => {
    let text = marksRemoved(raw).replace(/[.;]$/, '');
    let affiliation: string | undefined;
    const separator = /\s+(?:—|–|-)\s+/.exec(text);
    if (separator) {
      affiliation = text.slice(separator.index + separator[0].length).trim() || undefined;
      text = text.slice(0, separator.index).trim();
    }
    const aliases: string[] = [];
    text = text
      .replace(/\(([^)]*)\)/g, (_whole, inner: string) => {
        for (const part of inner.split(/[,;/]/)) {
          const alias = part.trim().replace(/^@/, '');
          if (/^[\p{L}\p{N}._-]{1,20}$/u.test(alias)) aliases.push(alias);
          else if (alias && !affiliation) affiliation = part.trim();
        }
        return ' ';
      })
      .replace(/\s+/g, ' ')
      .replace(/\s+,/g, ',')
      .trim();
    const comma = text.indexOf(',');
    if (comma > 0) {
      affiliation ??= text.slice(comma + 1).trim() || undefined;
      text = text.slice(0, comma).trim();
    }
    if (text.startsWith('@')) {
      const handle = text.slice(1);
      if (!handle) return undefined;
      return { name: handle, aliases: [handle, ...aliases.filter((a) => a !== handle)], affiliation };
    }
    if (!/^\p{L}/u.test(text) || /^(?:n\/?a|none|nil|nobody|no one|tbc|tbd)$/i.test(text)) return undefined;
    return { name: text, aliases, affiliation };
  };
  const piece = fc.constantFrom(
    'Mark', 'Jones', 'Dr', 'dr.', 'Prof', 'Professor.', 'Ann-Marie', 'ß', 'éa', '@mj', 'MJ', '(', ')', '(MJ)', '(MJ, @mark)', '( a / b ; c )', '(chair of the board)',
    ' ', '  ', '\t', '\u00a0', '\u2028', ',', ' , ', ';', '.', ' — ', ' - ', '–', '**', '*', '_', '`', '~~', '[x](u)', '![i](u)', '[', ']', 'N/A', 'none', 'Nobody', 'no one', 'TBD', '1', 'x', '{', '^',
  );
  const text = fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(''));

  it('plainText, initials and parseRosterEntry read fuzzed text as their plain readings do', () => {
    fc.assert(
      fc.property(text, (raw) => {
        assert.equal(plainText(raw), marksRemoved(raw));
        assert.equal(initials(raw), initialsOf(raw));
        assert.deepEqual(parseRosterEntry(raw), entryOf(raw));
      }),
      { numRuns: 20_000 },
    );
  });

  const firstNameOf = (name: string): string => {
    const words = name.split(/\s+/).filter((w) => w && !HONORIFIC.test(w));
    return words.length >= 2 ? words[0] : '';
  };
  /** The resolver as first written: a Set of names for every key. */
  const resolveWithSets = (entries: { name: string; aliases: string[] }[], extra: Record<string, string[]>, written: string): unknown => {
    const explicit = new Map<string, Set<string>>();
    const implicit = new Map<string, Set<string>>();
    const key = (text: string): string => {
      const plain = marksRemoved(text);
      return (plain.startsWith('@') ? plain.slice(1).trim() : plain).toLowerCase();
    };
    const add = (map: Map<string, Set<string>>, text: string, name: string): void => {
      const k = key(text);
      if (!k) return;
      if (!map.has(k)) map.set(k, new Set());
      map.get(k)?.add(name);
    };
    for (const entry of entries) {
      add(explicit, entry.name, entry.name);
      for (const alias of entry.aliases) add(explicit, alias, entry.name);
      for (const other of [initialsOf(entry.name), firstNameOf(entry.name)]) if (other) add(implicit, other, entry.name);
    }
    for (const [name, aliases] of Object.entries(extra)) {
      add(explicit, name, name);
      for (const alias of aliases) add(explicit, alias, name);
    }
    for (const map of [explicit, implicit]) {
      const names = map.get(key(written));
      if (!names) continue;
      return names.size === 1 ? { person: [...names][0] } : { ambiguous: [...names].sort() };
    }
    return { unknown: true };
  };

  it('firstName reads fuzzed text as its plain reading does', () => {
    fc.assert(fc.property(text, (raw) => assert.equal(firstName(raw), firstNameOf(raw), JSON.stringify(raw))), { numRuns: 20_000 });
  });

  it('PeopleResolver resolves as a resolver with a Set of names for every key does', () => {
    const name = fc.constantFrom('Mark Jones', 'Mark Jenkins', 'Mary Jones', 'Dr Ian Goodman', 'Ian', 'MJ', 'Ann-Marie Lee', '**Bo** Chan', 'Bo  Chan', '@mj', 'mark jones');
    const entry = fc.record({ name, aliases: fc.array(fc.constantFrom('MJ', 'mj', '@mark', 'IG', 'Mark', 'bo', '**MJ**', ''), { maxLength: 3 }) });
    const extra = fc.dictionary(name, fc.array(fc.constantFrom('MJ', 'Ian', 'AL'), { maxLength: 2 }), { maxKeys: 2 });
    const written = fc.constantFrom('MJ', 'mj', '@MJ', '@ mj', 'Mark', 'mark jones', 'Ian', 'IG', 'AL', 'bo chan', 'Bo', 'MJ.', '', 'nobody');
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), extra, written, (entries, people, owner) => {
        assert.deepEqual(new PeopleResolver(entries, people).resolve(owner), resolveWithSets(entries, people, owner));
      }),
      { numRuns: 20_000 },
    );
  });

  it('mayNeedPlaining answers what the expression it replaces answers', () => {
    const suspect = /[[*_`~]|\s\s|[^\S ]|^\s|\s$/;
    const every = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u0085[]*_`~!()a\u00e9\u{1F600}\x00\x08\x0e\x1f\x7f'];
    const texts = fc.array(fc.constantFrom(...every, '  ', 'Mark Jones'), { maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        assert.equal(mayNeedPlaining(text), suspect.test(text), JSON.stringify(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

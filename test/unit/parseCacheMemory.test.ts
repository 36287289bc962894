// The pure parts of the parse cache (src/core/parseCache.ts): when a cached parse is used, when it is kept, and which
// options keep caches apart. The storage and the CLI's --cache are in parseCache.test.ts and parseCacheStore.test.ts.
import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import { contentHash, MemoryParseCache, parseOptionsKey, takeOrParse, type ParseCacheEntry } from '../../src/core/parseCache';

const doc = (text: string) => parseMinutes(text);

describe('parse cache (memory, keys, hashes)', () => {
  it('byStamp answers only when both size and modification time match; byHash only for the same hash', () => {
    const document = doc('ACTION: MJ — one\n');
    const cache = new MemoryParseCache([['a.md', { size: 10, mtimeMs: 5, hash: 'h', document }]]);
    assert.equal(cache.byStamp('a.md', { size: 10, mtimeMs: 5 }), document);
    assert.equal(cache.byStamp('a.md', { size: 11, mtimeMs: 5 }), undefined, 'grew');
    assert.equal(cache.byStamp('a.md', { size: 10, mtimeMs: 6 }), undefined, 'touched');
    assert.equal(cache.byStamp('b.md', { size: 10, mtimeMs: 5 }), undefined, 'another file');
    assert.equal(cache.byHash('a.md', 'h'), document);
    assert.equal(cache.byHash('a.md', 'other'), undefined);
    assert.equal(cache.byHash('b.md', 'h'), undefined);
  });

  it('is changed by a new entry or a dropped one, not by keeping every file', () => {
    const entry: ParseCacheEntry = { size: 1, mtimeMs: 1, hash: 'h', document: doc('') };
    const cache = new MemoryParseCache([['a.md', entry], ['b.md', entry]]);
    assert.equal(cache.changed, false);
    cache.retain(['a.md', 'b.md', 'c.md']);
    assert.equal(cache.changed, false, 'nothing dropped: nothing to save');
    assert.deepEqual([...cache.entries.keys()], ['a.md', 'b.md']);
    cache.retain(['b.md']);
    assert.equal(cache.changed, true);
    assert.deepEqual([...cache.entries.keys()], ['b.md']);
    const fresh = new MemoryParseCache();
    fresh.set('c.md', entry);
    assert.equal(fresh.changed, true);
    assert.equal(fresh.entries.get('c.md'), entry);
  });

  it('takeOrParse: a touched but unchanged file is not parsed again; either way the new stamp is recorded', () => {
    const old = doc('ACTION: MJ — old\n');
    const cache = new MemoryParseCache([['a.md', { size: 3, mtimeMs: 1, hash: 'same', document: old }]]);
    let parses = 0;
    const parse = () => (parses++, doc('ACTION: MJ — new\n'));
    const touched = takeOrParse(cache, 'a.md', { size: 3, mtimeMs: 2 }, 'same', parse);
    assert.deepEqual([touched.document === old, touched.fromHash, parses], [true, true, 0]);
    assert.equal(cache.byStamp('a.md', { size: 3, mtimeMs: 2 }), old, 'recorded under the new stamp');
    const edited = takeOrParse(cache, 'a.md', { size: 4, mtimeMs: 3 }, 'other', parse);
    assert.deepEqual([edited.document.actions[0].text, edited.fromHash, parses], ['new', false, 1]);
    assert.equal(cache.byHash('a.md', 'other'), edited.document);
  });

  it('parseOptionsKey keeps apart caches written under options that change a parse, and only those', () => {
    const key = parseOptionsKey;
    assert.equal(key({}), key({ dayFirst: true }), 'day first is the default');
    const distinct = [
      key({}),
      key({ dayFirst: false }),
      key({ today: '2024-01-01' }),
      key({ today: '2024-01-02' }),
      key({ people: { 'Mark Jones': ['MJ'] } }),
      key({ people: { 'Mark Jones': ['MJ'], 'Rita Singh': ['RS'] } }),
      key({ proseActions: 'action' }),
      key({ proseActions: 'off' }),
    ];
    assert.equal(new Set(distinct).size, distinct.length, distinct.join('\n'));
    assert.equal(key({ proseActions: 'hint' }), key({}), 'hints are the default');
  });

  it('contentHash: the same text the same hash; a seed, one changed character or another length another', () => {
    const text = 'ACTION: MJ — write the report due 2024-03-01\n';
    assert.equal(contentHash(text), contentHash(`${text}`));
    assert.notEqual(contentHash(text, 1), contentHash(text));
    const hashes = new Set([text, text.replace('report', 'rePort'), `${text} `, text.slice(1), 'B', 'C', '', 'BC', 'CB'].map((t) => contentHash(t)));
    assert.equal(hashes.size, 9);
    assert.match(contentHash(text), new RegExp(`^[0-9a-z]+:${text.length.toString(36)}$`));
  });
});

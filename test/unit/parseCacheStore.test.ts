import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseMinutes } from '../../src/core/parse';
import { PARSE_CACHE_VERSION, parseOptionsKey } from '../../src/core/parseCache';
import { BytesParseCache, binaryFormat, replacingBytes, type CacheBytes, type CacheFiles } from '../../src/core/parseCacheStore';
import { generateMinutes, mulberry32 } from '../../bench/corpus';

/** Bytes in memory, counting writes: the store the web build keeps in workspace.fs, without the editor. */
class MemoryBytes implements CacheBytes {
  bytes: Uint8Array | undefined;
  writes = 0;
  async read(): Promise<Uint8Array | undefined> {
    return this.bytes;
  }
  async write(bytes: Uint8Array): Promise<void> {
    this.writes++;
    this.bytes = bytes.slice();
  }
}

const options = { today: '2024-01-01' };
const key = parseOptionsKey(options);
const texts = [
  '## Attended\n\n- Zoë Ça (ZC)\n- 李 明 (LM)\n\nACTION: ZC — café menu 😀 due 2024-03-01\n\nACTION: LM — 会议 \ud800 lone\n',
  '# Plain ASCII\n\nACTION: MJ - x due 2024-01-05\n\n| Owner | Action | Due | Status |\n|---|---|---|---|\n| RS | a | 5 March 2024 | done |\n| MJ | b | | |\n',
  '',
  ...Array.from({ length: 30 }, (_, i) => generateMinutes(mulberry32(700 + i), i)),
];
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A store holding a saved cache of every text. */
async function savedStore(): Promise<MemoryBytes> {
  const store = new MemoryBytes();
  const cache = await BytesParseCache.fromBytes(store, key, binaryFormat);
  texts.forEach((text, i) => cache.set(`file:///w/m${i}.md`, { size: text.length, mtimeMs: 1000 + i, hash: `h${i}`, document: parseMinutes(text, options) }));
  await cache.save();
  return store;
}

describe('parse cache over a byte store (the web build\'s, in workspace.fs)', () => {
  it('gives back, through the bytes, what a fresh parse gives, with stamps and hashes', async () => {
    const store = await savedStore();
    const reopened = await BytesParseCache.fromBytes(store, key, binaryFormat);
    assert.equal(reopened.entries.size, texts.length);
    texts.forEach((text, i) => {
      const entry = reopened.entries.get(`file:///w/m${i}.md`);
      assert.deepStrictEqual(plain(entry?.document), plain(parseMinutes(text, options)), `m${i}`);
      assert.deepEqual([entry?.size, entry?.mtimeMs, entry?.hash], [text.length, 1000 + i, `h${i}`]);
    });
    assert.ok(JSON.stringify(reopened.entries.get('file:///w/m0.md')?.document).includes('\\ud800'), 'the lone surrogate came back');
    assert.equal(reopened.changed, false);
  });

  it('starts empty on bytes that are not a cache, cut short anywhere, or with a byte changed in the header', async () => {
    const saved = (await savedStore()).bytes!;
    const garbage = new MemoryBytes();
    garbage.bytes = new TextEncoder().encode('not a parse cache at all');
    assert.equal((await BytesParseCache.fromBytes(garbage, key, binaryFormat)).entries.size, 0);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: saved.length - 1 }), async (length) => {
        const cut = new MemoryBytes();
        cut.bytes = saved.subarray(0, length);
        assert.equal((await BytesParseCache.fromBytes(cut, key, binaryFormat)).entries.size, 0, `cut at ${length}`);
      }),
      { numRuns: 60 },
    );
    for (let at = 0; at < 12; at++) {
      const flipped = new MemoryBytes();
      flipped.bytes = saved.slice();
      flipped.bytes[at] ^= 0x5a;
      assert.equal((await BytesParseCache.fromBytes(flipped, key, binaryFormat)).entries.size, 0, `byte ${at} changed`);
    }
    const failing: CacheBytes = { read: async () => Promise.reject(new Error('no such file')), write: async () => undefined };
    assert.equal((await BytesParseCache.fromBytes(failing, key, binaryFormat)).entries.size, 0);
  });

  it('starts empty on a cache of another version, or whose documents do not decode', async () => {
    const store = await savedStore();
    const stored = binaryFormat.deserialize(store.bytes!);
    const old = new MemoryBytes();
    old.bytes = binaryFormat.serialize({ ...(stored as Required<typeof stored>), version: PARSE_CACHE_VERSION - 1 });
    assert.equal((await BytesParseCache.fromBytes(old, key, binaryFormat)).entries.size, 0);
    const broken = new MemoryBytes();
    broken.bytes = binaryFormat.serialize({ ...(stored as Required<typeof stored>), numbers: stored.numbers!.subarray(0, 5) });
    assert.equal((await BytesParseCache.fromBytes(broken, key, binaryFormat)).entries.size, 0);
    assert.equal((await BytesParseCache.fromBytes(store, key, binaryFormat)).entries.size, texts.length, 'the cache they came from is read');
  });

  it('starts empty under other parse options', async () => {
    const store = await savedStore();
    assert.equal((await BytesParseCache.fromBytes(store, parseOptionsKey({ ...options, dayFirst: false }), binaryFormat)).entries.size, 0);
    assert.equal((await BytesParseCache.fromBytes(store, key, binaryFormat)).entries.size, texts.length);
  });

  it('writes only when something changed', async () => {
    const store = await savedStore();
    assert.equal(store.writes, 1);
    const cache = await BytesParseCache.fromBytes(store, key, binaryFormat);
    await cache.save();
    assert.equal(store.writes, 1, 'nothing changed: nothing written');
    cache.set('file:///w/new.md', { size: 1, mtimeMs: 1, hash: 'n', document: parseMinutes('ACTION: MJ — x due 2024-01-05\n', options) });
    await cache.save();
    assert.equal(store.writes, 2);
    await cache.save();
    assert.equal(store.writes, 2, 'saved once');
    assert.equal((await BytesParseCache.fromBytes(store, key, binaryFormat)).entries.size, texts.length + 1);
  });

  it('replaces the file through a temporary one: a failed write keeps the old cache whole and leaves no temporary file', async () => {
    const files = new Map<string, Uint8Array>();
    let failRename = false;
    const fake: CacheFiles<string> = {
      readFile: async (file) => files.get(file) ?? Promise.reject(new Error('ENOENT')),
      makeFolder: async () => undefined,
      writeFile: async (file, bytes) => void files.set(file, bytes.slice()),
      rename: async (from, to) => {
        if (failRename) throw new Error('storage full');
        files.set(to, files.get(from)!);
        files.delete(from);
      },
      delete: async (file) => void files.delete(file),
    };
    const bytes = replacingBytes(fake, 'cache.bin', 'cache.bin.tmp');
    const cache = await BytesParseCache.fromBytes(bytes, key, binaryFormat);
    cache.set('a', { size: 1, mtimeMs: 1, hash: 'a', document: parseMinutes('ACTION: MJ — a due 2024-01-05\n', options) });
    await cache.save();
    assert.deepEqual([...files.keys()], ['cache.bin']);
    failRename = true;
    cache.set('b', { size: 1, mtimeMs: 1, hash: 'b', document: parseMinutes('', options) });
    await assert.rejects(cache.save(), /storage full/);
    assert.deepEqual([...files.keys()], ['cache.bin'], 'no temporary file left');
    assert.deepEqual([...(await BytesParseCache.fromBytes(bytes, key, binaryFormat)).entries.keys()], ['a'], 'the old cache, whole');
    failRename = false;
    await cache.save();
    assert.deepEqual([...(await BytesParseCache.fromBytes(bytes, key, binaryFormat)).entries.keys()], ['a', 'b']);
  });

  it('keeps the change for the next save when the write fails', async () => {
    const cache = await BytesParseCache.fromBytes({ read: async () => undefined, write: async () => Promise.reject(new Error('read-only')) }, key, binaryFormat);
    cache.set('x', { size: 1, mtimeMs: 1, hash: 'h', document: parseMinutes('', options) });
    await assert.rejects(cache.save(), /read-only/);
    assert.equal(cache.changed, true);
  });
});

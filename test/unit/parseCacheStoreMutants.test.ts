import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import { PARSE_CACHE_VERSION, parseOptionsKey, type ParseCacheEntry } from '../../src/core/parseCache';
import { BytesParseCache, binaryFormat, decode, encode, loadEntries, parseCacheFileName, type CacheBytes, type CacheFormat, type StoredCache } from '../../src/core/parseCacheStore';

// The parse cache's loader refuses every kind of bad bytes for its own reason, before it builds a document from them;
// what is refused leaves the cache empty, what is read back equals what was saved.
const options = { today: '2024-01-01' };
const key = parseOptionsKey(options);
const bytesOf = (bytes: Uint8Array | undefined): CacheBytes => ({ read: async () => bytes, write: async () => undefined });

function entry(text: string, i = 0): [string, ParseCacheEntry] {
  return [`file:///w/m${i}.md`, { size: text.length, mtimeMs: 1000 + i, hash: `h${i}`, document: parseMinutes(text, options) }];
}

const sample = [entry('## Attended\n\n- Zoë Ça (ZC)\n\nACTION: ZC — café — menu due 2024-03-01\n', 0), entry('ACTION: MJ - plain due 2024-01-05\n', 1), entry('ACTION: LM — 会议 notes\n', 2)];

async function storedSample(): Promise<StoredCache> {
  return encode(sample, key);
}

describe('parse cache store: what it refuses and why', () => {
  it('names the cache file after the workspace and the options, without a colon, never mixing the two up', () => {
    const name = parseCacheFileName('/work/a', key);
    assert.match(name, /^minutes-parse-[0-9a-z-]+\.bin$/);
    assert.ok(!name.includes(':'));
    assert.equal(parseCacheFileName('/work/a', key), name, 'stable');
    assert.notEqual(parseCacheFileName('/work/b', key), name);
    assert.notEqual(parseCacheFileName('/work/a', parseOptionsKey({ ...options, dayFirst: false })), name);
    // the root and the options are kept apart: "ab" + "c" is not "a" + "bc"
    assert.notEqual(parseCacheFileName('ab', 'c'), parseCacheFileName('a', 'bc'));
  });

  it('gives no entries (an empty list) when the bytes cannot be used, and does not hand missing bytes to the format', async () => {
    let deserialized = 0;
    const counting: CacheFormat = { serialize: binaryFormat.serialize, deserialize: (bytes) => (deserialized++, binaryFormat.deserialize(bytes)) };
    assert.deepEqual(await loadEntries(bytesOf(undefined), key, counting), []);
    assert.equal(deserialized, 0, 'nothing stored: nothing to read');
    assert.deepEqual(await loadEntries(bytesOf(new Uint8Array([1, 2, 3])), key, counting), []);
    assert.equal(deserialized, 1);
  });

  it('times each phase of a load (for the benchmark) within the time the load took', async () => {
    const bytes = binaryFormat.serialize(await storedSample());
    const timings: Record<string, number> = {};
    const before = performance.now();
    const entries = await loadEntries(bytesOf(bytes), key, binaryFormat, timings);
    const took = performance.now() - before;
    assert.equal(entries.length, 3);
    assert.deepEqual(Object.keys(timings).sort(), ['decode', 'deserialize', 'read']);
    for (const [phase, ms] of Object.entries(timings)) assert.ok(ms >= 0 && ms <= took, `${phase}: ${ms} of ${took} ms`);
  });

  it('keeps Latin-1 strings in the one-byte text and only the others in the wide one', async () => {
    const stored = await storedSample();
    assert.ok(stored.strings.includes('Zoë Ça'), 'Latin-1 letters are narrow');
    assert.ok(![...stored.strings].some((c) => c.charCodeAt(0) > 0xff), stored.strings);
    assert.ok(stored.wideStrings.includes('café — menu'), 'an em dash makes a string wide');
    assert.ok(!stored.wideStrings.includes('plain'));
    assert.equal(stored.stringEnds.filter((end) => end < 0).length > 0, true);
  });

  it('reads back an empty string at the very start of the string table', async () => {
    const document = { ...parseMinutes('', options), title: '' };
    const stored = await encode([['k', { size: 0, mtimeMs: 0, hash: 'h', document }]], key);
    assert.equal(stored.stringEnds[0], 0);
    const [[, read]] = await decode(stored, key);
    assert.equal(read.document.title, '');
  });

  it('refuses a stored cache whose parts are missing, mistyped or of different lengths, each for its reason', async () => {
    const stored = await storedSample();
    const refused: [Partial<StoredCache>, RegExp][] = [
      [{ ...stored, version: PARSE_CACHE_VERSION + 1 }, /another version or options/],
      [{ ...stored, optionsKey: 'other' }, /another version or options/],
      [{ ...stored, keys: undefined }, /bad stamps/],
      [{ ...stored, hashes: undefined }, /bad stamps/],
      [{ ...stored, sizes: Array.from(stored.sizes) as unknown as Float64Array }, /bad stamps/],
      [{ ...stored, mtimes: Array.from(stored.mtimes) as unknown as Float64Array }, /bad stamps/],
      ...(['starts', 'numbers', 'positions', 'ranges', 'tables', 'stringEnds'] as const).map(
        (name): [Partial<StoredCache>, RegExp] => [{ ...stored, [name]: Array.from(stored[name]) }, /bad documents/],
      ),
      [{ ...stored, strings: undefined }, /bad documents/],
      [{ ...stored, wideStrings: undefined }, /bad documents/],
      [{ ...stored, hashes: stored.hashes.slice(1) }, /lengths differ/],
      [{ ...stored, sizes: stored.sizes.subarray(1) }, /lengths differ/],
      [{ ...stored, mtimes: stored.mtimes.subarray(1) }, /lengths differ/],
      [{ ...stored, starts: stored.starts.subarray(1) }, /lengths differ/],
      [{ ...stored, keys: [1, ...stored.keys.slice(1)] as unknown as string[] }, /bad key/],
      [{ ...stored, hashes: [...stored.hashes.slice(1), 2] as unknown as string[] }, /bad key/],
    ];
    for (const [bad, reason] of refused) await assert.rejects(decode(bad, key), reason, String(reason));
    assert.equal((await decode(stored, key)).length, 3, 'the cache they came from decodes');
  });

  it('refuses a string table that runs past its text or backwards, in either text', async () => {
    const stored = await storedSample();
    const narrow = stored.stringEnds.findIndex((end) => end > 0);
    const wide = stored.stringEnds.findIndex((end) => end < 0);
    const withEnd = (at: number, end: number): StoredCache => {
      const stringEnds = stored.stringEnds.slice();
      stringEnds[at] = end;
      return { ...stored, stringEnds };
    };
    for (const bad of [
      withEnd(narrow, stored.strings.length + 1), // past the narrow text
      { ...stored, strings: stored.strings.slice(0, -1) },
      withEnd(stored.stringEnds.length - 1, 0), // the last narrow string ends before it starts
      withEnd(wide, ~(stored.wideStrings.length + 1)),
      { ...stored, wideStrings: stored.wideStrings.slice(0, -1) },
    ]) {
      await assert.rejects(decode(bad, key), /bad string table/);
    }
    // the last wide string ending before where it starts
    const wides = [...stored.stringEnds.keys()].filter((s) => stored.stringEnds[s] < 0);
    assert.ok(wides.length >= 2, 'two wide strings');
    await assert.rejects(decode(withEnd(wides[wides.length - 1], ~0), key), /bad string table/);
  });

  it('refuses bytes that are too short, of another byte order, cut in the header, the JSON or an array, or followed by more', async () => {
    const good = binaryFormat.serialize(await storedSample());
    const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    assert.throws(() => binaryFormat.deserialize(good.subarray(0, 11)), /not a cache/);
    assert.throws(() => binaryFormat.deserialize(good.subarray(0, 4)), /not a cache/);
    const swapped = good.slice();
    view(swapped).setUint32(4, 256, true);
    assert.throws(() => binaryFormat.deserialize(swapped), /another byte order/);
    const jsonLength = view(good).getUint32(8, true);
    assert.throws(() => binaryFormat.deserialize(good.subarray(0, 12 + jsonLength - 1)), /truncated/);
    const longJson = good.slice();
    view(longJson).setUint32(8, good.length, true);
    assert.throws(() => binaryFormat.deserialize(longJson), /truncated/);
    const arraysFrom = (12 + jsonLength + 7) & ~7;
    assert.throws(() => binaryFormat.deserialize(good.subarray(0, arraysFrom + 2)), /truncated/, 'cut in an array length');
    assert.throws(() => binaryFormat.deserialize(good.subarray(0, arraysFrom + 4)), /truncated/, 'cut after an array length');
    assert.throws(() => binaryFormat.deserialize(good.subarray(0, arraysFrom + 8 + 3)), /truncated/, 'cut in an array');
    assert.throws(() => binaryFormat.deserialize(good.subarray(0, good.length - 4)), /truncated/);
    const notAnObject = new TextEncoder().encode('null');
    const header = new Uint8Array(16);
    header.set(good.subarray(0, 8));
    view(header).setUint32(8, notAnObject.length, true);
    header.set(notAnObject, 12);
    assert.throws(() => binaryFormat.deserialize(header), /bad header/);
    const five = new TextEncoder().encode('5');
    header.fill(0, 12);
    view(header).setUint32(8, five.length, true);
    header.set(five, 12);
    assert.throws(() => binaryFormat.deserialize(header), /bad header/);
    const longer = new Uint8Array(good.length + 8);
    longer.set(good);
    assert.throws(() => binaryFormat.deserialize(longer), /trailing bytes/);
    assert.equal((await BytesParseCache.fromBytes(bytesOf(longer), key)).entries.size, 0, 'a cache with bytes after it is not read');
    assert.equal((await BytesParseCache.fromBytes(bytesOf(good), key)).entries.size, 3);
  });

  it('reads back an empty cache, whose last array ends the bytes', async () => {
    const empty = await encode([], key);
    const bytes = binaryFormat.serialize(empty);
    const back = binaryFormat.deserialize(bytes);
    assert.equal(back.stringEnds?.length, 0);
    assert.deepEqual(await decode(back, key), []);
  });

  it('lets the event loop turn while it encodes or decodes a large cache', async () => {
    const one = entry('## Attended\n\n- Mark Jones (MJ)\n\nACTION: MJ — write the report due 2024-03-01\n\nDECISION: go\n');
    const many: [string, ParseCacheEntry][] = Array.from({ length: 3000 }, (_, i) => [`k${i}`, one[1]]);
    // Slices are timed: a clock that moves 3 ms at each reading makes a slice end every few documents on any machine,
    // however fast (on the real clock, decoding 3,000 small documents can take less than one slice).
    const turned = async <T>(work: () => Promise<T>): Promise<[T, boolean]> => {
      let turn = false;
      setImmediate(() => (turn = true));
      const realNow = performance.now;
      let clock = realNow.call(performance);
      performance.now = () => (clock += 3);
      try {
        return [await work(), turn];
      } finally {
        performance.now = realNow;
      }
    };
    const [stored, duringEncode] = await turned(() => encode(many, key));
    assert.ok(duringEncode, 'encode let a turn through');
    const [entries, duringDecode] = await turned(() => decode(stored, key));
    assert.equal(entries.length, 3000);
    assert.ok(duringDecode, 'decode let a turn through');
  });
});

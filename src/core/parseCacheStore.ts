/**
 * A parse cache kept as one blob of bytes in some storage: a file on disk (`node/parseCacheFile`), the extension's
 * storage through `workspace.fs` on the web. The host gives the bytes (`CacheBytes`) and how a stored cache becomes
 * bytes (`CacheFormat`: V8's serializer in Node, `binaryFormat` anywhere); loading, saving, versions and options are
 * here. Documents are stored in the compact encoding of `documentCodec` (one integer array, one table of strings). A
 * cache that is missing, unreadable, truncated, corrupt or of another version or options is ignored: the cache starts
 * empty and is rebuilt on the next save.
 */
import { DocumentReader, DocumentWriter } from './documentCodec';
import { MemoryParseCache, PARSE_CACHE_VERSION, contentHash, type ParseCacheEntry } from './parseCache';
import { nextTurn } from './workspaceIndex';

/** Where the cache's bytes live. */
export interface CacheBytes {
  /** The stored bytes; undefined (or a throw) when there are none. */
  read(): Promise<Uint8Array | undefined>;
  /** Replaces the stored bytes (atomically where the storage can). */
  write(bytes: Uint8Array): Promise<void>;
}

/** Files in some storage, named by `F` (a path, a URI): what `replacingBytes` needs of them. */
export interface CacheFiles<F> {
  readFile(file: F): Promise<Uint8Array>;
  /** Creates the folder the cache file goes in, with its parents; nothing when it is there. */
  makeFolder(): Promise<void>;
  writeFile(file: F, bytes: Uint8Array): Promise<void>;
  /** Moves `from` over `to`, replacing it. */
  rename(from: F, to: F): Promise<void>;
  delete(file: F): Promise<void>;
}

/**
 * The bytes of `file`, replaced by writing a temporary file and renaming it over the old one: a reader sees the old
 * cache or the new one, never half of one. A failed write deletes the temporary file and keeps the old cache.
 */
export function replacingBytes<F>(files: CacheFiles<F>, file: F, temporary: F): CacheBytes {
  return {
    read: async () => files.readFile(file),
    write: async (bytes) => {
      await files.makeFolder();
      try {
        await files.writeFile(temporary, bytes);
        await files.rename(temporary, file);
      } catch (error) {
        await files.delete(temporary).catch(() => undefined);
        throw error;
      }
    },
  };
}

/** A stored cache as plain values: what a `CacheFormat` turns into bytes and back. */
export interface StoredCache {
  version: number;
  optionsKey: string;
  keys: string[];
  hashes: string[];
  sizes: Float64Array;
  mtimes: Float64Array;
  /** Where each document starts in `numbers`. */
  starts: Int32Array;
  numbers: Int32Array;
  positions: Int32Array;
  ranges: Int32Array;
  tables: Int32Array;
  /**
   * The string table as two texts and where each string ends in its text: V8 deserializes a long string at the speed
   * of a copy, and the table's strings are then slices of it (JSON.parse cost 15–60 ms and put 100,000 strings
   * through the young generation, where the garbage collector copied each of them twice). Strings of Latin-1
   * characters go in `strings`, which V8 then holds at one byte a character; the few others (an em dash in a message)
   * in `wideStrings`, at two. A string in `wideStrings` has its end stored as `~end` (negative).
   */
  strings: string;
  wideStrings: string;
  stringEnds: Int32Array;
}

export interface CacheFormat {
  serialize(stored: StoredCache): Uint8Array;
  /** Throws on bytes it cannot read; what it gives is checked by the loader. */
  deserialize(bytes: Uint8Array): Partial<StoredCache>;
}

/** The name of the cache's file for a workspace (`root`) and parse options. */
export function parseCacheFileName(root: string, optionsKey: string): string {
  return `minutes-parse-${contentHash(root + '\0' + optionsKey).replace(':', '-')}.bin`;
}

/** A parse cache loaded from and saved to `CacheBytes`. */
export class BytesParseCache extends MemoryParseCache {
  protected constructor(
    private readonly bytes: CacheBytes,
    private readonly format: CacheFormat,
    private readonly optionsKey: string,
    entries: [string, ParseCacheEntry][],
  ) {
    super(entries);
  }

  /** The cache in `bytes` for parse options; empty when there is none or it cannot be used. */
  static async fromBytes(bytes: CacheBytes, optionsKey: string, format: CacheFormat = binaryFormat): Promise<BytesParseCache> {
    return new BytesParseCache(bytes, format, optionsKey, await loadEntries(bytes, optionsKey, format));
  }

  /** Writes the cache when it changed. */
  async save(): Promise<void> {
    if (!this.changed) return;
    // What changes while the cache is written (it yields) marks it changed again, for the next save.
    this.changed = false;
    try {
      await this.bytes.write(this.format.serialize(await encode([...this.entries], this.optionsKey)));
    } catch (error) {
      this.changed = true;
      throw error;
    }
  }
}

/**
 * The entries stored in `bytes` for parse options; none when the bytes are missing or cannot be used.
 * `timings` (for the benchmark) receives the milliseconds of each phase.
 */
export async function loadEntries(bytes: CacheBytes, optionsKey: string, format: CacheFormat, timings?: Record<string, number>): Promise<[string, ParseCacheEntry][]> {
  try {
    let start = performance.now();
    const read = await bytes.read();
    if (timings) timings.read = performance.now() - start;
    if (!read) return [];
    start = performance.now();
    const stored = format.deserialize(read);
    if (timings) timings.deserialize = performance.now() - start;
    start = performance.now();
    const entries = await decode(stored, optionsKey);
    if (timings) timings.decode = performance.now() - start;
    return entries;
  } catch {
    // missing, truncated, corrupt, or of another version or options: start empty
    return [];
  }
}

/**
 * Documents are encoded and decoded in slices, with a turn of the event loop between them: in the extension this runs
 * on the extension host's main thread, which must never stop answering for long.
 */
const SLICE_MS = 8;

/** A character V8 cannot hold in a one-byte string. */
const WIDE = /[\u0100-\uffff]/;

function sliced(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await new Promise<void>((resolve) => nextTurn(resolve));
    sliceStart = performance.now();
  };
}

export async function encode(entries: [string, ParseCacheEntry][], optionsKey: string): Promise<StoredCache> {
  const writer = new DocumentWriter();
  const count = entries.length;
  const pause = sliced();
  const stored: StoredCache = {
    version: PARSE_CACHE_VERSION,
    optionsKey,
    keys: [],
    hashes: [],
    sizes: new Float64Array(count),
    mtimes: new Float64Array(count),
    starts: new Int32Array(count),
    numbers: new Int32Array(0),
    positions: new Int32Array(0),
    ranges: new Int32Array(0),
    tables: new Int32Array(0),
    strings: '',
    wideStrings: '',
    stringEnds: new Int32Array(0),
  };
  let i = 0;
  for (const [key, entry] of entries) {
    stored.keys.push(key);
    stored.hashes.push(entry.hash);
    stored.sizes[i] = entry.size;
    stored.mtimes[i] = entry.mtimeMs;
    stored.starts[i] = writer.write(entry.document);
    i++;
    if (i % 64 === 0) await pause();
  }
  const { numbers, strings, positions, ranges, tables } = writer.encoded();
  stored.numbers = numbers;
  stored.positions = positions;
  stored.ranges = ranges;
  stored.tables = tables;
  const narrow: string[] = [];
  const wide: string[] = [];
  let narrowEnd = 0;
  let wideEnd = 0;
  stored.stringEnds = new Int32Array(strings.length);
  for (let s = 0; s < strings.length; s++) {
    const value = strings[s];
    if (WIDE.test(value)) {
      wide.push(value);
      stored.stringEnds[s] = ~(wideEnd += value.length);
    } else {
      narrow.push(value);
      stored.stringEnds[s] = narrowEnd += value.length;
    }
  }
  stored.strings = narrow.join('');
  stored.wideStrings = wide.join('');
  return stored;
}

/** The entries of a stored cache; throws when it is of another version or options, or does not decode. */
export async function decode(stored: Partial<StoredCache>, optionsKey: string): Promise<[string, ParseCacheEntry][]> {
  const { keys, hashes, sizes, mtimes, starts, numbers, positions, ranges, tables, strings, wideStrings, stringEnds } = stored;
  if (stored.version !== PARSE_CACHE_VERSION || stored.optionsKey !== optionsKey) throw new Error('parse cache: another version or options');
  if (!Array.isArray(keys) || !Array.isArray(hashes) || !(sizes instanceof Float64Array) || !(mtimes instanceof Float64Array)) throw new Error('parse cache: bad stamps');
  if (
    !(starts instanceof Int32Array && numbers instanceof Int32Array && positions instanceof Int32Array && ranges instanceof Int32Array && tables instanceof Int32Array && stringEnds instanceof Int32Array) ||
    typeof strings !== 'string' ||
    typeof wideStrings !== 'string'
  ) {
    throw new Error('parse cache: bad documents');
  }
  const count = keys.length;
  if (hashes.length !== count || sizes.length !== count || mtimes.length !== count || starts.length !== count) throw new Error('parse cache: lengths differ');
  const table = new Array<string>(stringEnds.length);
  let narrowFrom = 0;
  let wideFrom = 0;
  for (let s = 0; s < table.length; s++) {
    const end = stringEnds[s];
    if (end >= 0) {
      if (!(end >= narrowFrom && end <= strings.length)) throw new Error('parse cache: bad string table');
      table[s] = strings.slice(narrowFrom, end);
      narrowFrom = end;
    } else {
      const wideEnd = ~end;
      if (!(wideEnd >= wideFrom && wideEnd <= wideStrings.length)) throw new Error('parse cache: bad string table');
      table[s] = wideStrings.slice(wideFrom, wideEnd);
      wideFrom = wideEnd;
    }
  }
  const reader = new DocumentReader({ numbers, strings: table, positions, ranges, tables });
  const entries: [string, ParseCacheEntry][] = new Array(count);
  const pause = sliced();
  for (let i = 0; i < count; i++) {
    if (i % 64 === 63) await pause();
    const key = keys[i];
    const hash = hashes[i];
    if (typeof key !== 'string' || typeof hash !== 'string') throw new Error('parse cache: bad key');
    entries[i] = [key, { size: sizes[i], mtimeMs: mtimes[i], hash, document: reader.read(starts[i]) }];
  }
  return entries;
}

/** "MNPC": the first four bytes of a cache in `binaryFormat`. */
const MAGIC = 0x43504e4d;
/** The byte order of this machine's typed arrays (1 little-endian); a cache written in the other is not read. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0];

type ArrayName = 'sizes' | 'mtimes' | 'starts' | 'numbers' | 'positions' | 'ranges' | 'tables' | 'stringEnds';
const FLOAT_ARRAYS: ArrayName[] = ['sizes', 'mtimes'];
const INT_ARRAYS: ArrayName[] = ['starts', 'numbers', 'positions', 'ranges', 'tables', 'stringEnds'];

/**
 * A cache as bytes without Node (for the web): a header (magic, byte order, the length of a JSON text), a JSON text
 * with the version, options, keys, hashes and string texts (JSON keeps a lone surrogate, which UTF-8 would not), then
 * each typed array, its length first and aligned to 8 bytes.
 */
export const binaryFormat: CacheFormat = {
  serialize(stored) {
    const { version, optionsKey, keys, hashes, strings, wideStrings } = stored;
    const json = new TextEncoder().encode(JSON.stringify({ version, optionsKey, keys, hashes, strings, wideStrings }));
    const arrays = [...FLOAT_ARRAYS, ...INT_ARRAYS].map((name) => stored[name]);
    let length = align(12 + json.length);
    for (const array of arrays) length = align(length + 8) + array.byteLength;
    const bytes = new Uint8Array(length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, LITTLE_ENDIAN, true);
    view.setUint32(8, json.length, true);
    bytes.set(json, 12);
    let offset = align(12 + json.length);
    for (const array of arrays) {
      view.setUint32(offset, array.length, true);
      offset = align(offset + 8);
      bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
      offset += array.byteLength;
    }
    return bytes;
  },

  deserialize(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('parse cache: not a cache');
    if (view.getUint32(4, true) !== LITTLE_ENDIAN) throw new Error('parse cache: another byte order');
    const jsonLength = view.getUint32(8, true);
    if (12 + jsonLength > bytes.length) throw new Error('parse cache: truncated');
    const stored = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(12, 12 + jsonLength))) as Partial<StoredCache>;
    if (typeof stored !== 'object' || stored === null) throw new Error('parse cache: bad header');
    let offset = align(12 + jsonLength);
    for (const name of [...FLOAT_ARRAYS, ...INT_ARRAYS]) {
      if (offset + 8 > bytes.length) throw new Error('parse cache: truncated');
      const count = view.getUint32(offset, true);
      offset = align(offset + 8);
      const float = FLOAT_ARRAYS.includes(name);
      const byteLength = count * (float ? 8 : 4);
      if (offset + byteLength > bytes.length) throw new Error('parse cache: truncated');
      // A copy: the bytes given may start anywhere in their buffer, and a typed array must be aligned.
      const copy = bytes.slice(offset, offset + byteLength).buffer;
      (stored as Record<ArrayName, Float64Array | Int32Array>)[name] = float ? new Float64Array(copy) : new Int32Array(copy);
      offset += byteLength;
    }
    if (offset !== bytes.length) throw new Error('parse cache: trailing bytes');
    return stored;
  },
};

function align(offset: number): number {
  return (offset + 7) & ~7;
}

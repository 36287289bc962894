/**
 * The parse cache on disk: one file per workspace and parse options, written atomically. Documents are stored in the
 * compact encoding of `core/documentCodec` (one integer array, one table of strings), which loads in a fraction of the
 * time JSON takes. A cache that is missing, unreadable, corrupt or of another version is ignored (and rebuilt on the
 * next save).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { DocumentReader, DocumentWriter } from '../core/documentCodec';
import { MemoryParseCache, PARSE_CACHE_VERSION, contentHash, type ParseCacheEntry } from '../core/parseCache';

interface Stored {
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

export class FileParseCache extends MemoryParseCache {
  private constructor(
    readonly file: string,
    private readonly optionsKey: string,
    entries: [string, ParseCacheEntry][],
  ) {
    super(entries);
  }

  /**
   * The cache for a workspace (`root`) under a cache folder; empty when there is none or it cannot be used.
   * `timings` (for the benchmark) receives the milliseconds of each phase.
   */
  static async open(folder: string, root: string, optionsKey: string, timings?: Record<string, number>): Promise<FileParseCache> {
    const file = path.join(folder, `minutes-parse-${contentHash(path.resolve(root) + '\0' + optionsKey).replace(':', '-')}.bin`);
    let entries: [string, ParseCacheEntry][] = [];
    try {
      let start = performance.now();
      const bytes = await fs.readFile(file);
      if (timings) timings.read = performance.now() - start;
      start = performance.now();
      const stored = deserialize(bytes) as Partial<Stored>;
      if (timings) timings.deserialize = performance.now() - start;
      start = performance.now();
      entries = await decode(stored, optionsKey);
      if (timings) timings.decode = performance.now() - start;
    } catch {
      // missing or corrupt: start empty
    }
    return new FileParseCache(file, optionsKey, entries);
  }

  /** Writes the cache when it changed (to a temporary file, then renamed over the old one). */
  async save(): Promise<void> {
    if (!this.changed) return;
    // What changes while the cache is written (it yields) marks it changed again, for the next save.
    this.changed = false;
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      await fs.writeFile(temporary, serialize(await encode([...this.entries], this.optionsKey)));
      await fs.rename(temporary, this.file);
    } catch (error) {
      this.changed = true;
      throw error;
    }
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
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}

async function encode(entries: [string, ParseCacheEntry][], optionsKey: string): Promise<Stored> {
  const writer = new DocumentWriter();
  const count = entries.length;
  const pause = sliced();
  const stored: Stored = {
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
async function decode(stored: Partial<Stored>, optionsKey: string): Promise<[string, ParseCacheEntry][]> {
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

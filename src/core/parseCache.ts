/**
 * A persistent parse cache: what a file parsed to, keyed by its path, size, modification time and a hash of its
 * text, so that a warm start reads no file that has not changed. The core holds the interface and the pure parts;
 * the storage (a file under the CLI's `--cache` folder, the extension's storage folder) lives with the host.
 */
import type { MinutesDocument } from './model';
import type { ParseOptions } from './parse';

/** Bump when the model or the parser changes what it produces: every cache written before is then ignored. */
export const PARSE_CACHE_VERSION = 8;

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface ParseCacheEntry extends FileStamp {
  hash: string;
  document: MinutesDocument;
}

export interface ParseCache {
  /** The cached document when size and modification time both match: the file need not be read. */
  byStamp(key: string, stamp: FileStamp): MinutesDocument | undefined;
  /** The cached document when the text is the same (its hash matches), whatever the file's time says. */
  byHash(key: string, hash: string): MinutesDocument | undefined;
  set(key: string, entry: ParseCacheEntry): void;
  /** Drops entries for files no longer in the workspace. */
  retain(keys: Iterable<string>): void;
}

/**
 * The document for a file read anew (its stamp missed): the cached one when its text hashes the same (a touched but
 * unchanged file), else what `parse` gives; either way recorded under the new stamp. Every host answers this way.
 */
export function takeOrParse(cache: ParseCache, key: string, stamp: FileStamp, hash: string, parse: () => MinutesDocument): { document: MinutesDocument; fromHash: boolean } {
  const cached = cache.byHash(key, hash);
  const document = cached ?? parse();
  cache.set(key, { ...stamp, hash, document });
  return { document, fromHash: cached !== undefined };
}

/** What, besides the text, decides a parse: a cache written under other options is not used. */
export function parseOptionsKey(options: Omit<ParseOptions, 'fileName'>): string {
  const key: unknown[] = [PARSE_CACHE_VERSION, options.dayFirst ?? true, options.today ?? null, options.people ?? {}];
  if (options.proseActions === 'action') key.push('prose-actions');
  else if (options.proseActions === 'off') key.push('no-prose');
  return JSON.stringify(key);
}

/** A fast 53-bit hash of a text (cyrb53): enough to tell an edited file from an untouched one. */
export function contentHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36) + ':' + text.length.toString(36);
}

/** An in-memory cache; hosts load it from and save it to their storage. */
export class MemoryParseCache implements ParseCache {
  readonly entries: Map<string, ParseCacheEntry>;
  changed = false;

  constructor(entries: Iterable<[string, ParseCacheEntry]> = []) {
    this.entries = new Map(entries);
  }

  byStamp(key: string, stamp: FileStamp): MinutesDocument | undefined {
    const entry = this.entries.get(key);
    return entry && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs ? entry.document : undefined;
  }

  byHash(key: string, hash: string): MinutesDocument | undefined {
    const entry = this.entries.get(key);
    return entry && entry.hash === hash ? entry.document : undefined;
  }

  set(key: string, entry: ParseCacheEntry): void {
    this.entries.set(key, entry);
    this.changed = true;
  }

  retain(keys: Iterable<string>): void {
    const keep = new Set(keys);
    for (const key of this.entries.keys()) {
      if (!keep.has(key)) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
  }
}

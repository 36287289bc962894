/**
 * The parse cache on disk: one file per workspace and parse options, written atomically, in V8's serialization (which
 * loads a long string at the speed of a copy). Loading, saving, versions and options are `core/parseCacheStore`'s; a
 * cache that is missing, unreadable, corrupt or of another version is ignored (and rebuilt on the next save).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { BytesParseCache, loadEntries, parseCacheFileName, replacingBytes, type CacheBytes, type CacheFormat, type StoredCache } from '../core/parseCacheStore';

const v8Format: CacheFormat = {
  serialize: (stored) => serialize(stored),
  deserialize: (bytes) => deserialize(bytes) as Partial<StoredCache>,
};

/** A file, written to a temporary file and then renamed over the old one. */
function fileBytes(file: string): CacheBytes {
  return replacingBytes(
    {
      readFile: async (name) => fs.readFile(name),
      makeFolder: async () => void (await fs.mkdir(path.dirname(file), { recursive: true })),
      writeFile: async (name, bytes) => fs.writeFile(name, bytes),
      rename: async (from, to) => fs.rename(from, to),
      delete: async (name) => fs.rm(name, { force: true }),
    },
    file,
    `${file}.${process.pid}.tmp`,
  );
}

export class FileParseCache extends BytesParseCache {
  private constructor(
    readonly file: string,
    bytes: CacheBytes,
    optionsKey: string,
    entries: Awaited<ReturnType<typeof loadEntries>>,
  ) {
    super(bytes, v8Format, optionsKey, entries);
  }

  /**
   * The cache for a workspace (`root`) under a cache folder; empty when there is none or it cannot be used.
   * `timings` (for the benchmark) receives the milliseconds of each phase.
   */
  static async open(folder: string, root: string, optionsKey: string, timings?: Record<string, number>): Promise<FileParseCache> {
    const file = path.join(folder, parseCacheFileName(path.resolve(root), optionsKey));
    const bytes = fileBytes(file);
    return new FileParseCache(file, bytes, optionsKey, await loadEntries(bytes, optionsKey, v8Format, timings));
  }
}

/**
 * The parse cache on disk: one V8-serialized file per workspace and parse options (stamps, and the documents as one JSON text), written atomically. A cache that
 * is missing, unreadable, corrupt or of another version is ignored (and rebuilt on the next save).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { MinutesDocument } from '../core/model';
import { MemoryParseCache, PARSE_CACHE_VERSION, contentHash, type ParseCacheEntry } from '../core/parseCache';

/** Stamps apart from the documents, which are one JSON text: JSON.parse materializes them faster than V8 does. */
interface Stored {
  version: number;
  optionsKey: string;
  stamps: [key: string, size: number, mtimeMs: number, hash: string][];
  documents: string;
}

export class FileParseCache extends MemoryParseCache {
  private constructor(
    readonly file: string,
    private readonly optionsKey: string,
    entries: [string, ParseCacheEntry][],
  ) {
    super(entries);
  }

  /** The cache for a workspace (`root`) under a cache folder; empty when there is none or it cannot be used. */
  static async open(folder: string, root: string, optionsKey: string): Promise<FileParseCache> {
    const file = path.join(folder, `minutes-parse-${contentHash(path.resolve(root) + '\0' + optionsKey).replace(':', '-')}.bin`);
    let entries: [string, ParseCacheEntry][] = [];
    try {
      const stored = deserialize(await fs.readFile(file)) as Stored;
      if (stored && stored.version === PARSE_CACHE_VERSION && stored.optionsKey === optionsKey && Array.isArray(stored.stamps)) {
        const documents = JSON.parse(stored.documents) as MinutesDocument[];
        if (documents.length === stored.stamps.length) {
          entries = stored.stamps.map(([key, size, mtimeMs, hash], i) => [key, { size, mtimeMs, hash, document: documents[i] }]);
        }
      }
    } catch {
      // missing or corrupt: start empty
    }
    return new FileParseCache(file, optionsKey, entries);
  }

  /** Writes the cache when it changed (to a temporary file, then renamed over the old one). */
  async save(): Promise<void> {
    if (!this.changed) return;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const all = [...this.entries];
    const stored: Stored = {
      version: PARSE_CACHE_VERSION,
      optionsKey: this.optionsKey,
      stamps: all.map(([key, e]) => [key, e.size, e.mtimeMs, e.hash]),
      documents: JSON.stringify(all.map(([, e]) => e.document)),
    };
    const temporary = `${this.file}.${process.pid}.tmp`;
    await fs.writeFile(temporary, serialize(stored));
    await fs.rename(temporary, this.file);
    this.changed = false;
  }
}

/**
 * Parses a list of files for the CLI (and the benchmark), through the parse cache when there is one: a file whose
 * size and modification time match its entry is not read; one whose text hashes the same is not parsed.
 */
import { promises as fs } from 'node:fs';
import type { MinutesDocument } from '../core/model';
import { parseMinutes, type ParseOptions } from '../core/parse';
import { contentHash, type ParseCache } from '../core/parseCache';
import { readMinutesFile } from '../cli/files';

export type IndexOutcome = { file: string; document: MinutesDocument } | { file: string; problem: string };

export interface IndexStats {
  fromStamp: number;
  fromHash: number;
  parsed: number;
}

export async function indexFiles(files: readonly string[], options: Omit<ParseOptions, 'fileName'>, cache?: ParseCache, stats?: IndexStats): Promise<IndexOutcome[]> {
  const outcomes: IndexOutcome[] = [];
  for (const file of files) {
    let stamp: { size: number; mtimeMs: number } | undefined;
    if (cache) {
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat) {
        stamp = { size: stat.size, mtimeMs: stat.mtimeMs };
        const hit = cache.byStamp(file, stamp);
        if (hit) {
          if (stats) stats.fromStamp++;
          outcomes.push({ file, document: hit });
          continue;
        }
      }
    }
    const read = await readMinutesFile(file);
    if ('problem' in read) {
      outcomes.push({ file, problem: read.problem });
      continue;
    }
    let document: MinutesDocument | undefined;
    if (cache && stamp) {
      const hash = contentHash(read.text);
      document = cache.byHash(file, hash);
      if (document) {
        if (stats) stats.fromHash++;
      } else {
        document = parseMinutes(read.text, { ...options, fileName: file });
        if (stats) stats.parsed++;
      }
      cache.set(file, { ...stamp, hash, document });
    } else {
      document = parseMinutes(read.text, { ...options, fileName: file });
      if (stats) stats.parsed++;
    }
    outcomes.push({ file, document });
  }
  if (cache) cache.retain(files);
  return outcomes;
}

/**
 * Parses a list of files for the CLI (and the benchmark), through the parse cache when there is one: a file whose
 * size and modification time match its entry is not read; one whose text hashes the same is not parsed.
 */
import { statSync } from 'node:fs';
import type { MinutesDocument } from '../core/model';
import { parseMinutes, type ParseOptions } from '../core/parse';
import { contentHash, takeOrParse, type ParseCache } from '../core/parseCache';
import { readMinutes } from '../core/readMinutes';
import { readMinutesFileSync } from '../cli/files';
import { defaultThreads, ParsePool } from './parsePool';

export type IndexOutcome = { file: string; document: MinutesDocument } | { file: string; problem: string };

export interface IndexStats {
  fromStamp: number;
  fromHash: number;
  parsed: number;
}

/**
 * Size and time, synchronously: thousands of awaited stats cost more than the warm path may take. The time is the
 * later of the modification and the change time: a file edited and given its old modification time back (same size)
 * has a new change time, which no program can set, so it is read again (and, when its text is the same, taken from
 * the cache by its hash). The CLI's output cache relies on this (src/cli/outputCache.ts).
 */
function stampOf(file: string): { size: number; mtimeMs: number } | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? { size: stat.size, mtimeMs: Math.max(stat.mtimeMs, stat.ctimeMs) } : undefined;
}

export async function indexFiles(files: readonly string[], options: Omit<ParseOptions, 'fileName'>, cache?: ParseCache, stats?: IndexStats): Promise<IndexOutcome[]> {
  const outcomes = indexSome(files, options, cache, stats);
  if (cache) cache.retain(files);
  return outcomes;
}

/** `indexFiles` without dropping the cache's other entries: for a part of the files (those no stamp answers). */
function indexSome(files: readonly string[], options: Omit<ParseOptions, 'fileName'>, cache?: ParseCache, stats?: IndexStats): IndexOutcome[] {
  const outcomes: IndexOutcome[] = [];
  for (const file of files) {
    let stamp: { size: number; mtimeMs: number } | undefined;
    if (cache) {
      stamp = stampOf(file);
      if (stamp) {
        const hit = cache.byStamp(file, stamp);
        if (hit) {
          if (stats) stats.fromStamp++;
          outcomes.push({ file, document: hit });
          continue;
        }
      }
    }
    const read = readMinutesFileSync(file);
    if ('problem' in read) {
      outcomes.push({ file, problem: read.problem });
      continue;
    }
    const parse = (): MinutesDocument => parseMinutes(read.text, { ...options, fileName: file });
    // A parse that throws costs only its own file (and is never stored in the cache).
    let fromHash = false;
    const parsed = readMinutes(read.text, {}, () => {
      const taken = cache && stamp ? takeOrParse(cache, file, stamp, contentHash(read.text), parse) : { document: parse(), fromHash: false };
      fromHash = taken.fromHash;
      return taken.document;
    });
    if ('problem' in parsed) {
      outcomes.push({ file, problem: parsed.problem });
      continue;
    }
    if (stats) stats[fromHash ? 'fromHash' : 'parsed']++;
    outcomes.push({ file, document: parsed.document });
  }
  return outcomes;
}

/** Below this many files to parse, threads cost more than they save. */
export const WORKER_THRESHOLD = 64;

/**
 * Like `indexFiles`, but files the cache cannot answer are read and parsed on worker threads: `workers` threads
 * started here (one per core, at most four, by default), or a pool the caller started (and disposes). Falls back
 * to the calling thread when there are few files, no worker script, or for files the workers could not parse.
 */
export async function indexFilesInWorkers(
  files: readonly string[],
  options: Omit<ParseOptions, 'fileName'>,
  cache?: ParseCache,
  stats?: IndexStats,
  workers: number | ParsePool = defaultThreads(),
): Promise<IndexOutcome[]> {
  const stamps = new Map<string, { size: number; mtimeMs: number }>();
  const answered = new Map<string, IndexOutcome>();
  const toParse: string[] = [];
  for (const file of files) {
    if (cache) {
      const stamp = stampOf(file);
      if (stamp) {
        stamps.set(file, stamp);
        const hit = cache.byStamp(file, stamp);
        if (hit) {
          if (stats) stats.fromStamp++;
          answered.set(file, { file, document: hit });
          continue;
        }
      }
    }
    toParse.push(file);
  }
  const ownPool = typeof workers === 'number';
  const enough = toParse.length >= WORKER_THRESHOLD;
  const pool = !ownPool ? (enough ? workers : undefined) : workers >= 2 && enough ? new ParsePool({ threads: workers, shareValues: cache !== undefined }) : undefined;
  const leftOver: string[] = [];
  if (pool?.available) {
    try {
      const outcomes = await Promise.all(toParse.map((file) => pool.parse(file, options)));
      for (let i = 0; i < toParse.length; i++) {
        const file = toParse[i];
        const outcome = outcomes[i];
        if (outcome === undefined) leftOver.push(file);
        else if ('problem' in outcome) answered.set(file, { file, problem: outcome.problem });
        else {
          const stamp = stamps.get(file);
          const taken = cache && stamp ? takeOrParse(cache, file, stamp, outcome.hash, () => outcome.document) : { document: outcome.document, fromHash: false };
          if (stats) stats[taken.fromHash ? 'fromHash' : 'parsed']++;
          answered.set(file, { file, document: taken.document });
        }
      }
    } finally {
      if (ownPool) pool.dispose();
    }
  } else leftOver.push(...toParse);
  if (leftOver.length > 0) {
    for (const outcome of indexSome(leftOver, options, cache, stats)) answered.set(outcome.file, outcome);
  }
  if (cache) cache.retain(files);
  return files.map((file) => answered.get(file) ?? { file, problem: 'skipped: not read' });
}

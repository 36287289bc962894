/**
 * Parses a list of files for the CLI (and the benchmark), through the parse cache when there is one: a file whose
 * size and modification time match its entry is not read; one whose text hashes the same is not parsed.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MinutesDocument } from '../core/model';
import { parseMinutes, type ParseOptions } from '../core/parse';
import { contentHash, type ParseCache } from '../core/parseCache';
import { readMinutesFileSync } from '../cli/files';

export type IndexOutcome = { file: string; document: MinutesDocument } | { file: string; problem: string };

export interface IndexStats {
  fromStamp: number;
  fromHash: number;
  parsed: number;
}

/** Size and modification time, synchronously: thousands of awaited stats cost more than the warm path may take. */
function stampOf(file: string): { size: number; mtimeMs: number } | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
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
  return outcomes;
}

/** Below this many files to parse, threads cost more than they save. */
const WORKER_THRESHOLD = 64;

/** Where the worker script is: next to the bundled CLI (dist/parseWorker.js), or beside this file when run from source. */
function workerScript(): string | undefined {
  for (const name of ['parseWorker.js', 'parseWorker.ts']) {
    const candidate = path.join(__dirname, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Like `indexFiles`, but files the cache cannot answer are read and parsed on worker threads (one per core, at
 * most `threads`). Falls back to the calling thread when there are few files or no worker script.
 */
export async function indexFilesInWorkers(
  files: readonly string[],
  options: Omit<ParseOptions, 'fileName'>,
  cache?: ParseCache,
  stats?: IndexStats,
  threads = Math.max(1, Math.min(availableParallelism(), 4)),
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
  const script = workerScript();
  if (threads < 2 || toParse.length < WORKER_THRESHOLD || !script) {
    const rest = indexSome(toParse, options, cache, stats);
    for (const outcome of rest) answered.set(outcome.file, outcome);
  } else {
    // Interleaved shares balance long and short files between threads.
    const shares = Array.from({ length: threads }, (_, t) => toParse.filter((_, i) => i % threads === t));
    const results = await Promise.all(
      shares.map(
        (share) =>
          new Promise<WorkerOutcome[]>((resolve, reject) => {
            const workerData = { files: share, options };
            // From source (tests, the benchmark), the worker compiles its TypeScript through tsx as this thread does.
            const worker = script.endsWith('.ts')
              ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { eval: true, workerData })
              : new Worker(script, { workerData });
            worker.once('message', (outcomes: string) => {
              resolve(JSON.parse(outcomes) as WorkerOutcome[]);
              void worker.terminate();
            });
            worker.once('error', reject);
          }),
      ),
    );
    for (const outcome of results.flat()) {
      if ('problem' in outcome) {
        answered.set(outcome.file, outcome);
        continue;
      }
      const stamp = stamps.get(outcome.file);
      let document = outcome.document;
      const cached = cache?.byHash(outcome.file, outcome.hash);
      if (cached) {
        document = cached;
        if (stats) stats.fromHash++;
      } else if (stats) stats.parsed++;
      if (cache && stamp) cache.set(outcome.file, { ...stamp, hash: outcome.hash, document });
      answered.set(outcome.file, { file: outcome.file, document });
    }
  }
  if (cache) cache.retain(files);
  return files.map((file) => answered.get(file) ?? { file, problem: 'skipped: not read' });
}

type WorkerOutcome = { file: string; problem: string } | { file: string; hash: string; document: MinutesDocument };

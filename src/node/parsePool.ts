/**
 * Worker threads that read and parse minutes files, started once and reused: the CLI indexes on them, and the
 * extension parses its first scan on them so that the extension host's main thread only takes finished documents.
 *
 * Files are asked for one by one and go to the workers in batches, each worker taking the next batch as it gives one
 * back (long and short files balance themselves). A batch comes back in the parse cache's compact encoding (an
 * integer array, transferred without a copy, and a table of strings) and is decoded here as the cache decodes:
 * positions and ranges shared and frozen, strings shared, so a document from the pool is exactly what
 * `DocumentCompactor` makes of the same parse on this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DocumentReader, ValueInterner, type EncodedDocuments } from '../core/documentCodec';
import type { MinutesDocument, Position, Range } from '../core/model';
import type { ParseOptions } from '../core/parse';

export type PooledOutcome = { document: MinutesDocument; hash: string } | { problem: string };

export type PoolParseOptions = Omit<ParseOptions, 'fileName'>;

/** What a worker is asked: files to read (paths on disk), the names the parser sees (default: the paths). */
export interface ParseBatch {
  id: number;
  paths: string[];
  fileNames?: string[];
  options: PoolParseOptions;
}

/** What a worker answers: per file, where its document starts in `numbers`, or -1 and a problem in `texts`. */
export interface ParsedBatch {
  id: number;
  starts: Int32Array;
  /** Per file: the text's content hash, or the problem. */
  texts: string[];
  /** The batch's documents in the parse cache's compact encoding; its typed arrays are transferred, not copied. */
  encoded: EncodedDocuments & { strings: string[] };
}

/** What a worker is told as it starts. */
export interface WorkerSetup {
  background: boolean;
  /** How the worker encodes its batches: `raw` when this thread shares no values between documents. */
  encoding: 'fresh' | 'raw';
}

/** A nice value: the workers of a background pool get the processor only when nothing else wants it. */
export const BACKGROUND_PRIORITY = 10;

interface FailedBatch {
  id: number;
  error: string;
}

interface Request {
  path: string;
  fileName?: string;
  resolve: (outcome: PooledOutcome | undefined) => void;
}

interface Queue {
  options: PoolParseOptions;
  requests: Request[];
}

interface PoolWorker {
  worker: Worker;
  inFlight: Map<number, Request[]>;
}

/** Batches a worker holds at once: it parses one while the other travels. */
const BATCHES_PER_WORKER = 2;
const MAX_BATCH = 64;

/** Where the worker script is: next to the bundle (dist/parseWorker.js), or beside this file when run from source. */
export function parseWorkerScript(folder = __dirname): string | undefined {
  for (const name of ['parseWorker.js', 'parseWorker.ts']) {
    const candidate = path.join(folder, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** One worker per core, at most four. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

export interface ParsePoolOptions {
  /** How many workers (default: one per core, at most four). */
  threads?: number;
  /** The worker script (default: `parseWorkerScript()`); undefined leaves every file to the caller. */
  script?: string;
  /**
   * Share equal positions, ranges and strings between the documents, as the parse cache and the workspace index do
   * (default). A caller that drops the documents soon after (the CLI) saves the main thread that work.
   */
  shareValues?: boolean;
  /**
   * Background work (the extension's index): on Linux the workers run at a lower priority, so that the thread that
   * started them and the editor get the processor first. The CLI's workers are its foreground.
   */
  background?: boolean;
}

export class ParsePool {
  private readonly workers: PoolWorker[] = [];
  private readonly queues = new Map<string, Queue>();
  private queued = 0;
  private nextBatchId = 0;
  private dispatchScheduled = false;
  private started = false;
  private disposed = false;
  /** Set once every worker has failed: from then on every file is left to the caller. */
  private broken = false;
  /** Shared by the documents of one burst of work (dropped when the pool falls idle, as a compactor is). */
  private values?: ValueInterner;
  private strings?: Map<string, string>;
  /** Files asked for ahead of `parse`, by path: what `parse` will take instead of asking again. */
  private readonly prefetched = new Map<string, { optionsKey: string; outcome: Promise<PooledOutcome | undefined> }>();
  /** Documents and batches decoded, for tests and the benchmark. */
  readonly stats = { files: 0, batches: 0, fallbacks: 0 };

  private readonly threads: number;
  private readonly script: string | undefined;
  private readonly shareValues: boolean;
  private readonly background: boolean;

  constructor(options: ParsePoolOptions = {}) {
    this.threads = options.threads ?? defaultThreads();
    this.script = 'script' in options ? options.script : parseWorkerScript();
    this.shareValues = options.shareValues ?? true;
    this.background = options.background ?? false;
  }

  /** False when there is no worker script or every worker failed: `parse` then leaves every file to the caller. */
  get available(): boolean {
    return !this.broken && !this.disposed && this.script !== undefined && this.threads > 0;
  }

  /**
   * Reads and parses a file on a worker. Undefined when the pool cannot (no worker script, a worker failed, the
   * pool was disposed, the parser threw): the caller then reads and parses the file itself, and meets what the
   * worker met.
   */
  parse(file: string, options: PoolParseOptions, fileName?: string): Promise<PooledOutcome | undefined> {
    const key = JSON.stringify(options);
    const ahead = this.prefetched.get(file);
    if (ahead && ahead.optionsKey === key && (fileName === undefined || fileName === file)) {
      this.prefetched.delete(file);
      return ahead.outcome;
    }
    if (!this.available) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      let queue = this.queues.get(key);
      if (!queue) {
        queue = { options, requests: [] };
        this.queues.set(key, queue);
      }
      queue.requests.push(fileName === undefined || fileName === file ? { path: file, resolve } : { path: file, fileName, resolve });
      this.queued++;
      // The workers start booting at the first request (a worker takes ~0.2 s to load its script), while the caller
      // goes on asking; the requests of this turn travel together below.
      this.start();
      // Requests made in the same turn travel together.
      if (!this.dispatchScheduled) {
        this.dispatchScheduled = true;
        setImmediate(() => {
          this.dispatchScheduled = false;
          this.dispatch();
        });
      }
    });
  }

  /** Starts parsing a file that `parse` will ask for later with the same options (the CLI, while it still searches). */
  prefetch(file: string, options: PoolParseOptions): void {
    if (this.available && !this.prefetched.has(file)) this.prefetched.set(file, { optionsKey: JSON.stringify(options), outcome: this.parse(file, options) });
  }

  /** Terminates the workers; files not yet parsed are left to their callers. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.prefetched.clear();
    for (const entry of this.workers.splice(0)) {
      quiet(entry.worker);
      // Not awaited: a worker's exit costs the caller nothing it needs to wait for.
      void entry.worker.terminate();
      this.failRequests(entry);
    }
    this.failQueued();
  }

  /** The workers start with the first request, not before: a pool that is never asked costs nothing. */
  private start(): void {
    if (this.started || !this.available) return;
    this.started = true;
    const script = this.script;
    if (!script) return;
    for (let i = 0; i < this.threads; i++) {
      // From source (tests, the benchmark), the worker compiles its TypeScript through tsx as this thread does.
      const workerData: WorkerSetup = { background: this.background, encoding: this.shareValues ? 'fresh' : 'raw' };
      const worker = script.endsWith('.ts') ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { eval: true, workerData }) : new Worker(script, { workerData });
      // An idle worker keeps no process alive (a CLI run that forgot to dispose still ends); a busy one does.
      worker.unref();
      const entry: PoolWorker = { worker, inFlight: new Map() };
      worker.on('message', (message: ParsedBatch | FailedBatch) => this.received(entry, message));
      worker.on('error', () => this.lose(entry));
      worker.on('exit', () => this.lose(entry));
      this.workers.push(entry);
    }
  }

  private dispatch(): void {
    if (this.disposed || this.queued === 0) return;
    if (!this.started) this.start();
    for (const entry of this.workers) this.feed(entry);
    if (this.workers.length === 0) {
      this.broken = true;
      this.failQueued();
    }
  }

  /** Gives a worker batches until it holds its share; batches shrink as the queue empties so that workers end together. */
  private feed(entry: PoolWorker): void {
    while (entry.inFlight.size < BATCHES_PER_WORKER && this.queued > 0) {
      const [key, queue] = this.queues.entries().next().value as [string, Queue];
      const size = Math.min(MAX_BATCH, Math.max(1, Math.ceil(this.queued / (this.workers.length * BATCHES_PER_WORKER))), queue.requests.length);
      const requests = queue.requests.splice(0, size);
      if (queue.requests.length === 0) this.queues.delete(key);
      this.queued -= requests.length;
      const id = this.nextBatchId++;
      const batch: ParseBatch = { id, paths: requests.map((request) => request.path), options: queue.options };
      if (requests.some((request) => request.fileName !== undefined)) batch.fileNames = requests.map((request) => request.fileName ?? request.path);
      if (entry.inFlight.size === 0) entry.worker.ref();
      entry.inFlight.set(id, requests);
      entry.worker.postMessage(batch);
    }
  }

  private received(entry: PoolWorker, message: ParsedBatch | FailedBatch): void {
    const requests = entry.inFlight.get(message.id);
    if (!requests) return;
    entry.inFlight.delete(message.id);
    // The worker's next batch first, so that it parses while this thread decodes.
    this.feed(entry);
    if (entry.inFlight.size === 0) entry.worker.unref();
    if ('error' in message) {
      this.stats.fallbacks += requests.length;
      for (const request of requests) request.resolve(undefined);
    } else {
      this.decode(message, requests);
    }
    if (this.queued === 0 && this.workers.every((other) => other.inFlight.size === 0)) {
      this.values = undefined;
      this.strings = undefined;
    }
  }

  private decode(batch: ParsedBatch, requests: Request[]): void {
    const values = (this.values ??= this.shareValues ? new ValueInterner() : new UnsharedValues());
    const strings = batch.encoded.strings;
    if (this.shareValues) {
      const shared = (this.strings ??= new Map());
      for (let i = 0; i < strings.length; i++) {
        const known = shared.get(strings[i]);
        if (known === undefined) shared.set(strings[i], strings[i]);
        else strings[i] = known;
      }
    }
    const reader = new DocumentReader({ ...batch.encoded, strings }, values);
    this.stats.batches++;
    for (let i = 0; i < requests.length; i++) {
      const start = batch.starts[i];
      if (start < 0) {
        requests[i].resolve({ problem: batch.texts[i] });
        continue;
      }
      let document: MinutesDocument;
      try {
        document = reader.read(start);
      } catch {
        this.stats.fallbacks++;
        requests[i].resolve(undefined);
        continue;
      }
      this.stats.files++;
      requests[i].resolve({ document, hash: batch.texts[i] });
    }
  }

  /** A worker that failed or exited: its batches go back to their callers, the others go on. */
  private lose(entry: PoolWorker): void {
    const at = this.workers.indexOf(entry);
    if (at < 0) return;
    this.workers.splice(at, 1);
    quiet(entry.worker);
    void entry.worker.terminate();
    this.failRequests(entry);
    if (this.workers.length === 0) {
      this.broken = true;
      this.failQueued();
    }
  }

  private failRequests(entry: PoolWorker): void {
    for (const requests of entry.inFlight.values()) {
      this.stats.fallbacks += requests.length;
      for (const request of requests) request.resolve(undefined);
    }
    entry.inFlight.clear();
  }

  private failQueued(): void {
    for (const queue of this.queues.values()) {
      this.stats.fallbacks += queue.requests.length;
      for (const request of queue.requests) request.resolve(undefined);
    }
    this.queues.clear();
    this.queued = 0;
  }
}

/** Stops listening to a worker that is being let go; an error it still raises must not crash the process. */
function quiet(worker: Worker): void {
  worker.removeAllListeners();
  worker.on('error', () => undefined);
}

/** Positions and ranges as the parser makes them, one object each: the decoder's sharing costs more than it saves for documents soon dropped. */
class UnsharedValues extends ValueInterner {
  override position(line: number, character: number): Position {
    return { line, character };
  }

  override range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
    return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
  }
}

/**
 * Every minutes file of a workspace, parsed and kept current from file events. Pure logic behind small host
 * interfaces: the extension implements them over `vscode.workspace`, tests over an in-memory workspace.
 */
import { DocumentCompactor } from './documentCodec';
import type { Action, MinutesDocument } from './model';
import { parseMinutes, type ParseOptions } from './parse';
import { contentHash, takeOrParse, type FileStamp, type ParseCache } from './parseCache';
import type { Resolution } from './people';
import { WorkspacePeople } from './workspace/people';
import { buildActionLog, type ActionLog, type TrackedAction } from './workspace/actions';
import { readMinutes } from './readMinutes';

export type ReadOutcome = { text: string } | { problem: string };

export interface WorkspaceHost {
  /** Every minutes file in the workspace (keys: URIs or paths, whatever the host uses), excludes applied. */
  listFiles(): Promise<string[]>;
  /** The file's text: from the editor buffer when it is open, else from disk; a problem when it cannot be read. */
  readFile(key: string): Promise<ReadOutcome>;
  /** Parse options for a file (settings may differ per folder). */
  parseOptions(key: string): ParseOptions;
  /** A path a person can read, relative to its workspace folder. */
  displayPath(key: string): string;
  /**
   * Size and modification time of the file on disk, for the parse cache; undefined when the text does not come from
   * disk (an open editor's buffer), which is then always parsed.
   */
  stat?(key: string): Promise<FileStamp | undefined>;
  /**
   * Reads and parses the file elsewhere (worker threads): what `parseMinutes` gives with `parseOptions(key)` on the
   * text `readFile` would give, compacted as `DocumentCompactor` compacts, with the text's `contentHash`. Undefined
   * leaves the file to the index, which reads and parses it on this thread (open editors, other schemes, failures).
   */
  parseFile?(key: string): Promise<ParsedFile | { problem: string } | undefined>;
}

export interface ParsedFile {
  document: MinutesDocument;
  hash: string;
}

export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
}

export interface IndexedFile {
  key: string;
  path: string;
  document: MinutesDocument;
}

export interface IndexedAction {
  key: string;
  path: string;
  document: MinutesDocument;
  action: Action;
  /** The owners as people (`WorkspacePeople.ownersOf`): resolved in the file, else across the workspace, else as written. */
  people: string[];
  /** When later meetings of its series carried it (see workspace/actions.ts): its history; this is its latest row. */
  tracked?: TrackedAction<IndexedFile>;
}

/** What a scan of the whole workspace read: its files, and how many of them came from the parse cache. */
export interface ScanSummary {
  files: number;
  fromCache: number;
}

export interface IndexProblem {
  key: string;
  message: string;
}

type Listener = () => void;

const READS_IN_FLIGHT = 4;
/** With a host that parses elsewhere: enough files asked for at once to keep its workers busy. */
const PARSES_IN_FLIGHT = 128;
const SLICE_MS = 8;
/** The next turn of the event loop: setImmediate where there is one (Node), else a timer. */
export const nextTurn = (resolve: () => void): unknown => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0));

/**
 * Parses files, applies batches of changes, and tells listeners once per batch. Each file carries the generation of
 * the request that read it; a read that finishes after a newer request for the same file is dropped, so the index
 * always ends equal to a fresh scan.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();
  private readonly problems = new Map<string, string>();
  private readonly generations = new Map<string, number>();
  private readonly listeners = new Set<Listener>();
  private generation = 0;
  private peopleCache?: WorkspacePeople;
  private logCache?: ActionLog<IndexedFile>;
  private scanned = false;
  private cache?: ParseCache;
  private sliceStart = 0;
  private nextSlice?: Promise<void>;

  constructor(
    private readonly host: WorkspaceHost,
    private readonly extraPeople: () => Record<string, string[]> = () => ({}),
  ) {}

  /** Documents of unchanged files come from this cache instead of being read and parsed again. */
  useCache(cache: ParseCache): void {
    this.cache = cache;
  }

  get isScanned(): boolean {
    return this.scanned;
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(): void {
    this.peopleCache = undefined;
    this.logCache = undefined;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Reads every file from scratch. `progress` is called with (done, total); cancelling leaves what was read so far.
   * Says how many files there were and how many of them the parse cache answered without a read or a parse.
   */
  async rescan(signal?: CancellationSignal, progress?: (done: number, total: number) => void): Promise<ScanSummary> {
    const keys = await this.host.listFiles();
    const wanted = new Set(keys);
    for (const key of [...this.files.keys(), ...this.problems.keys()]) {
      if (!wanted.has(key)) this.forget(key);
    }
    let done = 0;
    let next = 0;
    let fromCache = 0;
    const compactor = new DocumentCompactor();
    // A few reads in flight at once: thousands of awaited stats one after the other cost more than the warm start
    // may take. Cancelling lets the reads in flight finish and starts no other.
    const reader = async (): Promise<void> => {
      while (next < keys.length && !signal?.isCancellationRequested) {
        if ((await this.read(keys[next++], compactor)) === 'cache') fromCache++;
        progress?.(++done, keys.length);
      }
    };
    const inFlight = this.host.parseFile ? PARSES_IN_FLIGHT : READS_IN_FLIGHT;
    await Promise.all(Array.from({ length: Math.min(inFlight, keys.length) }, reader));
    if (!signal?.isCancellationRequested) this.cache?.retain(keys);
    this.scanned = true;
    this.fire();
    return { files: keys.length, fromCache };
  }

  /** Re-reads files that were created or changed, and forgets files that were deleted, as one batch. */
  async applyChanges(changed: Iterable<string>, deleted: Iterable<string> = []): Promise<void> {
    for (const key of deleted) this.forget(key);
    const compactor = new DocumentCompactor();
    await Promise.all([...new Set(changed)].map((key) => this.read(key, compactor)));
    this.fire();
  }

  private forget(key: string): void {
    this.logCache = undefined;
    this.generations.set(key, ++this.generation);
    this.files.delete(key);
    this.problems.delete(key);
  }

  /** Parsed documents are compacted: the index holds them as long as the workspace is open. */
  private async read(key: string, compactor: DocumentCompactor): Promise<'cache' | undefined> {
    const generation = ++this.generation;
    this.generations.set(key, generation);
    let outcome: ReadOutcome;
    let stamp: FileStamp | undefined;
    try {
      stamp = this.cache && this.host.stat ? await this.host.stat(key) : undefined;
      const cached = stamp && this.cache?.byStamp(key, stamp);
      if (cached) {
        await this.yieldIfBusy(); // a warm start answers thousands of files from the cache, each in microseconds
        if (this.generations.get(key) !== generation) return undefined;
        this.store(key, cached);
        return 'cache';
      }
      const parsed = await this.host.parseFile?.(key);
      if (parsed && 'document' in parsed) {
        if (this.generations.get(key) !== generation) return;
        this.store(key, stamp && this.cache ? takeOrParse(this.cache, key, stamp, parsed.hash, () => parsed.document).document : parsed.document);
        return;
      }
      outcome = parsed ?? (await this.host.readFile(key));
    } catch (error) {
      outcome = { problem: error instanceof Error ? error.message : String(error) };
    }
    if (!('problem' in outcome)) await this.yieldIfBusy();
    if (this.generations.get(key) !== generation) return; // a newer read or a delete came after this one
    if ('problem' in outcome) {
      this.fail(key, outcome.problem);
      return;
    }
    const text = outcome.text;
    const parse = (): MinutesDocument => compactor.compact(parseMinutes(text, this.host.parseOptions(key)));
    // A file the parser cannot read costs only itself: a problem, kept out of the tree, never stored in the cache.
    const read = readMinutes(text, {}, () => (stamp && this.cache ? takeOrParse(this.cache, key, stamp, contentHash(text), parse).document : parse()));
    if ('problem' in read) this.fail(key, read.problem);
    else this.store(key, read.document);
  }

  /** A file that could not be read: out of the tree, with its problem. */
  private fail(key: string, problem: string): void {
    this.files.delete(key);
    this.problems.set(key, problem);
  }

  /**
   * Lets the event loop turn before a parse once this thread has worked for a slice: reads that finish together would
   * otherwise parse one after the other in one long block of the extension host's main thread.
   */
  private async yieldIfBusy(): Promise<void> {
    // Every read that must wait waits for the same next turn; there, they go on one by one while the new slice lasts,
    // and the rest wait for the turn after.
    while (performance.now() - this.sliceStart >= SLICE_MS) {
      this.nextSlice ??= new Promise<void>((resolve) =>
        nextTurn(() => {
          this.nextSlice = undefined;
          this.sliceStart = performance.now();
          resolve();
        }),
      );
      await this.nextSlice;
    }
  }

  private store(key: string, document: MinutesDocument): void {
    this.logCache = undefined;
    this.problems.delete(key);
    this.files.set(key, { key, path: this.host.displayPath(key), document });
  }

  allFiles(): IndexedFile[] {
    return [...this.files.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  file(key: string): IndexedFile | undefined {
    return this.files.get(key);
  }

  allProblems(): IndexProblem[] {
    return [...this.problems].map(([key, message]) => ({ key, message }));
  }

  /**
   * The workspace's people, with the one rule that resolves an owner (its file, then every roster), kept until the
   * index changes.
   */
  people(): WorkspacePeople {
    this.peopleCache ??= new WorkspacePeople(this.allFiles(), this.extraPeople());
    return this.peopleCache;
  }

  /** Resolves a name as written anywhere in the workspace to one person, or says it is ambiguous. */
  resolvePerson(written: string): Resolution {
    return this.people().resolve(written);
  }

  /** The owners of an action as people, by the workspace's one rule (workspace/people.ts). */
  private peopleOf(action: Action): string[] {
    return this.people().ownersOf(action);
  }

  /** The series of the workspace and every action through its meetings; built once per change. */
  actionLog(): ActionLog<IndexedFile> {
    this.logCache ??= buildActionLog(this.allFiles(), (_file, action) => this.peopleOf(action));
    return this.logCache;
  }

  /** Every action once: an action carried to later meetings is its latest row, with its history in `tracked`. */
  actions(): IndexedAction[] {
    const log = this.actionLog();
    const result: IndexedAction[] = [];
    const people = this.people();
    for (const file of people.files) {
      for (const action of file.document.actions) {
        const tracked = log.trackedOf(action);
        if (tracked && tracked.occurrences[tracked.occurrences.length - 1].action !== action) continue;
        const owners = tracked ? tracked.occurrences[tracked.occurrences.length - 1].people : people.ownersOf(action);
        const entry: IndexedAction = { key: file.key, path: file.path, document: file.document, action, people: owners };
        if (tracked && tracked.occurrences.length > 1) entry.tracked = tracked;
        result.push(entry);
      }
    }
    return result;
  }

  /** Everybody who owns an action, sorted by name. */
  owners(): string[] {
    return [...new Set(this.actions().flatMap((entry) => entry.people))].sort((a, b) => a.localeCompare(b));
  }
}

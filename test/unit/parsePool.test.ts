import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DocumentCompactor } from '../../src/core/documentCodec';
import { parseMinutes } from '../../src/core/parse';
import { contentHash } from '../../src/core/parseCache';
import { WorkspaceIndex, type ReadOutcome, type WorkspaceHost } from '../../src/core/workspaceIndex';
import { readMinutesFile } from '../../src/cli/files';
import { BACKGROUND_PRIORITY, ParsePool } from '../../src/node/parsePool';
import { generateMinutes, mulberry32 } from '../../bench/corpus';

const repoRoot = path.resolve(__dirname, '../..');
const options = { today: '2024-01-01' };

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** A workspace over node:fs whose files on disk are parsed by the pool, as the extension's host does. */
class DiskHost implements WorkspaceHost {
  constructor(
    readonly files: string[],
    private readonly pool?: ParsePool,
  ) {}
  listFiles = async (): Promise<string[]> => this.files;
  readFile = (key: string): Promise<ReadOutcome> => readMinutesFile(key);
  parseOptions = (key: string) => ({ ...options, fileName: key });
  displayPath = (key: string): string => key;
  parseFile(key: string) {
    return this.pool ? this.pool.parse(key, options, key) : Promise.resolve(undefined);
  }
}

describe('parse pool (worker threads)', function () {
  // Workers run from source here: each compiles the core through tsx as it starts.
  this.timeout(120_000);
  let folder = '';
  let pool: ParsePool;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'minutes-pool-'));
    pool = new ParsePool({ threads: 2 });
  });
  after(() => {
    pool.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives exactly the compacted document and hash this thread gives, for every fixture and shared corpus file', async () => {
    const files = filesUnder(path.join(repoRoot, 'test/fixtures')).filter((file) => file.endsWith('.md'));
    const shared = path.resolve(repoRoot, '../shared/corpus/files');
    if (existsSync(shared)) files.push(...filesUnder(shared));
    const before = pool.stats.files;
    const outcomes = await Promise.all(files.map((file) => pool.parse(file, options, `named-${path.basename(file)}`)));
    assert.equal(pool.stats.files - before, files.length, 'every file came from a worker');
    for (let i = 0; i < files.length; i++) {
      const outcome = outcomes[i];
      assert.ok(outcome && 'document' in outcome, `${files[i]}: ${JSON.stringify(outcome)}`);
      const text = readFileSync(files[i], 'utf8').replace(/^\uFEFF/, '');
      const here = parseMinutes(text, { ...options, fileName: `named-${path.basename(files[i])}` });
      assert.deepStrictEqual(outcome.document, new DocumentCompactor().compact(here), files[i]);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(outcome.document)), JSON.parse(JSON.stringify(here)), files[i]);
      assert.equal(outcome.hash, contentHash(text));
    }
  });

  it('passes the file name to the parser (a date in it is the meeting date)', async () => {
    const file = path.join(folder, 'undated.minutes.md');
    writeFileSync(file, '# Board\n\nACTION: MJ — send the report\n');
    const named = await pool.parse(file, options, '/meetings/2019-03-04-board.minutes.md');
    const unnamed = await pool.parse(file, options);
    assert.ok(named && 'document' in named && unnamed && 'document' in unnamed);
    assert.equal(named.document.date, '2019-03-04');
    assert.equal(unnamed.document.date, undefined);
  });

  it('parses a prefetched file once: parse takes what prefetch started', async () => {
    const file = path.join(folder, 'prefetched.minutes.md');
    writeFileSync(file, 'ACTION: MJ — ahead\n');
    const before = pool.stats.files;
    pool.prefetch(file, options);
    const outcome = await pool.parse(file, options);
    assert.ok(outcome && 'document' in outcome);
    assert.equal(outcome.document.actions[0].text, 'ahead');
    assert.equal(pool.stats.files - before, 1);
    // Other options are another parse.
    const monthFirst = await pool.parse(file, { ...options, dayFirst: false });
    assert.ok(monthFirst && 'document' in monthFirst);
    assert.equal(pool.stats.files - before, 2);
  });

  it('reports a missing, binary or non-UTF-8 file as a problem, with the words this thread uses', async () => {
    const binary = path.join(folder, 'binary.minutes.md');
    writeFileSync(binary, Buffer.from([0x41, 0, 0x42]));
    const latin1 = path.join(folder, 'latin1.minutes.md');
    writeFileSync(latin1, Buffer.from([0x41, 0xe9, 0x42]));
    for (const file of [path.join(folder, 'missing.minutes.md'), binary, latin1]) {
      assert.deepStrictEqual(await pool.parse(file, options), await readMinutesFile(file), file);
    }
  });

  it('fills a workspace index exactly as parsing on this thread does; a file deleted mid-scan becomes a problem', async () => {
    const random = mulberry32(7);
    const files: string[] = [];
    for (let i = 0; i < 300; i++) {
      const file = path.join(folder, `scan-${String(i).padStart(3, '0')}.minutes.md`);
      writeFileSync(file, generateMinutes(random, i));
      files.push(file);
    }
    const doomed = files[250];
    const pooled = new WorkspaceIndex(new DiskHost(files, pool));
    const before = pool.stats.files;
    await pooled.rescan(undefined, (done) => {
      if (done === 1) unlinkSync(doomed); // long before its turn: 128 files at most are asked for at once
    });
    assert.equal(pool.stats.files - before, files.length - 1, 'the workers parsed every file but the deleted one');
    assert.deepStrictEqual(pooled.allProblems(), [{ key: doomed, message: 'skipped: the file disappeared before it could be read' }]);
    const here = new WorkspaceIndex(new DiskHost(files));
    await here.rescan();
    assert.equal(here.allFiles().length, files.length - 1);
    assert.deepStrictEqual(pooled.allFiles(), here.allFiles());
    assert.deepStrictEqual(pooled.allProblems(), here.allProblems());
  });

  it('stops a cancelled scan, still reporting progress', async () => {
    const random = mulberry32(8);
    const files: string[] = [];
    for (let i = 0; i < 600; i++) {
      const file = path.join(folder, `cancel-${String(i).padStart(3, '0')}.minutes.md`);
      writeFileSync(file, generateMinutes(random, i));
      files.push(file);
    }
    const index = new WorkspaceIndex(new DiskHost(files, pool));
    const signal = { isCancellationRequested: false };
    let reported = 0;
    await index.rescan(signal, (done, total) => {
      reported = done;
      assert.equal(total, files.length);
      if (done === 10) signal.isCancellationRequested = true;
    });
    assert.ok(reported >= 10);
    assert.ok(index.allFiles().length < files.length, `a cancelled scan read ${index.allFiles().length} of ${files.length} files`);
    assert.equal(index.allFiles().length, reported);
  });

  it('runs a background pool\'s workers at a lower priority (Linux, where a priority is a thread\'s own)', async function () {
    if (process.platform !== 'linux') this.skip();
    const niceOf = (tid: string): number => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
    const niceOfThreads = (): number[] => readdirSync('/proc/self/task').map(niceOf);
    const file = path.join(folder, 'background.minutes.md');
    writeFileSync(file, 'ACTION: MJ — one\n');
    // Under `nice` at or past the background priority already (a developer's niced run), a worker keeps its parent's
    // priority: never a higher one (which a privileged process could set).
    const parent = niceOf(String(process.pid));
    const expected = Math.max(parent, BACKGROUND_PRIORITY);
    const before = niceOfThreads().filter((nice) => nice === expected).length;
    if (parent < BACKGROUND_PRIORITY) assert.equal(before, 0);
    const background = new ParsePool({ threads: 1, background: true });
    try {
      assert.ok(await background.parse(file, options));
      const after = niceOfThreads().filter((nice) => nice === expected).length;
      if (parent < BACKGROUND_PRIORITY) assert.equal(after, 1, 'one worker thread runs at the background priority');
      else assert.ok(after > before && !niceOfThreads().some((nice) => nice < parent), `the worker runs at its parent's priority: ${niceOfThreads()}`);
      assert.equal(niceOf(String(process.pid)), parent, 'the main thread keeps its priority');
    } finally {
      background.dispose();
    }
  });

  it('leaves every file to the caller when there is no worker script or its workers fail', async () => {
    const file = path.join(folder, 'plain.minutes.md');
    writeFileSync(file, 'ACTION: MJ — one\n');
    const none = new ParsePool({ threads: 2, script: undefined });
    assert.equal(none.available, false);
    assert.equal(await none.parse(file, options), undefined);

    // A worker that dies on its first batch: its files come back unanswered, and the index parses them itself.
    const dying = path.join(folder, 'dying-worker.js');
    writeFileSync(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const broken = new ParsePool({ threads: 1, script: dying });
    try {
      const index = new WorkspaceIndex(new DiskHost([file], broken));
      await index.rescan();
      assert.equal(broken.stats.fallbacks, 1);
      assert.equal(broken.available, false);
      assert.deepStrictEqual(index.allFiles().map((entry) => entry.document.actions.map((action) => action.text)), [['one']]);
    } finally {
      broken.dispose();
    }
  });
});

// The CLI's output cache (src/cli/outputCache.ts), in process: a warm hit prints what a cold run prints, byte for
// byte, and every change the output depends on makes it miss. Hits are told from misses by the record itself: a miss
// that may store writes a new record (a rename: a new inode), a hit reads it and writes nothing.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { MAX_RECORDS } from '../../src/cli/outputCache';
import { folderWithSeeds, runCli as run } from './helpers/cli';

const CACHE = '.cache';
const SEED = path.join('minutes', '2007-12-13-pbc-leads.minutes.md');

/** Sets every file's times an hour back (whole seconds): older than RACY_MS, so that a run's output may be stored. */
function settle(dir: string, seconds = Math.floor(Date.now() / 1000) - 3600): void {
  for (const name of readdirSync(path.join(dir, 'minutes'))) utimesSync(path.join(dir, 'minutes', name), seconds, seconds);
}

/** Each record in the cache folder and its inode and modification time: what changes when a run stores one. */
function records(dir: string): Map<string, string> {
  const folder = path.join(dir, CACHE);
  const found = new Map<string, string>();
  if (!existsSync(folder)) return found;
  for (const name of readdirSync(folder).filter((one) => one.startsWith('minutes-output-'))) {
    const stat = statSync(path.join(folder, name), { bigint: true });
    found.set(name, `${stat.ino}:${stat.mtimeNs}`);
  }
  return found;
}

function recordFiles(dir: string): string[] {
  return [...records(dir).keys()].map((name) => path.join(dir, CACHE, name));
}

describe('cli output cache (--cache keeps the finished output)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = folderWithSeeds('minutes-output-cache-');
  });

  const cases: string[][] = [
    ...['json', 'csv', 'markdown', 'html', 'ics'].map((format) => ['export', 'minutes', '--format', format, '--today', '2024-01-01']),
    ['export', 'minutes', '--open', '--person', 'RS', '--include-hints', '--month-first'],
    ['export', '--log', 'minutes'],
    ...['text', 'github', 'sarif', 'json'].map((format) => ['check', 'minutes', '--format', format]),
    ['check', 'minutes', '--max-warnings', '0', '--include-hints'],
    ['check', 'minutes', 'nowhere'],
    ['export', "minutes/**/*.md", '--prose-actions', 'action'],
  ];

  it('a warm hit prints byte-identical stdout, stderr and exit code to a cold run, for export and check in every format', async () => {
    writeFileSync(path.join(dir, 'minutes', 'binary.minutes.md'), Buffer.from([0, 1, 2, 0xff, 0xfe])); // exit 3, a line on stderr
    settle(dir);
    for (const args of cases) {
      const plain = await run(args, dir);
      const cold = await run([...args, '--cache', CACHE], dir);
      const stored = records(dir);
      const warm = await run([...args, '--cache', CACHE], dir);
      assert.deepEqual(cold, plain, args.join(' '));
      assert.deepEqual(warm, plain, args.join(' '));
      assert.deepEqual(records(dir), stored, `${args.join(' ')}: the warm run was a hit`);
    }
    assert.equal(records(dir).size, cases.length, 'one record per command line');
    const codes = new Set(await Promise.all(cases.map(async (args) => (await run(args, dir)).code)));
    for (const code of [0, 1, 2]) assert.ok(codes.has(code), `the cases cover exit code ${code}`);
  });

  it('a hit writes --output as a cold run does: never over a file without --force', async () => {
    settle(dir);
    const args = ['export', 'minutes', '--format', 'csv', '-o', 'out.csv', '--cache', CACHE];
    const cold = await run(args, dir);
    assert.deepEqual([cold.code, cold.stdout], [0, '']);
    assert.match(cold.stderr, /actions? written to out\.csv\n$/);
    const written = readFileSync(path.join(dir, 'out.csv'), 'utf8');
    const stored = records(dir);
    assert.deepEqual(await run(args, dir), { code: 2, stdout: '', stderr: 'minutes: out.csv exists; not overwritten (use --force to replace it).\n' });
    writeFileSync(path.join(dir, 'out.csv'), 'mine');
    assert.deepEqual(await run([...args, '--force'], dir), cold);
    assert.equal(readFileSync(path.join(dir, 'out.csv'), 'utf8'), written);
    assert.deepEqual(records(dir), stored, 'all three were hits');
    assert.equal(written, (await run(['export', 'minutes', '--format', 'csv'], dir)).stdout);
  });

  /** Fills the cache (a cold run and a hit), changes something, and runs again: what a run without the cache prints. */
  async function missesAfter(args: string[], change: () => void, changedArgs = args): Promise<void> {
    settle(dir);
    const before = await run([...args, '--cache', CACHE], dir);
    const stored = records(dir);
    assert.deepEqual(await run([...args, '--cache', CACHE], dir), before);
    assert.deepEqual(records(dir), stored, 'a hit before the change');
    change();
    const after = await run([...changedArgs, '--cache', CACHE], dir);
    const fresh = await run(changedArgs, dir);
    assert.deepEqual(after, fresh);
    assert.notDeepEqual(after, before, 'the change shows in the output');
  }

  const json = ['export', 'minutes', '--format', 'json', '--today', '2024-01-01'];

  it('misses when a file is edited (same size, another modification time)', async () => {
    await missesAfter(json, () => {
      const file = path.join(dir, SEED);
      writeFileSync(file, readFileSync(file, 'utf8').replace('by 19th December', 'by 18th December'));
      const { size } = statSync(file);
      settle(dir, Math.floor(Date.now() / 1000) - 1800);
      assert.equal(statSync(file).size, size);
    });
  });

  it('misses when a file is edited and its modification time set back (same size: the change time differs)', async () => {
    await missesAfter(json, () => {
      const file = path.join(dir, SEED);
      const { size, mtime, atime } = statSync(file);
      writeFileSync(file, readFileSync(file, 'utf8').replace('by 19th December', 'by 18th December'));
      utimesSync(file, atime, mtime);
      assert.deepEqual([statSync(file).size, statSync(file).mtimeMs], [size, mtime.getTime()]);
    });
  });

  it('misses when a file is added, removed or renamed', async () => {
    await missesAfter(json, () => {
      writeFileSync(path.join(dir, 'minutes', 'new.minutes.md'), 'ACTION: MJ — a new action due 2024-03-01\n');
      settle(dir);
    });
    await missesAfter(json, () => unlinkSync(path.join(dir, 'minutes', 'new.minutes.md')));
    await missesAfter(json, () => renameSync(path.join(dir, SEED), path.join(dir, 'minutes', 'renamed.minutes.md')));
  });

  it('misses when an option changes, and keeps one record per command line', async () => {
    await missesAfter(json, () => undefined, [...json, '--open']);
    await missesAfter(json, () => undefined, json.map((arg) => (arg === 'json' ? 'csv' : arg)));
    await missesAfter(['check', 'minutes'], () => undefined, ['check', 'minutes', '--include-hints']);
    await missesAfter(['check', 'minutes', '--max-warnings', '9'], () => undefined, ['check', 'minutes', '--max-warnings', '1']);
    await missesAfter(['export', 'minutes'], () => undefined, ['export', 'minutes', '--month-first']);
    assert.ok(records(dir).size >= 5);
  });

  it('misses when --today changes, and when the day changes without --today', async () => {
    await missesAfter(['export', 'minutes', '--format', 'ics', '--today', '2024-01-01'], () => undefined, ['export', 'minutes', '--format', 'ics', '--today', '2024-01-02']);
    // Without --today, today's date decides what is overdue (and the iCalendar stamp): a run two days on misses.
    const RealDate = Date;
    const later = RealDate.now() + 2 * 86_400_000;
    class LaterDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(later);
        else super(...(args as [string]));
      }
      static override now(): number {
        return later;
      }
    }
    try {
      await missesAfter(['export', 'minutes', '--format', 'ics'], () => {
        globalThis.Date = LaterDate as DateConstructor;
      });
    } finally {
      globalThis.Date = RealDate;
    }
  });

  it('a damaged record is a cold run with a note on stderr, then written anew', async () => {
    settle(dir);
    const args = ['check', 'minutes', '--format', 'json', '--cache', CACHE];
    const plain = await run(args.slice(0, -2), dir);
    await run(args, dir);
    const [file] = recordFiles(dir);
    const bytes = readFileSync(file);
    const damages: [string, (copy: Buffer) => Buffer][] = [
      ['checksum mismatch', (copy) => ((copy[copy.length - 10] ^= 0x20), copy)],
      ['truncated or of the wrong length', (copy) => copy.subarray(0, copy.length - 1)],
      ['not an output cache', () => Buffer.from('not a record')],
    ];
    for (const [why, damage] of damages) {
      writeFileSync(file, damage(Buffer.from(bytes)));
      const damaged = await run(args, dir);
      assert.deepEqual(damaged, { ...plain, stderr: `minutes: the output cache ${CACHE}/${path.basename(file)} is damaged (${why}); not used, and written anew.\n${plain.stderr}` }, why);
      assert.deepEqual(await run(args, dir), plain, `${why}: written anew`);
    }
    truncateSync(file, 0);
    assert.match((await run(args, dir)).stderr, /is damaged \(not an output cache\)/);
  });

  it('stores nothing while a file was modified in the last seconds (it could change again unseen)', async () => {
    const args = ['export', 'minutes', '--cache', CACHE];
    await run(args, dir); // the seeds were just copied
    assert.equal(records(dir).size, 0);
    settle(dir);
    await run(args, dir);
    assert.equal(records(dir).size, 1);
  });

  it(`keeps at most ${MAX_RECORDS} records in a folder, the newest`, async () => {
    settle(dir);
    for (let i = 0; i < MAX_RECORDS + 3; i++) await run(['export', 'minutes', '--person', `P${i}`, '--cache', CACHE], dir);
    assert.equal(records(dir).size, MAX_RECORDS);
    rmSync(path.join(dir, CACHE), { recursive: true });
  });
});

// The output cache in the built CLI, run as a process (a copy of dist/ in a temporary folder, which the tests may
// alter): a hit is answered by dist/cli.js alone, byte-identical to a cold run, and another CLI version misses.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { folderWithSeeds } from './helpers/cli';

const root = path.resolve(__dirname, '..', '..');

describe('cli output cache as a process (dist/cli.js)', function () {
  this.timeout(120_000);
  let dist: string;
  let dir: string;
  before(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
  });
  beforeEach(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'minutes-output-cache-dist-'));
    const hourAgo = Math.floor(Date.now() / 1000) - 3600; // whole seconds, which utimes can set back exactly
    for (const name of ['cli.js', 'cliMain.js', 'parseWorker.js']) {
      copyFileSync(path.join(root, 'dist', name), path.join(dist, name));
      utimesSync(path.join(dist, name), hourAgo, hourAgo);
    }
    dir = folderWithSeeds('minutes-output-cache-process-');
    // Older than RACY_MS: the output may be stored.
    for (const name of readdirSync(path.join(dir, 'minutes'))) utimesSync(path.join(dir, 'minutes', name), hourAgo, hourAgo);
  });

  function run(args: string[]): { code: number | null; stdout: Buffer; stderr: string } {
    const result = spawnSync(process.execPath, [path.join(dist, 'cli.js'), ...args], { cwd: dir, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
  }

  /**
   * Rewrites a script of the copy, keeping its size and modification time (what the fingerprint reads of it). Read
   * as Latin-1: one character a byte.
   */
  function rewrite(name: string, change: (text: string) => string): void {
    const file = path.join(dist, name);
    const { size, atime, mtime } = statSync(file);
    const text = change(readFileSync(file, 'latin1'));
    assert.equal(Buffer.byteLength(text, 'latin1'), size, 'the same size');
    writeFileSync(file, text, 'latin1');
    utimesSync(file, atime, mtime);
  }

  it('a hit prints byte-identical output, stderr and exit code, without loading the commands (dist/cliMain.js)', () => {
    for (const args of [
      ['export', 'minutes', '--format', 'json'],
      ['export', 'minutes', '--format', 'html', '--today', '2024-01-01'],
      ['check', 'minutes', '--format', 'sarif'],
      ['check', 'minutes', 'nowhere'],
    ]) {
      const cold = run(args);
      assert.ok(cold.stdout.length > 0 || cold.code === 2, cold.stderr);
      assert.deepEqual(run([...args, '--cache', '.cache']), cold, `${args.join(' ')}: filling the cache`);
      assert.deepEqual(run([...args, '--cache', '.cache']), cold, `${args.join(' ')}: warm`);
    }
    // The commands made unloadable (same size and time: the fingerprint is the same): the hits still answer.
    rewrite('cliMain.js', (text) => {
      const loud = "throw new Error('the commands were loaded');";
      return loud + text.slice(loud.length).replace(/[^\n]/g, ' ');
    });
    const warm = run(['export', 'minutes', '--format', 'json', '--cache', '.cache']);
    assert.equal(warm.code, 0, warm.stderr);
    assert.match(run(['export', 'minutes', '--format', 'csv', '--cache', '.cache']).stderr, /the commands were loaded/, 'a miss loads them');
  });

  it('another CLI version misses (same scripts\' sizes and times)', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const other = version.replace(/^\d/, (digit) => (digit === '9' ? '8' : '9')); // as long: the scripts keep their size
    const args = ['check', 'minutes', '--format', 'sarif', '--cache', '.cache'];
    const before = run(args);
    assert.deepEqual(run(args), before);
    assert.ok(before.stdout.toString('utf8').includes(`"version": "${version}"`));
    for (const name of ['cli.js', 'cliMain.js']) rewrite(name, (text) => text.replace(`var VERSION = true ? "${version}"`, `var VERSION = true ? "${other}"`));
    const after = run(args);
    assert.equal(after.code, before.code);
    assert.ok(after.stdout.toString('utf8').includes(`"version": "${other}"`), 'the new version\'s report, not the stored one');
    assert.deepEqual(after, run(args.slice(0, -2)));
  });
});

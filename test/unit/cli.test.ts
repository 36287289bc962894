import { strict as assert } from 'node:assert';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { folderWithSeeds, runCli } from './helpers/cli';

const run = runCli;

describe('cli', () => {
  let dir: string;
  beforeEach(() => {
    dir = folderWithSeeds('minutes-cli-');
  });

  it('exports JSON from a folder, searching it recursively', async () => {
    mkdirSync(path.join(dir, 'minutes', 'deeper'));
    writeFileSync(path.join(dir, 'minutes', 'deeper', 'x.minutes.md'), 'ACTION: MJ — deeper due 2024-01-01\n');
    writeFileSync(path.join(dir, 'minutes', 'not-minutes.md'), 'ACTION: MJ — ignored\n');
    mkdirSync(path.join(dir, 'minutes', 'node_modules'));
    writeFileSync(path.join(dir, 'minutes', 'node_modules', 'y.minutes.md'), 'ACTION: MJ — skipped\n');
    const { code, stdout } = await run(['export', 'minutes'], dir);
    assert.equal(code, 0);
    const summary = JSON.parse(stdout);
    assert.equal(summary.actions.length, 17);
    assert.ok(summary.actions.some((a: { file: string }) => a.file === 'minutes/deeper/x.minutes.md'));
    assert.ok(!summary.actions.some((a: { text: string }) => a.text === 'ignored' || a.text === 'skipped'));
  });

  it('accepts globs and opts other Markdown in with --glob', async () => {
    writeFileSync(path.join(dir, 'minutes', 'plain.md'), 'ACTION: MJ — plain due 2024-01-01\n');
    const byGlob = JSON.parse((await run(['export', 'minutes/*.md'], dir)).stdout);
    assert.equal(byGlob.actions.length, 17);
    const byOption = JSON.parse((await run(['export', 'minutes', '--glob', '*.md'], dir)).stdout);
    assert.equal(byOption.actions.length, 17);
  });

  it('reports binary, huge, non-UTF-8 and missing files on stderr and goes on', async () => {
    writeFileSync(path.join(dir, 'minutes', 'binary.minutes.md'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(path.join(dir, 'minutes', 'latin1.minutes.md'), Buffer.from([0x41, 0xe9, 0x42]));
    writeFileSync(path.join(dir, 'minutes', 'huge.minutes.md'), Buffer.alloc(11 * 1024 * 1024, 0x61));
    const { code, stdout, stderr } = await run(['export', 'minutes', 'nowhere'], dir);
    assert.equal(code, 2, 'a path that names nothing is a usage error');
    assert.equal(JSON.parse(stdout).actions.length, 16);
    assert.match(stderr, /binary\.minutes\.md: skipped: binary file/);
    assert.match(stderr, /latin1\.minutes\.md: skipped: not UTF-8 text/);
    assert.match(stderr, /huge\.minutes\.md: skipped: 11\.0 MB is larger than/);
    assert.match(stderr, /nowhere: no such file or folder/);
  });

  it('exports and checks every file of a folder that also holds pathological ones (issue #18)', async () => {
    writeFileSync(path.join(dir, 'minutes', 'quotes.minutes.md'), '>'.repeat(5000) + ' ACTION: MJ deep\n');
    writeFileSync(path.join(dir, 'minutes', 'lists.minutes.md'), '- '.repeat(3000) + 'ACTION: MJ deep\n');
    writeFileSync(path.join(dir, 'minutes', 'brackets.minutes.md'), '['.repeat(40000) + '\n\n[a]: https://example.com\n\nACTION: MJ — after the brackets due 2024-01-01\n');
    const exported = await run(['export', 'minutes'], dir);
    assert.equal(exported.code, 0, exported.stderr);
    const summary = JSON.parse(exported.stdout);
    assert.equal(summary.actions.length, 17, 'the seeds\' 16 and the one after the brackets');
    assert.ok(summary.actions.some((a: { file: string }) => a.file === 'minutes/brackets.minutes.md'));
    const checked = await run(['check', 'minutes'], dir);
    assert.match(checked.stderr, /^\d+ files checked/m);
    assert.ok(checked.code === 0 || checked.code === 1, checked.stderr);
  });

  it('check prints diagnostics and exits 1 on an error, 0 otherwise', async () => {
    const failing = await run(['check', 'minutes'], dir);
    assert.equal(failing.code, 1);
    assert.deepEqual(failing.stdout.trim().split('\n').map((l) => l.split(' ').slice(0, 3).join(' ')), [
      'minutes/2007-12-13-pbc-leads.minutes.md:20:9 warning missing-owner',
      'minutes/2007-12-13-pbc-leads.minutes.md:24:88 error bad-date',
      'minutes/2007-12-13-pbc-leads.minutes.md:25:7 warning missing-owner',
      'minutes/2007-12-13-pbc-leads.minutes.md:26:7 information unknown-person',
      'minutes/2007-12-13-pbc-leads.minutes.md:26:50 warning ambiguous-date',
    ]);
    const clean = await run(['check', 'minutes/2007-06-06-daccom-exec.minutes.md'], dir);
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, '');
    const hinted = await run(['check', 'minutes/2007-06-06-daccom-exec.minutes.md', '--include-hints'], dir);
    assert.equal(hinted.code, 0, 'hints are not errors');
    assert.match(hinted.stdout, /^minutes\/2007-06-06-daccom-exec\.minutes\.md:64:1 hint prose-action Reads like an action for Meena Savla and Mark Jones/);
    assert.match(hinted.stderr, /1 hint\./);
  });

  it('never overwrites an output file unless --force', async () => {
    const target = path.join(dir, 'out.csv');
    writeFileSync(target, 'precious');
    const refused = await run(['export', 'minutes', '--format', 'csv', '--output', 'out.csv'], dir);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /exists; not overwritten/);
    assert.equal(readFileSync(target, 'utf8'), 'precious');
    const forced = await run(['export', 'minutes', '--format', 'csv', '--output', 'out.csv', '--force'], dir);
    assert.equal(forced.code, 0);
    assert.match(readFileSync(target, 'utf8'), /^Owner,Action,Due/);
  });

  it('filters by person and open actions, and rejects bad options', async () => {
    const mark = JSON.parse((await run(['export', 'minutes', '--person', 'Mark Jones', '--open'], dir)).stdout);
    assert.equal(mark.actions.length, 5);
    assert.equal((await run(['export', '--format', 'xml'], dir)).code, 2);
    assert.equal((await run(['export', '--today', 'tomorrow'], dir)).code, 2);
    assert.equal((await run(['frobnicate'], dir)).code, 2);
    assert.equal((await run(['--help'], dir)).code, 0);
  });
});

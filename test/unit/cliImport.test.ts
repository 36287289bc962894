import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseMinutes } from '../../src/core/parse';
import { runCli } from './helpers/cli';
import { FIXTURES } from './helpers/fixtures';

describe('cli: minutes import', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'minutes-import-'));
    copyFileSync(path.join(FIXTURES, 'import', 'daccom-exec-2007-06-06.txt'), path.join(dir, 'daccom.txt'));
    copyFileSync(path.join(FIXTURES, 'import', 'ashwell-parish-council.docx'), path.join(dir, 'ashwell.docx'));
  });

  it('writes a new *.minutes.md beside the file and says what it found', async () => {
    const { code, stdout } = await runCli(['import', 'daccom.txt'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, 'daccom.minutes.md: 10 actions, 3 from prose: check them\n');
    const doc = parseMinutes(readFileSync(path.join(dir, 'daccom.minutes.md'), 'utf8'));
    assert.equal(doc.actions.length, 10);
    const docx = await runCli(['import', 'ashwell.docx'], dir);
    assert.equal(docx.code, 0);
    assert.equal(docx.stdout, 'ashwell.minutes.md: 5 actions, 3 from prose: check them\n');
  });

  it('never overwrites: a free name beside the file, and -o naming an existing file is refused', async () => {
    writeFileSync(path.join(dir, 'daccom.minutes.md'), 'precious');
    const again = await runCli(['import', 'daccom.txt'], dir);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /^daccom-2\.minutes\.md: /);
    assert.equal(readFileSync(path.join(dir, 'daccom.minutes.md'), 'utf8'), 'precious');
    const refused = await runCli(['import', 'daccom.txt', '-o', 'daccom.minutes.md'], dir);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, 'minutes: daccom.minutes.md exists; not overwritten (choose another name with -o).\n');
    assert.equal(readFileSync(path.join(dir, 'daccom.minutes.md'), 'utf8'), 'precious');
    const named = await runCli(['import', 'daccom.txt', '-o', 'june.minutes.md'], dir);
    assert.equal(named.code, 0);
    assert.ok(existsSync(path.join(dir, 'june.minutes.md')));
  });

  it('exits 1 with a message for a file it cannot read or import, 2 for a usage error', async () => {
    const missing = await runCli(['import', 'nothing.txt'], dir);
    assert.deepEqual([missing.code, missing.stderr], [1, 'minutes: cannot read nothing.txt: no such file\n']);
    writeFileSync(path.join(dir, 'fake.docx'), 'not a zip');
    const fake = await runCli(['import', 'fake.docx'], dir);
    assert.equal(fake.code, 1);
    assert.match(fake.stderr, /^minutes: cannot import fake\.docx: not a Word document/);
    assert.ok(!existsSync(path.join(dir, 'fake.minutes.md')));
    const usage = await runCli(['import'], dir);
    assert.deepEqual([usage.code, usage.stderr], [2, 'minutes: import takes one file: minutes import <file> [-o FILE]\n']);
  });
});

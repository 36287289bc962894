import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './helpers/cli';

describe('cli: the action log', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'minutes-log-'));
    cpSync('examples/daccom', path.join(dir, 'daccom'), { recursive: true });
  });

  it('next: writes the next minutes beside the latest, and never over them', async () => {
    const first = await runCli(['next', 'daccom/2007-06-06-daccom-exec.minutes.md'], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, 'daccom/2007-07-18-daccom-exec.minutes.md\n');
    const written = readFileSync(path.join(dir, 'daccom', '2007-07-18-daccom-exec.minutes.md'), 'utf8');
    assert.match(written, /\| A3 \| Mark Jones \| Communicate the LES claims process to practice managers\. \| 15 June 07 \| \[6 June 2007\]\(2007-06-06-daccom-exec\.minutes\.md\) \| {2}\|/);
    assert.match(first.stderr, /3 open actions to review/);

    writeFileSync(path.join(dir, 'daccom', '2007-07-18-daccom-exec.minutes.md'), 'mine\n');
    const second = await runCli(['next', 'daccom/2007-07-04-daccom-exec.minutes.md', '--date', '2007-07-18'], dir);
    assert.equal(second.code, 2);
    assert.match(second.stderr, /exists; left as it is/);
    assert.equal(readFileSync(path.join(dir, 'daccom', '2007-07-18-daccom-exec.minutes.md'), 'utf8'), 'mine\n');
  });

  it('next: asks for --date when the latest minutes give none', async () => {
    await runCli(['next', 'daccom/2007-06-06-daccom-exec.minutes.md'], dir);
    const again = await runCli(['next', 'daccom/2007-06-06-daccom-exec.minutes.md'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /gives no date for the next meeting; give one with --date/);
    const dated = await runCli(['next', 'daccom/2007-06-06-daccom-exec.minutes.md', '--date', '2007-08-01'], dir);
    assert.equal(dated.code, 0, dated.stderr);
    assert.match(readFileSync(path.join(dir, 'daccom', '2007-08-01-daccom-exec.minutes.md'), 'utf8'), /\| A3 \|[^\n]*\[6 June 2007\]/);
    assert.equal((await runCli(['next'], dir)).code, 2);
  });

  it('export --log: every action, where agreed, each meeting’s word on it', async () => {
    const markdown = await runCli(['export', '--log', 'daccom'], dir);
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, /^# Action log: DacCom Executive Committee\n\n3 meetings, 6 June 2007 to 4 July 2007: 7 actions, 3 open\./);
    assert.ok(markdown.stdout.includes('| A4 | Rita Singh | Book the room for the away day. | 20 June 07 | [6 June 2007](daccom/2007-06-06-daccom-exec.minutes.md) | agreed | dropped |  | cancelled |'));
    const csv = await runCli(['export', '--log', 'daccom', '--format', 'csv'], dir);
    assert.ok(csv.stdout.startsWith('Ref,Owner,Action,Due,Agreed,Agreed in,6 June 2007,22 June 2007,4 July 2007,Status,History\r\n'));
    assert.ok(csv.stdout.includes('A1,Meena Savla / Mark Jones,Survey practices\' interest in Harmoni\'s proposals.,July 07,6 June 2007,daccom/2007-06-06-daccom-exec.minutes.md,agreed,carried,done,done,agreed 6 June 2007; carried 22 June; done 4 July\r\n'));
    const html = await runCli(['export', '--log', 'daccom', '--format', 'html'], dir);
    assert.match(html.stdout, /<tr class="cancelled"><td>A4<\/td><td>Rita Singh<\/td>/);
    assert.equal((await runCli(['export', '--log', 'daccom', '--format', 'ics'], dir)).code, 2);
  });

  it('export: a carried action once, as its latest row, with its history', async () => {
    const { stdout } = await runCli(['export', 'daccom'], dir);
    const summary = JSON.parse(stdout) as { actions: { text: string; file: string; history?: string }[] };
    assert.equal(summary.actions.length, 7);
    const a3 = summary.actions.find((a) => a.text.startsWith('Communicate'))!;
    assert.equal(a3.file, 'daccom/2007-07-04-daccom-exec.minutes.md');
    assert.equal(a3.history, 'agreed 6 June 2007; carried 22 June; carried 4 July');
  });
});

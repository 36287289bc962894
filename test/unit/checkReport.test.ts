// `minutes check` for CI: GitHub annotations, SARIF 2.1.0 (validated against the schema), JSON and --max-warnings, in
// process and as the built dist/cli.js run as a process.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as fc from 'fast-check';
import type { Log } from 'sarif';
import { formatCheck, githubAnnotation, relativeUri } from '../../src/core/checkReport';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_DESCRIPTIONS } from '../../src/core/diagnostics';
import type { ExportedDiagnostic } from '../../src/core/export';
import { folderWithSeeds, runCli } from './helpers/cli';

const root = path.resolve(__dirname, '../..');
const PBC = 'minutes/2007-12-13-pbc-leads.minutes.md';
const DACCOM = 'minutes/2007-06-06-daccom-exec.minutes.md';

/**
 * The SARIF 2.1.0 schemas, read from disk, never fetched: the 2.1.0-rtm.5 schema that `@microsoft/jest-sarif` ships
 * (draft-04), and the final 2.1.0 schema as the SARIF SDK ships it (draft 2020-12; test/fixtures/sarif/README.md).
 */
let validators: [string, ValidateFunction][] | undefined;
function sarifValidators(): [string, ValidateFunction][] {
  if (validators) return validators;
  const rtm5 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's `language` pattern is not valid with the u flag
  const final = new Ajv2020({ allErrors: true }); // strict: the final schema compiles without complaint
  const read = (file: string): object => JSON.parse(readFileSync(file, 'utf8'));
  return (validators = [
    ['2.1.0-rtm.5', addFormats(rtm5).compile(read(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')))],
    ['2.1.0', addFormats(final).compile(read(path.join(root, 'test/fixtures/sarif/sarif-schema-2.1.0.json')))],
  ]);
}

/** What each schema says is wrong with a log: empty when all of them accept it. */
function sarifErrors(log: unknown): string[] {
  return sarifValidators().flatMap(([schema, validate]) => (validate(log) ? [] : [`${schema}: ${JSON.stringify(validate.errors)}`]));
}

/** How the Actions runner reads a workflow command back (its ActionCommand unescaping). */
function parseAnnotation(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(match, `not a workflow command: ${line}`);
  const unescape = (text: string): string =>
    text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of match[2].split(',')) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: match[1], properties, message: unescape(match[3]) };
}

describe('check report formats', () => {
  it('every diagnostic code has a description, the one its severity setting shows in package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const settings = manifest.contributes.configuration.properties as Record<string, { markdownDescription: string }>;
    for (const code of DIAGNOSTIC_CODES) {
      const described = settings[`minutes.diagnostics.${code}`]?.markdownDescription.replace(/^Severity of `[^`]+`: /, '');
      assert.equal(described?.toLowerCase(), DIAGNOSTIC_DESCRIPTIONS[code].toLowerCase(), code);
    }
  });

  it('github: one workflow command per diagnostic, with :, , % and line breaks escaped', () => {
    const d: ExportedDiagnostic = { file: 'a, b:c/100%.md', line: 3, column: 7, severity: 'warning', code: 'missing-due', message: 'Action "x: y, 50%" has\nno due date.' };
    assert.equal(githubAnnotation(d), '::warning file=a%2C b%3Ac/100%25.md,line=3,col=7,title=Minutes missing-due::Action "x: y, 50%25" has%0Ano due date.\n');
    assert.equal(githubAnnotation({ ...d, severity: 'information' }).slice(0, 9), '::notice ');
    assert.equal(githubAnnotation({ ...d, severity: 'error' }).slice(0, 8), '::error ');
  });

  it('github: whatever a file name and message hold, the runner reads back the same (property)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(':', ',', '%', '=', '\r', '\n', '%0A', '%25', '::'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });
    fc.assert(
      fc.property(text, text, (file, message) => {
        const line = githubAnnotation({ file, line: 1, column: 2, severity: 'error', code: 'bad-date', message });
        assert.equal(line.indexOf('\n'), line.length - 1, 'one line');
        const read = parseAnnotation(line.slice(0, -1));
        assert.equal(read.properties.file, file);
        assert.equal(read.message, message);
        assert.equal(read.properties.line, '1');
      }),
    );
  });

  it('github: formatCheck prints one annotation per diagnostic, one after the other; a hint is a notice', () => {
    const a: ExportedDiagnostic = { file: 'a.md', line: 1, column: 1, severity: 'hint', code: 'prose-action', message: 'one' };
    const b: ExportedDiagnostic = { file: 'b.md', line: 2, column: 3, severity: 'error', code: 'bad-date', message: 'two' };
    const out = formatCheck([a, b], 'github', { files: 2, version: '0.1.0' });
    assert.equal(out, `${githubAnnotation(a)}${githubAnnotation(b)}`);
    assert.deepEqual(out.split('\n').slice(0, -1).map((line) => parseAnnotation(line).command), ['notice', 'error']);
    assert.equal(formatCheck([], 'github', { files: 0, version: '0.1.0' }), '');
  });

  it('sarif: the driver, its rules and each result say where to read more and where the file is', () => {
    const d: ExportedDiagnostic = { file: 'notes/a.md', line: 4, column: 2, severity: 'warning', code: 'missing-due', message: 'm' };
    const read = (informationUri?: string): Log => JSON.parse(formatCheck([d], 'sarif', { files: 1, version: '1.2.3', informationUri }));
    const documented = read('https://example.org/minutes');
    const run = documented.runs[0];
    assert.equal(run.tool.driver.name, 'minutes');
    assert.equal(run.tool.driver.informationUri, 'https://example.org/minutes');
    const rules = run.tool.driver.rules ?? [];
    assert.deepEqual(rules.map((rule) => rule.id), DIAGNOSTIC_CODES);
    for (const rule of rules) assert.equal(rule.helpUri, 'https://example.org/minutes#diagnostics', rule.id);
    // Code scanning shows a rule's default level: an error for a bad date, a note for a prose hint.
    const level = (id: string): unknown => rules.find((rule) => rule.id === id)?.defaultConfiguration?.level;
    assert.deepEqual([level('bad-date'), level('missing-due'), level('unknown-person'), level('prose-action')], ['error', 'warning', 'note', 'note']);
    // Paths are relative to a base that the log describes.
    const artifact = run.results?.[0].locations?.[0].physicalLocation?.artifactLocation;
    assert.deepEqual(artifact, { uri: 'notes/a.md', uriBaseId: 'SRCROOT' });
    assert.match(run.originalUriBaseIds?.SRCROOT?.description?.text ?? '', /folder minutes check ran in/);
    const plain = read().runs[0];
    assert.equal('informationUri' in plain.tool.driver, false);
    assert.ok((plain.tool.driver.rules ?? []).every((rule) => !('helpUri' in rule)));
  });

  it('sarif: relative URIs keep spaces, # and ? out of the way', () => {
    assert.equal(relativeUri('meetings/Q1 #3?.md'), 'meetings/Q1%20%233%3F.md');
  });

  it('sarif: the CLI output is valid SARIF 2.1.0 and says what the text format says', async () => {
    const dir = folderWithSeeds('minutes-sarif-');
    writeFileSync(path.join(dir, 'minutes', 'odd name #1.minutes.md'), 'ACTION: do the thing\n');
    const { code, stdout } = await runCli(['check', 'minutes', '--format', 'sarif', '--include-hints'], dir);
    assert.equal(code, 1, 'the seeds hold a bad date');
    const log = JSON.parse(stdout) as Log;
    assert.deepEqual(sarifErrors(log), []);
    const text = (await runCli(['check', 'minutes', '--include-hints'], dir)).stdout.trim().split('\n');
    const results = log.runs[0].results ?? [];
    assert.equal(results.length, text.length);
    const rules = log.runs[0].tool.driver.rules ?? [];
    const asText = results.map((r) => {
      const location = r.locations?.[0].physicalLocation;
      const level = { error: 'error', warning: 'warning', note: 'information|hint' }[r.level as string];
      assert.equal(rules[r.ruleIndex ?? -1]?.id, r.ruleId);
      return [decodeURIComponent(location?.artifactLocation?.uri ?? ''), location?.region?.startLine, location?.region?.startColumn, level, r.ruleId].join(' ');
    });
    assert.deepEqual(
      asText,
      text.map((line) => {
        const [, file, row, column, severity, rule] = /^(.*):(\d+):(\d+) (\S+) (\S+) /.exec(line) ?? [];
        return [file, row, column, severity === 'information' || severity === 'hint' ? 'information|hint' : severity, rule].join(' ');
      }),
    );
    assert.ok(asText.includes('minutes/odd name #1.minutes.md 1 9 warning missing-owner'));
  });

  it('sarif: a log with no diagnostics is valid too, and breaking a result breaks validation by each schema', () => {
    const empty = JSON.parse(formatCheck([], 'sarif', { files: 0, version: '0.1.0' }));
    assert.deepEqual(sarifErrors(empty), []);
    const log = (): Log => JSON.parse(formatCheck([{ file: 'a.md', line: 1, column: 1, severity: 'hint', code: 'prose-action', message: 'm' }], 'sarif', { files: 1, version: '0.1.0', informationUri: 'https://example.org/minutes' }));
    assert.deepEqual(sarifErrors(log()), []);
    const wrongLevel = log();
    (wrongLevel.runs[0].results![0] as { level: string }).level = 'hint';
    const noMessage = log();
    delete (noMessage.runs[0].results![0] as { message?: unknown }).message;
    for (const [schema, validate] of sarifValidators()) {
      assert.ok(!validate(wrongLevel), `${schema} catches a level SARIF does not have`);
      assert.ok(!validate(noMessage), `${schema} catches a result with no message`);
    }
    const badLanguage = log();
    badLanguage.runs[0].language = 'english';
    assert.deepEqual(sarifErrors(badLanguage).map((e) => e.slice(0, e.indexOf(':'))), ['2.1.0'], 'the rtm.5 pattern lets a language that is not a code through; the final schema does not');
  });

  it('json: the diagnostics and a summary by severity', async () => {
    const dir = folderWithSeeds('minutes-json-');
    const { code, stdout } = await runCli(['check', PBC, '--format', 'json'], dir);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.summary, { files: 1, error: 1, warning: 3, information: 1, hint: 0 });
    assert.deepEqual(report.diagnostics[1], { file: PBC, line: 24, column: 88, severity: 'error', code: 'bad-date', message: report.diagnostics[1].message });
  });

  it('--max-warnings: exit 1 only when the warnings are more than N; bad N and unknown formats are usage errors', async () => {
    const dir = folderWithSeeds('minutes-maxw-');
    writeFileSync(path.join(dir, 'two.minutes.md'), 'ACTION: MJ — one thing\nACTION: MJ — another\n');
    assert.equal((await runCli(['check', 'two.minutes.md'], dir)).code, 0, 'warnings alone pass');
    assert.equal((await runCli(['check', 'two.minutes.md', '--max-warnings', '2'], dir)).code, 0);
    const over = await runCli(['check', 'two.minutes.md', '--max-warnings', '1'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
    assert.equal((await runCli(['check', DACCOM, '--max-warnings', '0'], dir)).code, 0);
    for (const bad of ['-1', 'two', '1.5', '']) assert.equal((await runCli(['check', 'two.minutes.md', '--max-warnings', bad], dir)).code, 2, bad);
    assert.equal((await runCli(['export', '--max-warnings', '1'], dir)).code, 2);
    assert.equal((await runCli(['check', '--format', 'csv'], dir)).code, 2);
    assert.equal((await runCli(['export', '--format', 'sarif'], dir)).code, 2);
  });

  describe('the built dist/cli.js, as a process', function () {
    this.timeout(120_000);
    const run = promisify(execFile);
    let dir: string;
    before(async () => {
      await run(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
      dir = folderWithSeeds('minutes-dist-');
    });
    const cli = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
      try {
        const { stdout, stderr } = await run(process.execPath, [path.join(root, 'dist/cli.js'), ...args], { cwd: dir });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    };

    it('--format github prints annotations on stdout, the count on stderr, and exits 1 on an error', async () => {
      const { code, stdout, stderr } = await cli(['check', 'minutes', '--format', 'github']);
      assert.equal(code, 1);
      const lines = stdout.trim().split('\n');
      assert.equal(lines.length, 5);
      assert.deepEqual(parseAnnotation(lines[1]).properties, { file: PBC, line: '24', col: '88', title: 'Minutes bad-date' });
      assert.equal(parseAnnotation(lines[1]).command, 'error');
      assert.match(stderr, /^2 files checked: 1 error, 4 other problems\.\n$/);
    });

    it('--format sarif carries the package version and homepage; --output writes it; --max-warnings sets the exit code', async () => {
      const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
      const written = await cli(['check', DACCOM, '--format', 'sarif', '--output', 'minutes.sarif', '--max-warnings', '0']);
      assert.equal(written.code, 0, written.stderr);
      assert.equal(written.stdout, '');
      const log = JSON.parse(readFileSync(path.join(dir, 'minutes.sarif'), 'utf8')) as Log;
      assert.deepEqual(sarifErrors(log), []);
      assert.equal(log.runs[0].tool.driver.version, manifest.version);
      assert.equal(log.runs[0].tool.driver.informationUri, manifest.homepage.replace(/#.*$/, ''));
      const kept = await cli(['check', DACCOM, '--format', 'sarif', '--output', 'minutes.sarif']);
      assert.equal(kept.code, 2, 'an existing file is kept');
      const over = await cli(['check', PBC, '--format', 'json', '--max-warnings', '2']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /3 warnings, more than --max-warnings 2/);
      assert.equal(JSON.parse(over.stdout).summary.warning, 3);
      assert.equal((await cli(['check', '--max-warnings', 'x'])).code, 2);
    });
  });
});

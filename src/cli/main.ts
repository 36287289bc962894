/**
 * The `minutes` command-line tool, a thin shell over src/core: `minutes export` and `minutes check`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CHECK_FORMATS, countDiagnostics, formatCheck, type CheckFormat } from '../core/checkReport';
import { buildSummary, EXPORT_FORMATS, formatSummary, type ExportFormat, type SourceDocument } from '../core/export';
import { parseDate } from '../core/dates';
import { parseOptionsKey } from '../core/parseCache';
import { FileParseCache } from '../node/parseCacheFile';
import { indexFilesInWorkers, WORKER_THRESHOLD } from '../node/indexFiles';
import { defaultThreads, ParsePool } from '../node/parsePool';
import { findMinutesFiles, toPosix } from './files';

const HELP = `minutes: actions, owners and due dates from meeting minutes in Markdown

Usage:
  minutes export [paths...] [--format json|markdown|csv|html|ics] [--output FILE [--force]]
                 [--open] [--person NAME] [--glob GLOB]... [--month-first] [--today YYYY-MM-DD] [--cache DIR]
  minutes check  [paths...] [--format text|github|sarif|json] [--output FILE [--force]] [--max-warnings N]
                 [--glob GLOB]... [--month-first] [--include-hints] [--cache DIR]
  minutes --help | --version

Paths are files, folders (searched recursively for *.minutes.md, skipping node_modules and .git) or globs
(quote them: 'meetings/**/*.md'). With no path, the current folder is searched.

  export   prints the actions, decisions and diagnostics found (JSON by default)
  check    prints diagnostics as file:line:col severity code message; exits 1 when any is an error

Options:
  -f, --format     export: json (default), markdown, csv, html (one printable page) or ics (iCalendar to-dos)
                   check: text (default), github (GitHub Actions annotations), sarif (SARIF 2.1.0) or json
      --max-warnings  check: also exit 1 when there are more than N warnings
  -o, --output     write to FILE instead of standard output; an existing FILE is kept unless --force
      --open       only open actions
      --person     only actions owned by NAME (as the roster names them)
      --glob       which files a folder holds (default **/*.minutes.md); repeat for more
      --month-first  read 03/04/2008 as March 4th (default: day first)
      --today      the date that decides what is overdue in Markdown (default: today)
      --include-hints  also list hints: prose that reads like an action ("RS will send the letter")
      --cache      keep parsed files in DIR: the next run reads and parses only what changed
`;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command !== 'export' && command !== 'check') {
    io.stderr(`minutes: unknown command "${command}". Try minutes --help.\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        open: { type: 'boolean', default: false },
        person: { type: 'string' },
        glob: { type: 'string', multiple: true },
        'month-first': { type: 'boolean', default: false },
        today: { type: 'string' },
        'include-hints': { type: 'boolean', default: false },
        cache: { type: 'string' },
        'max-warnings': { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`minutes: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const formats: readonly string[] = command === 'check' ? CHECK_FORMATS : EXPORT_FORMATS;
  const format = values.format ?? formats[0];
  if (!formats.includes(format)) {
    io.stderr(`minutes: unknown ${command} format "${format}" (use ${formats.join(', ')}).\n`);
    return 2;
  }
  const rawMaxWarnings = values['max-warnings'];
  if (rawMaxWarnings !== undefined && (command !== 'check' || !/^\d{1,9}$/.test(rawMaxWarnings))) {
    io.stderr(command === 'check' ? `minutes: --max-warnings must be a whole number, 0 or more, not "${rawMaxWarnings}".\n` : 'minutes: --max-warnings is an option of check, not export.\n');
    return 2;
  }
  const maxWarnings = rawMaxWarnings === undefined ? undefined : Number(rawMaxWarnings);
  if (values.today !== undefined && parseDate(values.today)?.iso !== values.today) {
    io.stderr(`minutes: --today must be a date written YYYY-MM-DD, not "${values.today}".\n`);
    return 2;
  }

  // Files found in folders go to the worker threads while the search goes on, once there are enough of them to be
  // worth threads; not with a cache, where a warm run may parse nothing.
  const parseOptions = { dayFirst: !values['month-first'], today: values.today };
  const pool = values.cache === undefined && defaultThreads() >= 2 ? new ParsePool({ shareValues: false }) : undefined;
  try {
    const early: string[] = [];
    const found = await findMinutesFiles(positionals, values.glob ?? undefined, io.cwd, (file) => {
      if (!pool) return;
      if (early.length < WORKER_THRESHOLD) {
        early.push(file);
        if (early.length === WORKER_THRESHOLD) for (const first of early) pool.prefetch(first, parseOptions);
      } else pool.prefetch(file, parseOptions);
    });
    for (const missing of found.missing) io.stderr(`minutes: ${missing}: no such file or folder, or no minutes file matches\n`);
    for (const problem of found.problems) io.stderr(`minutes: ${toPosix(path.relative(io.cwd, problem.path))}: ${problem.message}\n`);

    const cache = values.cache === undefined ? undefined : await FileParseCache.open(path.resolve(io.cwd, values.cache), io.cwd, parseOptionsKey(parseOptions));
    const sources: SourceDocument[] = [];
    for (const outcome of await indexFilesInWorkers(found.files, parseOptions, cache, undefined, pool)) {
      const relative = toPosix(path.relative(io.cwd, outcome.file)) || path.basename(outcome.file);
      if ('problem' in outcome) io.stderr(`minutes: ${relative}: ${outcome.problem}\n`);
      else sources.push({ file: relative, document: outcome.document });
    }
    if (cache) {
      try {
        await cache.save();
      } catch (error) {
        io.stderr(`minutes: cannot write the parse cache in ${values.cache}: ${(error as Error).message}\n`);
      }
    }

    if (command === 'check') {
      const summary = buildSummary(sources, { includeHints: values['include-hints'] });
      const output = formatCheck(summary.diagnostics, format as CheckFormat, { files: sources.length, version: VERSION, informationUri: HOMEPAGE });
      if (values.output) {
        if (!(await writeOutput(output, values.output, values.force, io))) return 2;
      } else io.stdout(output);
      const counts = countDiagnostics(summary.diagnostics, sources.length);
      const others = counts.warning + counts.information;
      io.stderr(`${sources.length} file${sources.length === 1 ? '' : 's'} checked: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${others} other problem${others === 1 ? '' : 's'}${values['include-hints'] ? `, ${counts.hint} hint${counts.hint === 1 ? '' : 's'}` : ''}.\n`);
      if (found.missing.length > 0) return 2;
      if (maxWarnings !== undefined && counts.warning > maxWarnings) {
        io.stderr(`minutes: ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}.\n`);
        return 1;
      }
      return counts.error > 0 ? 1 : 0;
    }

    const summary = buildSummary(sources, { openOnly: values.open, person: values.person, includeHints: values['include-hints'] });
    const from = positionals.length > 0 ? positionals.join(', ') : toPosix(path.basename(io.cwd));
    const output = formatSummary(summary, format as ExportFormat, { today: values.today, from: `${sources.length} file${sources.length === 1 ? '' : 's'} in ${from}` });
    if (values.output) {
      if (!(await writeOutput(output, values.output, values.force, io))) return 2;
      io.stderr(`minutes: ${summary.actions.length} action${summary.actions.length === 1 ? '' : 's'} written to ${values.output}\n`);
    } else {
      io.stdout(output);
    }
    return found.missing.length > 0 ? 2 : 0;
  } finally {
    pool?.dispose();
  }
}

/** Writes `--output`, never over an existing file unless `--force`; says why not on stderr. */
async function writeOutput(output: string, file: string, force: boolean, io: Io): Promise<boolean> {
  try {
    await fs.writeFile(path.resolve(io.cwd, file), output, { flag: force ? 'w' : 'wx' });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(code === 'EEXIST' ? `minutes: ${file} exists; not overwritten (use --force to replace it).\n` : `minutes: cannot write ${file}: ${(error as Error).message}\n`);
    return false;
  }
}

declare const __MINUTES_VERSION__: string | undefined;
declare const __MINUTES_HOMEPAGE__: string | undefined;
const VERSION = typeof __MINUTES_VERSION__ === 'string' ? __MINUTES_VERSION__ : 'development';
const HOMEPAGE = typeof __MINUTES_HOMEPAGE__ === 'string' ? __MINUTES_HOMEPAGE__ : undefined;

if (require.main === module) {
  main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`minutes: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}

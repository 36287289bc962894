/**
 * The `minutes` command-line tool, a thin shell over src/core: `minutes export` and `minutes check`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ACTION_LOG_FORMATS, formatActionLog, type ActionLogFormat } from '../core/actionLogExport';
import { CHECK_FORMATS, countDiagnostics, formatCheck, type CheckFormat } from '../core/checkReport';
import { buildSummary, EXPORT_FORMATS, formatSummary, type ExportFormat, type SourceDocument } from '../core/export';
import { nextMeetingDate, nextMinutes } from '../core/nextMeeting';
import { seriesOf } from '../core/series';
import { buildActionLog } from '../core/workspace/actions';
import { parseDate } from '../core/dates';
import { proseReading } from '../core/parse';
import { parseOptionsKey } from '../core/parseCache';
import { UNREADABLE } from '../core/readMinutes';
import { FileParseCache } from '../node/parseCacheFile';
import { indexFilesInWorkers, WORKER_THRESHOLD } from '../node/indexFiles';
import { defaultThreads, ParsePool } from '../node/parsePool';
import { describeImport } from '../core/import/importMinutes';
import { importedName } from '../core/import/source';
import { importFile } from '../node/importFile';
import { findMinutesFiles, toPosix } from './files';
import { HELP, HOMEPAGE, VERSION } from './usage';
import { parseCommandArgs } from './args';
import { lookUpOutput, replay, storeOutput, type CommandRun, type Io, type OutputLookup } from './outputCache';


/** A file could not be read as minutes; every other file was exported or checked. */
export const EXIT_UNREADABLE = 3;

/**
 * Runs a command. `looked` is the output cache's look-up when the caller (bin.ts) made it already and it missed;
 * otherwise a command with `--cache` looks for its stored output here.
 */
export async function main(argv: readonly string[], io: Io, looked?: OutputLookup): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === 'import') return importCommand(rest, io);
  if (command !== 'export' && command !== 'check' && command !== 'next') {
    io.stderr(`minutes: unknown command "${command}". Try minutes --help.\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseCommandArgs(rest);
  } catch (error) {
    io.stderr(`minutes: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const requested = values.format ?? (command === 'check' ? 'text' : 'json');
  const format = (values.log && requested === 'json' ? 'markdown' : requested) as ExportFormat;
  if (values.log && !ACTION_LOG_FORMATS.includes(format as ActionLogFormat)) {
    io.stderr(`minutes: an action log is written as ${ACTION_LOG_FORMATS.join(', ')}, not "${values.format}".\n`);
    return 2;
  }
  if (command === 'next' && positionals.length === 0) {
    io.stderr('minutes: next needs the minutes file whose series goes on: minutes next FILE.\n');
    return 2;
  }
  if (values.date !== undefined && parseDate(values.date)?.iso !== values.date) {
    io.stderr(`minutes: --date must be a date written YYYY-MM-DD, not "${values.date}".\n`);
    return 2;
  }
  const formats: readonly string[] = command === 'check' ? CHECK_FORMATS : EXPORT_FORMATS;
  if (!formats.includes(format)) {
    io.stderr(`minutes: unknown ${command} format "${format}" (use ${formats.join(', ')}).\n`);
    return 2;
  }
  const proseActions: 'hint' | 'action' = values['prose-actions'] === 'action' ? 'action' : 'hint';
  if (values['prose-actions'] !== proseActions) {
    io.stderr(`minutes: --prose-actions must be hint or action, not "${values['prose-actions']}".\n`);
    return 2;
  }
  const rawMaxWarnings = values['max-warnings'];
  if (rawMaxWarnings !== undefined && (command !== 'check' || !/^\d{1,9}$/.test(rawMaxWarnings))) {
    io.stderr(command === 'check' ? `minutes: --max-warnings must be a whole number, 0 or more, not "${rawMaxWarnings}".\n` : `minutes: --max-warnings is an option of check, not ${command}.\n`);
    return 2;
  }
  const maxWarnings = rawMaxWarnings === undefined ? undefined : Number(rawMaxWarnings);
  if (values.today !== undefined && parseDate(values.today)?.iso !== values.today) {
    io.stderr(`minutes: --today must be a date written YYYY-MM-DD, not "${values.today}".\n`);
    return 2;
  }

  const lookup = looked ?? (await lookUpOutput(command, values, positionals, io));
  if (lookup?.hit) return replay(lookup.hit, values, io);

  // Files found in folders go to the worker threads while the search goes on, once there are enough of them to be
  // worth threads; not with a cache, where a warm run may parse nothing. Commitments in prose are looked for only
  // when the output shows them (as hints, or as actions): otherwise a tenth or more of the parse is spared.
  const parseOptions = { dayFirst: !values['month-first'], today: values.today, proseActions: proseReading(proseActions, values['include-hints']) };
  const pool = values.cache === undefined && defaultThreads() >= 2 ? new ParsePool({ shareValues: false }) : undefined;
  try {
    const early: string[] = [];
    // `next FILE`: the series is read from FILE's folder (and any other paths given).
    const searched = command === 'next' ? [positionals[0], path.dirname(positionals[0]), ...positionals.slice(1)] : positionals;
    const found =
      lookup?.found ??
      (await findMinutesFiles(searched, values.glob ?? undefined, io.cwd, (file) => {
        if (!pool) return;
        if (early.length < WORKER_THRESHOLD) {
          early.push(file);
          if (early.length === WORKER_THRESHOLD) for (const first of early) pool.prefetch(first, parseOptions);
        } else pool.prefetch(file, parseOptions);
      }));
    // What goes to stderr before the output is part of the run the output cache stores (`CommandRun`).
    let before = '';
    for (const missing of found.missing) before += `minutes: ${missing}: no such file or folder, or no minutes file matches\n`;
    for (const problem of found.problems) before += `minutes: ${toPosix(path.relative(io.cwd, problem.path))}: ${problem.message}\n`;

    const cache = values.cache === undefined ? undefined : await FileParseCache.open(path.resolve(io.cwd, values.cache), io.cwd, parseOptionsKey(parseOptions));
    const sources: SourceDocument[] = [];
    let unreadableFiles = 0;
    for (const outcome of await indexFilesInWorkers(found.files, parseOptions, cache, undefined, pool)) {
      const relative = toPosix(path.relative(io.cwd, outcome.file)) || path.basename(outcome.file);
      if ('problem' in outcome) {
        before += `minutes: ${relative}: ${outcome.problem}\n`;
        if (outcome.problem.startsWith(UNREADABLE)) unreadableFiles++;
      } else sources.push({ file: relative, document: outcome.document });
    }
    // Every other file is exported or checked; the exit code says some were not (after usage errors and errors found).
    const partial = (code: number): number => (code === 0 && unreadableFiles > 0 ? EXIT_UNREADABLE : code);
    if (cache) {
      try {
        await cache.save();
      } catch (error) {
        io.stderr(`minutes: cannot write the parse cache in ${values.cache}: ${(error as Error).message}\n`);
      }
    }

    if (command === 'next') {
      if (before) io.stderr(before);
      return await startNext(sources, positionals[0], values.date, io);
    }
    let run: CommandRun;
    if (values.log) {
      const log = buildActionLog(sources.map(({ file, document }) => ({ key: file, path: file, document })));
      const series = log.series.filter((one) => log.tracked.some((tracked) => tracked.series === one));
      if (format === 'csv' && series.length > 1) {
        const problem = `minutes: these files hold ${series.length} series (${series.map((one) => one.title).join('; ')}); a CSV log takes one: give the files of one series.\n`;
        run = { before: before + problem, what: '', after: '', code: 2 };
      } else {
        const output = series.map((one) => formatActionLog(log, one, format as ActionLogFormat)).join('\n');
        run = { before, output, what: `${series.length} action log${series.length === 1 ? '' : 's'}`, after: '', code: found.missing.length > 0 ? 2 : 0 };
      }
    } else if (command === 'check') {
      const summary = buildSummary(sources, { includeHints: values['include-hints'] });
      const counts = countDiagnostics(summary.diagnostics, sources.length);
      const report = formatCheck(summary.diagnostics, format as string as CheckFormat, { files: sources.length, version: VERSION, informationUri: HOMEPAGE });
      const others = counts.warning + counts.information;
      let after = `${sources.length} file${sources.length === 1 ? '' : 's'} checked: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${others} other problem${others === 1 ? '' : 's'}${values['include-hints'] ? `, ${counts.hint} hint${counts.hint === 1 ? '' : 's'}` : ''}.\n`;
      let code: number;
      if (found.missing.length > 0) code = 2;
      else if (maxWarnings !== undefined && counts.warning > maxWarnings) {
        after += `minutes: ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}.\n`;
        code = 1;
      } else code = partial(counts.error > 0 ? 1 : 0);
      run = { before, output: report, what: `${summary.diagnostics.length} problem${summary.diagnostics.length === 1 ? '' : 's'}`, after, code };
    } else {
      const summary = buildSummary(sources, { openOnly: values.open, person: values.person, includeHints: values['include-hints'] });
      const from = positionals.length > 0 ? positionals.join(', ') : toPosix(path.basename(io.cwd));
      const output = formatSummary(summary, format, { today: values.today, from: `${sources.length} file${sources.length === 1 ? '' : 's'} in ${from}` });
      run = { before, output, what: `${summary.actions.length} action${summary.actions.length === 1 ? '' : 's'}`, after: '', code: partial(found.missing.length > 0 ? 2 : 0) };
    }
    if (lookup) {
      const problem = storeOutput(lookup, run);
      if (problem) io.stderr(`minutes: cannot write the output cache in ${values.cache}: ${problem}\n`);
    }
    return await replay(run, values, io);
  } finally {
    pool?.dispose();
  }
}

/** `minutes next FILE`: the next minutes of FILE's series, beside its latest meeting, never over a file. */
async function startNext(sources: readonly SourceDocument[], file: string, date: string | undefined, io: Io): Promise<number> {
  const log = buildActionLog(sources.map(({ file: key, document }) => ({ key, path: key, document })));
  const wanted = toPosix(path.relative(io.cwd, path.resolve(io.cwd, file))) || path.basename(file);
  const found = seriesOf(log.series, wanted);
  if (!found) {
    io.stderr(`minutes: ${file} is not a minutes file that could be read.\n`);
    return 2;
  }
  const latest = found.series.files[found.series.files.length - 1];
  const when = date ?? nextMeetingDate(found.series);
  if (!when) {
    io.stderr(`minutes: ${latest.path} gives no date for the next meeting; give one with --date YYYY-MM-DD.\n`);
    return 2;
  }
  const next = nextMinutes(log, found.series, when);
  try {
    await fs.writeFile(path.resolve(io.cwd, next.key), next.text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(code === 'EEXIST' ? `minutes: ${next.key} exists; left as it is.\n` : `minutes: cannot write ${next.key}: ${(error as Error).message}\n`);
    return 2;
  }
  io.stdout(`${next.key}\n`);
  io.stderr(`minutes: the next meeting of ${found.series.title} (${latest.path} → ${next.key}), ${next.actions.length} open action${next.actions.length === 1 ? '' : 's'} to review\n`);
  return 0;
}

/** `minutes import <file> [-o FILE]`: 0 written, 1 the file cannot be imported, 2 a usage error or an existing FILE. */
async function importCommand(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { output: { type: 'string', short: 'o' }, 'month-first': { type: 'boolean', default: false } } });
  } catch (error) {
    io.stderr(`minutes: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr('minutes: import takes one file: minutes import <file> [-o FILE]\n');
    return 2;
  }
  const source = path.resolve(io.cwd, positionals[0]);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(source);
  } catch (error) {
    io.stderr(`minutes: cannot read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
    return 1;
  }
  const result = await importFile(bytes, path.basename(source), { dayFirst: !values['month-first'] });
  if ('problem' in result) {
    io.stderr(`minutes: cannot import ${result.problem}\n`);
    return 1;
  }
  const exists = (file: string): Promise<boolean> => fs.access(file).then(() => true, () => false);
  const target = values.output
    ? path.resolve(io.cwd, values.output)
    : path.join(path.dirname(source), await importedName(path.basename(source), (name) => exists(path.join(path.dirname(source), name))));
  const shown = toPosix(path.relative(io.cwd, target));
  try {
    await fs.writeFile(target, result.markdown, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(code === 'EEXIST' ? `minutes: ${shown} exists; not overwritten (choose another name with -o).\n` : `minutes: cannot write ${shown}: ${(error as Error).message}\n`);
    return 2;
  }
  io.stdout(`${shown}: ${describeImport(result.summary)}\n`);
  return 0;
}

/**
 * Finding and reading minutes files for the CLI: folders are searched recursively, globs expanded, and files that
 * cannot be read as text are reported and skipped so that one bad file never stops a run.
 */
import { promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { decodeMinutes, MAX_FILE_BYTES, tooLarge } from '../core/fileText';
import type { ReadOutcome } from '../core/workspaceIndex';
import { DEFAULT_MINUTES_GLOB, globToRegExp, isGlob, matchesAny } from '../core/glob';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface Problem {
  path: string;
  message: string;
}

export interface FoundFiles {
  files: string[];
  problems: Problem[];
  /** Arguments that named nothing: a usage error. */
  missing: string[];
}

/** `onFound` hears of each file as the search finds it in a folder (a caller may start reading it). */
export async function findMinutesFiles(
  args: readonly string[],
  globs: readonly string[] = [DEFAULT_MINUTES_GLOB],
  cwd = process.cwd(),
  onFound?: (file: string) => void,
): Promise<FoundFiles> {
  const found = new Set<string>();
  const result: FoundFiles = { files: [], problems: [], missing: [] };
  for (const arg of args.length > 0 ? args : ['.']) {
    if (isGlob(arg)) {
      const base = path.resolve(cwd, staticPrefix(arg));
      const pattern = globToRegExp(toPosix(path.relative(cwd, path.resolve(cwd, arg))));
      // The pattern is matched against the path from `cwd`: the base's, then the path within it.
      const fromCwd = toPosix(path.relative(cwd, base));
      const prefix = fromCwd === '' ? '' : `${fromCwd}/`;
      const before = found.size;
      walk(base, '', (relative) => pattern.test(prefix + relative), found, result.problems, onFound);
      if (found.size === before) result.missing.push(arg);
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (!stat) result.missing.push(arg);
    else if (stat.isDirectory()) walk(absolute, '', (relative) => matchesAny(relative, globs), found, result.problems, onFound);
    else found.add(absolute);
  }
  result.files = [...found].sort();
  return result;
}

function staticPrefix(glob: string): string {
  const parts = glob.split(/[\\/]/);
  const index = parts.findIndex((part) => isGlob(part));
  return parts.slice(0, index).join('/') || '.';
}

/**
 * Adds the files under `folder` that `include` takes (given their path from where the walk began, with `/`). Without
 * the event loop, and each path built as it goes down: a warm run (outputCache.ts) walks 10,000 files in its budget.
 */
function walk(folder: string, relative: string, include: (relative: string) => boolean, found: Set<string>, problems: Problem[], onFound?: (file: string) => void): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ path: folder, message: `cannot list folder: ${(error as Error).message}` });
    return;
  }
  const into = folder.endsWith(path.sep) ? folder : folder + path.sep;
  for (const entry of entries) {
    const full = into + entry.name;
    const inner = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, inner, include, found, problems, onFound);
    } else if (entry.isFile() && include(inner) && !found.has(full)) {
      found.add(full);
      onFound?.(full);
    }
  }
}

export type ReadResult = ReadOutcome;

/** Reads a file as UTF-8 text, or says why it is not minutes: gone, too large, binary or not UTF-8. */
export async function readMinutesFile(file: string): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES) return tooLarge(stat.size);
    return decodeMinutes(await fs.readFile(file));
  } catch (error) {
    return readProblem(error);
  }
}

/** `readMinutesFile` without the event loop: for indexing thousands of files, where awaiting each read costs more than reading it. */
export function readMinutesFileSync(file: string): ReadResult {
  try {
    const stat = statSync(file);
    if (stat.size > MAX_FILE_BYTES) return tooLarge(stat.size);
    return decodeMinutes(readFileSync(file));
  } catch (error) {
    return readProblem(error);
  }
}

function readProblem(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { problem: 'skipped: the file disappeared before it could be read' };
  return { problem: `skipped: ${(error as Error).message}` };
}


export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

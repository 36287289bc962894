/**
 * The CLI's output cache: with `--cache DIR`, `minutes export` and `minutes check` also keep what they printed (the
 * output, the lines on stderr and the exit code), keyed by a fingerprint of everything the output depends on, as a
 * build system keeps a target. A run whose fingerprint matches writes the stored output and exits: it loads neither
 * the parser nor the parse cache (bin.ts looks here before loading the commands). Any other run is a cold run (the
 * parse cache still serves unchanged files), which stores its output for the next.
 *
 * The fingerprint holds:
 * - the CLI's version and the size and modification time of its built scripts (a rebuilt CLI of the same version);
 * - the command and every option (but --output, --force and --cache: where the output goes is decided anew on each
 *   run, see `replay`), the paths given, and the working folder (paths are shown relative to it, and `export` names
 *   it);
 * - the date that decides what is overdue: --today, or today's date in the local time zone (the only way the time
 *   zone or the clock reaches the output: the core reads the time only through `todayIso`);
 * - what the search for files found: each file's path, size, modification and change times in nanoseconds and inode
 *   (so an edited, added, removed, renamed or replaced file misses; an edit that keeps the size and sets the old
 *   modification time back still changes the change time, which no program can set), the paths that named nothing
 *   and the folders that could not be listed.
 * Nothing else is read: the CLI reads no configuration file and no environment variable, and the parse options are
 * all options. A file modified in the last seconds before the run could change again within the file system's clock
 * tick without its stamp changing, so such a run's output is not stored (as git's "racily clean" entries).
 *
 * A record is one file per command line (name: a hash of the options), written to a temporary file then renamed, at
 * most MAX_STORED_BYTES, and at most MAX_RECORDS of them in the folder (the oldest go). It is read only when its
 * magic, lengths and CRC-32 check: a damaged record is reported on stderr and the run is cold.
 */
import { promises as fs, closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writevSync } from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { todayIso } from '../core/dates';
import { contentHash } from '../core/parseCache';
import type { CommandValues } from './args';
import { findMinutesFiles, toPosix, type FoundFiles } from './files';
import { VERSION } from './usage';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /**
   * Writes bytes to standard output (a stored output needs no decoding), resolving once they are taken (the buffer
   * is then reused); `stdout` of their text when absent.
   */
  stdoutBytes?: (bytes: Uint8Array) => Promise<void>;
}

/** What a command prints and returns, apart from where its output goes: what a record stores. */
export interface CommandRun {
  /** Lines on stderr before the output: paths that named nothing, files that could not be read, usage errors. */
  before: string;
  /** The export or report, for standard output or --output; undefined when the command stopped before it. */
  output?: string | StoredOutput;
  /** What the output holds, for "… written to FILE". */
  what: string;
  /** Lines on stderr once the output is written (check's count), and the exit code then. */
  after: string;
  code: number;
}

/** What the look-up found: the files (which a cold run then reads), and the record's place and fingerprint. */
export interface OutputLookup {
  found: FoundFiles;
  file: string;
  /** The fingerprint: stored whole in the record and compared byte for byte (no hash to collide). */
  key: Buffer;
  /** False when a file changed too recently (or vanished) for its stamp to be trusted: the output is not stored. */
  storable: boolean;
  hit?: CommandRun;
}

/** Bump when a record's layout or what the fingerprint holds changes. */
const FORMAT_VERSION = 1;
/** "MNOC". */
const MAGIC = 0x434f4e4d;
/** Magic, version, the lengths of the key, the header and the output, and the CRC-32 of all three. */
const PREFIX_BYTES = 24;
/** An output larger than this is not stored (each run of it is cold). */
export const MAX_STORED_BYTES = 256 * 1024 * 1024;
/** Records kept in a cache folder, one per command line: when more, the least recently written go. */
export const MAX_RECORDS = 16;
/** A file modified this recently may change again without its stamp changing: the output is then not stored. */
export const RACY_MS = 3000;
const RECORD_NAME = /^minutes-output-[0-9a-z]+-[0-9a-z]+\.bin$/;
/** Options that decide only where the output goes (see `replay`), not what it is. */
const WHERE_OPTIONS = new Set(['output', 'force', 'cache']);

/** The built scripts whose code makes the output: a rebuilt CLI misses even when its version is the same. */
const PROGRAM_FILES = ['cli.js', 'cliMain.js', 'parseWorker.js'];

/**
 * Looks for the stored output of `command` (export or check) run with these options; undefined when the command
 * keeps none (no --cache, another command). Finds the files (as a cold run would, which then reads them). A damaged
 * record is noted on stderr.
 */
export async function lookUpOutput(command: string, values: CommandValues, positionals: readonly string[], io: Io): Promise<OutputLookup | undefined> {
  if (values.cache === undefined || (command !== 'export' && command !== 'check')) return undefined;
  const found = await findMinutesFiles(positionals, values.glob ?? undefined, io.cwd);
  const options = Object.keys(values)
    .filter((name) => !WHERE_OPTIONS.has(name))
    .sort()
    .map((name) => [name, values[name as keyof CommandValues]]);
  const commandLine = JSON.stringify([command, options, positionals, io.cwd]);
  const folder = path.resolve(io.cwd, values.cache);
  // Named by a hash of the command line: another command line's record is kept beside it, not replaced.
  const file = path.join(folder, `minutes-output-${contentHash(commandLine).replace(':', '-')}.bin`);
  const { fingerprint, storable } = fingerprintOf(found);
  const text = `${FORMAT_VERSION}\n${VERSION}\n${programStamp()}\n${commandLine}\n${values.today ?? todayIso()}\n${fingerprint.text}`;
  const key = Buffer.concat([Buffer.from(text, 'utf8'), new Uint8Array(fingerprint.stamps.buffer)]);
  const lookup: OutputLookup = { found, file, key, storable };
  const stored = readRecord(file, key);
  if (typeof stored === 'string') io.stderr(`minutes: the output cache ${toPosix(path.relative(io.cwd, file))} is damaged (${stored}); not used, and written anew.\n`);
  else if (stored) lookup.hit = stored;
  return lookup;
}

function programStamp(): string {
  return PROGRAM_FILES.map((name) => {
    const stat = statSync(path.join(__dirname, name), { throwIfNoEntry: false, bigint: true });
    return stat ? `${stat.size}:${stat.mtimeNs}` : '-';
  }).join(' ');
}

/**
 * The found files, the paths that named nothing and the folders that could not be listed (as text), and each file's
 * size, modification and change times in nanoseconds and inode (as numbers: formatting 40,000 of them as text cost
 * more than the rest of the look-up). A file gone since the search has -1s.
 */
function fingerprintOf(found: FoundFiles): { fingerprint: { text: string; stamps: BigInt64Array }; storable: boolean } {
  const recent = BigInt(Date.now() - RACY_MS) * 1_000_000n;
  let storable = true;
  const stamps = new BigInt64Array(found.files.length * 4);
  let at = 0;
  for (const file of found.files) {
    const stat = statSync(file, { throwIfNoEntry: false, bigint: true });
    if (!stat) {
      storable = false;
      stamps.fill(-1n, at, (at += 4));
      continue;
    }
    // A write after this stat sets the modification time anew, unless it falls in the same tick as a recent one.
    if (stat.mtimeNs > recent) storable = false;
    stamps[at++] = stat.size;
    stamps[at++] = stat.mtimeNs;
    stamps[at++] = stat.ctimeNs;
    stamps[at++] = stat.ino;
  }
  // A path holds no NUL: the list of paths reads one way only.
  const text = `${found.files.join('\0')}\n${JSON.stringify([found.missing, found.problems])}`;
  return { fingerprint: { text, stamps }, storable };
}

interface RecordHeader {
  before: string;
  what: string;
  after: string;
  code: number;
  hasOutput: boolean;
}

/** Read and written in pieces of this size: 36 MB read whole cost twice the time in page faults. */
const CHUNK_BYTES = 1 << 20;

/**
 * A stored output, read from the record (kept open: a record renamed over it meanwhile does not change it) in
 * pieces, once its checksum was verified.
 */
export class StoredOutput {
  constructor(
    private readonly fd: number,
    private readonly start: number,
    readonly length: number,
  ) {}

  /** Gives the output piece by piece (one buffer, reused: `sink` is done with a piece when it resolves), then closes. */
  async writeTo(sink: (piece: Uint8Array) => Promise<void> | void): Promise<void> {
    try {
      for (const piece of pieces(this.fd, this.start, this.length)) await sink(piece);
    } finally {
      this.close();
    }
  }

  /** The whole output as text (for a caller that takes text only). */
  async text(): Promise<string> {
    const pieces: Buffer[] = [];
    await this.writeTo((piece) => void pieces.push(Buffer.from(piece)));
    return Buffer.concat(pieces).toString('utf8');
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
  }
}

/**
 * The run stored in `file` under `key`; undefined when there is none or it is for another fingerprint (a miss); a
 * text saying what is wrong when the record is damaged.
 */
function readRecord(file: string, key: Buffer): CommandRun | string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : `cannot read it: ${(error as Error).message}`;
  }
  let keep = false;
  try {
    const found = readOpenRecord(fd, key);
    keep = typeof found === 'object' && found.output !== undefined;
    return found;
  } catch (error) {
    return `cannot read it: ${(error as Error).message}`;
  } finally {
    if (!keep) closeSync(fd);
  }
}

function readOpenRecord(fd: number, key: Buffer): CommandRun | string | undefined {
  const size = fstatSync(fd).size;
  const prefix = readExactly(fd, 0, Math.min(PREFIX_BYTES, size));
  if (prefix.length < PREFIX_BYTES || prefix.readUInt32LE(0) !== MAGIC) return 'not an output cache';
  if (prefix.readUInt32LE(4) !== FORMAT_VERSION) return undefined; // another version's: replaced by this run's
  const keyLength = prefix.readUInt32LE(8);
  const headerLength = prefix.readUInt32LE(12);
  const outputLength = prefix.readUInt32LE(16);
  const outputStart = PREFIX_BYTES + keyLength + headerLength;
  if (outputStart + outputLength !== size) return 'truncated or of the wrong length';
  const keyAndHeader = readExactly(fd, PREFIX_BYTES, keyLength + headerLength);
  // Another fingerprint (something changed): a miss, whatever else the record holds.
  if (!key.equals(keyAndHeader.subarray(0, keyLength))) return undefined;
  let crc = crc32(keyAndHeader);
  try {
    for (const piece of pieces(fd, outputStart, outputLength)) crc = crc32(piece, crc);
  } catch (error) {
    if (error instanceof EndedEarly) return 'truncated';
    throw error;
  }
  if (crc !== prefix.readUInt32LE(20)) return 'checksum mismatch';
  let header: Partial<RecordHeader>;
  try {
    header = JSON.parse(keyAndHeader.toString('utf8', keyLength)) as Partial<RecordHeader>;
  } catch {
    return 'unreadable header';
  }
  const { before, what, after, code, hasOutput } = header ?? {};
  if (typeof before !== 'string' || typeof what !== 'string' || typeof after !== 'string' || !Number.isInteger(code) || typeof hasOutput !== 'boolean') return 'unreadable header';
  return { before, what, after, code: code as number, output: hasOutput ? new StoredOutput(fd, outputStart, outputLength) : undefined };
}

/**
 * Whether an output is a stored one. Not `instanceof`: dist/cli.js and dist/cliMain.js each bundle this module, and
 * a look-up made by the one may be replayed by the other.
 */
function isStored(output: string | StoredOutput): output is StoredOutput {
  return typeof output !== 'string';
}

class EndedEarly extends Error {
  constructor() {
    super('the output cache ended early');
  }
}

/** `length` bytes of `fd` from `start`, in pieces of one reused buffer (each piece is done with when the next is asked). */
function* pieces(fd: number, start: number, length: number): Generator<Buffer> {
  const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(1, length)));
  for (let done = 0; done < length; ) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, length - done), start + done);
    if (read === 0) throw new EndedEarly();
    yield buffer.subarray(0, read);
    done += read;
  }
}

function readExactly(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) return buffer.subarray(0, done);
    done += read;
  }
  return buffer;
}

/**
 * Stores a cold run's output for the next run with the same fingerprint: atomically (a temporary file renamed over
 * the record), when it may be (see `storable`) and is not too large. Returns what went wrong, if anything.
 */
export function storeOutput(lookup: OutputLookup, run: CommandRun): string | undefined {
  if (!lookup.storable) return undefined;
  if (run.output !== undefined && isStored(run.output)) return undefined; // stored already
  const output = run.output === undefined ? new Uint8Array(0) : Buffer.from(run.output, 'utf8');
  const keyBytes = lookup.key;
  const header: RecordHeader = { before: run.before, what: run.what, after: run.after, code: run.code, hasOutput: run.output !== undefined };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  if (PREFIX_BYTES + keyBytes.length + headerBytes.length + output.length > MAX_STORED_BYTES) return undefined;
  const prefix = Buffer.alloc(PREFIX_BYTES);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(FORMAT_VERSION, 4);
  prefix.writeUInt32LE(keyBytes.length, 8);
  prefix.writeUInt32LE(headerBytes.length, 12);
  prefix.writeUInt32LE(output.length, 16);
  prefix.writeUInt32LE(crc32(output, crc32(headerBytes, crc32(keyBytes))), 20);
  const folder = path.dirname(lookup.file);
  const temporary = `${lookup.file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    const fd = openSync(temporary, 'w');
    try {
      writeAll(fd, [prefix, keyBytes, headerBytes, output]);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, lookup.file);
  } catch (error) {
    rmSync(temporary, { force: true });
    return (error as Error).message;
  }
  pruneRecords(folder, lookup.file);
  return undefined;
}

function writeAll(fd: number, buffers: Uint8Array[]): void {
  for (const buffer of buffers) {
    let offset = 0;
    while (offset < buffer.length) offset += writevSync(fd, [buffer.subarray(offset)]);
  }
}

/** Keeps the MAX_RECORDS most recently written records of a folder (never `kept`, just written). */
function pruneRecords(folder: string, kept: string): void {
  try {
    const records = readdirSync(folder)
      .filter((name) => RECORD_NAME.test(name) && path.join(folder, name) !== kept)
      .map((name) => ({ file: path.join(folder, name), mtime: statSync(path.join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const old of records.slice(MAX_RECORDS - 1)) rmSync(old.file, { force: true });
  } catch {
    // another run pruning the same folder: nothing lost
  }
}

/**
 * Prints a run as the command does: the lines before, the output (to --output, never over a file unless --force,
 * or to standard output), the lines after; returns the exit code. A cold run prints through here too, so a warm
 * run prints exactly what it would have.
 */
export async function replay(run: CommandRun, where: { output?: string; force?: boolean }, io: Io): Promise<number> {
  if (run.before) io.stderr(run.before);
  if (run.output !== undefined) {
    const written = await writeOutput(run.output, where.output, where.force ?? false, io, run.what);
    if (written !== undefined) return written;
  }
  if (run.after) io.stderr(run.after);
  return run.code;
}

/** Writes to --output (never over a file unless --force) or standard output; 2 when it cannot, else undefined. */
export async function writeOutput(output: string | StoredOutput, target: string | undefined, force: boolean, io: Io, what: string): Promise<number | undefined> {
  if (!target) {
    if (!isStored(output)) io.stdout(output);
    else if (io.stdoutBytes) await output.writeTo(io.stdoutBytes);
    else io.stdout(await output.text());
    return undefined;
  }
  try {
    const file = path.resolve(io.cwd, target);
    const flag = force ? 'w' : 'wx';
    if (isStored(output)) {
      const fd = openSync(file, flag);
      try {
        await output.writeTo((piece) => writeAll(fd, [piece]));
      } finally {
        closeSync(fd);
      }
    } else await fs.writeFile(file, output, { flag });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(code === 'EEXIST' ? `minutes: ${target} exists; not overwritten (use --force to replace it).\n` : `minutes: cannot write ${target}: ${(error as Error).message}\n`);
    return 2;
  } finally {
    if (isStored(output)) output.close();
  }
  io.stderr(`minutes: ${what} written to ${target}\n`);
  return undefined;
}

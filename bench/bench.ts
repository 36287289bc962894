/**
 * `npm run bench`: generates two corpora (deterministic, under .bench/) and prints how long indexing takes cold and
 * warm, the latency of re-parsing one 2,000-line file after a keystroke, the heap the index holds, and ripgrep's time
 * scanning the same files for the dialect's markers. Figures are printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { generateMinutes, generateTranscript, mulberry32 } from './corpus';
import { parseMinutes } from '../src/core/parse';
import { parseOptionsKey } from '../src/core/parseCache';
import { indexFiles, indexFilesInWorkers } from '../src/node/indexFiles';
import { FileParseCache } from '../src/node/parseCacheFile';

const GENERATOR_VERSION = '2';
const root = path.resolve(__dirname, '..', '.bench');
const options = { today: '2024-01-01' };
const gc = (globalThis as { gc?: () => void }).gc;

function generate(name: string, count: number, make: (i: number) => string): string {
  const folder = path.join(root, name);
  const stamp = path.join(folder, '.generated');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${GENERATOR_VERSION}:${count}`) return folder;
  rmSync(folder, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const sub = path.join(folder, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `${String(i).padStart(5, '0')}.minutes.md`), make(i));
  }
  writeFileSync(stamp, `${GENERATOR_VERSION}:${count}`);
  return folder;
}

function list(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.minutes.md'))
    .map((f) => path.join(folder, f))
    .sort();
}

function ensureRipgrep(): string | undefined {
  if (spawnSync('rg', ['--version']).status === 0) return 'rg';
  console.log('ripgrep (rg) is missing: installing Debian\'s "ripgrep" with apt-get…');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  spawnSync('apt-get', ['install', '-y', '-qq', 'ripgrep'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return spawnSync('rg', ['--version']).status === 0 ? 'rg' : undefined;
}

const MARKERS = String.raw`(?i)(action[ -]?item|action|decision|agreed|resolved|attend|present|apolog|regrets|copies to|next meeting|date|location|venue|owner|assignee)\s*:|\[[ xX]\]|^\s{0,3}#|^\s*\|?\s*:?-+:?\s*\|`;

function ripgrep(rg: string | undefined, folder: string): number | undefined {
  if (!rg) return undefined;
  const start = performance.now();
  const result = spawnSync(rg, ['-c', '--no-messages', '-e', MARKERS, '-g', '*.minutes.md', folder], { maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  return result.status === 0 || result.status === 1 ? ms : undefined;
}

function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

interface Row {
  corpus: string;
  files: number;
  mb: number;
  cold: number;
  coldOneThread: number;
  warm: number;
  heap: number;
  rg?: number;
}

async function measure(name: string, folder: string, rg: string | undefined): Promise<Row> {
  const files = list(folder);
  const mb = files.reduce((sum, f) => sum + statSync(f).size, 0) / 1024 / 1024;
  const rgMs = ripgrep(rg, folder); // also warms the page cache for what follows
  console.log(`${name}: ${files.length} files, ${mb.toFixed(1)} MB; ripgrep ${rgMs?.toFixed(0) ?? '—'} ms; indexing cold on worker threads…`);
  let start = performance.now();
  let documents: unknown = await indexFilesInWorkers(files, options);
  const cold = performance.now() - start;
  documents = undefined;
  console.log(`  …${cold.toFixed(0)} ms; cold on one thread, filling the parse cache (and the index's heap)…`);
  const cacheDir = path.join(root, 'cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const key = parseOptionsKey(options);
  const building = await FileParseCache.open(cacheDir, folder, key);
  const before = heapMb();
  start = performance.now();
  documents = await indexFiles(files, options, building);
  const coldOneThread = performance.now() - start;
  const heap = heapMb() - before;
  documents = undefined;
  console.log(`  …${coldOneThread.toFixed(0)} ms, ${heap.toFixed(0)} MB; warm…`);

  await building.save();
  start = performance.now();
  const cache = await FileParseCache.open(cacheDir, folder, key);
  documents = await indexFiles(files, options, cache);
  const warm = performance.now() - start;
  void documents;
  return { corpus: name, files: files.length, mb, cold, coldOneThread, warm, heap, rg: rgMs };
}

function keystrokes(): { median: number; p99: number; lines: number; full: number } {
  const random = mulberry32(2000);
  let text = generateMinutes(random, 7, 240);
  const lines = text.split('\n');
  text = lines.slice(0, 2000).join('\n');
  const count = text.split('\n').length;
  // Type a sentence into a prose paragraph in the middle of the file, one character per keystroke.
  const at = text.indexOf('\n\n', Math.floor(text.length / 2)) + 2;
  const typed = 'The committee asked for ACTION: MJ — draft the report due 15 June 2013 and more prose. ';
  const times: number[] = [];
  parseMinutes(text, options);
  for (let i = 0; i < 300; i++) {
    const edited = text.slice(0, at) + typed.repeat(4).slice(0, i) + text.slice(at);
    const start = performance.now();
    parseMinutes(edited, options);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const start = performance.now();
  for (let i = 0; i < 5; i++) parseMinutes(text + ' '.repeat(i), { ...options, fullParse: true });
  return { median: quantile(times, 0.5), p99: quantile(times, 0.99), lines: count, full: (performance.now() - start) / 5 };
}

async function runBench(): Promise<void> {
  const t0 = performance.now();
  console.log('Generating corpora under .bench/ (deterministic; reused when present)…');
  const minutes = generate('minutes', 10_000, (i) => generateMinutes(mulberry32(1_000_000 + i), i));
  const tc39 = generate('tc39', 331, (i) => generateTranscript(mulberry32(2_000_000 + i), i));
  const rg = ensureRipgrep();
  if (!rg) console.log('ripgrep unavailable: its column is left empty.');
  if (!gc) console.log('(run with node --expose-gc for a steadier heap figure)');

  const rows = [await measure('10,000 minutes files', minutes, rg), await measure('tc39-like transcripts', tc39, rg)];
  const keys = keystrokes();

  const fmt = (ms: number | undefined): string => (ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  console.log('');
  console.log(`| corpus | files | MB | cold index (${availableParallelism()} threads) | cold, 1 thread | ripgrep | cold ÷ rg | warm index | index heap |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const ratio = r.rg ? `${(r.cold / r.rg).toFixed(1)}×` : '—';
    console.log(`| ${r.corpus} | ${r.files} | ${r.mb.toFixed(1)} | ${fmt(r.cold)} | ${fmt(r.coldOneThread)} | ${fmt(r.rg)} | ${ratio} | ${fmt(r.warm)} | ${r.heap.toFixed(0)} MB |`);
  }
  console.log('');
  console.log(`Keystroke in a ${keys.lines}-line minutes file (re-parse + diagnostics, 300 edits): median ${keys.median.toFixed(1)} ms, p99 ${keys.p99.toFixed(1)} ms (full remark parse of the same file: ${keys.full.toFixed(0)} ms)`);
  console.log(`Targets: cold ≤ 3 s and ≤ 20× ripgrep; warm ≤ 0.3 s; keystroke ≤ 10 ms median, ≤ 30 ms p99; heap ≤ 150 MB. Bench took ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
}

runBench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

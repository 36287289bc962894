/**
 * Run by `npm run bench` in a fresh process: parses the first files of a folder in blocks of 1,000 on one thread, as
 * a parse worker does, and prints each block's CPU time per file (the whole process: V8 compiles and collects on
 * threads of its own). The first blocks pay for getting the parser's code optimised, which every new thread that
 * parses (each of the CLI's workers) pays again; the last blocks are what a warm parser costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseMinutes } from '../src/core/parse';

function filesOf(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesOf(full));
    else if (entry.name.endsWith('.md')) found.push(full);
  }
  return found.sort();
}

const [folder, count = '10000'] = process.argv.slice(2);
const texts = filesOf(folder)
  .slice(0, Number(count))
  .map((file) => readFileSync(file, 'utf8'));
const perFile: number[] = [];
for (let start = 0; start < texts.length; start += 1000) {
  const block = texts.slice(start, start + 1000);
  const before = process.cpuUsage();
  for (const text of block) parseMinutes(text, { today: '2024-01-01', proseActions: 'off' });
  const used = process.cpuUsage(before);
  perFile.push((used.user + used.system) / 1000 / block.length);
}
console.log(JSON.stringify(perFile));

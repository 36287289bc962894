import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import * as path from 'node:path';
import { parseMinutes } from '../../src/core/parse';
import { contentHash, MemoryParseCache, parseOptionsKey } from '../../src/core/parseCache';
import { indexFiles, indexFilesInWorkers, type IndexStats } from '../../src/node/indexFiles';
import { FileParseCache } from '../../src/node/parseCacheFile';
import { folderWithSeeds, runCli } from './helpers/cli';
import { generateMinutes, mulberry32 } from '../../bench/corpus';

const run = runCli;

describe('parse cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = folderWithSeeds('minutes-cache-');
  });

  it('hashes texts apart', () => {
    assert.equal(contentHash('ACTION: x'), contentHash('ACTION: x'));
    assert.notEqual(contentHash('ACTION: x'), contentHash('ACTION: y'));
  });

  it('export --cache gives the same output cold, warm and after a change', async () => {
    const args = ['export', 'minutes', '--format', 'json', '--today', '2024-01-01'];
    const plain = await run(args, dir);
    const cold = await run([...args, '--cache', '.cache'], dir);
    assert.equal(readdirSync(path.join(dir, '.cache')).filter((name) => name.startsWith('minutes-parse-')).length, 1);
    const warm = await run([...args, '--cache', '.cache'], dir);
    const files = readdirSync(path.join(dir, 'minutes')).length;
    // The CLI looks for commitments in prose only when it shows hints: the cache is written under that key.
    const stored = await FileParseCache.open(path.join(dir, '.cache'), dir, parseOptionsKey({ dayFirst: true, today: '2024-01-01', proseActions: 'off' }));
    assert.equal(stored.entries.size, files, 'the warm run kept every entry');
    assert.equal(cold.stdout, plain.stdout);
    assert.equal(warm.stdout, plain.stdout);
    const file = path.join(dir, 'minutes', readdirSync(path.join(dir, 'minutes'))[0]);
    writeFileSync(file, 'ACTION: MJ — a new action due 2024-03-01\n');
    const changed = await run([...args, '--cache', '.cache'], dir);
    assert.equal(changed.stdout, (await run(args, dir)).stdout);
    assert.ok(changed.stdout.includes('a new action'));
  });

  it('reads nothing it need not: stamps first, then hashes', async () => {
    const files = readdirSync(path.join(dir, 'minutes')).map((f) => path.join(dir, 'minutes', f));
    const options = { today: '2024-01-01' };
    const cache = new MemoryParseCache();
    const first: IndexStats = { fromStamp: 0, fromHash: 0, parsed: 0 };
    await indexFiles(files, options, cache, first);
    assert.deepEqual(first, { fromStamp: 0, fromHash: 0, parsed: files.length });
    const second: IndexStats = { fromStamp: 0, fromHash: 0, parsed: 0 };
    await indexFiles(files, options, cache, second);
    assert.deepEqual(second, { fromStamp: files.length, fromHash: 0, parsed: 0 });
    for (const entry of cache.entries.values()) entry.mtimeMs = 0; // touched, not changed
    const third: IndexStats = { fromStamp: 0, fromHash: 0, parsed: 0 };
    await indexFiles(files, options, cache, third);
    assert.deepEqual(third, { fromStamp: 0, fromHash: files.length, parsed: 0 });
  });

  it('keeps the entries it did not need to parse, on worker threads or not', async () => {
    const files = readdirSync(path.join(dir, 'minutes')).map((f) => path.join(dir, 'minutes', f));
    const options = { today: '2024-01-01' };
    const cache = new MemoryParseCache();
    await indexFilesInWorkers(files, options, cache);
    cache.changed = false;
    const warm: IndexStats = { fromStamp: 0, fromHash: 0, parsed: 0 };
    await indexFilesInWorkers(files, options, cache, warm);
    assert.deepEqual(warm, { fromStamp: files.length, fromHash: 0, parsed: 0 });
    assert.equal(cache.entries.size, files.length);
    assert.equal(cache.changed, false, 'nothing to save after a warm run');
    writeFileSync(files[0], 'ACTION: MJ — a new action due 2024-03-01\n');
    const edited: IndexStats = { fromStamp: 0, fromHash: 0, parsed: 0 };
    await indexFilesInWorkers(files, options, cache, edited);
    assert.deepEqual(edited, { fromStamp: files.length - 1, fromHash: 0, parsed: 1 });
    assert.equal(cache.entries.size, files.length);
    await indexFilesInWorkers(files.slice(1), options, cache);
    assert.equal(cache.entries.size, files.length - 1, 'a file no longer indexed is dropped');
  });

  it('ignores a corrupt cache file and rebuilds it', async () => {
    const key = parseOptionsKey({});
    const cache = await FileParseCache.open(path.join(dir, '.cache'), dir, key);
    cache.set('x', { size: 1, mtimeMs: 1, hash: 'h', document: { roster: [], actions: [], decisions: [], proseActions: [], diagnostics: [] } });
    await cache.save();
    writeFileSync(cache.file, 'not a V8 serialization');
    const reopened = await FileParseCache.open(path.join(dir, '.cache'), dir, key);
    assert.equal(reopened.entries.size, 0);
    const args = ['export', 'minutes', '--today', '2024-01-01'];
    assert.equal((await run([...args, '--cache', '.cache'], dir)).stdout, (await run(args, dir)).stdout);
  });

  it('ignores a cache of an older format, and one whose documents do not decode', async () => {
    const key = parseOptionsKey({});
    const empty = { roster: [], actions: [], decisions: [], proseActions: [], diagnostics: [] };
    const cache = await FileParseCache.open(path.join(dir, '.cache'), dir, key);
    // Version 2 stored stamps and the documents as one JSON text.
    mkdirSync(path.dirname(cache.file), { recursive: true });
    writeFileSync(cache.file, serialize({ version: 2, optionsKey: key, stamps: [['x', 1, 1, 'h']], documents: JSON.stringify([empty]) }));
    assert.equal((await FileParseCache.open(path.join(dir, '.cache'), dir, key)).entries.size, 0);
    cache.set('x', { size: 1, mtimeMs: 1, hash: 'h', document: parseMinutes('ACTION: MJ — x due 2024-01-05\n', {}) });
    await cache.save();
    assert.equal((await FileParseCache.open(path.join(dir, '.cache'), dir, key)).entries.size, 1);
    const stored = deserialize(readFileSync(cache.file)) as { numbers: Int32Array };
    writeFileSync(cache.file, serialize({ ...stored, numbers: stored.numbers.subarray(0, 5) }));
    assert.equal((await FileParseCache.open(path.join(dir, '.cache'), dir, key)).entries.size, 0);
  });

  it('gives back every document through the file as it was, whatever characters its strings hold', async () => {
    const key = parseOptionsKey({});
    const texts = [
      '## Attended\n\n- Zoë Ça (ZC)\n- 李 明 (LM)\n\nACTION: ZC — café menu 😀 due 2024-03-01\n\nACTION: LM — 会议 \ud800 lone\n',
      '# Plain ASCII\n\nACTION: MJ - x due 2024-01-05\n\n| Owner | Action | Due | Status |\n|---|---|---|---|\n| RS | a | 5 March 2024 | done |\n| MJ | b | | |\n',
      '',
      ...Array.from({ length: 40 }, (_, i) => generateMinutes(mulberry32(900 + i), i)),
    ];
    const cache = await FileParseCache.open(path.join(dir, '.cache'), dir, key);
    const documents = texts.map((text) => parseMinutes(text, { today: '2024-01-01' }));
    documents.forEach((document, i) => cache.set(`f${i}`, { size: i, mtimeMs: 1, hash: 'h', document }));
    await cache.save();
    const reopened = await FileParseCache.open(path.join(dir, '.cache'), dir, key);
    assert.equal(reopened.entries.size, documents.length);
    documents.forEach((document, i) => assert.deepStrictEqual(JSON.parse(JSON.stringify(reopened.entries.get(`f${i}`)?.document)), JSON.parse(JSON.stringify(document)), `f${i}`));
    assert.ok(JSON.stringify(reopened.entries.get('f0')?.document).includes('\\ud800'), 'the lone surrogate came back');
  });

  it('keeps a change made while it was being saved for the next save', async () => {
    const key = parseOptionsKey({});
    const cache = await FileParseCache.open(path.join(dir, '.cache'), dir, key);
    const document = parseMinutes('ACTION: MJ — x due 2024-01-05\n', {});
    for (let i = 0; i < 500; i++) cache.set(`f${i}`, { size: i, mtimeMs: 1, hash: 'h', document });
    const saving = cache.save();
    cache.set('late', { size: 1, mtimeMs: 1, hash: 'h', document });
    await saving;
    assert.equal(cache.changed, true);
    await cache.save();
    const reopened = await FileParseCache.open(path.join(dir, '.cache'), dir, key);
    assert.equal(reopened.entries.size, 501);
    assert.deepEqual(JSON.parse(JSON.stringify(reopened.entries.get('f7')?.document)), JSON.parse(JSON.stringify(document)));
  });

  it('is not used under other parse options', async () => {
    const cache = await FileParseCache.open(path.join(dir, '.cache'), dir, parseOptionsKey({ dayFirst: true }));
    cache.set('x', { size: 1, mtimeMs: 1, hash: 'h', document: { roster: [], actions: [], decisions: [], proseActions: [], diagnostics: [] } });
    await cache.save();
    assert.equal((await FileParseCache.open(path.join(dir, '.cache'), dir, parseOptionsKey({ dayFirst: false }))).entries.size, 0);
  });
});

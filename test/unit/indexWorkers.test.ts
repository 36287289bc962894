import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { indexFiles, indexFilesInWorkers } from '../../src/node/indexFiles';
import { generateMinutes, mulberry32 } from '../../bench/corpus';

describe('indexing on worker threads', function () {
  this.timeout(120_000);
  let folder = '';
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'minutes-workers-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('gives the documents the calling thread gives (as JSON data), in order', async () => {
    const random = mulberry32(64);
    const files: string[] = [];
    for (let i = 0; i < 80; i++) {
      const file = path.join(folder, `${String(i).padStart(3, '0')}.minutes.md`);
      writeFileSync(file, generateMinutes(random, i));
      files.push(file);
    }
    files.push(path.join(folder, 'missing.minutes.md'));
    const options = { today: '2024-01-01' };
    const inWorkers = await indexFilesInWorkers(files, options, undefined, undefined, 2);
    const here = await indexFiles(files, options);
    assert.equal(inWorkers.length, files.length);
    // As JSON sees them: a decoded action holds its absent fields as undefined, as the parser's own actions do.
    assert.deepStrictEqual(JSON.parse(JSON.stringify(inWorkers)), JSON.parse(JSON.stringify(here)));
    assert.ok(inWorkers.slice(0, 80).every((outcome) => 'document' in outcome && outcome.document.actions.length > 0));
  });
});

// The web build's Word reader (src/extension/docxWeb.ts: mammoth's browser build) bundled with the web build's own
// options and run where there is no Node: a context with a web worker's globals only (no Buffer, process, require or
// DOM). It reads the Word fixture into the same blocks, and imports to the same minutes, as the desktop's reader.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vm from 'node:vm';
import type { DocxReader } from '../../src/core/import/importBytes';
import { importBytes } from '../../src/core/import/importBytes';
import { docxBlocks } from '../../src/node/docx';

const root = path.resolve(__dirname, '../..');

/** src/extension/docxWeb.ts bundled as the web build bundles it, evaluated with a web worker's globals only. */
async function webReader(): Promise<DocxReader> {
  const esbuild = await import('esbuild');
  const { webExtension } = (await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href)) as { webExtension: import('esbuild').BuildOptions };
  const result = await esbuild.build({ ...webExtension, entryPoints: ['src/extension/docxWeb.ts'], absWorkingDir: root, bundle: true, write: false, logLevel: 'silent' });
  const module = { exports: {} as { readDocxOnTheWeb?: DocxReader } };
  // No MessageChannel: its open ports would keep the test process alive (jszip then schedules with setTimeout).
  const worker = { module, exports: module.exports, setTimeout, clearTimeout, queueMicrotask, TextDecoder, TextEncoder, console };
  const context = vm.createContext(worker);
  vm.runInContext('globalThis.self = globalThis;', context);
  assert.equal(vm.runInContext('typeof Buffer + typeof process + typeof require + typeof document', context), 'undefinedundefinedundefinedundefined');
  vm.runInContext(result.outputFiles[0].text, context, { filename: 'docxWeb.js' });
  const reader = module.exports.readDocxOnTheWeb;
  assert.ok(reader, 'the bundle exports the reader');
  return reader;
}

describe('import: a Word document on the web (mammoth\'s browser build, no Node)', () => {
  it('reads the fixture into the blocks the desktop reads, and imports it to the same minutes', async function () {
    this.timeout(60_000);
    const bytes = readFileSync(path.join(root, 'test/fixtures/import/ashwell-parish-council.docx'));
    const read = await webReader();
    // Arrays made in the other context: compared as JSON.
    const web = JSON.parse(JSON.stringify(await read(new Uint8Array(bytes))));
    const desktop = await docxBlocks(new Uint8Array(bytes));
    assert.ok(desktop.blocks.length > 10, 'the fixture has blocks');
    assert.deepEqual(web.blocks, JSON.parse(JSON.stringify(desktop.blocks)));
    const onTheWeb = await importBytes(new Uint8Array(bytes), 'ashwell.docx', {}, read);
    const onTheDesktop = await importBytes(new Uint8Array(bytes), 'ashwell.docx', {}, docxBlocks);
    assert.ok('markdown' in onTheWeb && 'markdown' in onTheDesktop);
    assert.equal(onTheWeb.markdown, onTheDesktop.markdown);
  });

  it('says a file that is no Word document cannot be read, without Node', async function () {
    this.timeout(60_000);
    const read = await webReader();
    const result = await importBytes(new TextEncoder().encode('plain text, not a zip'), 'notes.docx', {}, read);
    assert.ok('problem' in result);
    assert.match(result.problem, /^notes\.docx: not a Word document \(\.docx\) that can be read: /);
  });
});

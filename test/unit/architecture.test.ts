import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// The core runs in plain Node, in a browser and in the extension host: it may import neither the editor nor Node.
describe('architecture', () => {
  const coreDir = path.resolve(__dirname, '../../src/core');
  // Subfolders too (`workspace/`, `language/`).
  const files = (readdirSync(coreDir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => f.endsWith('.ts'));
  assert.ok(files.includes('language/rename.ts'), 'the subfolders are read');
  for (const file of files) {
    it(`src/core/${file} imports neither vscode nor Node built-ins`, () => {
      const source = readFileSync(path.join(coreDir, file), 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const name of imports) {
        assert.notEqual(name, 'vscode', `${file} imports vscode`);
        assert.ok(!name.startsWith('node:'), `${file} imports ${name}`);
        assert.ok(!['fs', 'path', 'os', 'child_process'].includes(name), `${file} imports ${name}`);
      }
    });
  }
});

// The web extension (package.json `browser`) runs in a web worker: nothing it bundles may need Node.
describe('the web extension', () => {
  it('bundles (with the build\'s options) from src/extension/extension.web.ts for a web worker, with no Node built-in and nothing from src/node', async function () {
    this.timeout(60_000);
    const esbuild = await import('esbuild');
    const root = path.resolve(__dirname, '../..');
    const { webExtension } = (await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href)) as { webExtension: import('esbuild').BuildOptions };
    const result = await esbuild.build({ ...webExtension, absWorkingDir: root, bundle: true, write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.includes('src/extension/workspaceIndexer.ts'), 'the web bundle holds the workspace index');
    assert.ok(inputs.includes('src/extension/workspaceFsParseCache.ts') && inputs.includes('src/core/parseCacheStore.ts'), 'the web bundle holds the parse cache through workspace.fs');
    assert.deepEqual(inputs.filter((input) => input.startsWith('src/node/') || input.startsWith('node:')), []);
    const code = result.outputFiles[0].text;
    assert.deepEqual([...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))], ['vscode']);
    // Once: its modules share one copy of the API object (scripts/build.mjs's oneVscodeNamespace).
    assert.equal([...code.matchAll(/require\("vscode"\)/g)].length, 1);
    // Per bundled module (esbuild heads each with a `// path` line). Three of mammoth's name Node or the DOM on paths
    // the import never takes, each behind a guard; the test below runs the reader with neither there.
    const guarded: Record<string, string> = {
      'node_modules/jszip/dist/jszip.min.js': 'Buffer and document only after `typeof Buffer` / `"document" in` checks (setImmediate fallbacks)',
      'node_modules/mammoth/lib/documents.js': 'Buffer.from only in an image\'s readAsBuffer, which the import never calls',
      'node_modules/mammoth/lib/index.js': 'Buffer.from only in embedStyleMap\'s toBuffer, which the import never calls',
    };
    const modules = code.split(/^(?=\/\/ (?:node_modules|src)\/\S+$)/m);
    const nodeOrDom = modules
      .filter((text) => /\bprocess\.(env|platform|cwd)|\bBuffer\./.test(text) || /(?<![.\w$])(document|window)\.\w+\(/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
      .map((text) => text.slice(3, text.indexOf('\n')));
    assert.deepEqual(nodeOrDom.filter((name) => !(name in guarded)), [], 'Node globals or the DOM in the web bundle');
  });
});

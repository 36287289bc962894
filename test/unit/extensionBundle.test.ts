// The desktop bundle (dist/extension.js, built here with scripts/build.mjs's options) loads and activates without
// evaluating the parser's libraries, remark and its kin or yaml: they are files of their own next to it, required at
// the first parse (issue #20: activation before the first scan starts). A parse after activation still reads the
// dialect, front matter that needs yaml included. Its modules share one copy of the vscode API object.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '../..');

/**
 * A stand-in for the `vscode` module, only so that the bundle loads and activate() runs outside the extension host:
 * every name the API declares (@types/vscode) is a proxy that can be called, constructed and assigned to, and returns
 * more of itself.
 */
const VSCODE_STUB = `
const handler = { set: () => true, get: (target, key) => (key === Symbol.toPrimitive ? () => 0 : key in target ? target[key] : any()), apply: () => any(), construct: () => any() };
function any() { return new Proxy(function () {}, handler); }
const api = require('fs').readFileSync(process.env.MINUTES_VSCODE_TYPES, 'utf8');
for (const [, name] of api.matchAll(/^\\texport (?:class|enum|namespace|function|const|let) (\\w+)/gm)) exports[name] = any();
`;

/** Run in a fresh node: loads the bundle, activates it, then parses through the preview's markdown-it hook. */
const PROBE = `
const path = require('path');
const loaded = () => Object.keys(require.cache).map((file) => path.basename(file)).filter((file) => ['markdown.js', 'yaml.js'].includes(file)).sort();
const extension = require(process.env.MINUTES_BUNDLE);
const afterLoad = loaded();
const api = extension.activate(new Proxy({ subscriptions: [] }, { get: (target, key) => (key in target ? target[key] : require('vscode').window) }));
const afterActivate = loaded();
const md = require(${JSON.stringify(require.resolve('markdown-it'))})();
api.extendMarkdownIt(md);
const source = ['---', 'title: "Weekly: planning"', 'attendees: [Alice Smith, Bob Jones]', '---', '# Minutes', '', 'ACTION: Alice to send the notes by 2025-01-10.', ''].join('\\n');
const marked = md.parse(source, {}).filter((token) => token.meta && token.meta.minutesClass).map((token) => token.meta.minutesClass);
console.log(JSON.stringify({ afterLoad, afterActivate, afterParse: loaded(), marked }));
process.exit(0);
`;

describe('the desktop bundle', () => {
  let dir: string;
  before(async function () {
    this.timeout(60_000);
    dir = mkdtempSync(path.join(tmpdir(), 'minutes-bundle-'));
    const esbuild = await import('esbuild');
    const { desktopExtension } = (await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href)) as { desktopExtension: import('esbuild').BuildOptions[] };
    await Promise.all(
      desktopExtension.map((options) => esbuild.build({ ...options, absWorkingDir: root, outfile: path.join(dir, path.basename(options.outfile!)), sourcemap: false, logLevel: 'silent' })),
    );
    mkdirSync(path.join(dir, 'node_modules', 'vscode'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules', 'vscode', 'index.js'), VSCODE_STUB);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('copies the vscode API object once, not once per module that imports it', () => {
    const code = readFileSync(path.join(dir, 'extension.js'), 'utf8');
    assert.equal([...code.matchAll(/require\("vscode"\)/g)].length, 1);
  });

  it('evaluates remark and yaml at the first parse, not when it loads or activates, and the parse reads the dialect', function () {
    this.timeout(30_000);
    const bundle = path.join(dir, 'extension.js');
    const output = execFileSync(process.execPath, ['-e', PROBE], { cwd: dir, env: { ...process.env, MINUTES_BUNDLE: bundle, MINUTES_VSCODE_TYPES: require.resolve('@types/vscode/index.d.ts'), NODE_PATH: path.join(dir, 'node_modules') }, encoding: 'utf8' });
    const result = JSON.parse(output.trim().split('\n').pop()!) as { afterLoad: string[]; afterActivate: string[]; afterParse: string[]; marked: string[] };
    assert.deepEqual(result.afterLoad, [], 'loading the bundle evaluated the parser libraries');
    assert.deepEqual(result.afterActivate, [], 'activate() evaluated the parser libraries');
    assert.deepEqual(result.afterParse, ['markdown.js', 'yaml.js'], 'the parse did not load them from their files');
    assert.equal(result.marked.length, 1, JSON.stringify(result.marked));
    assert.match(result.marked[0], /minutes-action/);
  });
});

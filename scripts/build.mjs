// Bundles the extension and the CLI with esbuild. `vscode` stays external: the extension host provides it.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version, homepage } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'info',
  define: { __MINUTES_VERSION__: JSON.stringify(version), __MINUTES_HOMEPAGE__: JSON.stringify(homepage.replace(/#.*$/, '')) },
};

/**
 * One `vscode` namespace for the whole bundle (the desktop's and the web's). Each module's `import * as vscode from
 * 'vscode'` otherwise becomes its own copy of the API object (esbuild's `__toESM`: a getter per name, ~200 names, in
 * each of ~27 modules: ~10 ms of CPU while the extension loads); here they all share one module that re-exports it.
 */
const oneVscodeNamespace = {
  name: 'one-vscode-namespace',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, ({ namespace }) => (namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/**
 * The web extension (package.json `browser`): the same features for the web worker extension host of vscode.dev,
 * github.dev and other web workbenches. No Node built-in may come in: the build fails if one does (a unit test
 * builds with these options too).
 */
export const webExtension = {
  entryPoints: ['src/extension/extension.web.ts'],
  platform: 'browser',
  // A web worker has no DOM: packages' `worker` builds, not their `browser` ones (decode-named-character-reference's
  // decodes entities with document.createElement).
  conditions: ['worker'],
  target: 'es2022',
  format: 'cjs',
  external: ['vscode'],
  plugins: [oneVscodeNamespace],
};

/** A filter for esbuild that matches these module names exactly. */
const exactly = (names) => new RegExp(`^(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);

/**
 * Loaded on first use, from a file of its own next to the bundle that asks: mammoth (the .docx import; with its zip
 * reader, most of the bundles' size) and, for the `minutes` entry, the commands. V8 compiles and runs a bundle's
 * every module when it is loaded, so the extension's activation and `minutes --version` would pay for them.
 */
const loadedApart = (modules) => ({
  name: 'loaded-apart',
  setup(build) {
    for (const [specifier, file] of Object.entries(modules)) {
      build.onResolve({ filter: exactly([specifier]) }, () => ({ path: `./${file}`, external: true }));
    }
  },
});

/**
 * Loaded on first use, the parser's libraries (remark, micromark and mdast-util-from-markdown with GFM and front
 * matter; yaml): `chunks` names each file next to the bundle and the packages it holds. Every import of those
 * packages in the bundle is answered by a small module whose exports are getters that require the file the first time
 * one is read, so the bundle evaluates them at the first parse, not when it loads (the desktop extension's
 * activation: issue #20). The package's export names are read here, from the package itself.
 */
const loadedOnFirstUse = (chunks) => ({
  name: 'loaded-on-first-use',
  async setup(build) {
    const chunkOf = new Map(Object.entries(chunks).flatMap(([file, packages]) => packages.map((name) => [name, file])));
    const names = new Map(await Promise.all([...chunkOf.keys()].map(async (name) => [name, Object.keys(await import(name))])));
    build.onResolve({ filter: exactly([...chunkOf.keys()]) }, ({ path }) => ({ path, namespace: 'first-use' }));
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/, namespace: 'first-use' }, ({ path }) => ({ path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'first-use' }, ({ path }) => ({
      loader: 'js',
      contents: [
        `const load = () => require(${JSON.stringify(`./${chunkOf.get(path)}`)})[${JSON.stringify(path)}];`,
        "Object.defineProperty(exports, '__esModule', { value: true });",
        `for (const name of ${JSON.stringify(names.get(path))}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
      ].join('\n'),
    }));
  },
});

/** What the files of `loadedOnFirstUse` hold: each package by its name. */
const firstUseChunk = (file, packages) => ({
  ...common,
  stdin: { contents: `module.exports = { ${packages.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(name)})`).join(', ')} };`, resolveDir: '.', sourcefile: file },
  outfile: `dist/${file}`,
  minify: true,
});

const parserLibraries = {
  'markdown.js': [
    'unified',
    'remark-parse',
    'micromark-extension-gfm-autolink-literal',
    'micromark-extension-gfm-footnote',
    'micromark-extension-gfm-strikethrough',
    'micromark-extension-gfm-table',
    'micromark-extension-gfm-task-list-item',
    'micromark-extension-frontmatter',
    'mdast-util-gfm',
    'mdast-util-frontmatter',
    'mdast-util-to-string',
  ],
  'yaml.js': ['yaml'],
};

/** The extension's first lines note the time (and the CPU time, in Node), so that it can tell how long loading its code took (src/extension/startup.ts). */
const clocks = (suffix) => [
  `var __minutesCode${suffix} = typeof performance === 'object' ? performance.now() : undefined;`,
  `var __minutesCpu${suffix} = typeof process === 'object' && typeof process.cpuUsage === 'function' ? (process.threadCpuUsage || process.cpuUsage)() : undefined;`,
];
const startupMark = { js: ["'use strict';", ...clocks('Start')].join('\n') };
/** And its last lines, so that it can tell its own part of that time from the host's. */
const endMark = { js: clocks('End').join('\n') };

/**
 * The desktop extension (package.json `main`) and the files it loads on first use, next to it (the unit test
 * builds these too). The web extension keeps the parser's libraries inside: a web worker's bundle has no `require`
 * for files next to it, and loads its code in one fetch.
 */
export const desktopExtension = [
  {
    ...common,
    entryPoints: ['src/extension/extension.node.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [loadedApart({ mammoth: 'mammoth.js' }), loadedOnFirstUse(parserLibraries), oneVscodeNamespace],
    banner: startupMark,
    footer: endMark,
    // Minified (the source map keeps stack traces readable): V8 pre-parses less before the first line runs.
    minify: true,
  },
  ...Object.entries(parserLibraries).map(([file, packages]) => firstUseChunk(file, packages)),
];

const builds = [
  ...desktopExtension,
  // Minified: mammoth's browser build (the .docx import) more than half again the web bundle's size; the source map
  // keeps stack traces readable.
  { ...common, ...webExtension, minify: true, outfile: 'dist/extension.web.js', banner: startupMark, footer: endMark },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [loadedApart({ './main': 'cliMain.js' })] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cliMain.js', plugins: [loadedApart({ mammoth: 'mammoth.js' })] },
  { ...common, stdin: { contents: "module.exports = require('mammoth');", resolveDir: '.', sourcefile: 'mammoth.js' }, outfile: 'dist/mammoth.js' },
  // The CLI parses on worker threads; the worker is found next to dist/cli.js.
  { ...common, entryPoints: ['src/node/parseWorker.ts'], outfile: 'dist/parseWorker.js' },
];

if (process.argv[1] !== fileURLToPath(import.meta.url)) {
  // imported (by the unit test) for its options: build nothing
} else if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

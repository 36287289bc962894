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
};

/**
 * Loaded on first use, from a file of its own next to the bundle that asks: mammoth (the .docx import; with its zip
 * reader, most of the bundles' size) and, for the `minutes` entry, the commands. V8 compiles and runs a bundle's
 * every module when it is loaded, so the extension's activation and `minutes --version` would pay for them.
 */
const loadedApart = (modules) => ({
  name: 'loaded-apart',
  setup(build) {
    for (const [specifier, file] of Object.entries(modules)) {
      const filter = new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
      build.onResolve({ filter }, () => ({ path: `./${file}`, external: true }));
    }
  },
});

/** The extension's first line notes the time, so that it can tell how long loading its code took (src/extension/startup.ts). */
const startupMark = { js: "'use strict';\nvar __minutesCodeStart = typeof performance === 'object' ? performance.now() : undefined;" };

const builds = [
  { ...common, entryPoints: ['src/extension/extension.node.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [loadedApart({ mammoth: 'mammoth.js' })], banner: startupMark },
  // Minified: mammoth's browser build (the .docx import) more than half again the web bundle's size; the source map
  // keeps stack traces readable.
  { ...common, ...webExtension, minify: true, outfile: 'dist/extension.web.js', banner: startupMark },
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

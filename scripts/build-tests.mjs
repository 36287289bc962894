// Compiles the integration tests to out/test/integration/*.js: the extension host
// loads plain JavaScript. Each entry is bundled (helpers inlined); `vscode` comes from
// the host and mocha from node_modules at run time.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

const dir = 'test/integration';
const entryPoints = readdirSync(dir)
  .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
  .map((name) => `${dir}/${name}`);

await esbuild.build({
  entryPoints,
  outdir: 'out/test/integration',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

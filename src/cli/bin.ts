/**
 * The `minutes` command (package.json `bin`, built as dist/cli.js). `--version` and `--help` are answered here; any
 * other command loads the commands (main.ts, built as dist/cliMain.js) first: the parser, the export and the import
 * are ~2 MB of script that V8 would otherwise compile and run before printing a version.
 */
import { HELP, VERSION } from './usage';

// Node 22.1 and later keep V8's compiled code of dist/cliMain.js and the parse workers between runs (in the system's
// temporary folder): the next run skips compiling them. Older Node has no such cache, and this does nothing.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an optional API that @types/node 20 does not know
(require('node:module') as { enableCompileCache?: () => unknown }).enableCompileCache?.();

function run(argv: string[]): Promise<number> {
  const [command] = argv;
  if (argv.length === 1 && (command === '--version' || command === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return Promise.resolve(0);
  }
  if (argv.length === 1 && (command === '--help' || command === '-h' || command === 'help')) {
    process.stdout.write(HELP);
    return Promise.resolve(0);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a command needs it (see above)
  const { main } = require('./main') as typeof import('./main');
  return main(argv, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() });
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`minutes: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 70;
  },
);

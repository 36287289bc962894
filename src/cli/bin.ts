/**
 * The `minutes` command (package.json `bin`, built as dist/cli.js). `--version` and `--help` are answered here; any
 * other command loads the commands (main.ts, built as dist/cliMain.js) first: the parser, the export and the import
 * are ~2 MB of script that V8 would otherwise compile and run before printing a version. So is a command whose
 * output the output cache holds (`--cache`, nothing changed): it is printed before the commands would be loaded.
 */
import { parseCommandArgs } from './args';
import { lookUpOutput, replay, type Io } from './outputCache';
import { HELP, VERSION } from './usage';

// Node 22.1 and later keep V8's compiled code of dist/cliMain.js and the parse workers between runs (in the system's
// temporary folder): the next run skips compiling them. Older Node has no such cache, and this does nothing.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an optional API that @types/node 20 does not know
(require('node:module') as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A reader that stops early (`minutes export … | head`) closes the pipe: the rest of the output is not wanted, which
// is no failure of the command. Stop quietly with the exit code so far, as command-line tools do, not with a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

async function run(argv: string[]): Promise<number> {
  const [command] = argv;
  if (argv.length === 1 && (command === '--version' || command === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (argv.length === 1 && (command === '--help' || command === '-h' || command === 'help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const io: Io = {
    stdout: (t) => process.stdout.write(t),
    // Resolved once the bytes are written (or failed, as a write of text would): the stored output reuses its buffer.
    stdoutBytes: (b) => new Promise<void>((resolve) => process.stdout.write(b, () => resolve())),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
  // A command with --cache whose output is stored (outputCache.ts) is answered here, without loading the commands.
  const [, ...rest] = argv;
  let parsed;
  try {
    parsed = parseCommandArgs(rest);
  } catch {
    // not options the commands take: they say so
  }
  const looked = parsed && (await lookUpOutput(command, parsed.values, parsed.positionals, io));
  if (parsed && looked?.hit) return replay(looked.hit, parsed.values, io);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a command needs it (see above)
  const { main } = require('./main') as typeof import('./main');
  return main(argv, io, looked);
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

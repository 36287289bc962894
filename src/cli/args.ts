/**
 * The options of `minutes export`, `check` and `next`, parsed the one way both the commands (main.ts) and the output
 * cache's look-up (outputCache.ts, which answers a warm run before the commands are loaded) read them.
 */
import { parseArgs } from 'node:util';

export const COMMAND_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false },
  open: { type: 'boolean', default: false },
  person: { type: 'string' },
  glob: { type: 'string', multiple: true },
  'month-first': { type: 'boolean', default: false },
  today: { type: 'string' },
  'include-hints': { type: 'boolean', default: false },
  cache: { type: 'string' },
  'max-warnings': { type: 'string' },
  log: { type: 'boolean', default: false },
  date: { type: 'string' },
  'prose-actions': { type: 'string', default: 'hint' },
} as const;

export type CommandArgs = ReturnType<typeof parseCommandArgs>;
export type CommandValues = CommandArgs['values'];

/** Throws (with a message for the user) on an unknown option or a missing value. */
export function parseCommandArgs(args: readonly string[]) {
  return parseArgs({ args: [...args], allowPositionals: true, options: COMMAND_OPTIONS });
}


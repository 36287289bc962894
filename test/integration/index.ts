// Mocha entry point that VS Code's extension host loads (extensionTestsPath points at
// its compiled form, out/test/integration/index.js). Runs every *.test.js next to it,
// so a new suite is just a new test/integration/<feature>.test.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * Invisible prefix on the reporter's lines. In the browser the workbench forwards its
 * own log lines through the same channel as ours; scripts/vscode-test-host.ts shows
 * only marked lines (and the rest when a run fails).
 */
export const TEST_OUTPUT_MARK = '\u200b\u200b';

export async function run(): Promise<void> {
  // No colours: the output travels through the workbench's log, not a terminal.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  // The reporter's output, marked (the extension host's console methods cannot be replaced).
  const log = console.log.bind(console);
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => log(TEST_OUTPUT_MARK + format(...args));
  const grep = process.env.MINUTES_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  if (files.length === 0) throw new Error(`no *.test.js files in ${__dirname}`);
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (error) {
      reject(error);
    }
  });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}

// Runs extension tests inside the real VS Code extension host without Electron:
// code-server serves the workbench, headless Chromium loads it, and the workbench's
// smoke-test driver mode reads the tests to run from the URL's `payload` (this is
// how VS Code runs its own browser integration tests). The workbench reports mocha's
// output through window.codeAutomationLog and the result through codeAutomationExit.
//
// Accepts the arguments @vscode/test-electron passes to a VS Code executable:
//   --extensionDevelopmentPath=<dir> --extensionTestsPath=<file> [--user-data-dir=<dir>]
//   [--extensions-dir=<dir>] [other flags, ignored] [folder]
// and exits with the tests' exit code.
import * as path from 'node:path';
import { format } from 'node:util';
import { launchChromium } from './chromium';
import { startCodeServer, stopAllCodeServers, type CodeServer } from './code-server';
import type { Browser } from 'playwright-core';

/** Must equal TEST_OUTPUT_MARK in test/integration/index.ts (extension-host code, so not imported here). */
const TEST_OUTPUT_MARK = '\u200b\u200b';

// Generous: covers the first load of the workbench on a cold, busy CI machine.
const TEST_RUN_TIMEOUT_MS = Number(process.env.MINUTES_TEST_RUN_TIMEOUT_MS ?? 10 * 60_000);

function parseArgs(argv: string[]) {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([^=]+)=(.*)$/s.exec(arg);
    if (match) flags.set(match[1], match[2]);
    else if (arg.startsWith('--')) {
      // Bare flags (--no-sandbox, --disable-updates, ...) mean nothing to code-server.
    } else positional.push(arg);
  }
  return { flags, positional };
}

async function main(): Promise<number> {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const devPath = flags.get('extensionDevelopmentPath');
  const testsPath = flags.get('extensionTestsPath');
  if (!devPath || !testsPath) {
    console.error('usage: vscode-test-host --extensionDevelopmentPath=<dir> --extensionTestsPath=<file> [folder]');
    return 2;
  }
  const folder = positional[0] ? path.resolve(positional[0]) : undefined;

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await (server?.stop() ?? stopAllCodeServers());
  };
  // runTests() forwards Ctrl-C as SIGINT; nothing may outlive us.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  }

  try {
    server = await startCodeServer({
      userDataDir: flags.get('user-data-dir'),
      extensionsDir: flags.get('extensions-dir'),
      // Without this flag a built workbench ignores the payload.
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    });
    const remote = (p: string) => `vscode-remote://${server!.authority}${path.resolve(p)}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(devPath)],
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
    ]);
    const url = `${server.url}/?${folder ? `folder=${encodeURIComponent(folder)}&` : ''}payload=${encodeURIComponent(payload)}`;

    browser = await launchChromium();
    const page = await browser.newPage();
    let resolveExit!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (resolveExit = resolve));
    // Both must exist before the workbench loads: it looks for them at startup.
    // Marked lines are the tests' output (see TEST_OUTPUT_MARK in test/integration/index.ts);
    // the rest is the workbench's own log, kept for when the run fails.
    const workbenchLog: string[] = [];
    const verbose = Boolean(process.env.MINUTES_VERBOSE);
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      // console.* arguments, format string first (mocha's reporter uses %s / %d).
      const text = format(...(Array.isArray(args) ? args : [args]));
      const marked = text.includes(TEST_OUTPUT_MARK);
      const line = text.replaceAll(TEST_OUTPUT_MARK, '');
      if (marked || verbose) (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
      else workbenchLog.push(`[${type}] ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));
    if (process.env.MINUTES_VERBOSE) page.on('console', (message) => console.error(`[workbench console] ${message.text()}`));

    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`vscode-test-host: the extension tests did not report a result within ${TEST_RUN_TIMEOUT_MS / 1000}s`);
        resolve(1);
      }, TEST_RUN_TIMEOUT_MS);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code !== 0 && workbenchLog.length > 0) {
      console.error(`--- workbench log (last 100 lines; MINUTES_VERBOSE=1 shows all live) ---`);
      console.error(workbenchLog.slice(-100).join('\n'));
      console.error('--- end of workbench log ---');
    }
    return code;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

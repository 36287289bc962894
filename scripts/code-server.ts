// Starts and stops the real VS Code (code-server from .tools/, see setup-vscode.sh)
// for the integration tests, the e2e tests and `npm start`. Every server gets its own
// user data, extensions and XDG folders so runs never see each other's state.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chooseVsCodeHost, codeServerEntry, codeServerNode, hostFacts, type Suite } from './vscodeHost';

export const projectRoot = path.resolve(__dirname, '..');
const node24Bin = path.dirname(codeServerNode);

export interface CodeServerOptions {
  /** Folder opened when the browser asks for `/` (also reachable via `?folder=`). */
  folder?: string;
  /** .vsix packages to install into this server's extensions folder before it starts. */
  vsix?: string[];
  /** Extra flags, e.g. `--vscode-option enable-smoke-test-driver`. */
  extraArgs?: string[];
  /**
   * Workspace Trust on, without its startup prompt: a folder not trusted before opens in Restricted Mode (the default
   * is trust off, every folder trusted).
   */
  restricted?: boolean;
  /** Use these folders instead of fresh temporary ones (kept after stop). */
  userDataDir?: string;
  extensionsDir?: string;
  /** Fixed port; a free one is picked otherwise. */
  port?: number;
  /** Where the server's output goes (default: inherited stderr only with MINUTES_VERBOSE=1). */
  log?: (line: string) => void;
}

export interface CodeServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `127.0.0.1:<port>`: the authority of `vscode-remote://` URIs as the page sees it. */
  authority: string;
  /** The server's user data folder (settings, and the workspace storage its extensions write). */
  userDataDir: string;
  stop(): Promise<void>;
}

/**
 * Installs the tools (idempotent) when they are missing, so every entry point works from a fresh clone; where
 * setup-vscode.sh cannot (no apt-get, not linux x64), says what the suite needs and how to get it.
 */
export function ensureTools(suite: Suite = 'e2e'): void {
  const choice = chooseVsCodeHost(hostFacts(), suite);
  if (choice.kind === 'unavailable') throw new Error(choice.message);
  if (choice.kind !== 'code-server' || !choice.setup) return;
  const result = spawnSync('bash', [path.join(projectRoot, 'scripts', 'setup-vscode.sh')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('scripts/setup-vscode.sh failed');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function codeServerEnv(home: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  // code-server needs Node 24; only its own process tree sees it first on PATH.
  env.PATH = `${node24Bin}${path.delimiter}${env.PATH ?? ''}`;
  // Keep code-server's config, caches and logs out of the user's home.
  env.XDG_CONFIG_HOME = path.join(home, 'config');
  env.XDG_DATA_HOME = path.join(home, 'data');
  env.XDG_CACHE_HOME = path.join(home, 'cache');
  // An ELECTRON_RUN_AS_NODE or VSCODE_* from a surrounding VS Code would confuse the server.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function runCli(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(codeServerNode, [codeServerEntry, ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`code-server ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

async function waitForHealthz(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000}s:\n${output()}`);
}

/**
 * A quiet, deterministic workbench: no welcome page, no update or marketplace checks
 * (there is no network), no AI/chat prompts. Only written when the profile has none.
 */
export const defaultSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'files.autoSave': 'off',
};

function writeDefaultSettings(userDataDir: string, restricted = false): void {
  const file = path.join(userDataDir, 'User', 'settings.json');
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const trust = restricted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  writeFileSync(file, JSON.stringify({ ...defaultSettings, ...trust }, null, 2));
}

const running = new Set<CodeServer>();
/** Process groups still alive; killed synchronously if this process exits without stop(). */
const liveGroups = new Set<number>();
process.on('exit', () => {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
});

/** Kills every server this process started; used by signal handlers. */
export async function stopAllCodeServers(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  ensureTools();
  const home = mkdtempSync(path.join(tmpdir(), 'minutes-code-server-'));
  const userDataDir = options.userDataDir ?? path.join(home, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(home, 'extensions');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeDefaultSettings(userDataDir, options.restricted);
  const env = codeServerEnv(home);
  const dirs = [`--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`];

  for (const vsix of options.vsix ?? []) runCli([...dirs, '--install-extension', vsix, '--force'], env);

  const port = options.port ?? (await freePort());
  const args = [
    codeServerEntry,
    `--bind-addr=127.0.0.1:${port}`,
    '--auth=none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.restricted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    ...dirs,
    ...(options.extraArgs ?? []),
    ...(options.folder ? [options.folder] : []),
  ];
  // setsid (detached): the server and the extension hosts it forks form one process
  // group, so stop() can kill them all; extension hosts outlive the main PID otherwise.
  const child = spawn(codeServerNode, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-20000);
    if (options.log) {
      for (const line of text.split('\n')) if (line.trim()) options.log(line);
    } else if (process.env.MINUTES_VERBOSE) {
      process.stderr.write(text);
    }
  };
  if (child.pid) liveGroups.add(child.pid);
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const url = `http://127.0.0.1:${port}`;
  let stopped: Promise<void> | undefined;
  const server: CodeServer = {
    url,
    authority: `127.0.0.1:${port}`,
    userDataDir,
    stop: () => {
      stopped ??= (async () => {
        running.delete(server);
        const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
        killGroup(child.pid, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
        // The group may still hold extension hosts after the main process exits.
        killGroup(child.pid, 'SIGKILL');
        if (child.pid) liveGroups.delete(child.pid);
        rmSync(home, { recursive: true, force: true, maxRetries: 3 });
      })();
      return stopped;
    },
  };
  running.add(server);
  try {
    await waitForHealthz(url, child, () => output, 60_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

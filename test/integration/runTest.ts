// Runs the integration suites with @vscode/test-electron's standard runTests(), in the VS Code that
// scripts/vscodeHost.ts chooses: MINUTES_VSCODE_EXECUTABLE (a desktop VS Code); code-server driven by
// headless Chromium (scripts/vscode-test-host: nothing is downloaded), installed by setup-vscode.sh where
// there is apt-get; elsewhere a desktop VS Code that @vscode/test-electron downloads, if the network allows.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ensureTools } from '../../scripts/code-server';
import { chooseVsCodeHost, hostFacts, needs } from '../../scripts/vscodeHost';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const choice = chooseVsCodeHost(hostFacts(), 'integration');
  if (choice.kind === 'unavailable') {
    console.error(`integration tests cannot run here: ${choice.message}`);
    process.exitCode = 1;
    return;
  }
  if (choice.kind === 'code-server') ensureTools('integration');
  if (choice.kind === 'download') console.error('No code-server or desktop VS Code here: @vscode/test-electron downloads VS Code (stable) into .vscode-test/.');
  // A fresh profile per run (runTests() would otherwise reuse .vscode-test/ in the cwd).
  const profile = mkdtempSync(path.join(tmpdir(), 'minutes-integration-'));
  // Tests edit, create and delete files: they work on a copy, never on the fixtures in the repository.
  const workspace = path.join(profile, 'workspace');
  cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      // Without an executable path, runTests() downloads VS Code.
      vscodeExecutablePath: choice.kind === 'desktop' ? choice.executable : choice.kind === 'code-server' ? path.join(root, 'scripts', 'vscode-test-host') : undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
    });
  } catch (error) {
    console.error(`integration tests failed: ${error instanceof Error ? error.message : String(error)}`);
    if (choice.kind === 'download') console.error(`Downloading or starting VS Code may be what failed.\n${needs('integration')}`);
    process.exitCode = 1;
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

void main();

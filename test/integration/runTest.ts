// Runs the integration suites with @vscode/test-electron's standard runTests().
// By default VS Code is code-server driven by headless Chromium
// (scripts/vscode-test-host: nothing is downloaded); set MINUTES_VSCODE_EXECUTABLE
// to a desktop VS Code binary to run the same suites in Electron instead.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ensureTools } from '../../scripts/code-server';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const desktop = process.env.MINUTES_VSCODE_EXECUTABLE;
  if (!desktop) ensureTools();
  // A fresh profile per run (runTests() would otherwise reuse .vscode-test/ in the cwd).
  const profile = mkdtempSync(path.join(tmpdir(), 'minutes-integration-'));
  // Tests edit, create and delete files: they work on a copy, never on the fixtures in the repository.
  const workspace = path.join(profile, 'workspace');
  cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: desktop ?? path.join(root, 'scripts', 'vscode-test-host'),
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
    process.exitCode = 1;
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

void main();

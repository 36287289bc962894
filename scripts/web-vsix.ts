// Packages the web extension alone: the packaged files without the Node bundles, and a manifest with only the
// `browser` entry, so that a workbench can run it nowhere but in its web worker extension host (as vscode.dev and
// github.dev do). The e2e test installs it in code-server; `npx tsx scripts/web-vsix.ts [out.vsix]` writes one.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createVSIX, listFiles, PackageManager } from '@vscode/vsce';

const root = path.resolve(__dirname, '..');

export async function webOnlyVsix(vsix: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (typeof manifest.browser !== 'string') throw new Error('package.json has no browser entry');
  const nodeOnly = new Set([String(manifest.main).replace(/^\.\//, ''), 'dist/cli.js', 'dist/parseWorker.js', 'dist/mammoth.js', 'package.json']);
  const folder = mkdtempSync(path.join(tmpdir(), 'minutes-web-vsix-'));
  try {
    for (const file of await listFiles({ cwd: root, packageManager: PackageManager.None })) {
      if (nodeOnly.has(file)) continue;
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      cpSync(path.join(root, file), path.join(folder, file));
    }
    delete manifest.main;
    delete manifest.bin;
    delete manifest.scripts;
    writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(path.join(folder, '.vscodeignore'), '# the folder holds only what is packaged\n');
    await createVSIX({ cwd: folder, packagePath: vsix, dependencies: false, gitHubIssueLinking: false });
    return vsix;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  void webOnlyVsix(path.resolve(process.argv[2] ?? `${name}-web-${version}.vsix`));
}

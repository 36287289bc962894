// Checks on the extension manifest and packaging that the harness relies on.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { listFiles, PackageManager } from '@vscode/vsce';
import { drawIcon, ICON_SIZE } from '../../scripts/icon';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  publisher: string;
  main: string;
  browser?: string;
  license: string;
  icon: string;
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
  keywords: string[];
  galleryBanner: { color: string; theme: string };
  scripts: Record<string, string>;
  contributes: { languages: { id: string; extensions?: string[]; aliases?: string[] }[]; grammars: { path: string }[] };
};

describe('packaging', () => {
  it('is the extension the integration tests look for (minutes-dev.minutes)', () => {
    assert.equal(`${manifest.publisher}.${manifest.name}`, 'minutes-dev.minutes');
  });

  it('contributes the minutes language for *.minutes.md, shown as "Minutes"', () => {
    const language = manifest.contributes.languages.find((entry) => entry.id === 'minutes');
    assert.ok(language, 'no "minutes" language contributed');
    assert.ok(language.extensions?.includes('.minutes.md'));
    assert.equal(language.aliases?.[0], 'Minutes', 'the status bar shows the first alias');
  });

  it('packages the bundle and leaves sources and tools out', () => {
    const rules = readFileSync(path.join(root, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    assert.equal(rules[0], '**', 'everything is excluded unless re-included');
    assert.ok(rules.includes(`!${manifest.main.replace(/^\.\//, '')}`), `${manifest.main} must be re-included`);
    assert.ok(!rules.some((rule) => /^!(src|test|node_modules|\.tools)\b/.test(rule)));
  });

  it('can be published as it is: MIT licence, icon, repository, keywords, banner; no vsce escape hatches', () => {
    assert.equal(manifest.license, 'MIT');
    assert.match(readFileSync(path.join(root, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} /);
    assert.match(manifest.repository.url, /^https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
    assert.ok(manifest.homepage.startsWith(manifest.repository.url.replace(/\.git$/, '')));
    assert.ok(manifest.bugs.url.startsWith(manifest.repository.url.replace(/\.git$/, '')));
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30, 'the Marketplace takes up to 30 keywords');
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
    for (const flag of ['--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links']) {
      assert.ok(!manifest.scripts.package.includes(flag), `npm run package passes ${flag}`);
    }
  });

  it('has a 128×128 PNG icon, the one scripts/icon.ts draws from media/minutes.svg', () => {
    const png = readFileSync(path.join(root, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), ICON_SIZE, 'width');
    assert.equal(png.readUInt32BE(20), ICON_SIZE, 'height');
    assert.ok(drawIcon().equals(png), 'media/minutes.png is stale: run npm run icon');
  });

  it('packages exactly the bundles, the manifest, docs, grammars, snippets and media, and stays small', async function () {
    this.timeout(120_000);
    const bundles = [manifest.main, manifest.browser, './dist/cli.js', './dist/parseWorker.js'].filter((file): file is string => file !== undefined);
    if (bundles.some((file) => !existsSync(path.join(root, file)))) await promisify(execFile)(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
    const files = (await listFiles({ cwd: root, packageManager: PackageManager.None })).map((file) => file.replace(/\\/g, '/')).sort();
    const expected = [
      ...bundles.map((file) => file.replace(/^\.\//, '')),
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'language-configuration.json',
      'media/minutes.png',
      'media/minutes.svg',
      'package.json',
      'snippets/minutes.code-snippets',
      ...manifest.contributes.grammars.map((grammar) => grammar.path.replace(/^\.\//, '')),
    ].sort();
    assert.deepEqual(files, expected);
    const bytes = files.reduce((sum, file) => sum + statSync(path.join(root, file)).size, 0);
    assert.ok(bytes < 4 * 1024 * 1024, `${(bytes / 1024 / 1024).toFixed(1)} MB unpacked`);
  });
});

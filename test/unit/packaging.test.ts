// Checks on the extension manifest and packaging that the harness relies on.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

  it('leaves *.minutes.md to Markdown, keeping the earlier "minutes" language for documents associated with it', () => {
    const language = manifest.contributes.languages.find((entry) => entry.id === 'minutes');
    assert.ok(language, 'no "minutes" language contributed: files.associations to it would break');
    assert.equal(language.extensions, undefined, 'a file extension here would take *.minutes.md away from Markdown');
    assert.equal(language.aliases?.[0], 'Minutes (legacy)', 'the status bar shows the first alias');
  });

  it('renders the dialect in the Markdown preview with a style sheet that is the core\'s', async () => {
    const contributes = manifest.contributes as unknown as Record<string, unknown>;
    assert.equal(contributes['markdown.markdownItPlugins'], true);
    const styles = contributes['markdown.previewStyles'] as string[];
    assert.deepEqual(styles, ['./media/minutes-preview.css']);
    const { ACTION_STYLES } = await import('../../src/core/render/actionBadge');
    const file = path.join(root, styles[0]);
    const expected = '/* GENERATED from ACTION_STYLES in src/core/render/actionBadge.ts (a unit test holds them equal). */\n' + ACTION_STYLES;
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, expected);
    assert.equal(readFileSync(file, 'utf8'), expected, 'run UPDATE_GOLDEN=1 npm run test:unit');
  });

  it('maps every semantic token type to the scope the minutes grammar gives the same text', () => {
    const contributes = manifest.contributes as unknown as {
      semanticTokenTypes: { id: string }[];
      semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
    };
    const grammar = readFileSync(path.join(root, 'syntaxes', 'minutes.tmLanguage.json'), 'utf8');
    for (const language of ['markdown', 'minutes']) {
      const entry = contributes.semanticTokenScopes.find((candidate) => candidate.language === language);
      assert.ok(entry, language);
      for (const type of contributes.semanticTokenTypes) {
        const scopes = entry.scopes[type.id];
        assert.ok(scopes, `${language}: no scope for ${type.id}`);
        assert.ok(grammar.includes(`"${scopes[0]}`) || grammar.includes(` ${scopes[0]}"`), `${scopes[0]} is not a scope of the grammar`);
      }
    }
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
    // dist/mammoth.js: the .docx reader, which dist/extension.js loads on first use (scripts/build.mjs); so are the
    // parser's libraries, dist/markdown.js and dist/yaml.js, at the first parse.
    const bundles = [manifest.main, manifest.browser, './dist/parseWorker.js', './dist/mammoth.js', './dist/markdown.js', './dist/yaml.js'].filter((file): file is string => file !== undefined);
    if (bundles.some((file) => !existsSync(path.join(root, file)))) await promisify(execFile)(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
    const files = (await listFiles({ cwd: root, packageManager: PackageManager.None })).map((file) => file.replace(/\\/g, '/')).sort();
    const expected = [
      ...bundles.map((file) => file.replace(/^\.\//, '')),
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'language-configuration.json',
      'media/minutes-preview.css',
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

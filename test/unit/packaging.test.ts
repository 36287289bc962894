// Checks on the extension manifest and packaging that the harness relies on.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  publisher: string;
  main: string;
  contributes: { languages: { id: string; extensions?: string[]; aliases?: string[] }[] };
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
});

// Checks on the extension manifest and packaging that the harness relies on.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
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
});

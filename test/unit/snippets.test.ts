/**
 * The snippets file is well-formed (strict JSON; prefix, body and description on every snippet; valid
 * snippet syntax with known variables) and each snippet, expanded with its defaults, is highlighted as
 * the dialect it writes.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGrammar, ROOT, tokenize, type Token } from './textmate';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

interface Contribution {
  language?: string;
  scopeName?: string;
  path: string;
  injectTo?: string[];
  configuration?: string;
  id?: string;
  embeddedLanguages?: Record<string, string>;
}

interface PackageJson {
  contributes: { languages: Contribution[]; grammars: Contribution[]; snippets: Contribution[] };
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const SNIPPETS_PATH = join(ROOT, 'snippets', 'minutes.code-snippets');

function snippets(): Record<string, Snippet> {
  return JSON.parse(readFileSync(SNIPPETS_PATH, 'utf8')) as Record<string, Snippet>;
}

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2008', CURRENT_MONTH: '02', CURRENT_DATE: '29' };

/**
 * Expands TextMate snippet syntax ($1, ${1:default}, ${1|a,b|}, $VAR, ${VAR:default}, escapes) with
 * placeholder defaults and fixed date variables; throws on malformed syntax or unknown variables.
 */
function expandSnippet(body: string): string {
  let pos = 0;
  const defaults = new Map<number, string>();

  function parse(stopAtBrace: boolean): string {
    let out = '';
    while (pos < body.length) {
      const ch = body[pos];
      if (ch === '\\' && pos + 1 < body.length && '$}\\,|'.includes(body[pos + 1])) {
        out += body[pos + 1];
        pos += 2;
      } else if (ch === '}' && stopAtBrace) {
        return out;
      } else if (ch === '$') {
        out += dollar();
      } else {
        out += ch;
        pos += 1;
      }
    }
    if (stopAtBrace) throw new Error(`unclosed \${ in ${JSON.stringify(body)}`);
    return out;
  }

  function tabstop(index: number, text: string): string {
    const known = defaults.get(index);
    if (known !== undefined && text !== '' && known !== text) throw new Error(`tab stop $${index} has two different defaults`);
    if (text !== '' || known === undefined) defaults.set(index, text);
    return text !== '' ? text : (known ?? '');
  }

  function variable(name: string, fallback: string | undefined): string {
    const value = VARIABLES[name];
    if (value === undefined && fallback === undefined) throw new Error(`unknown snippet variable ${name}`);
    return value ?? fallback ?? '';
  }

  function dollar(): string {
    pos += 1; // $
    let match = /^(\d+)/.exec(body.slice(pos));
    if (match) {
      pos += match[1].length;
      return tabstop(Number(match[1]), '');
    }
    match = /^([A-Z_][A-Z_0-9]*)/.exec(body.slice(pos));
    if (match) {
      pos += match[1].length;
      return variable(match[1], undefined);
    }
    if (body[pos] !== '{') throw new Error(`stray $ in ${JSON.stringify(body)}`);
    pos += 1;
    match = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(pos));
    if (!match) throw new Error(`bad \${ in ${JSON.stringify(body)}`);
    pos += match[1].length;
    const name = match[1];
    let text = '';
    if (body[pos] === ':') {
      pos += 1;
      text = parse(true);
    } else if (body[pos] === '|') {
      const end = body.indexOf('|}', pos + 1);
      if (end < 0) throw new Error(`unclosed choice in ${JSON.stringify(body)}`);
      text = body.slice(pos + 1, end).split(',')[0];
      pos = end + 1;
    }
    if (body[pos] !== '}') throw new Error(`unclosed \${${name} in ${JSON.stringify(body)}`);
    pos += 1;
    return /^\d+$/.test(name) ? tabstop(Number(name), text) : variable(name, text);
  }

  return parse(false);
}

function bodyText(snippet: Snippet): string {
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

function prefixes(snippet: Snippet): string[] {
  return Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
}

function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets()).find((snippet) => prefixes(snippet).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}

async function tokensOf(prefix: string): Promise<Token[]> {
  return tokenize(await loadGrammar('text.html.markdown.minutes'), expandSnippet(bodyText(byPrefix(prefix))));
}

function scopesOf(tokens: Token[], text: string): string[] {
  const token = tokens.find((candidate) => candidate.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} in ${tokens.map((candidate) => JSON.stringify(candidate.text)).join(' ')}`);
  return token.scopes;
}

describe('snippets', () => {
  it('is strict JSON where every snippet has prefix, body and description', () => {
    const all = snippets();
    assert.ok(Object.keys(all).length >= 7);
    for (const [name, snippet] of Object.entries(all)) {
      assert.deepEqual(Object.keys(snippet).sort(), ['body', 'description', 'prefix'], name);
      assert.ok(prefixes(snippet).length > 0 && prefixes(snippet).every((prefix) => /^[a-z][a-z-]*$/.test(prefix)), `${name}: prefix`);
      const body = Array.isArray(snippet.body) ? snippet.body : [snippet.body];
      assert.ok(body.length > 0 && body.every((line) => typeof line === 'string'), `${name}: body`);
      assert.ok(typeof snippet.description === 'string' && snippet.description.length > 0, `${name}: description`);
    }
  });

  it('has the expected prefixes, each once', () => {
    const all = Object.values(snippets()).flatMap(prefixes);
    for (const prefix of ['action-table', 'action-row', 'action', 'task', 'decision', 'roster', 'minutes']) {
      assert.equal(all.filter((candidate) => candidate === prefix).length, 1, prefix);
    }
  });

  it('has well-formed snippet syntax with known variables only', () => {
    for (const [name, snippet] of Object.entries(snippets())) {
      assert.doesNotThrow(() => expandSnippet(bodyText(snippet)), name);
      assert.ok(!/\$\{?(CURRENT_YEAR|CURRENT_MONTH|CURRENT_DATE)\}?/.test(expandSnippet(bodyText(snippet))), name);
    }
  });

  it('the expander rejects malformed bodies', () => {
    assert.throws(() => expandSnippet('${1:open'));
    assert.throws(() => expandSnippet('$NOT_A_VARIABLE'));
    assert.throws(() => expandSnippet('${1:a} ${1:b}'));
    assert.equal(expandSnippet('${1:a} $1 ${2:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}$0'), 'a a 2008-02-29');
  });

  it('action-table expands to a highlighted action table with a dated row', async () => {
    const tokens = await tokensOf('action-table');
    assert.ok(scopesOf(tokens, ' Owner ').includes('markup.heading.table.minutes'));
    assert.ok(scopesOf(tokens, 'FN').includes('entity.name.person.minutes'));
    assert.ok(scopesOf(tokens, '2008-02-29').includes('constant.numeric.date.minutes'));
  });

  it('action-row, action, task and decision expand to highlighted dialect', async () => {
    const row = await tokensOf('action-row');
    assert.ok(scopesOf(row, 'What was agreed').length > 0);
    const action = await tokensOf('action');
    assert.ok(scopesOf(action, 'ACTION:').includes('keyword.control.action.minutes'));
    assert.ok(scopesOf(action, 'FN').includes('entity.name.person.minutes'));
    assert.ok(scopesOf(action, '2008-02-29').includes('constant.numeric.date.minutes'));
    const task = await tokensOf('task');
    assert.ok(scopesOf(task, 'FN').includes('entity.name.person.minutes'));
    assert.ok(scopesOf(task, '2008-02-29').includes('constant.numeric.date.minutes'));
    const decision = await tokensOf('decision');
    assert.ok(scopesOf(decision, 'DECISION:').includes('keyword.control.decision.minutes'));
  });

  it('roster and minutes expand to highlighted sections', async () => {
    const roster = await tokensOf('roster');
    for (const title of ['Attended', 'Apologies', 'Copies to']) assert.ok(scopesOf(roster, title).includes('markup.heading.minutes'), title);
    const minutes = await tokensOf('minutes');
    for (const title of ['Attended', 'Apologies', 'Copies to', 'Summary of actions agreed', 'Next meeting']) {
      assert.ok(scopesOf(minutes, title).includes('markup.heading.minutes'), title);
    }
    assert.ok(scopesOf(minutes, ' Owner ').includes('markup.heading.table.minutes'));
    assert.ok(scopesOf(minutes, 'FN').includes('entity.name.person.minutes'));
    assert.ok(scopesOf(minutes, '2008-02-29').includes('meta.embedded.block.frontmatter'));
    const agenda = minutes.find((token) => token.text === '1. First agenda item');
    assert.ok(agenda && agenda.scopes.includes('markup.heading.markdown') && !agenda.scopes.includes('markup.heading.minutes'));
  });
});

describe('package.json contributions', () => {
  it('wires the language configuration, grammars and snippets to files that exist', () => {
    const language = pkg.contributes.languages.find((candidate) => candidate.id === 'minutes');
    assert.ok(language?.configuration);
    const config = JSON.parse(readFileSync(join(ROOT, language.configuration), 'utf8')) as {
      comments: { blockComment: string[] };
      brackets: string[][];
      folding: { markers: { start: string; end: string } };
    };
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
    assert.deepEqual(config.brackets, [['(', ')'], ['[', ']'], ['{', '}']]);
    assert.ok(new RegExp(config.folding.markers.start).test('<!-- #region Actions -->'));
    for (const grammar of pkg.contributes.grammars) {
      const file = JSON.parse(readFileSync(join(ROOT, grammar.path), 'utf8')) as { scopeName: string; injectionSelector?: string };
      assert.equal(file.scopeName, grammar.scopeName, grammar.path);
      assert.equal(grammar.injectTo !== undefined, file.injectionSelector !== undefined, `${grammar.path}: injectTo and injectionSelector go together`);
    }
    const main = pkg.contributes.grammars.find((grammar) => grammar.language === 'minutes');
    assert.equal(main?.scopeName, 'text.html.markdown.minutes');
    // Embedded-language scopes are the ones VS Code's Markdown grammar really produces.
    const markdown = readFileSync(require.resolve('tm-grammars/grammars/markdown.json'), 'utf8');
    for (const scope of Object.keys(main.embeddedLanguages ?? {})) assert.ok(markdown.includes(`"${scope}`), scope);
    for (const snippet of pkg.contributes.snippets) assert.ok(existsSync(join(ROOT, snippet.path)), snippet.path);
    assert.ok(pkg.contributes.snippets.some((snippet) => snippet.language === 'minutes'));
  });
});

/**
 * Loads the real TextMate engine (vscode-textmate + vscode-oniguruma) with VS Code's Markdown grammar
 * (from tm-grammars, the copy VS Code's markdown-basics ships) and this extension's grammars, wired the
 * way package.json contributes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const ROOT = join(__dirname, '..', '..');

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}

function packageGrammars(): GrammarContribution[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: GrammarContribution[] } };
  return pkg.contributes.grammars;
}

function thirdParty(name: string): string {
  return require.resolve(`tm-grammars/grammars/${name}.json`);
}

/** Grammars the Markdown grammar embeds that the tests care about; others resolve to nothing. */
const EXTERNAL: Record<string, string> = {
  'text.html.markdown': thirdParty('markdown'),
  'source.yaml': thirdParty('yaml'),
};

let registryPromise: Promise<vsctm.Registry> | undefined;

async function createRegistry(): Promise<vsctm.Registry> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const contributions = packageGrammars();
  const paths = new Map<string, string>(Object.entries(EXTERNAL));
  const injections = new Map<string, string[]>();
  for (const grammar of contributions) {
    paths.set(grammar.scopeName, join(ROOT, grammar.path));
    for (const target of grammar.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), grammar.scopeName]);
  }
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const path = paths.get(scopeName);
      if (!path) return null;
      return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
    getInjections: (scopeName) => injections.get(scopeName),
  });
}

export async function loadGrammar(scopeName: string): Promise<vsctm.IGrammar> {
  registryPromise ??= createRegistry();
  const grammar = await (await registryPromise).loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} not found`);
  return grammar;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

export function tokenize(grammar: vsctm.IGrammar, source: string): Token[] {
  const tokens: Token[] = [];
  let state = vsctm.INITIAL;
  source.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      tokens.push({ line, text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** Debug view: one token a line, `text  ←  scopes` without the root scope. */
export function dump(tokens: Token[]): string {
  return tokens
    .filter((token) => token.text.trim() !== '')
    .map((token) => `${token.line + 1}: ${JSON.stringify(token.text)}  ${token.scopes.slice(1).join(' ')}`)
    .join('\n');
}

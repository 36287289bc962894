/**
 * A markdown-it plugin that shows the dialect in rendered minutes: each action's owners, due date (overdue marked)
 * and state as a badge after its text, each decision marked. VS Code's Markdown preview loads it through
 * `markdown.markdownItPlugins`; it reads the document with the same parser as every other feature and marks the
 * blocks markdown-it already made (by their source lines), so the Markdown itself renders exactly as without it.
 *
 * Two steps, because VS Code tokenizes a document without saying which one it is (and caches the tokens), and only
 * says so when it renders: tokenizing notes what would be shown (in token meta); rendering shows it only for a
 * document that is minutes. Typed structurally: the core does not depend on markdown-it; the host hands it over.
 */
import type { Action, MinutesDocument } from '../model';
import { actionBadgeHtml, actionClasses, decisionBadgeHtml } from './actionBadge';

export interface MdToken {
  type: string;
  map: [number, number] | null;
  children: MdToken[] | null;
  content: string;
  meta: unknown;
  attrs: Array<[string, string]> | null;
  /** A paragraph of a tight list: rendered without its tags. */
  hidden?: boolean;
  attrJoin(name: string, value: string): void;
}

export interface MdCoreState {
  src: string;
  env: unknown;
  tokens: MdToken[];
  Token: new (type: string, tag: string, nesting: number) => MdToken;
}

type RenderRule = (tokens: MdToken[], index: number, options: unknown, env: unknown, self: MdRenderer) => string;

export interface MdRenderer {
  rules: Record<string, RenderRule | undefined>;
  renderToken(tokens: MdToken[], index: number, options: unknown): string;
}

export interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: MdCoreState) => void): void } };
  renderer: MdRenderer;
}

export interface MinutesPluginOptions {
  /**
   * Whether the document in markdown-it's env is minutes: VS Code's preview puts `currentDocument` there when it
   * renders. `undefined` when the env does not say (VS Code tokenizing): the document is read, and shown if it is.
   */
  isMinutes(env: unknown): boolean | undefined;
  /** The parser's reading of the source. */
  parse(source: string, env: unknown): MinutesDocument;
  today(): string;
}

interface MinutesMeta {
  minutesClass?: string;
  minutesBadge?: boolean;
}

const BLOCKS = ['paragraph_open', 'list_item_open', 'tr_open'];
const BLOCK_SET = new Set(BLOCKS);

function owners(action: Action): string[] {
  return action.owners.map((owner) => owner.person ?? owner.text);
}

function metaOf(token: MdToken): MinutesMeta | undefined {
  return token.meta && typeof token.meta === 'object' ? (token.meta as MinutesMeta) : undefined;
}

/**
 * The block that shows a construct starting at `line`: the table row, the list item it starts, else the innermost
 * paragraph, or its list item when the paragraph is hidden (a tight list renders no `<p>` to carry a class).
 */
function blockAt(tokens: readonly MdToken[], line: number): number {
  let paragraph = -1;
  let item = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.map || !BLOCK_SET.has(token.type) || line < token.map[0] || line >= token.map[1]) continue;
    if (token.type === 'tr_open') return i;
    if (token.type === 'list_item_open' && token.map[0] === line) return i;
    if (token.type === 'list_item_open') item = i;
    if (token.type === 'paragraph_open') paragraph = i;
  }
  return paragraph >= 0 && tokens[paragraph].hidden && item >= 0 ? item : paragraph;
}

/** The inline token a badge goes into: the action cell of a row, else the block's first inline content. */
function inlineFor(tokens: readonly MdToken[], open: number, actionColumn: number | undefined): MdToken | undefined {
  let cell = -1;
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'tr_close') break;
    if (token.type === 'td_open' || token.type === 'th_open') cell += 1;
    if (token.type !== 'inline') continue;
    if (tokens[open].type !== 'tr_open') return token;
    if (cell === (actionColumn ?? 0)) return token;
  }
  return undefined;
}

function mark(token: MdToken, className: string): void {
  const meta = metaOf(token);
  token.meta = { ...meta, minutesClass: meta?.minutesClass ? `${meta.minutesClass} ${className}` : className };
}

function appendBadge(state: MdCoreState, inline: MdToken, html: string): void {
  const token = new state.Token('html_inline', '', 0);
  token.content = html;
  token.meta = { minutesBadge: true } satisfies MinutesMeta;
  inline.children = [...(inline.children ?? []), token];
}

export function minutesMarkdownIt(md: MarkdownItLike, options: MinutesPluginOptions): void {
  md.core.ruler.push('minutes_dialect', (state) => {
    if (options.isMinutes(state.env) === false) return;
    let document: MinutesDocument;
    try {
      document = options.parse(state.src, state.env);
    } catch {
      return; // The preview shows the Markdown as it is rather than nothing.
    }
    const today = options.today();
    for (const action of document.actions) {
      const open = blockAt(state.tokens, action.range.start.line);
      if (open < 0) continue;
      const shown = { ...action, owners: owners(action) };
      mark(state.tokens[open], actionClasses(shown, today));
      const inline = inlineFor(state.tokens, open, action.table?.columns.action);
      if (inline) appendBadge(state, inline, actionBadgeHtml(shown, today));
    }
    for (const decision of document.decisions) {
      const open = blockAt(state.tokens, decision.range.start.line);
      if (open < 0) continue;
      mark(state.tokens[open], 'minutes-decision');
      const inline = inlineFor(state.tokens, open, undefined);
      if (inline) appendBadge(state, inline, decisionBadgeHtml());
    }
  });

  const shows = (env: unknown) => options.isMinutes(env) === true;
  // Classes go on for the render only: tokens are cached and rendered again, maybe for another question.
  for (const type of BLOCKS) {
    const previous = md.renderer.rules[type];
    md.renderer.rules[type] = (tokens, index, renderOptions, env, self) => {
      const token = tokens[index];
      const className = metaOf(token)?.minutesClass;
      const render = () => (previous ? previous(tokens, index, renderOptions, env, self) : self.renderToken(tokens, index, renderOptions));
      if (!className || !shows(env)) return render();
      const saved = token.attrs ? token.attrs.map((attr) => [...attr] as [string, string]) : null;
      token.attrJoin('class', className);
      try {
        return render();
      } finally {
        token.attrs = saved;
      }
    };
  }
  const previousHtml = md.renderer.rules.html_inline;
  md.renderer.rules.html_inline = (tokens, index, renderOptions, env, self) => {
    if (metaOf(tokens[index])?.minutesBadge) return shows(env) ? tokens[index].content : '';
    return previousHtml ? previousHtml(tokens, index, renderOptions, env, self) : tokens[index].content;
  };
}

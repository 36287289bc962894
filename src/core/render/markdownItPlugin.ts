/**
 * A markdown-it plugin that shows the dialect in rendered minutes: each action's owners, due date (overdue marked)
 * and state as a badge after its text, each decision marked. VS Code's Markdown preview loads it through
 * `markdown.markdownItPlugins`; it reads the document with the same parser as every other feature, and marks the
 * blocks markdown-it already made (by their source lines), so the Markdown itself renders exactly as without it.
 * Typed structurally: the core does not depend on markdown-it, whose instance the host hands over.
 */
import type { Action, MinutesDocument } from '../model';
import { actionBadgeHtml, actionClasses, decisionBadgeHtml } from './actionBadge';

export interface MdToken {
  type: string;
  map: [number, number] | null;
  children: MdToken[] | null;
  content: string;
  attrJoin(name: string, value: string): void;
}

export interface MdCoreState {
  src: string;
  env: unknown;
  tokens: MdToken[];
  Token: new (type: string, tag: string, nesting: number) => MdToken;
}

export interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: MdCoreState) => void): void } };
}

export interface MinutesPluginOptions {
  /** Whether the document being rendered is minutes (from markdown-it's env: VS Code puts `currentDocument` there). */
  isMinutes(env: unknown): boolean;
  /** The parser's reading of the source. */
  parse(source: string, env: unknown): MinutesDocument;
  today(): string;
}

const BLOCKS = new Set(['paragraph_open', 'list_item_open', 'tr_open']);

function owners(action: Action): string[] {
  return action.owners.map((owner) => owner.person ?? owner.text);
}

/** The block that shows a construct starting at `line`: the table row, the list item it starts, else the innermost paragraph. */
function blockAt(tokens: readonly MdToken[], line: number): number {
  let paragraph = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.map || !BLOCKS.has(token.type) || line < token.map[0] || line >= token.map[1]) continue;
    if (token.type === 'tr_open') return i;
    if (token.type === 'list_item_open' && token.map[0] === line) return i;
    if (token.type === 'paragraph_open') paragraph = i;
  }
  return paragraph;
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

function appendHtml(state: MdCoreState, inline: MdToken, html: string): void {
  const token = new state.Token('html_inline', '', 0);
  token.content = html;
  inline.children = [...(inline.children ?? []), token];
}

export function minutesMarkdownIt(md: MarkdownItLike, options: MinutesPluginOptions): void {
  md.core.ruler.push('minutes_dialect', (state) => {
    if (!options.isMinutes(state.env)) return;
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
      state.tokens[open].attrJoin('class', actionClasses({ ...action, owners: owners(action) }, today));
      const inline = inlineFor(state.tokens, open, action.table?.columns.action);
      if (inline) appendHtml(state, inline, actionBadgeHtml({ ...action, owners: owners(action) }, today));
    }
    for (const decision of document.decisions) {
      const open = blockAt(state.tokens, decision.range.start.line);
      if (open < 0) continue;
      state.tokens[open].attrJoin('class', 'minutes-decision');
      const inline = inlineFor(state.tokens, open, undefined);
      if (inline) appendHtml(state, inline, decisionBadgeHtml());
    }
  });
}

// The Markdown preview renders the dialect: VS Code's Markdown extension hands its markdown-it to extendMarkdownIt
// (contributed with `markdown.markdownItPlugins`); the plugin marks actions and decisions of minutes documents only.
import * as vscode from 'vscode';
import { todayIso } from '../core/dates';
import { parseMinutes } from '../core/parse';
import { minutesMarkdownIt, type MarkdownItLike } from '../core/render/markdownItPlugin';
import { isMinutesUri } from './selector';
import { parseOptionsFor } from './settings';

/** The document markdown-it renders, from the env VS Code's Markdown engine passes (`currentDocument`). */
function currentDocument(env: unknown): vscode.Uri | undefined {
  const uri = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  return uri instanceof vscode.Uri ? uri : undefined;
}

export function extendMarkdownIt<T extends MarkdownItLike>(md: T): T {
  minutesMarkdownIt(md, {
    // VS Code tokenizes without naming the document (undefined: read it anyway) and names it when it renders.
    isMinutes: (env) => {
      const uri = currentDocument(env);
      return uri ? isMinutesUri(uri) : undefined;
    },
    parse: (source, env) => {
      const uri = currentDocument(env);
      return parseMinutes(source, uri ? parseOptionsFor(uri) : {});
    },
    today: todayIso,
  });
  return md;
}

// Hover on a person (who they are, their open work, links to it) and on a due date (how it was read, how overdue).
import * as vscode from 'vscode';
import type { MinutesSelector } from './selector';
import { todayIso } from '../core/dates';
import { dueHover, escapeMarkdown, personHover } from '../core/language/hover';
import { personOf } from '../core/language/references';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { toRange } from './convert';
import type { DocumentModels } from './documentModels';
import { linkTo, mentionIn } from './languageShared';
import { readSettings } from './settings';

export function registerHover(models: DocumentModels, index: WorkspaceIndex, selector: MinutesSelector): vscode.Disposable[] {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      const mention = mentionIn(document, position, models, index);
      if (!mention) return undefined;
      const today = todayIso();
      let text: string;
      if (mention.kind === 'due') {
        text = dueHover(models.get(document), mention.action, today, readSettings(document.uri).dayFirst);
      } else {
        const id = personOf(mention);
        text =
          id === undefined
            ? `**${escapeMarkdown(mention.written)}** could be ${'ambiguous' in mention.resolution ? mention.resolution.ambiguous.map(escapeMarkdown).join(' or ') : 'more than one person'}: write the full name to say who.`
            : personHover(index.people(), id, today, linkTo, (action) => index.actionLog().isSuperseded(action));
      }
      return new vscode.Hover(new vscode.MarkdownString(text), toRange(mention.range));
    },
  };
  return [selector.register((documents) => vscode.languages.registerHoverProvider(documents, provider))];
}

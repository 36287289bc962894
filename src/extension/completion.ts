// Completion of owners (after `ACTION:`, after `@` in a task item, in an Owner cell) and due dates (after `Due:` or
// `due:`, in a Due cell).
import * as vscode from 'vscode';
import { isMinutesDocument, type MinutesSelector } from './selector';
import { todayIso } from '../core/dates';
import { completionSite, dueCompletions, ownerCompletions } from '../core/language/completion';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { toRange } from './convert';
import type { DocumentModels } from './documentModels';
import { readSettings } from './settings';

export function registerCompletion(models: DocumentModels, index: WorkspaceIndex, selector: MinutesSelector): vscode.Disposable[] {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      const settings = readSettings(document.uri);
      if (!isMinutesDocument(document)) return undefined;
      const text = document.getText();
      const site = completionSite(text, position);
      if (!site) return undefined;
      const model = models.get(document);
      const entries = site.kind === 'due' ? dueCompletions({ text, document: model, today: todayIso(), dayFirst: settings.dayFirst }) : ownerCompletions(model, index.people(), site.kind);
      const range = toRange(site.range);
      return entries.map((entry) => {
        const item = new vscode.CompletionItem({ label: entry.label, description: entry.description }, entry.kind === 'person' ? vscode.CompletionItemKind.User : vscode.CompletionItemKind.Value);
        item.insertText = entry.insertText;
        item.filterText = entry.filterText;
        item.sortText = entry.sortText;
        item.detail = entry.detail;
        item.range = range;
        return item;
      });
    },
  };
  return [selector.register((documents) => vscode.languages.registerCompletionItemProvider(documents, provider, '@', ':', '|', ' '))];
}

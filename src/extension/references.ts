// Find All References (Shift+F12) on a person: every roster entry and owner naming them across the workspace.
import * as vscode from 'vscode';
import type { MinutesSelector } from './selector';
import { references } from '../core/language/references';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { DocumentModels } from './documentModels';
import { mentionIn, toLocation } from './languageShared';

export function registerReferences(models: DocumentModels, index: WorkspaceIndex, selector: MinutesSelector): vscode.Disposable[] {
  const provider: vscode.ReferenceProvider = {
    provideReferences(document, position, context) {
      const mention = mentionIn(document, position, models, index);
      if (mention?.kind !== 'person') return undefined;
      // An action carried into later minutes is one action: listed once, at its latest row.
      const log = index.actionLog();
      const result = references(index.people(), mention, context.includeDeclaration, (action) => log.isSuperseded(action));
      if ('ambiguous' in result) {
        // Said, not guessed: the owners written the same way are listed, and why nobody else is.
        void vscode.window.showInformationMessage(
          `Minutes: "${result.written}" could be ${result.ambiguous.join(' or ') || 'more than one person'}; only the owners written "${result.written}" are listed.`,
        );
      }
      return result.locations.map((location) => toLocation(location.key, location.range));
    },
  };
  return [selector.register((documents) => vscode.languages.registerReferenceProvider(documents, provider))];
}

// Go to Definition (F12) on an owner: the roster entry that defines them (the latest meeting's Attended or Apologies
// entry), or their entry in the `minutes.people` setting.
import * as vscode from 'vscode';
import type { MinutesSelector } from './selector';
import { definitionOf, personOf } from '../core/language/references';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import type { DocumentModels } from './documentModels';
import { mentionIn, toLocation } from './languageShared';

/** The person's key in a folder's `.vscode/settings.json`, when it is written there. */
async function inSettingsFile(name: string): Promise<vscode.Location | undefined> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const uri = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
    const text = await vscode.workspace.fs.readFile(uri).then((bytes) => new TextDecoder().decode(bytes), () => undefined);
    const at = text?.indexOf(JSON.stringify(name)) ?? -1;
    if (text === undefined || at < 0) continue;
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    const character = at - (before.lastIndexOf('\n') + 1);
    return new vscode.Location(uri, new vscode.Range(line, character, line, character + JSON.stringify(name).length));
  }
  return undefined;
}

export function registerDefinition(models: DocumentModels, index: WorkspaceIndex, selector: MinutesSelector): vscode.Disposable[] {
  const provider: vscode.DefinitionProvider = {
    async provideDefinition(document, position) {
      const mention = mentionIn(document, position, models, index);
      if (mention?.kind !== 'person') return undefined;
      const id = personOf(mention);
      if (id === undefined) return undefined;
      const found = definitionOf(index.people(), id);
      if (!found) return undefined;
      if ('definition' in found) return toLocation(found.definition.file.key, found.definition.range);
      return inSettingsFile(id);
    },
  };
  return [selector.register((documents) => vscode.languages.registerDefinitionProvider(documents, provider))];
}

// Rename Symbol (F2) on a person: one workspace edit over every minutes file that names them, which VS Code can
// preview; renaming to a name somebody else has asks first.
import * as vscode from 'vscode';
import type { MinutesSelector } from './selector';
import { ownerNameRange } from '../core/language/mentions';
import { filesToRename, invalidNewName, renameCollision, renameEdits, renameTarget, type RenameFile } from '../core/language/rename';
import { parseMinutes } from '../core/parse';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { toRange } from './convert';
import type { DocumentModels } from './documentModels';
import { mentionIn } from './languageShared';
import { parseOptionsFor } from './settings';
import { VsCodeWorkspaceHost } from './workspaceIndexer';

/** Each file as it is now: an open editor's buffer and parse, else the file on disk, parsed afresh. */
async function filesNow(keys: readonly string[], models: DocumentModels, index: WorkspaceIndex): Promise<{ files: RenameFile[]; problems: string[] }> {
  const host = new VsCodeWorkspaceHost();
  const files: RenameFile[] = [];
  const problems: string[] = [];
  for (const key of keys) {
    const path = index.file(key)?.path ?? vscode.workspace.asRelativePath(vscode.Uri.parse(key));
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    if (open) {
      files.push({ key, path, text: open.getText(), document: models.get(open) });
      continue;
    }
    const outcome = await host.readFile(key);
    if ('problem' in outcome) problems.push(`${path}: ${outcome.problem}`);
    else files.push({ key, path, text: outcome.text, document: parseMinutes(outcome.text, parseOptionsFor(vscode.Uri.parse(key))) });
  }
  return { files, problems };
}

function targetAt(document: vscode.TextDocument, position: vscode.Position, models: DocumentModels, index: WorkspaceIndex) {
  const mention = mentionIn(document, position, models, index);
  if (mention?.kind !== 'person') throw new Error('Minutes: put the cursor on a person (an owner or a roster entry) to rename them.');
  const target = renameTarget(index.people(), mention);
  if ('error' in target) throw new Error(`Minutes: ${target.error}`);
  return { mention, target };
}

export function registerRename(models: DocumentModels, index: WorkspaceIndex, selector: MinutesSelector): vscode.Disposable[] {
  const provider: vscode.RenameProvider = {
    prepareRename(document, position) {
      const { mention, target } = targetAt(document, position, models, index);
      // An owner's range holds its `@` and any emphasis: the name itself is what is renamed.
      const range = (mention.owner && ownerNameRange(document.getText(), mention.owner)) ?? mention.range;
      return { range: toRange(range), placeholder: target.alias ?? target.person };
    },
    async provideRenameEdits(document, position, newName, token) {
      const { target } = targetAt(document, position, models, index);
      const invalid = invalidNewName(target, newName);
      if (invalid) throw new Error(`Minutes: ${invalid}`);
      const people = index.people();
      const others = renameCollision(people, target, newName);
      if (others.length > 0) {
        const what = target.alias === undefined ? target.person : `${target.person}'s alias "${target.alias}"`;
        const answer = await vscode.window.showWarningMessage(
          `"${newName.trim()}" is already ${others.join(' and ')}. Rename ${what} to it anyway? Every mention would then mean ${others.length === 1 ? others[0] : 'either'}.`,
          { modal: true },
          'Rename Anyway',
        );
        if (answer !== 'Rename Anyway') return undefined;
      }
      const keys = [...new Set([document.uri.toString(), ...filesToRename(people, target)])];
      const { files, problems } = await filesNow(keys, models, index);
      if (token.isCancellationRequested) return undefined;
      const result = renameEdits(people, target, newName, files);
      const edit = new vscode.WorkspaceEdit();
      for (const [key, edits] of result.edits) for (const change of edits) edit.replace(vscode.Uri.parse(key), toRange(change.range), change.newText);
      const skipped = [...result.skipped, ...problems];
      if (skipped.length > 0) void vscode.window.showWarningMessage(`Minutes: not renamed: ${skipped.join('; ')}.`);
      return edit;
    },
  };
  return [selector.register((documents) => vscode.languages.registerRenameProvider(documents, provider))];
}

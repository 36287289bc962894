// What the people-and-dates language features share: the documents they answer for, the mention at a position, and
// conversions of the core's locations.
import * as vscode from 'vscode';
import { mentionAt, type Mention } from '../core/language/mentions';
import type { Range } from '../core/model';
import type { WorkspaceIndex } from '../core/workspaceIndex';
import { toRange } from './convert';
import type { DocumentModels } from './documentModels';
import { isMinutesDocument } from './selector';

/** The person or due date at a position of a minutes document, resolved by the workspace's one rule. */
export function mentionIn(document: vscode.TextDocument, position: vscode.Position, models: DocumentModels, index: WorkspaceIndex): Mention | undefined {
  if (!isMinutesDocument(document)) return undefined;
  return mentionAt(models.get(document), position, index.people(), document.getText());
}

export function toLocation(key: string, range: Range): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(key), toRange(range));
}

/** A link that opens a file at a line (VS Code's opener reads `#L<line>,<column>`). */
export function linkTo(key: string, range: Range): string {
  return vscode.Uri.parse(key)
    .with({ fragment: `L${range.start.line + 1},${range.start.character + 1}` })
    .toString();
}

// Conversions between the core's plain positions and VS Code's classes.
import * as vscode from 'vscode';
import type { Range } from '../core/model';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

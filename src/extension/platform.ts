// What differs between the desktop (Node) extension host and the web worker one (vscode.dev, github.dev, any web
// workbench): how files on disk are parsed and stat'ed, and where the parse cache lives. registerAll takes one.
import type * as vscode from 'vscode';
import type { FileStamp, ParseCache } from '../core/parseCache';
import type { ParsedFile } from '../core/workspaceIndex';
import type { ParseOptions } from '../core/parse';
import type { DocxReader } from '../core/import/importBytes';

/** Parses files on disk off the main thread (worker threads in Node). */
export interface ParseService extends vscode.Disposable {
  readonly available: boolean;
  readonly stats: { files: number; batches: number; fallbacks: number };
  parse(file: string, options: Omit<ParseOptions, 'fileName'>, fileName?: string): Promise<ParsedFile | { problem: string } | undefined>;
}

/** A parse cache its host loads from and saves to storage. */
export interface StoredParseCache extends ParseCache {
  readonly changed: boolean;
  save(): Promise<void>;
}

export interface MinutesPlatform {
  /** Undefined on the web: the workspace index then reads through workspace.fs and parses in slices on its thread. */
  readonly parsePool?: ParseService;
  /** A fast stat of a `file:` URI for warm starts (Node's synchronous stat); else workspace.fs.stat is asked. */
  statFile?(uri: vscode.Uri): FileStamp | undefined;
  /** The parse cache in the extension's storage for a workspace (`root`) and parse options; undefined for none. */
  openCache?(storage: vscode.Uri, root: string, optionsKey: string): Promise<StoredParseCache | undefined>;
  /** Reads Word documents for the import (mammoth's Node build on the desktop, its browser build on the web). */
  readDocx?: DocxReader;
}

// The extension's settings, read in one place so every feature agrees on them.
import * as vscode from 'vscode';
import { DEFAULT_SEVERITIES, DIAGNOSTIC_CODES } from '../core/diagnostics';
import { DEFAULT_MINUTES_GLOB } from '../core/glob';
import type { DiagnosticCode, Severity } from '../core/model';
import { proseReading, type ParseOptions } from '../core/parse';
import { DEFAULT_CARRIED_TOO_OFTEN } from '../core/workspace/actionDiagnostics';

export type SeveritySetting = Severity | 'off';

export interface MinutesSettings {
  files: string[];
  dayFirst: boolean;
  people: Record<string, string[]>;
  /** `minutes.proseActions`: commitments written as prose are hints, or actions. */
  proseActions: 'hint' | 'action';
  severities: Record<DiagnosticCode, SeveritySetting>;
  /** How many times an action may be carried on before `carried-too-often`. */
  carriedTooOften: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): MinutesSettings {
  const config = vscode.workspace.getConfiguration('minutes', scope);
  const files = config.get<string[]>('files', [DEFAULT_MINUTES_GLOB]).filter((glob) => typeof glob === 'string' && glob.trim());
  const severities = { ...DEFAULT_SEVERITIES } as Record<DiagnosticCode, SeveritySetting>;
  for (const code of DIAGNOSTIC_CODES) {
    const value = config.get<string>(`diagnostics.${code}`);
    if (value === 'error' || value === 'warning' || value === 'information' || value === 'hint' || value === 'off') severities[code] = value;
  }
  return {
    files: files.length > 0 ? files : [DEFAULT_MINUTES_GLOB],
    dayFirst: config.get<string>('dateOrder', 'day-first') !== 'month-first',
    people: sanitisePeople(config.get<unknown>('people', {})),
    proseActions: config.get<string>('proseActions', 'hint') === 'action' ? 'action' : 'hint',
    severities,
    carriedTooOften: Math.max(1, Math.floor(Number(config.get<number>('carriedTooOften', DEFAULT_CARRIED_TOO_OFTEN))) || DEFAULT_CARRIED_TOO_OFTEN),
  };
}

function sanitisePeople(value: unknown): Record<string, string[]> {
  const people: Record<string, string[]> = {};
  if (!value || typeof value !== 'object') return people;
  for (const [name, aliases] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(aliases)) people[name] = aliases.filter((a): a is string => typeof a === 'string');
  }
  return people;
}

/** How the file at `uri` is parsed, by the settings of its folder. */
export function parseOptionsFor(uri: vscode.Uri, settings: MinutesSettings = readSettings(uri)): ParseOptions {
  return { fileName: uri.path, dayFirst: settings.dayFirst, people: settings.people, proseActions: settings.proseActions };
}

/**
 * How the workspace index parses a file: as `parseOptionsFor`, but prose commitments are looked for only when they are
 * actions. As hints they show only in an open editor (the Problems view lists no hints), whose diagnostics come from
 * the editor's own parse, so the index need not read them (a tenth or more of a scan).
 */
export function indexParseOptions(uri: vscode.Uri, settings: MinutesSettings = readSettings(uri)): ParseOptions {
  return { ...parseOptionsFor(uri, settings), proseActions: proseReading(settings.proseActions, false) };
}

/**
 * What `minutes check` prints, in the forms people and CI systems read: lines for a terminal, GitHub Actions workflow
 * commands (annotations on the pull request), SARIF 2.1.0 (code scanning) and JSON. Pure: diagnostics in, text out.
 */
import { DIAGNOSTIC_CODES, DIAGNOSTIC_DESCRIPTIONS, DEFAULT_SEVERITIES } from './diagnostics';
import type { ExportedDiagnostic } from './export';
import type { DiagnosticCode, Severity } from './model';

export const CHECK_FORMATS = ['text', 'github', 'sarif', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckReportOptions {
  /** How many files were read. */
  files: number;
  /** The tool's version, for SARIF's driver. */
  version: string;
  /** Where the tool and its diagnostics are documented (SARIF's informationUri and each rule's helpUri). */
  informationUri?: string;
}

export interface CheckCounts {
  files: number;
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function countDiagnostics(diagnostics: readonly ExportedDiagnostic[], files: number): CheckCounts {
  const counts: CheckCounts = { files, error: 0, warning: 0, information: 0, hint: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

export function formatCheck(diagnostics: readonly ExportedDiagnostic[], format: CheckFormat, options: CheckReportOptions): string {
  switch (format) {
    case 'text':
      return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`).join('');
    case 'github':
      return diagnostics.map(githubAnnotation).join('');
    case 'json':
      return `${JSON.stringify({ summary: countDiagnostics(diagnostics, options.files), diagnostics }, null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(sarifLog(diagnostics, options), null, 2)}\n`;
  }
}

// --- GitHub Actions workflow commands -------------------------------------------------------------------------------

const GITHUB_COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * `::warning file=a.md,line=3,col=5,title=…::message`. The runner decodes `%25`, `%0D` and `%0A` in the message, and
 * `%3A` and `%2C` too in property values, where `:` and `,` would end the value (as @actions/core escapes them).
 */
export function githubAnnotation(d: ExportedDiagnostic): string {
  const properties = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `title=${escapeProperty(`Minutes ${d.code}`)}`];
  return `::${GITHUB_COMMANDS[d.severity]} ${properties.join(',')}::${escapeData(d.message)}\n`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// --- SARIF 2.1.0 ------------------------------------------------------------------------------------------------------

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const SARIF_LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The parts of a SARIF log Minutes writes (the full types are @types/sarif's, used by the test). */
interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: Record<string, unknown> };
    originalUriBaseIds: Record<string, { description: { text: string } }>;
    columnKind: 'utf16CodeUnits';
    results: Record<string, unknown>[];
  }[];
}

export function sarifLog(diagnostics: readonly ExportedDiagnostic[], options: CheckReportOptions): SarifLog {
  const help = options.informationUri === undefined ? undefined : `${options.informationUri}#diagnostics`;
  const rules = DIAGNOSTIC_CODES.map((code) => ({
    id: code,
    shortDescription: { text: DIAGNOSTIC_DESCRIPTIONS[code] },
    defaultConfiguration: { level: SARIF_LEVELS[DEFAULT_SEVERITIES[code]] },
    ...(help === undefined ? {} : { helpUri: help }),
  }));
  const ruleIndex = new Map<string, number>(DIAGNOSTIC_CODES.map((code, i) => [code, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'minutes',
            version: options.version,
            ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
            rules,
          },
        },
        // Paths are relative to the folder `minutes check` ran in: code scanning resolves them against the checkout.
        originalUriBaseIds: { SRCROOT: { description: { text: 'The folder minutes check ran in.' } } },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code as DiagnosticCode) } : {}),
          level: SARIF_LEVELS[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: relativeUri(d.file), uriBaseId: 'SRCROOT' },
                region: { startLine: d.line, startColumn: d.column },
              },
            },
          ],
        })),
      },
    ],
  };
}

/** A relative path with forward slashes as a relative URI reference: each segment percent-encoded (`#`, `?`, spaces). */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * The diagnostics computer: a parsed document in, problems out. Pure; the editor and the CLI only publish them.
 */
import { formatLongDate, type DatePrecision } from './dates';
import type { DiagnosticCode, MinutesDiagnostic, MinutesDocument, Range, Severity } from './model';
import type { PeopleResolver, Resolution } from './people';

export const DEFAULT_SEVERITIES: Record<DiagnosticCode, Severity> = {
  'missing-owner': 'warning',
  'missing-due': 'warning',
  'bad-date': 'error',
  'ambiguous-date': 'warning',
  'unknown-person': 'information',
  'due-before-meeting': 'warning',
  'bad-front-matter': 'error',
  'prose-action': 'hint',
  // Across the meetings of a series (core/workspace/actionDiagnostics.ts), not of one document.
  'unreviewed-action': 'information',
  'carried-too-often': 'hint',
};

export const DIAGNOSTIC_CODES = Object.keys(DEFAULT_SEVERITIES) as DiagnosticCode[];

/** What each code means, in one sentence: the settings' descriptions in package.json and the CLI's SARIF rules. */
export const DIAGNOSTIC_DESCRIPTIONS: Record<DiagnosticCode, string> = {
  'missing-owner': 'An action with no owner.',
  'missing-due': 'An action with no due date.',
  'bad-date': 'A due date that cannot be read as a date.',
  'ambiguous-date': 'A numeric date that reads both ways, like 03/04/2008.',
  'unknown-person': 'An owner who is not on the roster, or who could be two people.',
  'due-before-meeting': 'A due date before the meeting itself.',
  'bad-front-matter': 'Front matter that is not valid YAML.',
  'prose-action': 'Prose that reads like an action ("RS will communicate the above to AW"), with a quick fix that makes it an `ACTION:` line.',
  'unreviewed-action': 'An action still open after the previous meeting that the next meeting\'s minutes never review, with a quick fix that adds it to the "Actions from previous meetings" table.',
  'carried-too-often': 'An action carried on more times than `#minutes.carriedTooOften#`.',
};

export interface DiagnosticInputs {
  /** Whether the document (or the people setting) names anybody: only then is an unknown owner worth a word. */
  rosterKnown: boolean;
  resolver: PeopleResolver;
  frontMatterError?: { message: string; range: Range };
}

export function computeDiagnostics(document: MinutesDocument, inputs: DiagnosticInputs): MinutesDiagnostic[] {
  const diagnostics: MinutesDiagnostic[] = [];
  const add = (code: DiagnosticCode, message: string, range: Range): void => {
    diagnostics.push({ code, severity: DEFAULT_SEVERITIES[code], message, range });
  };
  // The same few dates (the meeting's above all) come up again and again.
  const longDates = new Map<string, string>();
  const longDate = (iso: string, precision: DatePrecision = 'day'): string => {
    const key = precision === 'day' ? iso : `${iso} ${precision}`;
    let text = longDates.get(key);
    if (text === undefined) longDates.set(key, (text = formatLongDate(iso, precision)));
    return text;
  };

  if (inputs.frontMatterError) add('bad-front-matter', inputs.frontMatterError.message, inputs.frontMatterError.range);

  for (const action of document.actions) {
    if (action.status !== 'open') continue;
    const label = quote(action.text);
    if (action.owners.length === 0) {
      add('missing-owner', `Action ${label} has no owner.`, action.kind === 'table' ? action.ownerRange : action.textRange);
    }
    for (const owner of action.owners) {
      if (owner.person || !inputs.rosterKnown) continue;
      const message = owner.ambiguous
        ? `"${owner.text}" could be ${owner.ambiguous.join(' or ')}: write the full name or add an alias to the roster.`
        : `"${owner.text}" is not on the roster (Attended, Apologies or Copies to).`;
      add('unknown-person', message, owner.range);
    }
    if (action.dueText === null) {
      add('missing-due', `Action ${label} has no due date.`, action.dueRange ?? action.textRange);
    } else if (action.due === null && !action.dueRelative) {
      add('bad-date', `"${action.dueText}" is not a date the minutes dialect can read (try 2007-06-15, 15 June 2007 or June 2007).`, action.dueRange ?? action.textRange);
    } else if (action.due !== null && action.dueAmbiguous) {
      add(
        'ambiguous-date',
        `"${action.dueText}" reads as ${longDate(action.due)} or ${longDate(action.dueAmbiguous)}: write it as ${action.due} to be sure.`,
        action.dueRange ?? action.textRange,
      );
    }
    if (action.due !== null && document.date && action.due < document.date) {
      add('due-before-meeting', `Due ${longDate(action.due, action.duePrecision ?? 'day')}, before the meeting itself (${longDate(document.date)}).`, action.dueRange ?? action.textRange);
    }
  }
  for (const prose of document.proseActions) {
    add('prose-action', `Reads like an action for ${prose.owners.join(' and ')}: make it an ACTION: line so that it is tracked.`, prose.range);
  }
  return diagnostics;
}

function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return short ? `"${short}"` : '(empty)';
}

/**
 * A document's diagnostics with the workspace's word on its owners: an owner the file leaves unresolved that the
 * rosters of other minutes name more than one way ("Mark", with Mark Jones in one file and Mark Smith in another) is
 * reported (information, `unknown-person`), so the split is never silent. It replaces the file's own "not on the
 * roster" for that owner.
 */
export function withWorkspaceOwners(document: MinutesDocument, resolve: (written: string) => Resolution): MinutesDiagnostic[] {
  const extra: MinutesDiagnostic[] = [];
  for (const action of document.actions) {
    if (action.status !== 'open') continue;
    for (const owner of action.owners) {
      if (owner.person || owner.ambiguous) continue;
      const resolution = resolve(owner.text);
      if (!('ambiguous' in resolution)) continue;
      extra.push({
        code: 'unknown-person',
        severity: DEFAULT_SEVERITIES['unknown-person'],
        message: `"${owner.text}" could be ${resolution.ambiguous.join(' or ')} (in the rosters of other minutes): write the full name or add an alias to this file's roster.`,
        range: owner.range,
      });
    }
  }
  if (extra.length === 0) return document.diagnostics;
  const same = (a: Range, b: Range): boolean =>
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
  const kept = document.diagnostics.filter((d) => d.code !== 'unknown-person' || !extra.some((e) => same(e.range, d.range)));
  return [...kept, ...extra];
}

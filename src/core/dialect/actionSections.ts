/**
 * Sections: what a heading (or a label alone on its line) says about the blocks under it — a roster, the next
 * meeting, a list of actions, a plan. See docs/dialect.md, "Action sections".
 */
import type { RosterRole } from '../model';
import { withoutMarks } from '../people';
import { ACTION_LIST_WORDS, NEXT_MEETING_WORDS, ROSTER_WORDS } from './vocabulary';

/** A label alone on its line whose list is a list of actions: `Action items:`, `**Next steps**`, `TODO:`. */
export const ACTION_LIST_LABEL = new RegExp(String.raw`^(?:\*\*|__|\*|_)?${ACTION_LIST_WORDS}(?:\*\*|__|\*|_)?\s*:?(?:\*\*|__|\*|_)?\s*$`, 'i');
const ACTION_HEADING = new RegExp(`^${ACTION_LIST_WORDS}$`);
const ATTENDEE_HEADING = new RegExp(`^(?:${ROSTER_WORDS.attendee})$`);
const APOLOGY_HEADING = new RegExp(`^(?:${ROSTER_WORDS.apology})$`);
const COPY_HEADING = new RegExp(`^(?:${ROSTER_WORDS.copy})$`);
const NEXT_MEETING_HEADING = new RegExp(String.raw`^${NEXT_MEETING_WORDS}\b`);

export type SectionKind = { roster: RosterRole } | { nextMeeting: true } | { other: true };

const SECTION_NUMBER = /^\d+(?:\.\d+)*[.)]?\s*/;
const TRAILING_COLON = /\s*:\s*$/;

/** A heading's (or label's) name: marks, a leading section number and a trailing colon removed, in lower case. */
function sectionName(heading: string): string {
  // The number's and the colon's expressions only when there can be one: most headings have neither.
  let name = withoutMarks(heading);
  const first = name.charCodeAt(0);
  if (first >= 48 && first <= 57) name = name.replace(SECTION_NUMBER, '');
  if (name.includes(':')) name = name.replace(TRAILING_COLON, '');
  return name.trim().toLowerCase();
}

/** What a heading (or a label line) says about the section it opens. */
export function classifySection(heading: string): SectionKind {
  const name = sectionName(heading);
  if (ATTENDEE_HEADING.test(name)) return { roster: 'attendee' };
  if (APOLOGY_HEADING.test(name)) return { roster: 'apology' };
  if (COPY_HEADING.test(name)) return { roster: 'copy' };
  if (NEXT_MEETING_HEADING.test(name)) return { nextMeeting: true };
  return { other: true };
}

/** What a heading says about the lists under it: actions ("Action items", "Next steps"), or a plan ("Milestones", "Week 3"). */
export function headingKind(heading: string): 'actions' | 'plan' | undefined {
  const name = sectionName(heading);
  if (ACTION_HEADING.test(name)) return 'actions';
  if (/^(?:(?:review|project|sprint|quarterly|team)\s+)?(?:milestones?|roadmap|goals|objectives|okrs?|deliverables)$|^(?:week|sprint|phase|iteration|milestone)\s*#?\d+\b|^q[1-4]\b/.test(name)) {
    return 'plan';
  }
  return undefined;
}

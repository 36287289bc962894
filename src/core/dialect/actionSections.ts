/**
 * Sections: what a heading (or a label alone on its line) says about the blocks under it — a roster, the next
 * meeting, a list of actions, a plan. See docs/dialect.md, "Action sections".
 */
import type { RosterRole } from '../model';
import { withoutMarks } from '../people';
import { plausibleOwner } from './ownerPhrases';
import { ACTION_LIST_WORDS, ATTENDANCE_WORDS, CHECKLIST_WORDS, NEXT_MEETING_WORDS, NOT_OWNER_HEADINGS, OUTCOME_WORDS, ROSTER_WORDS } from './vocabulary';
import { looksLikeNames } from '../people';
import type { PeopleResolver } from '../people';

/** A label alone on its line whose list is a list of actions: `Action items:`, `**Next steps**`, `TODO:`. */
export const ACTION_LIST_LABEL = new RegExp(String.raw`^(?:\*\*|__|\*|_)?${ACTION_LIST_WORDS}(?:\*\*|__|\*|_)?\s*:?(?:\*\*|__|\*|_)?\s*$`, 'i');
const ACTION_HEADING = new RegExp(`^${ACTION_LIST_WORDS}$`);
const ATTENDEE_HEADING = new RegExp(`^(?:${ROSTER_WORDS.attendee})$`);
const APOLOGY_HEADING = new RegExp(`^(?:${ROSTER_WORDS.apology})$`);
const COPY_HEADING = new RegExp(`^(?:${ROSTER_WORDS.copy})$`);
const NEXT_MEETING_HEADING = new RegExp(String.raw`^${NEXT_MEETING_WORDS}\b`);
const ATTENDANCE = new RegExp(ATTENDANCE_WORDS);
const CHECKLIST = new RegExp(CHECKLIST_WORDS);
/** A trailing parenthesis on a heading is a gloss, no part of its name: "Action Items (AIs)", "Attendees (in person)". */
const TRAILING_GLOSS = /\s*\([^()]*\)$/;

/** A label alone on its line over a list of outcomes: `**Resolved**`, `Agreed:`. */
export const OUTCOME_LABEL = new RegExp(String.raw`^(?:\*\*|__|\*|_)?(?:${OUTCOME_WORDS})(?:\*\*|__|\*|_)?\s*:?(?:\*\*|__|\*|_)?\s*$`, 'i');
/** `Luther: Introduce Soares to Juanita`, `Luther/Valentine: Sort out …`: an item that names its owner(s) first. */
const NAMED_ITEM = /^([^:]{1,60}?)\s*:\s+\S/;

/** Whether a list item's text gives a task to someone by name first (`Name: task`), as under an outcome label. */
export function namesItsOwner(text: string): boolean {
  const match = NAMED_ITEM.exec(text);
  return match !== null && looksLikeNames(match[1]);
}

/** An item of an "Actions" section that names the agenda: the section is the agenda, not a list of actions. */
const AGENDA = /^(?:\d+(?:\.\d+)*[.)]?\s*)?agenda\b|\bagenda items?\b/i;
export function namesTheAgenda(text: string): boolean {
  return AGENDA.test(text);
}

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
  if (name.endsWith(')')) name = name.replace(TRAILING_GLOSS, '');
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

/**
 * What a heading (or a label alone on its line) says about the lists under it: actions ("Action items", "Next steps"),
 * a plan or checklist whose ownerless checkboxes are not actions ("Milestones", "Week 3", "Housekeeping checklist"), or
 * an attendance list whose checkboxes say who was there ("Voting member attendance").
 */
export function headingKind(heading: string): 'actions' | 'plan' | 'attendance' | undefined {
  const name = sectionName(heading);
  if (ACTION_HEADING.test(name)) return 'actions';
  if (CHECKLIST.test(name)) return 'plan';
  if (ATTENDANCE.test(name)) return 'attendance';

  if (/^(?:(?:review|project|sprint|quarterly|team)\s+)?(?:milestones?|roadmap|goals|objectives|okrs?|deliverables)$|^(?:week|sprint|phase|iteration|milestone)\s*#?\d+\b|^q[1-4]\b/.test(name)) {
    return 'plan';
  }
  return undefined;
}


/** "Tasks for Everyone": the owner named after "for", group 1. */
const TASKS_FOR = /^(?:\*\*|__)?(?:[\p{L}-]+\s+){0,3}tasks\s+for\s+([^:()*_]{1,40}?)(?:\*\*|__)?\s*:?\s*$/iu;
const EVERYONE = /^(?:everyone|everybody|all)$/i;

/**
 * The owner a heading names for the actions under it, as offsets in the heading's text: a sub-heading of an action
 * section that reads like names ("## Jack", "## Fairbrother and Gigg", "## Everyone:"), or a task list's heading
 * "Tasks for Everyone". Sub-headings that group actions ("## General", "### For Next Week") name nobody.
 */
export function headingOwner(text: string, resolver: PeopleResolver, subheading: boolean): [number, number] | undefined {
  const tasksFor = TASKS_FOR.exec(text);
  if (tasksFor) {
    const at = tasksFor[0].lastIndexOf(tasksFor[1]);
    return [at, at + tasksFor[1].length];
  }
  if (!subheading) return undefined;
  const match = /^(?:\*\*|__)?(.+?)(?:\*\*|__)?\s*:?\s*$/.exec(text);
  if (!match) return undefined;
  const name = match[1];
  const first = name.split(/\s+/)[0].toLowerCase();
  if (NOT_OWNER_HEADINGS.has(first)) return undefined;
  if (!EVERYONE.test(name) && !plausibleOwners(name, resolver)) return undefined;
  const at = text.indexOf(name);
  return [at, at + name.length];
}

/** The owners a heading names, apart: "Guest + Vardanyan", "Ann / Bo", "Fairbrother and Gigg". */
export function headingOwnerNames(text: string): string[] {
  return text.split(/\s*(?:\/|,|&|\+|\band\b)\s*/);
}

function plausibleOwners(text: string, resolver: PeopleResolver): boolean {
  const parts = headingOwnerNames(text);
  return parts.length > 0 && parts.every((part) => part !== '' && plausibleOwner(part, resolver, false));
}

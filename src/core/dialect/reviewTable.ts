/**
 * The "Actions from previous meetings" review table: each row is this meeting's word (carried, done, dropped) on an
 * action agreed at an earlier meeting, with a reference to it (a Ref id such as `A12` or `61.1`, or a link to the
 * minutes where it was agreed). Recognised here, called by the parser; the action log (core/workspace/actions.ts)
 * links the rows to the actions they review.
 */
import type { ActionReview } from '../model';
import { withoutMarks } from '../people';

/** A heading that opens a review of earlier actions ("Actions from previous meetings", "Matters arising"). */
const REVIEW_HEADING =
  /^(?:(?:actions?|action items?|action points)\s+(?:from|arising from|carried (?:forward|over) from)\s+(?:the\s+)?(?:previous|last|earlier|prior)\s+(?:meetings?|minutes|week)|matters arising(?:\s+from\s+(?:the\s+)?(?:previous|last)\s+(?:meeting|minutes))?|review of (?:(?:previous|earlier|outstanding|open)\s+)?actions(?: from (?:the )?(?:previous|last) meetings?)?|action (?:item )?review|(?:previous|outstanding|carried)\s+actions|actions carried (?:forward|over))$/;

const SECTION_NUMBER = /^\d+(?:\.\d+)*[.)]?\s*/;

/** Whether a heading opens the review of earlier actions. */
export function isReviewHeading(heading: string): boolean {
  const name = withoutMarks(heading).replace(SECTION_NUMBER, '').replace(/\s*:\s*$/, '').trim().toLowerCase();
  return REVIEW_HEADING.test(name);
}

/** Column names: a Ref column holds the action's id; an Agreed column says (and links to) where it was agreed. */
export const REF_HEADERS = new Set(['ref', 'ref.', 'reference', 'id', '#', 'no', 'no.', 'number', 'action no', 'action no.', 'action ref']);
export const AGREED_HEADERS = new Set(['agreed', 'agreed at', 'agreed in', 'agreed on', 'from', 'from meeting', 'raised', 'raised at', 'meeting', 'origin', 'source']);

export interface ReviewColumns {
  ref?: number;
  agreed?: number;
}

/** The Ref and Agreed columns of a table's header (lower-cased, marks removed), skipping columns already taken. */
export function reviewColumns(headers: readonly string[], taken: readonly (number | undefined)[]): ReviewColumns {
  const find = (names: Set<string>): number | undefined => {
    const index = headers.findIndex((header, i) => names.has(header) && !taken.includes(i));
    return index >= 0 ? index : undefined;
  };
  return { ref: find(REF_HEADERS), agreed: find(AGREED_HEADERS) };
}

/** An action's id as written: `A12`, `61.1`, `#12`, `AI-3`. */
const ID = /^#?([A-Za-z]{0,4}[-.]?\d+(?:\.\d+)*[a-z]?)$/;
/** A Markdown link, inline (`[label](target "title")`) or autolink (`<target>`). */
const LINK = /\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)|<([^<>\s]+\.md(?:#[^<>\s]*)?)>/;

/** Reads an id from a cell (`A12`, `[A12](…)`), if it holds one. */
export function readId(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const link = LINK.exec(cell);
  const text = withoutMarks(link ? link[1] ?? '' : cell).trim();
  return ID.exec(text)?.[1];
}

/** Reads the target of the first link in a cell, if any. */
export function readLink(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const link = LINK.exec(cell);
  return link ? link[2] ?? link[3] : undefined;
}

/** What a review row says about the action it reviews: its reference, where it was agreed, the status word. */
export function readReview(cells: { ref?: string; agreed?: string; status?: string }): ActionReview {
  const review: ActionReview = {};
  const ref = readId(cells.ref);
  const link = readLink(cells.agreed) ?? readLink(cells.ref);
  const agreedText = cells.agreed && withoutMarks(cells.agreed.replace(LINK, (_, label: string | undefined, __, auto: string | undefined) => label ?? auto ?? '')).trim();
  const status = cells.status && withoutMarks(cells.status).trim().toLowerCase();
  if (ref) review.ref = ref;
  if (link) review.link = link;
  if (agreedText) review.agreedText = agreedText;
  if (status) review.statusWord = status;
  return review;
}

/** The words of a review table's Status column, as the dialect writes them. */
export const REVIEW_STATUS_WORDS = ['open', 'carried', 'done', 'dropped'] as const;

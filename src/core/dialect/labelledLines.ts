/**
 * Labelled lines: `ACTION:`, `AI:`, `Action item:`, `Next step:`, and the other labels a line can start with
 * (decision, meta, roster, next meeting). See docs/dialect.md, "Action lines".
 */
import { ROSTER_LABEL_WORDS } from './vocabulary';

/**
 * `ACTION:`, `Action item:`, `**ACTION-ITEM:**`, `ACTION 62.3:` (an id), `(possible) ACTION ITEM:`, `Actionable item:`;
 * any case, optionally emphasised, after a speaker's `[Lee]` tag; `ACTION - Benjie - …` with a spaced dash for the
 * colon; also `Next step:` and `TODO:` followed by the step. Group 1 is set for a label that is an action only with a
 * text after it (a list's label, `Action items:`, `Actionable items:`; a next step; a to-do), group 2 is the id.
 */
export const ACTION_MARKER =
  /^(?:\[[^\]\n]{1,40}\]\s+)?(?:\*\*|__|\*|_)?(?:\(possible\)\s*)?(?:(action[ -]?items|actionable(?:[ -]?items?)?|next[ -]steps?|todo|to-do)|action[ -]?item|action)(?:[ -]?#?(\d+(?:\.\d+)*))?(?:\*\*|__|\*|_)?(?:\s*:|\s+[-—–](?=\s))(?:\*\*|__|\*|_)?\s*/i;
/** `AI:`, `*AI:*`, `AI(Mark):`, `AI Felix:` (capitals only: "ai:" is no label). Group 1 or 2 is the owner. */
export const AI_MARKER = /^(?:\*\*|__|\*|_)?AI(?:\s*\(([^()\n]{1,40})\)|\s+(\p{Lu}[\p{L}'’.-]*)|,\s*\p{Ll}+)?(?:\*\*|__|\*|_)?\s*:(?:\*\*|__|\*|_)?\s*/u;
export const AI_TOPICS =
  /^(?:safety|ethics|summary|summaries|update|updates|notes?|discussion|review|topics?|items?|policy|policies|strategy|tools?|models?|governance|group|team|working|research|usage|use|act|regulation|risks?|security|assistant|agents?|generated|search|and|or)$/i;
/**
 * The text of an action that records there is none, or only defers the topic: `AI: none`, `ACTION: N/A`,
 * `AI: none - still waiting on …`, `Action item: discuss further/later`.
 */
export const NO_ACTION =
  /^(?:(?:none|n\/?a|nil|nothing|no actions?(?: items?)?)(?:\s*[-—–:,;(]\s.*)?|-+|—|–|(?:to be\s+)?discuss(?:ed)?\s+(?:further|later|next time)(?:\s*\/\s*(?:further|later))?)\s*[.!]?$/i;
/** Uppercase labels that are not someone's initials, when telling whether a file is a transcript. */
const NOT_INITIALS = new Set(['AI', 'ACTION', 'TODO', 'NOTE', 'NB', 'PS', 'FYI', 'TBD', 'AOB', 'DATE', 'TIME', 'WHO', 'WHAT', 'WHEN', 'WHY', 'HOW', 'Q', 'A', 'RE', 'CC', 'URL', 'FAQ', 'TLDR', 'EDIT', 'INFO', 'WARN', 'TIP', 'OK', 'PR', 'PRS', 'UTC', 'GMT']);
export const DECISION_MARKER = /^(?:\*\*|__)?(?:decision|agreed|resolved)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*/i;
export const ROSTER_LABEL = new RegExp(String.raw`^(?:\*\*|__)?(${ROSTER_LABEL_WORDS})(?:\*\*|__)?\s*:(?:\*\*|__)?\s*`, 'i');
export const META_LABEL = /^(?:\*\*|__)?(date|meeting date|date\/time|meeting date\/time|location|venue|place)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.+)$/i;
/** A label before the people of a group in a roster: `Team members: …`, `**Client:** …`. Group 2 is the people. */
export const ROSTER_GROUP = /^(?:\*\*|__)?(\p{L}[\p{L} '’-]{0,30}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(\S.*)$/u;
export const ROSTER_GROUP_WORD = /\b(?:team|members?|others|guests?|clients?|staff|observers|visitors|board|committee|invited)\b/i;

export interface Marker {
  length: number;
  id?: string;
  /** Offsets of an owner inside the marker. */
  owner?: [number, number];
  ai: boolean;
  /** A label that is an action only with a text after it (`AI:`, `Next step:`, `Action items:`), unlike the dialect's `ACTION:`. */
  loose?: boolean;
}

/** Whether the document is a transcript, asked only when an `AI` label is met (the answer scans the whole text). */
export interface TranscriptTest {
  isTranscript(): boolean;
}

/** The action label a line starts with, if any. */
export function actionMarker(text: string, document: TranscriptTest): Marker | undefined {
  const action = ACTION_MARKER.exec(text);
  // `TODO:` in capitals only: "_Todo_: no work done" is a legend's entry.
  if (action && !(action[1] !== undefined && /^to/i.test(action[1]) && action[1] !== action[1].toUpperCase())) {
    return { length: action[0].length, id: action[2], ai: false, loose: action[1] !== undefined };
  }
  const ai = AI_MARKER.exec(text);
  if (!ai) return undefined;
  if (document.isTranscript()) return undefined;
  const owner = ai[1] ?? ai[2];
  // "AI Safety:", "AI Summary:" are topics, not someone's action item.
  if (ai[2] !== undefined && AI_TOPICS.test(ai[2])) return undefined;
  if (owner === undefined) return { length: ai[0].length, ai: true, loose: true };
  const at = ai[0].indexOf(owner, 2);
  return { length: ai[0].length, owner: [at, at + owner.length], ai: true, loose: true };
}

// Expressions with \p{…} live at module level: bundled, each is otherwise rebuilt by `new RegExp` on every call.
const SPEAKER_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(\p{Lu}{2,4})(?:\*\*|__)?(?:[ \t]*\([^()\n]{0,40}\))?(?:\*\*|__)?[ \t]*:/gmu;

/**
 * A transcript: at least six paragraphs that start with a speaker's initials and a colon (`DG: …`, `KM (in chat): …`),
 * from at least three speakers. There `AI:` is someone speaking, not an action item.
 */
export function looksLikeTranscript(source: string): boolean {
  const speakers = new Set<string>();
  let lines = 0;
  for (const match of source.matchAll(SPEAKER_LINE)) {
    if (NOT_INITIALS.has(match[1])) continue;
    speakers.add(match[1]);
    lines++;
    if (lines >= 6 && speakers.size >= 3) return true;
  }
  return false;
}

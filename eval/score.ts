/**
 * Scoring for `npm run eval`: matches the actions a parser found in a file against a hand-counted answer key and
 * counts what was matched, missed and wrongly found. Pure (no file system), so the unit tests can drive it with
 * synthetic keys and findings. Lines are 1-based everywhere in this module, as in the key files.
 */

export interface KeyAction {
  /** 1-based line where the action starts. */
  line: number;
  /** Owners as written (handles without `@`); empty when none is written. */
  owner: string[];
  /** The first words of the action text proper. */
  text: string;
  /** ISO date, or a relative phrase as written ("next week"), or null. */
  due: string | null;
  done: boolean;
}

export interface KeyTrap {
  line: number;
  why: string;
}

export interface KeyHint {
  line: number;
  owner: string[];
  text: string;
}

export interface AnswerKey {
  file: string;
  note?: string;
  actions: KeyAction[];
  traps: KeyTrap[];
  hints: KeyHint[];
}

/** An action as a parser reported it, reduced to what the key can be compared with. */
export interface FoundAction {
  /** 1-based first and last line of the whole construct. */
  startLine: number;
  endLine: number;
  owners: string[];
  text: string;
  due: string | null;
  dueText: string | null;
  done: boolean;
}

export interface FoundHint {
  startLine: number;
  endLine: number;
  owners: string[];
  text: string;
}

export interface MatchedPair {
  key: KeyAction;
  found: FoundAction;
  ownerAgrees: boolean;
  dueAgrees: boolean;
  doneAgrees: boolean;
}

export interface FileScore {
  file: string;
  keyActions: number;
  found: number;
  matched: MatchedPair[];
  missed: KeyAction[];
  wronglyFound: FoundAction[];
  /** Traps whose line lies inside a found action: each is a failure. */
  trapsReported: { trap: KeyTrap; found: FoundAction }[];
  keyHints: number;
  foundHints: number;
  hintsMatched: number;
  /** Key hints no found hint covers. */
  hintsMissed: KeyHint[];
  /** Found hints whose lines hold no key hint at all (not merely a second hint on a key hint's line). */
  hintsUnkeyed: FoundHint[];
}

export interface Totals {
  files: number;
  keyActions: number;
  found: number;
  matched: number;
  missed: number;
  wronglyFound: number;
  recall: number;
  precision: number;
  ownerAgrees: number;
  dueAgrees: number;
  doneAgrees: number;
  trapsReported: number;
  keyHints: number;
  foundHints: number;
  hintsMatched: number;
  hintsUnkeyed: number;
}

const within = (line: number, found: { startLine: number; endLine: number }) => line >= found.startLine && line <= found.endLine;

/**
 * Pairs each key item (in line order) with the first not yet used found item whose lines contain the key's line:
 * one-to-one, first come. Returns the pairs and what stayed unpaired on either side.
 */
export function pairByLine<K extends { line: number }, F extends { startLine: number; endLine: number }>(
  keys: readonly K[],
  found: readonly F[],
): { pairs: [K, F][]; unmatchedKeys: K[]; unmatchedFound: F[] } {
  const used = new Set<number>();
  const pairs: [K, F][] = [];
  const unmatchedKeys: K[] = [];
  for (const key of [...keys].sort((a, b) => a.line - b.line)) {
    const index = found.findIndex((f, i) => !used.has(i) && within(key.line, f));
    if (index < 0) unmatchedKeys.push(key);
    else {
      used.add(index);
      pairs.push([key, found[index]]);
    }
  }
  return { pairs, unmatchedKeys, unmatchedFound: found.filter((_, i) => !used.has(i)) };
}

const normalizeOwner = (owner: string) => owner.trim().replace(/^@/, '').toLowerCase();

/** Owners agree when the sets of as-written names are equal, ignoring case and a leading `@`. */
export function ownersAgree(key: readonly string[], found: readonly string[]): boolean {
  const a = new Set(key.map(normalizeOwner));
  const b = new Set(found.map(normalizeOwner));
  return a.size === b.size && [...a].every((owner) => b.has(owner));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An absolute due agrees when the found ISO date is the same; a relative one when the found due text contains the
 * key's phrase (case-insensitive); no due agrees only with no due at all.
 */
export function dueAgrees(key: string | null, found: Pick<FoundAction, 'due' | 'dueText'>): boolean {
  if (key === null) return found.due === null && found.dueText === null;
  if (ISO_DATE.test(key)) return found.due === key;
  return found.dueText !== null && found.dueText.toLowerCase().includes(key.toLowerCase());
}

export function scoreFile(key: AnswerKey, found: readonly FoundAction[], foundHints: readonly FoundHint[] = []): FileScore {
  const { pairs, unmatchedKeys, unmatchedFound } = pairByLine(key.actions, found);
  const matched = pairs.map(([k, f]) => ({
    key: k,
    found: f,
    ownerAgrees: ownersAgree(k.owner, f.owners),
    dueAgrees: dueAgrees(k.due, f),
    doneAgrees: k.done === f.done,
  }));
  const hintPairs = pairByLine(key.hints, foundHints);
  const trapsReported: FileScore['trapsReported'] = [];
  for (const trap of key.traps) {
    const hit = found.find((f) => within(trap.line, f));
    if (hit) trapsReported.push({ trap, found: hit });
  }
  return {
    file: key.file,
    keyActions: key.actions.length,
    found: found.length,
    matched,
    missed: unmatchedKeys,
    wronglyFound: unmatchedFound,
    trapsReported,
    keyHints: key.hints.length,
    foundHints: foundHints.length,
    hintsMatched: hintPairs.pairs.length,
    hintsMissed: hintPairs.unmatchedKeys,
    hintsUnkeyed: foundHints.filter((f) => !key.hints.some((h) => within(h.line, f))),
  };
}

/** Recall and precision are 1 when there was nothing to find, or nothing was found: no error to count. */
export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function total(scores: readonly FileScore[]): Totals {
  const sum = (pick: (s: FileScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const matched = sum((s) => s.matched.length);
  const keyActions = sum((s) => s.keyActions);
  const found = sum((s) => s.found);
  return {
    files: scores.length,
    keyActions,
    found,
    matched,
    missed: sum((s) => s.missed.length),
    wronglyFound: sum((s) => s.wronglyFound.length),
    recall: ratio(matched, keyActions),
    precision: ratio(matched, found),
    ownerAgrees: sum((s) => s.matched.filter((m) => m.ownerAgrees).length),
    dueAgrees: sum((s) => s.matched.filter((m) => m.dueAgrees).length),
    doneAgrees: sum((s) => s.matched.filter((m) => m.doneAgrees).length),
    trapsReported: sum((s) => s.trapsReported.length),
    keyHints: sum((s) => s.keyHints),
    foundHints: sum((s) => s.foundHints),
    hintsMatched: sum((s) => s.hintsMatched),
    hintsUnkeyed: sum((s) => s.hintsUnkeyed.length),
  };
}

export function recallOf(score: FileScore): number {
  return ratio(score.matched.length, score.keyActions);
}

export function precisionOf(score: FileScore): number {
  return ratio(score.matched.length, score.found);
}

/** Text without Markdown emphasis, code marks or repeated spaces, lower case: how key texts are compared with lines. */
const flatten = (text: string) => text.replace(/[*_~`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * What is wrong with an answer key's shape, given the text of the file it describes (empty when nothing): required
 * fields and their types, lines within the file, due dates ISO or a phrase, items in line order.
 */
export function keyProblems(key: unknown, fileName: string, fileText: string): string[] {
  const problems: string[] = [];
  if (!key || typeof key !== 'object') return ['the key is not a JSON object'];
  const k = key as Record<string, unknown>;
  const lines = fileText.split('\n');
  const lineCount = lines.length;
  if (k.file !== fileName) problems.push(`"file" is ${JSON.stringify(k.file)}, not ${JSON.stringify(fileName)}`);
  if (k.note !== undefined && typeof k.note !== 'string') problems.push('"note" is not a string');
  const checkLine = (where: string, line: unknown) => {
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > lineCount) {
      problems.push(`${where}: line ${JSON.stringify(line)} is not a line of the file (1-${lineCount})`);
      return false;
    }
    if (lines[line - 1].trim() === '') problems.push(`${where}: line ${line} is blank`);
    return true;
  };
  const list = (name: string, check: (item: Record<string, unknown>, where: string) => void) => {
    const items = k[name];
    if (!Array.isArray(items)) {
      problems.push(`"${name}" is not an array`);
      return;
    }
    let previous = 0;
    items.forEach((item, i) => {
      const where = `${name}[${i}]`;
      if (!item || typeof item !== 'object') {
        problems.push(`${where} is not an object`);
        return;
      }
      const it = item as Record<string, unknown>;
      if (checkLine(where, it.line)) {
        if ((it.line as number) < previous) problems.push(`${where}: line ${it.line} comes before the previous item's line ${previous}`);
        previous = it.line as number;
      }
      check(it, where);
    });
  };
  // The text must be found where the item starts (or on the next two lines, for a label on its own line), so that a
  // line number typed wrong shows up.
  const checkText = (where: string, line: unknown, text: unknown) => {
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${where}: "text" is missing`);
      return;
    }
    if (typeof line !== 'number' || line < 1 || line > lineCount) return;
    const near = flatten(lines.slice(line - 1, line + 2).join(' '));
    if (!near.includes(flatten(text))) problems.push(`${where}: "${text}" is not on line ${line} or the two after it`);
  };
  list('actions', (a, where) => {
    if (!isStringArray(a.owner)) problems.push(`${where}: "owner" is not an array of strings`);
    checkText(where, a.line, a.text);
    if (a.due !== null && (typeof a.due !== 'string' || a.due.trim() === '')) problems.push(`${where}: "due" is neither null nor a date or phrase`);
    if (typeof a.due === 'string' && /^\d{4}-\d/.test(a.due) && !/^\d{4}-\d{2}-\d{2}$/.test(a.due)) problems.push(`${where}: "due" ${a.due} is not an ISO date`);
    if (typeof a.done !== 'boolean') problems.push(`${where}: "done" is not true or false`);
  });
  list('traps', (t, where) => {
    if (typeof t.why !== 'string' || t.why.trim() === '') problems.push(`${where}: "why" is missing`);
  });
  list('hints', (h, where) => {
    if (!isStringArray(h.owner)) problems.push(`${where}: "owner" is not an array of strings`);
    checkText(where, h.line, h.text);
  });
  return problems;
}

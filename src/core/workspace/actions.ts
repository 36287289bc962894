/**
 * The action log: one action through the meetings of its series. An action carried into a later meeting is the same
 * action when the later row refers to it (a Ref id such as `A12` or `61.1`, or a link to the minutes where it was
 * agreed), or else when it has the same owners and text and was still open. Its status is the latest meeting's.
 * Pure: the workspace index, the export and the CLI all build their log here.
 */
import { formatLongDate } from '../dates';
import type { Action, ActionStatus, MinutesDocument } from '../model';
import { withoutMarks } from '../people';
import { findSeries, folderOf, type Series, type SeriesFile } from '../series';

/** What one meeting did with the action. */
export type ActionStep = 'agreed' | 'carried' | 'done' | 'dropped';

export interface ActionOccurrence<F extends SeriesFile = SeriesFile> {
  file: F;
  action: Action;
  /** The owners as people. */
  people: string[];
  step: ActionStep;
}

/** `explicit:` for an action with an id, else `fingerprint:` of where it was first seen; unique in the log. */
export type ActionKey = string;

export interface TrackedAction<F extends SeriesFile = SeriesFile> {
  key: ActionKey;
  series: Series<F>;
  /** Meeting by meeting, first (where it was agreed) to latest. */
  occurrences: ActionOccurrence<F>[];
  /** The latest meeting's status. */
  status: ActionStatus;
  /** How many meetings carried it on, still open. */
  carried: number;
}

export interface ActionLog<F extends SeriesFile = SeriesFile> {
  series: Series<F>[];
  tracked: TrackedAction<F>[];
  /** The tracked action an action of a file belongs to. */
  trackedOf(action: Action): TrackedAction<F> | undefined;
  /**
   * Whether a later meeting reports on this action (so it is shown there, not here), or its own meeting wrote it
   * earlier (a summary table restating the actions above: shown where first written).
   */
  isSuperseded(action: Action): boolean;
}

/** How owners become people: the parser's resolution in the file by default. */
export type PeopleOf<F extends SeriesFile> = (file: F, action: Action) => string[];

const defaultPeople = (_file: SeriesFile | undefined, action: Action): string[] => action.owners.map((owner) => owner.person ?? owner.text);

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** The words of an action's text, for telling the same action from another: case, marks and punctuation dropped. */
export function textWords(text: string): string[] {
  return withoutMarks(text).toLowerCase().replace(NOT_WORD, ' ').trim().split(' ').filter(Boolean);
}

/**
 * `textWords(text).join(' ')` in one pass over the characters (a log compares every action of a workspace, and the
 * regular expressions and arrays made it a large part of a warm export); `textWords` is its test oracle.
 */
export function wordsKey(text: string): string {
  const lower = withoutMarks(text).toLowerCase();
  // Slices joined once: a string built by `+=` is a rope that every later comparison or hash has to flatten first.
  const words: string[] = [];
  let word = -1; // where the current word starts, or -1 between words
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let size = 1;
    let inWord: boolean;
    if (code < 128) inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
    else {
      size = code >= 0xd800 && code <= 0xdbff && i + 1 < lower.length && (lower.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      inWord = LETTER_OR_NUMBER.test(lower.slice(i, i + size));
    }
    if (inWord && word < 0) word = i;
    else if (!inWord && word >= 0) {
      words.push(lower.slice(word, i));
      word = -1;
    }
    i += size - 1;
  }
  if (word >= 0) words.push(word === 0 ? lower : lower.slice(word));
  return words.length === 1 ? words[0] : words.join(' ');
}

function ownersKey(people: readonly string[]): string {
  if (people.length === 1) return people[0].toLowerCase();
  return people.map((person) => person.toLowerCase()).sort().join('/');
}

/** An occurrence's owners key and words (`wordsKey`), worked out once: a series compares each new action with many earlier ones. */
interface Fingerprint {
  owners: string;
  words: string;
  /** How many words. */
  count: number;
}

function fingerprintOf(people: readonly string[], text: string): Fingerprint {
  const words = wordsKey(text);
  let count = words ? 1 : 0;
  for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === 32) count++;
  return { owners: ownersKey(people), words, count };
}

/**
 * What one meeting has written so far outside its review, to tell an action it writes again: minutes restate their
 * actions in a "Summary of actions agreed" table after the text (or list them first). The same owners and the same
 * words; or, both with the same due date, one text the other's first three words or more ("Circulate the final
 * budget" for "circulate the final budget to all members due 15 June").
 */
class MeetingWritten<T> {
  private readonly byOwners = new Map<string, { fingerprint: Fingerprint; due: string | null; value: T }[]>();

  /** What an action restates, if this meeting wrote it before. */
  find(action: Action, fingerprint: Fingerprint): T | undefined {
    const earlier = this.byOwners.get(fingerprint.owners);
    return earlier?.find((one) => sameAction(one.fingerprint, fingerprint, false) || (one.due !== null && one.due === action.due && sameAction(one.fingerprint, fingerprint, true)))?.value;
  }

  /** Records an action, as `value`, for the actions after it. */
  add(action: Action, fingerprint: Fingerprint, value: T): void {
    const entry = { fingerprint, due: action.due, value };
    const earlier = this.byOwners.get(fingerprint.owners);
    if (earlier) earlier.push(entry);
    else this.byOwners.set(fingerprint.owners, [entry]);
  }
}

/**
 * The actions of one meeting's minutes that restate one it wrote before, outside its review (`MeetingWritten`): the log
 * lists each once, where first written, and so do counts of a file's actions.
 */
export function restatedActions(document: Pick<MinutesDocument, 'actions'>): ReadonlySet<Action> {
  // Kept per document (documents are replaced, never changed): the status bar counts every file's on each change.
  const known = restatedOf.get(document);
  if (known) return known;
  const written = new MeetingWritten<Action>();
  const again = new Set<Action>();
  for (const action of document.actions) {
    if (action.review !== undefined) continue;
    const fingerprint = fingerprintOf(defaultPeople(undefined, action), action.text);
    if (written.find(action, fingerprint) !== undefined) again.add(action);
    else written.add(action, fingerprint, action);
  }
  restatedOf.set(document, again);
  return again;
}
const restatedOf = new WeakMap<object, ReadonlySet<Action>>();

/** Same owners and the same words; in a review, one text may be the other shortened (three words or more). */
function sameAction(a: Fingerprint, b: Fingerprint, lenient: boolean): boolean {
  if (a.owners !== b.owners) return false;
  if (a.words === b.words) return true;
  const [shorter, longer] = a.count <= b.count ? [a, b] : [b, a];
  return lenient && shorter.count < longer.count && shorter.count >= 3 && longer.words.startsWith(`${shorter.words} `);
}

function stepOf(action: Action, first: boolean): ActionStep {
  if (action.status === 'done') return 'done';
  if (action.status === 'cancelled') return 'dropped';
  return first ? 'agreed' : 'carried';
}

/** Resolves a link written in `fromKey` (relative, `./`, `../`, `%20`, a `#fragment`) to the key of a file, if any. */
export function resolveLink(fromKey: string, link: string, keys: ReadonlySet<string>): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith('file:')) {
    return keys.has(link.split('#')[0]) ? link.split('#')[0] : undefined;
  }
  let target = link.split('#')[0];
  if (!target) return undefined;
  try {
    target = decodeURI(target);
  } catch {
    // kept as written
  }
  const parts = target.startsWith('/') ? [] : folderOf(fromKey).split(/[\\/]/);
  for (const part of target.split(/[\\/]/)) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const joined = parts.join('/');
  for (const key of keys) {
    const normal = key.replace(/\\/g, '/');
    let decoded = normal;
    try {
      decoded = decodeURI(normal);
    } catch {
      // kept as written
    }
    if (normal === joined || decoded === joined || (target.startsWith('/') && decoded.endsWith(joined))) return key;
  }
  return undefined;
}

/** Builds the log of every series of these files. */
export function buildActionLog<F extends SeriesFile>(files: readonly F[], peopleOf: PeopleOf<F> = defaultPeople): ActionLog<F> {
  const series = findSeries(files);
  const tracked: TrackedAction<F>[] = [];
  const byAction = new Map<Action, TrackedAction<F>>();
  for (const one of series) trackSeries(one, peopleOf, tracked, byAction);
  return {
    series,
    tracked,
    trackedOf: (action) => byAction.get(action),
    isSuperseded: (action) => {
      const found = byAction.get(action);
      return found !== undefined && found.occurrences[found.occurrences.length - 1].action !== action;
    },
  };
}

/** A tracked action while its series is read: what matching needs, kept beside it rather than in maps keyed by it. */
interface Entry<F extends SeriesFile> {
  tracked: TrackedAction<F>;
  /** When it was first seen: earlier entries come first in a bucket. */
  order: number;
  /** Its owners when first seen. */
  created: string;
  /** Its latest occurrence's fingerprint. */
  latest: Fingerprint;
  /** The last meeting (its place in the series) that reported on it. */
  claimedIn: number;
}

function trackSeries<F extends SeriesFile>(series: Series<F>, peopleOf: PeopleOf<F>, tracked: TrackedAction<F>[], byAction: Map<Action, TrackedAction<F>>): void {
  const byId = new Map<string, Entry<F>>();
  // The actions seen so far, by their owners and by the file they were agreed in: what a later row may report on.
  const byOwners = new Map<string, Entry<F>[]>();
  const byFile = new Map<string, Entry<F>[]>();
  // What an action outside a review matches exactly: entries whose owners when first seen and in their latest
  // occurrence are the same, under those owners and the latest occurrence's words, in the order they were first seen.
  // (A scan of every earlier action of the same owners made a long series quadratic.)
  const exact = new Map<string, Map<string, Entry<F>[]>>();
  const bucketOf = (owners: string, words: string): Entry<F>[] | undefined => exact.get(owners)?.get(words);
  const unindex = (one: Entry<F>): void => {
    if (one.latest.owners !== one.created) return;
    const bucket = bucketOf(one.latest.owners, one.latest.words)!;
    bucket.splice(bucket.indexOf(one), 1);
  };
  const index = (one: Entry<F>): void => {
    if (one.latest.owners !== one.created) return;
    const bucket = bucketOf(one.latest.owners, one.latest.words);
    if (!bucket) {
      const byWords = exact.get(one.latest.owners);
      if (byWords) byWords.set(one.latest.words, [one]);
      else exact.set(one.latest.owners, new Map([[one.latest.words, [one]]]));
      return;
    }
    let at = bucket.length;
    while (at > 0 && bucket[at - 1].order > one.order) at--;
    bucket.splice(at, 0, one);
  };
  const keys = new Set(series.files.map((file) => file.key));
  let entries = 0;
  series.files.forEach((file, meeting) => {
    // Each action of the series is reported on at most once per meeting: look-alikes in one meeting stay apart.
    const free = (one: Entry<F> | undefined): one is Entry<F> => one !== undefined && one.claimedIn !== meeting;
    // An action this meeting writes again outside its review is the same action, listed once where first written.
    const written = new MeetingWritten<Entry<F>>();
    for (const action of file.document.actions) {
      const people = peopleOf(file, action);
      const fingerprint = fingerprintOf(people, action.text);
      const review = action.review;
      const again = review === undefined ? written.find(action, fingerprint) : undefined;
      if (again) {
        byAction.set(action, again.tracked);
        continue;
      }
      let target: Entry<F> | undefined;
      // 1. An explicit reference: the Ref id, else the link to where it was agreed.
      const ref = review?.ref ?? (action.id !== undefined && byId.get(action.id)?.tracked.status === 'open' ? action.id : undefined);
      if (ref !== undefined && free(byId.get(ref))) target = byId.get(ref);
      const linked = !target && review?.link ? resolveLink(file.key, review.link, keys) : undefined;
      if (linked !== undefined) {
        const from = (byFile.get(linked) ?? []).filter(free);
        target =
          from.find((one) => sameAction(one.latest, fingerprint, true)) ??
          // The text reworded: the one action of these owners agreed there that is still open.
          single(from.filter((one) => one.tracked.status === 'open' && one.latest.owners === fingerprint.owners));
      }
      // 2. The same owners and text as an action still open (in a review, of any status: it is reported on again).
      if (!target && ref === undefined && linked === undefined) {
        const candidates = review === undefined ? bucketOf(fingerprint.owners, fingerprint.words) : byOwners.get(fingerprint.owners);
        for (let i = (candidates?.length ?? 0) - 1; i >= 0 && !target; i--) {
          const one = candidates![i];
          if (free(one) && (one.tracked.status === 'open' || review !== undefined) && sameAction(one.latest, fingerprint, review !== undefined)) target = one;
        }
      }
      const first = target === undefined;
      const occurrence: ActionOccurrence<F> = { file, action, people, step: stepOf(action, first && review === undefined) };
      if (target) {
        unindex(target);
        target.tracked.occurrences.push(occurrence);
        target.latest = fingerprint;
        index(target);
      } else {
        const one: TrackedAction<F> = { key: keyOf(series, file, action, fingerprint), series, occurrences: [occurrence], status: action.status, carried: 0 };
        tracked.push(one);
        target = { tracked: one, order: entries++, created: fingerprint.owners, latest: fingerprint, claimedIn: -1 };
        index(target);
        push(byOwners, fingerprint.owners, target);
        push(byFile, file.key, target);
      }
      target.tracked.status = action.status;
      if (!first && occurrence.step === 'carried') target.tracked.carried++;
      target.claimedIn = meeting;
      if (review === undefined) written.add(action, fingerprint, target);
      byAction.set(action, target.tracked);
      if (action.id !== undefined) byId.set(action.id, target);
      if (review?.ref !== undefined) byId.set(review.ref, target);
    }
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function single<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

function keyOf(series: Series, file: SeriesFile, action: Action, fingerprint: Fingerprint): ActionKey {
  const id = action.review?.ref ?? action.id;
  if (id !== undefined) return `explicit:${series.id}#${id}`;
  return `fingerprint:${file.key}#${fingerprint.owners}|${fingerprint.words}@${action.range.start.line}`;
}

const STEP_WORDS: Record<ActionStep, string> = { agreed: 'agreed', carried: 'carried', done: 'done', dropped: 'dropped' };

/** "agreed 6 June 2007; carried 22 June; done 4 July": each meeting's word, the year said when it changes. */
export function historyText(tracked: TrackedAction): string {
  let lastYear: string | undefined;
  return tracked.occurrences
    .map((occurrence, i) => {
      const word = i === 0 && occurrence.step !== 'agreed' ? `agreed, ${STEP_WORDS[occurrence.step]}` : STEP_WORDS[occurrence.step];
      const date = occurrence.file.document.date;
      if (date === undefined) return `${word} in ${occurrence.file.path}`;
      const year = date.slice(0, 4);
      const long = formatLongDate(date);
      const written = year === lastYear ? long.slice(0, long.lastIndexOf(' ')) : long;
      lastYear = year;
      return `${word} ${written}`;
    })
    .join('; ');
}

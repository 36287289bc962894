/**
 * Owner phrases: who an action line names — leading @handles, `Owners — text`, `Owners to text`, a trailing
 * `(Name)`. See docs/dialect.md, "Owners".
 */
import { HANDLE, looksLikeNames, PeopleResolver, splitOwners, withoutMarks } from '../people';
import { GROUP_WORDS, IMPERATIVES, NOT_NAMES, STATUS_WORDS } from './vocabulary';

/** `@handle`, or `@Chris M` / `@sivakumar k`: a handle and the initial of a surname after it, as one owner. */
const HANDLE_WORD = String.raw`@[\p{L}\p{N}._-]+(?:\s(?![aI]\s)\p{L}\.?(?=\s+\S|,))?`;
const LEADING_HANDLES = new RegExp(String.raw`^((?:${HANDLE_WORD})(?:\s*(?:,|\/|&|\band\b)\s*${HANDLE_WORD})*)(?:\s+(?:will|to|is going to|are going to)\s+|\s*(?::|—|–|\s-\s)?\s*)`, 'u');

/** An e-mail address as an owner: `jane@example.org to open a PR`. */
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** Where an action line names its owner(s): offsets in the text; `more` are further owners of a second clause. */
export interface OwnerSplit {
  ownerStart: number;
  ownerEnd: number;
  textStart: number;
  /** "A to update the repo, and B to update the tracking issue": B, as offsets. */
  more?: [number, number][];
}

/** A hedge around a written owner, no part of the name: "Andreas?", "Aapeli or someone else?". */
const OWNER_HEDGE = /^(.+?)(?:\s+or\s+(?:someone|somebody|anyone)(?:\s+else)?)?\s*\??$/i;
/** "Probably Jack to own this", "Maybe Ann will …": a hedge before the owner. */
const LEADING_HEDGE = /^(?:probably|maybe|perhaps|possibly)\s+/i;

/**
 * Finds who an action line names: leading @handles; `Owners — text` (em/en dash, ` - `, `:` or an arrow `→`) when
 * the part before reads like names ("Andreas?:" and "Aapeli or someone else?:" hedge the name); `Owners to text`,
 * `Owners will / can / going to text` when every name is a plausible owner (also after "Probably", and an e-mail
 * address or a `[Name](mailto:…)` link); or people on the roster followed by what they do.
 */
export function splitOwnerPart(text: string, resolver: PeopleResolver): OwnerSplit | undefined {
  const handles = LEADING_HANDLES.exec(text);
  if (handles) return { ownerStart: 0, ownerEnd: handles[1].length, textStart: handles[0].length };

  const separator = /\s*(?:—|–|\s-\s|:|\s(?:→|->)\s)\s*/.exec(text);
  if (separator && separator.index > 0) {
    const hedged = OWNER_HEDGE.exec(text.slice(0, separator.index));
    if (hedged && looksLikeNames(hedged[1])) return { ownerStart: 0, ownerEnd: hedged[1].length, textStart: separator.index + separator[0].length };
  }

  const hedge = LEADING_HEDGE.exec(text)?.[0].length ?? 0;
  const to = COMMITMENT_VERB.exec(text.slice(hedge));
  if (to && to[1].length <= 80) {
    const names = splitOwners(to[1]);
    if (names.length > 0 && names.every((name) => plausibleOwner(name.text, resolver, true))) {
      const textStart = hedge + to[0].length;
      return { ownerStart: hedge, ownerEnd: hedge + to[1].length, textStart, more: moreOwners(text, textStart, resolver) };
    }
  }

  // People on the roster followed by what they do: "Ben file an issue".
  const lead = LEADING_NAMES.exec(text);
  if (lead) {
    const names = splitOwners(lead[1]);
    if (names.length > 0 && names.every((name) => 'person' in resolver.resolve(name.text))) {
      return { ownerStart: 0, ownerEnd: lead[1].length, textStart: lead[0].length };
    }
  }
  return undefined;
}

/** ", and B to update the tracking issue": a second clause giving a task to someone else. Group 1 is the owner. */
const SECOND_CLAUSE = /(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?|@[\p{L}\p{N}._-]+)\s+(?:to|will|shall|can|is going to|going to)\s+/gu;

/** The owners of later clauses of the same line ("…, and B to update Y"), each a plausible owner. */
function moreOwners(text: string, from: number, resolver: PeopleResolver): [number, number][] | undefined {
  const found: [number, number][] = [];
  SECOND_CLAUSE.lastIndex = from;
  for (let match = SECOND_CLAUSE.exec(text); match; match = SECOND_CLAUSE.exec(text)) {
    if (!plausibleOwner(match[1], resolver, true)) continue;
    const at = match.index + match[0].indexOf(match[1]);
    found.push([at, at + match[1].length]);
  }
  return found.length > 0 ? found : undefined;
}

/** `Owners to …`, `Owners will …`, `Owner is going to …`, `Owners can …`. */
const COMMITMENT_VERB = /^(.+?)\s+(?:to|will|shall|can|is going to|are going to|going to|is to|are to)\s+/i;
const LEADING_NAMES = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|&|\/|\band\b)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*)\s+(?=\p{Ll})/u;

/**
 * Could this be who an action is for? A person on the roster; else something that reads like a name (capitalised
 * words, initials, an @handle) and is not a word for a group; with `handles`, also a lone lowercase handle
 * (`nikomatsakis to write up the proposal`).
 */
export function plausibleOwner(written: string, resolver: PeopleResolver, handles: boolean): boolean {
  const raw = withoutMarks(written);
  const name = raw.replace(/^@/, '');
  if (!name) return false;
  if ('person' in resolver.resolve(name)) return true;
  if (GROUP_WORDS.test(name) || /^(?:all|every|each|some|any|the|our|a|an|no)\s/i.test(name)) return false;
  if (IMPERATIVES.has(name.split(/\s+/)[0].toLowerCase()) || NOT_NAMES.has(name.toLowerCase())) return false;
  if (HANDLE.test(raw) || looksLikeNames(name) || EMAIL.test(raw)) return true;
  return handles && /^[a-z][a-z0-9_-]{3,24}$/.test(name);
}

/** A trailing `(Name)`, `(maybe Name?)`, `(a/b, perhaps?)` or `(@handle)`: who the action is for. */
const TRAILING_PARENTHESIS =
  /\(\s*(?:(?:maybe|possibly|probably|perhaps)\s+)?([^()]+?)(?:,?\s*(?:maybe|possibly|probably|perhaps))?\s*\??\s*\)\s*[.!]?\s*$/i;
/** A trailing ` – **Name**` (a dash, then emphasised names): who the action is for. Group 2 is the names. */
const TRAILING_DASHED = /\s[—–-]\s+(\*\*|__|\*|_)([^*_—–]+?)\1\s*[.!]?\s*$/;

/** A trailing `(Name)`, `(maybe Name?)`, `(a/b, perhaps?)`, `(@handle)` or ` – **Name**`: who the action is for. */
export function trailingOwner(text: string, resolver: PeopleResolver): { ownerStart: number; ownerEnd: number; textEnd: number } | undefined {
  const dashed = TRAILING_DASHED.exec(text);
  if (dashed && dashed.index > 0 && looksLikeNames(dashed[2])) {
    const ownerStart = dashed.index + dashed[0].indexOf(dashed[2]);
    return { ownerStart, ownerEnd: ownerStart + dashed[2].length, textEnd: dashed.index };
  }
  const match = TRAILING_PARENTHESIS.exec(text);
  if (!match || match.index === 0) return undefined;
  const names = splitOwners(match[1]);
  if (names.length === 0 || names.some((name) => STATUS_WORDS.test(name.text) || !plausibleOwner(name.text, resolver, false))) return undefined;
  const ownerStart = match.index + match[0].indexOf(match[1]);
  return { ownerStart, ownerEnd: ownerStart + match[1].length, textEnd: match.index };
}

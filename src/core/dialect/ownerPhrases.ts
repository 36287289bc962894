/**
 * Owner phrases: who an action line names — leading @handles, `Owners — text`, `Owners to text`, a trailing
 * `(Name)`. See docs/dialect.md, "Owners".
 */
import { HANDLE, looksLikeNames, PeopleResolver, splitOwners, withoutMarks } from '../people';
import { GROUP_WORDS, IMPERATIVES, NOT_NAMES, STATUS_WORDS } from './vocabulary';

const LEADING_HANDLES = /^((?:@[\p{L}\p{N}._-]+)(?:\s*(?:,|\/|&|\band\b)\s*@[\p{L}\p{N}._-]+)*)(?:\s+(?:will|to|is going to|are going to)\s+|\s*(?::|—|–|\s-\s)?\s*)/u;

/**
 * Finds who an action line names: leading @handles; `Owners — text` (em/en dash, ` - ` or `:`) when the
 * part before reads like names; or W3C's `Owners to text` when every name resolves to a known person.
 */
export function splitOwnerPart(text: string, resolver: PeopleResolver): { ownerStart: number; ownerEnd: number; textStart: number } | undefined {
  const handles = LEADING_HANDLES.exec(text);
  if (handles) return { ownerStart: 0, ownerEnd: handles[1].length, textStart: handles[0].length };

  const separator = /\s*(?:—|–|\s-\s|:)\s*/.exec(text);
  if (separator && separator.index > 0 && looksLikeNames(text.slice(0, separator.index))) {
    return { ownerStart: 0, ownerEnd: separator.index, textStart: separator.index + separator[0].length };
  }

  const to = COMMITMENT_VERB.exec(text);
  if (to && to[1].length <= 80) {
    const names = splitOwners(to[1]);
    if (names.length > 0 && names.every((name) => plausibleOwner(name.text, resolver, true))) {
      return { ownerStart: 0, ownerEnd: to[1].length, textStart: to[0].length };
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

/** `Owners to …`, `Owners will …`, `Owner is going to …`. */
const COMMITMENT_VERB = /^(.+?)\s+(?:to|will|shall|is going to|are going to|is to|are to)\s+/i;
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
  if (HANDLE.test(raw) || looksLikeNames(name)) return true;
  return handles && /^[a-z][a-z0-9_-]{3,24}$/.test(name);
}

/** A trailing `(Name)`, `(maybe Name?)` or `(@handle)`: who the action is for. */
export function trailingOwner(text: string, resolver: PeopleResolver): { ownerStart: number; ownerEnd: number; textEnd: number } | undefined {
  const match = /\(\s*(?:(?:maybe|possibly|probably|perhaps)\s+)?([^()]+?)\s*\??\s*\)\s*[.!]?\s*$/i.exec(text);
  if (!match || match.index === 0) return undefined;
  const names = splitOwners(match[1]);
  if (names.length === 0 || names.some((name) => STATUS_WORDS.test(name.text) || !plausibleOwner(name.text, resolver, false))) return undefined;
  const ownerStart = match.index + match[0].indexOf(match[1]);
  return { ownerStart, ownerEnd: ownerStart + match[1].length, textEnd: match.index };
}

/**
 * People on a roster, and resolving what an owner is written as (`MJ`, `@MJ`, `Mark Jones`) to one full name.
 */
import { isSpace } from './chars';
import type { RosterEntry, RosterRole, Range } from './model';

const HONORIFICS = /^(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame|cllr|rev)\.?$/i;
const AFFILIATION_SEPARATOR = /\s+(?:—|–|-)\s+/;

// Expressions with \p{…} live at module level: bundled, each is otherwise rebuilt by `new RegExp` on every call.
const ALIAS = /^[\p{L}\p{N}._-]{1,20}$/u;
const FIRST_LETTER = /^\p{L}/u;
/** An @handle standing alone. */
export const HANDLE = /^@[\p{L}\p{N}._-]+$/u;
const NAME_WORD = /^(?:[\p{Lu}\p{Lo}][\p{L}'’.-]*|\p{Lu}{1,4}|(?:de|van|von|der|la|le|da|di|du)|\p{L}\.)$/u;

const NEEDS_SPACING = /\s[\s,]|[^\S ]|^\s|\s$/;
/**
 * Whether plainText may change the text: a mark or a bracket, white space other than a space, two spaces, a space at
 * either end. What `/[[*_`~]|\s\s|[^\S ]|^\s|\s$/` says, read by hand (the expression cost 3% of a parse);
 * `test/unit/people.test.ts` holds the two to each other.
 */
export function mayNeedPlaining(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return false;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(last) === 32) return true;
  let previousSpace = false;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return true;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (c > 126 || c < 32) {
      if (isSpace(c)) return true;
    } else if (c === 91 /* [ */ || c === 42 /* * */ || c === 95 /* _ */ || c === 96 /* ` */ || c === 126 /* ~ */) {
      return true;
    }
  }
  return false;
}

/** A string that holds its own characters, not a view into a longer one (a sliced string in V8). */
export function copyOf(text: string): string {
  return (' ' + text).slice(1);
}

/** Removes Markdown emphasis, links and code marks around a name. */
export function plainText(text: string): string {
  // Most text has nothing to remove: no marks, no link, single spaces only. It is copied all the same, as the
  // replacements below copy it: a slice of the source kept in the model would keep the whole file text alive.
  if (!mayNeedPlaining(text)) return copyOf(text);
  return removeMarks(text);
}

/** `plainText` for text that is only looked at, never kept in the model: not copied. */
export function withoutMarks(text: string): string {
  return mayNeedPlaining(text) ? removeMarks(text) : text;
}

function removeMarks(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`|~~)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ParsedRosterEntry {
  name: string;
  aliases: string[];
  affiliation?: string;
}

/**
 * Reads one roster entry: `Mark Jones (MJ) — West Herts PCT`, `@mjones`, `Mark Jones (MJ, @mjones)`.
 * Returns undefined for text that names nobody.
 */
export function parseRosterEntry(raw: string): ParsedRosterEntry | undefined {
  let text = plainText(raw);
  const lastChar = text.charCodeAt(text.length - 1);
  if (lastChar === 46 /* . */ || lastChar === 59 /* ; */) text = text.slice(0, -1);
  let affiliation: string | undefined;
  const separator = AFFILIATION_SEPARATOR.exec(text);
  if (separator) {
    affiliation = text.slice(separator.index + separator[0].length).trim() || undefined;
    text = text.slice(0, separator.index).trim();
  }
  const aliases: string[] = [];
  // Each `(…)` (from a `(` to the next `)`) gives aliases, or an affiliation, and becomes a space.
  let open = text.indexOf('(');
  let close = open < 0 ? -1 : text.indexOf(')', open + 1);
  if (close >= 0) {
    let rest = 0;
    let replaced = '';
    while (close >= 0) {
      for (const part of text.slice(open + 1, close).split(/[,;/]/)) {
        const alias = part.trim().replace(/^@/, '');
        if (ALIAS.test(alias)) aliases.push(alias);
        else if (alias && !affiliation) affiliation = part.trim();
      }
      replaced += text.slice(rest, open) + ' ';
      rest = close + 1;
      open = text.indexOf('(', rest);
      close = open < 0 ? -1 : text.indexOf(')', open + 1);
    }
    text = replaced + text.slice(rest);
  }
  // Single spaces, none before a comma, none at either end; most names need no more than the trim.
  text = text.trim();
  if (NEEDS_SPACING.test(text)) text = text.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
  // In a list item, text after a comma is a role or affiliation: "Mary Jones (MJ), chair".
  const comma = text.indexOf(',');
  if (comma > 0) {
    affiliation ??= text.slice(comma + 1).trim() || undefined;
    text = text.slice(0, comma).trim();
  }
  if (text.startsWith('@')) {
    const handle = text.slice(1);
    if (!handle) return undefined;
    return { name: handle, aliases: [handle, ...aliases.filter((a) => a !== handle)], affiliation };
  }
  // "Absent: N/A" names nobody, and neither does a line of dashes or symbols ("---x", "- 3 more").
  if (!startsWithLetter(text) || (text.length <= 6 && NOBODY.test(text))) return undefined;
  return { name: text, aliases, affiliation };
}

/** Words that name nobody; none is longer than six characters. */
const NOBODY = /^(?:n\/?a|none|nil|nobody|no one|tbc|tbd)$/i;

/** FIRST_LETTER, answered at once when the text starts with an ASCII letter (nearly every name). */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return (c >= 97 && c <= 122) || FIRST_LETTER.test(text);
}

/** Initials of a full name, ignoring honorifics: "Dr Ian Goodman" → "IG". */
export function initials(name: string): string {
  // The words of `name.split(/[\s-]+/)`, found by hand (the split cost a third of building a resolver).
  let letters = '';
  let count = 0;
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if (c === 45 /* - */ || isSpace(c)) {
      if (start >= 0) {
        const word = name.slice(start, i);
        if (!isHonorific(word)) {
          letters += word.charAt(0).toUpperCase();
          count++;
        }
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  return count < 2 ? '' : letters;
}

/** The first word of a name of two words or more, honorifics aside: "Dr Ian Goodman" → "Ian". */
export function firstName(name: string): string {
  // What `name.split(/\s+/).filter((w) => w && !HONORIFICS.test(w))` gives, by hand: its first word if it has two.
  let first = '';
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if (isSpace(c)) {
      if (start >= 0) {
        const word = name.slice(start, i);
        if (!isHonorific(word)) {
          if (first) return first;
          first = word;
        }
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  return '';
}

/** HONORIFICS, which no word longer than `professor.` can match. */
function isHonorific(word: string): boolean {
  return word.length <= 10 && HONORIFICS.test(word);
}


export type Resolution = { person: string } | { ambiguous: string[] } | { unknown: true };

/**
 * Resolves owners against a roster. Full names, explicit aliases and @handles come first; a person's initials and
 * first name are used too, but only when they point at exactly one person (ambiguity is reported, never guessed).
 */
export class PeopleResolver {
  // A key's one name, or its names once it has two or more: most keys have one, and a Set for each cost a fifth of
  // building a resolver.
  private readonly explicit = new Map<string, string | Set<string>>();
  private readonly implicit = new Map<string, string | Set<string>>();

  constructor(entries: readonly { name: string; aliases: readonly string[] }[], extra: Record<string, string[]> = {}) {
    for (const entry of entries) {
      this.add(this.explicit, entry.name, entry.name);
      for (const alias of entry.aliases) this.add(this.explicit, alias, entry.name);
      const initialsOfName = initials(entry.name);
      if (initialsOfName) this.add(this.implicit, initialsOfName, entry.name);
      const first = firstName(entry.name);
      if (first) this.add(this.implicit, first, entry.name);
    }
    for (const [name, aliases] of Object.entries(extra)) {
      this.add(this.explicit, name, name);
      for (const alias of aliases) this.add(this.explicit, alias, name);
    }
  }

  get isEmpty(): boolean {
    return this.explicit.size === 0;
  }

  private add(map: Map<string, string | Set<string>>, key: string, name: string): void {
    const normalised = normaliseKey(key);
    if (!normalised) return;
    const names = map.get(normalised);
    if (names === undefined) map.set(normalised, name);
    else if (typeof names !== 'string') names.add(name);
    else if (names !== name) map.set(normalised, new Set([names, name]));
  }

  resolve(written: string): Resolution {
    const key = normaliseKey(written);
    for (const map of [this.explicit, this.implicit]) {
      const names = map.get(key);
      if (names === undefined) continue;
      if (typeof names === 'string') return { person: names };
      return { ambiguous: [...names].sort() };
    }
    return { unknown: true };
  }
}

/**
 * One spelling for each owner no roster names: `@MJ` and `@mj`, `Chris` and `chris` are one person whatever the
 * letter case (a resolver reads names and handles without case too). The first spelling met is the one kept.
 */
export class Spellings {
  private readonly first = new Map<string, string>();

  of(written: string): string {
    const key = normaliseKey(written);
    const seen = this.first.get(key);
    if (seen !== undefined) return seen;
    this.first.set(key, written);
    return written;
  }
}

/** How a written name is compared: marks, a leading `@`, case and spacing aside. */
export function normaliseKey(text: string): string {
  // What withoutMarks gives has single spaces and no white space at either end; only a space after the `@` may remain.
  const plain = withoutMarks(text);
  return (plain.charCodeAt(0) === 64 /* @ */ ? plain.slice(1).trim() : plain).toLowerCase();
}

/** Splits joint owners: `Meena Savla / Mark Jones`, `MJ, RS & AW`, `Meena and Mark`. */
export function splitOwners(text: string): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  const separator = /\s*(?:\/|,|&|\+|\band\b)\s*/gi;
  let start = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    pushOwnerPart(parts, text, start, match.index);
    start = match.index + match[0].length;
  }
  pushOwnerPart(parts, text, start, text.length);
  return parts;
}

function pushOwnerPart(parts: { text: string; start: number; end: number }[], text: string, from: number, to: number): void {
  const slice = text.slice(from, to);
  const leading = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed) parts.push({ text: trimmed, start: from + leading, end: from + leading + trimmed.length });
}

/** Does the text read like a list of names (not like the start of a sentence)? */
export function looksLikeNames(text: string): boolean {
  const owners = splitOwners(text);
  if (owners.length === 0 || text.length > 80) return false;
  return owners.every(({ text: owner }) => {
    const name = withoutMarks(owner);
    if (HANDLE.test(name)) return true;
    const words = name.split(/\s+/);
    if (words.length > 4) return false;
    return words.every((word) => NAME_WORD.test(word));
  });
}

export function rosterEntry(parsed: ParsedRosterEntry, role: RosterRole, range: Range): RosterEntry {
  return { name: parsed.name, aliases: parsed.aliases, affiliation: parsed.affiliation, role, range };
}

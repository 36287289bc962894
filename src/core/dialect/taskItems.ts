/** Task items: `- [ ] …` checkboxes, and which of them are actions. See docs/dialect.md, "Task items". */
import { IMPERATIVES } from './vocabulary';

/** A task item that names its owner first: `@mj …`, `Mark: …`, `Mark to …`. */
export const WRITTEN_OWNER = /^(?:@[\p{L}\p{N}._-]+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*(?::|—|–|\s-\s|\s+to\s|\s+will\s))/u;

/** `Bill Roberts - Adobe Inc.`: a person's full name, a dash, an affiliation; group 1 is what follows the dash. */
const ROLL_CALL_ENTRY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+[-–—]\s+(\S.*)$/u;

/**
 * Whether a list of checkboxes is a roll call: three or more items, each a full name, a dash and an affiliation that
 * does not start with a task verb ("[x] Bill Roberts - Adobe Inc." says who came, not what is done).
 */
export function isRollCall(items: readonly string[]): boolean {
  if (items.length < 3) return false;
  return items.every((text) => {
    const entry = ROLL_CALL_ENTRY.exec(text.trim());
    if (!entry) return false;
    const words = entry[1].split(/\s+/);
    // "Update the site" is a task; "Open Review Initiative" (capitalised words) is a name.
    const task = IMPERATIVES.has(words[0].toLowerCase()) && !(words.length > 1 && /^\p{Lu}/u.test(words[1]));
    return words.length <= 8 && !task;
  });
}

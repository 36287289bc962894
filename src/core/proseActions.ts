/**
 * Commitments written as prose ("RS will communicate the above to AW", "Mark volunteered to work with …"): not
 * actions, since nobody marked them, but worth a hint that turns them into ACTION: lines.
 */
import type { MappedText } from './markdown';
import type { Action } from './model';
import { splitOwners, type PeopleResolver } from './people';

export interface ProseCommitment {
  /** The sentence, as source offsets. */
  start: number;
  end: number;
  /** The people, as the roster names them, and as written. */
  owners: string[];
  ownerText: string;
  /** What they will do, ready to follow "ACTION: <owners> — ". */
  text: string;
}

const NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?";
const OWNERS = `${NAME}(?:\\s*(?:,|&|and)\\s*${NAME})*`;
const COMMITMENT = new RegExp(
  `^(${OWNERS})(?:\\s*\\([^)]*\\))?\\s+(?:will|is to|are to|volunteered to|agreed to|has agreed to|have agreed to|offered to|undertook to|to)\\s+(.+?)[.;!]?$`,
  'u',
);

const LONG_WORDS = /\p{L}{4,}/gu;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(LONG_WORDS) ?? []);
}

/** Already recorded: an action of the same person whose words mostly match. */
function alreadyRecorded(owners: string[], text: string, actions: readonly Action[]): boolean {
  const mine = words(text);
  return actions.some((action) => {
    if (!action.owners.some((o) => o.person && owners.includes(o.person))) return false;
    const theirs = words(action.text);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    return shared / Math.max(1, Math.min(mine.size, theirs.size)) >= 0.5;
  });
}

export function findProseCommitments(paragraph: MappedText, resolver: PeopleResolver, actions: readonly Action[]): ProseCommitment[] {
  const found: ProseCommitment[] = [];
  const sentence = /[^.!?]+(?:[.!?]+(?=\s|$)|$)/g;
  for (let match = sentence.exec(paragraph.text); match; match = sentence.exec(paragraph.text)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const commitment = COMMITMENT.exec(text);
    if (!commitment) continue;
    const owners = splitOwners(commitment[1]).map((part) => resolver.resolve(part.text));
    if (owners.length === 0 || !owners.every((r) => 'person' in r)) continue;
    const people = owners.map((r) => ('person' in r ? r.person : ''));
    const what = commitment[2].trim();
    if (what.split(/\s+/).length < 2 || alreadyRecorded(people, what, actions)) continue;
    const [start, end] = paragraph.sourceSpan(match.index + leading, match.index + leading + text.length);
    found.push({ start, end, owners: people, ownerText: commitment[1], text: what });
  }
  return found;
}

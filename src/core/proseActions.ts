/**
 * Commitments written as prose ("RS will communicate the above to AW", "Mark volunteered to work with …", "Clerk to
 * send a letter of thanks"): not actions, since nobody marked them, but worth a hint that turns them into ACTION:
 * lines (or, with the `minutes.proseActions` setting at `action`, actions of their own). The importer reads the same
 * commitments when it brings old minutes in.
 *
 * One recogniser: `findCommitments` reads a paragraph's plain text, sentence by sentence; `findProseCommitments` is
 * what the parser asks for its hints. Examples and traps are in docs/dialect.md ("Commitments in prose").
 */
import type { MappedText } from './markdown';
import type { Action } from './model';
import { looksLikeNames, splitOwners, withoutMarks, type PeopleResolver } from './people';

/** Who a commitment names: a person on the roster, a role ("Clerk"), or a name as written. */
export interface CommitmentOwner {
  written: string;
  /** The roster's full name, when the written name resolves to one person. */
  person?: string;
  /** Every person the written name could be, when it could be several. */
  ambiguous?: string[];
  /** A role ("Clerk", "Chair", "Secretary", "Treasurer"), as it is usually capitalised. */
  role?: string;
}

export type CommitmentForm = 'will' | 'to' | 'agreed' | 'is-to' | 'action-for' | 'asked' | 'invited' | 'first-person' | 'said' | 'passive';

export interface Commitment {
  /** The sentence, as offsets in the text read. */
  start: number;
  end: number;
  /** The owners as written (empty for a passive "… will be invited"); `owners` is empty then too. */
  ownerText: string;
  owners: CommitmentOwner[];
  /** What is to be done, ready to follow "ACTION: <owners> — " ("Invite Jan Filochowski to …" for an invitation). */
  text: string;
  form: CommitmentForm;
}

/** Roles a parish council, a club or a board gives its officers, written as owners: "Clerk to send …". */
const ROLES = new Map(
  ['Clerk', 'Parish Clerk', 'Town Clerk', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Vice-Chair', 'Vice Chair', 'Secretary', 'Treasurer', 'Convenor', 'Convener', 'President', 'Vice-President', 'Minute Taker', 'Handyman'].map(
    (role) => [role.toLowerCase(), role],
  ),
);

const NAME = "(?:@[\\p{L}\\p{N}._-]+|\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|la|le|da|di|du)){0,3})";
const OWNERS = `(?:[Tt]he\\s+)?${NAME}(?:\\s*(?:,|&|/|and)\\s*(?:[Tt]he\\s+)?${NAME})*`;
const VERBS = '(will|is to|are to|volunteered to|agreed to|has agreed to|have agreed to|offered to|has offered to|have offered to|undertook to|to)';
/** Verbs a clause inside a sentence may also use: "It was agreed that the Clerk would …", "… that the Clerk should …". */
const CLAUSE_VERBS = `(would|should|intends to|plans to|has volunteered to|${VERBS.slice(1)}`;
/** `Owners (aside) will …`: group 1 the owners, 2 the verb, 3 what they will do. */
const COMMITMENT = new RegExp(`^(${OWNERS})(?:\\s*\\([^)]*\\))?\\s+${VERBS}\\s+(.+?)[.;!]*$`, 'u');
/** `ACTION for Owners: …`, `Action for the Clerk – …`. */
const ACTION_FOR = new RegExp(`^[Aa][Cc][Tt][Ii][Oo][Nn]\\s+for\\s+(${OWNERS})\\s*(?::|—|–|\\s-\\s|,)?\\s*(.+?)[.;!]*$`, 'u');
/** `Jan Filochowski, Nick Evans and Anne Walker will be invited to the next meeting.` */
const INVITED = new RegExp(`^(${OWNERS})\\s+(?:will|are to|is to|should) be invited\\s+(to\\s+.+?|.+?)[.;!]*$`, 'u');
/** `First half of the draft to be completed by Owen`, `… to be tackled by the Clerk prior to the meeting`. */
const PASSIVE = new RegExp(`^(.+?)\\s+to be (\\p{L}+ed) by ((?:the\\s+)?${NAME})(?=[\\s.,;!)]|$)`, 'u');
/** `… and RL to check …`, `It was agreed that the Clerk would …`: a commitment as a clause after a comma, "and", "that". */
const CLAUSE = new RegExp(`^(${OWNERS})(?:\\s*\\([^)]*\\))?\\s+${CLAUSE_VERBS}\\s+(.+?)[.;!)]*$`, 'u');
/** Where a clause may start inside a sentence. */
const CLAUSE_START = /(?:[,;:]\s+|\(\s*|\s[-–—]\s+|\b(?:and|that|so|but|then)\s+)/gu;
/** `John said he would put together …`, `Clerk advised that she would also report …`. */
const SAID = new RegExp(`^(${NAME})\\s+(?:said|says|advised|confirmed|stated|indicated)\\s+(?:that\\s+)?(?:he|she|they)\\s+(?:would|will|could|can)\\s+(.+?)[.;!)]*$`, 'u');
/** A speaker's own commitment in a transcript ("ekr: I will write text", "Jana: Will update."), after the speaker. */
const FIRST_PERSON = /^(?:(?:ok|okay|yeah|yes|sure|cool|right|great|so|and|but|then),?\s+)*(?:I will|I['’]ll|I can|I intend to|I['’]d like to|[Ww]e will|[Ww]e['’]ll|[Ww]ill|[Hh]appy to)\s+(.+?)[.;!]*$/iu;
/** `Name: …` or `**Name:** …` opening a paragraph: a transcript's speaker. */
const SPEAKER = /^\s*([^\s:][^:\n]{0,29}?)\s*:\s+/u;
/** Labels that open a line like a speaker and are nobody: "Note: …", "Resolution: …". */
const LABELS = new Set(
  'note notes resolution process summary update updates status decision decisions proposal question answer action actions todo agenda discussion comment comments topic outcome result conclusion milestone re fyi aside context background problem issue goal next tsc'.split(' '),
);
/** A leading item number: "9.2 Clerk to …", "11.1 RL to …", "3. All to …". */
const NUMBERING = /^(?:\d+(?:\.\d+)*\.?|\(?[a-z]\))\s+/u;
/** Deeds of one word that still commit someone: "Clerk to action.", "Jana: Will update.". */
const ONE_WORD_DEEDS = new Set(['action', 'progress', 'investigate', 'review', 'update', 'follow-up', 'followup']);
/**
 * What a speaker says they will do right now, in the meeting, and is no commitment: "I'll go next", "I can give an
 * example", "I'll get to it soon", "I'd like to chime in", "Happy to close with no action".
 */
const TALK = new Set('go get chime jump yield give show speak talk turn pass say mention repeat explain answer ask let like pull bring continue declare allocate instantiate install import behave use imagine consider keep stop leave move close come wait try'.split(' '));
/** Words after a clause's "to" that make it no commitment ("… sent it, Highways to the rescue"). */
const NOT_AFTER_TO = new Set('the a an be his her their its this that these those all each my our your'.split(' '));
/** `RS asked the leads to share this with their locality groups.` */
const ASKED = new RegExp(`^(${NAME})\\s+asked\\s+(.{1,60}?)\\s+to\\s+(.+?)[.;!]*$`, 'u');

/**
 * Words that start a sentence before "will"/"to" and are nobody: pronouns, determiners, words for a group, and
 * sentence openers ("There will be no follow-up", "We will see", "Members agreed to defer").
 */
const NOBODY = new Set(
  'there this that these those it its we they he she you i who which what here then also however therefore thus so if when where while although but and or the a an all everyone everybody someone somebody anyone nobody none each both some any no next last first finally ideally hopefully perhaps please members committee council board group team meeting meetings everything something nothing one others people staff'.split(
    ' ',
  ),
);
/**
 * Words that start a sentence before "to" and name nobody: "Happy to close with no action", "Need to parse SNI",
 * "Hard to create hints", "Face to face time", "Try to get something drafted".
 */
const NOT_NAMES = new Set(
  'happy glad sad hard easy important need needs want wants try tries trying idea ability talk face not followup follow-up plan plans going able unable ready likely unlikely nice good best better necessary possible impossible decision agreement request reminder note question answer suggestion motion vote time consensus action item task proposal proposed how what why where when continue remember due back up next also then still ok okay yes no nothing something everything used use first second third finally later goal aim intention sure free welcome interesting difficult useful worth valuable wise complicated just option options maybe probably agree propose move thanks things contribute transition limit campaign'.split(
    ' ',
  ),
);
/** One word that is a verb's form, not a name: "Agreed to use …", "Willing to attend …", "Switched to …". */
const VERB_FORM = /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u;
/** What follows "will" when the sentence is no commitment: "will be", "will not", "will need", "will see". */
const NOT_A_DEED = new Set('be not never have has need needs want say see probably possibly likely only just remain depend hopefully surely no'.split(' '));
const ADVERBS = new Set(['also', 'then', 'now', 'further', 'shortly', 'soon', 'personally', 'again', 'still']);

/** The sentences of a text, as offsets: each ends after `.`, `!` or `?` followed by white space, or at the end. */
export function sentences(text: string): [number, number][] {
  const found: [number, number][] = [];
  const end = /[.!?]+(?=\s|$)/g;
  let start = 0;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    push(found, text, start, match.index + match[0].length);
    start = match.index + match[0].length;
  }
  push(found, text, start, text.length);
  return found;
}

function push(found: [number, number][], text: string, from: number, to: number): void {
  const slice = text.slice(from, to);
  const leading = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed) found.push([from + leading, from + leading + trimmed.length]);
}

/** Reads one owner: a role, a person on the roster, or (with no roster to ask) something that reads like a name. */
function readOwner(written: string, resolver: PeopleResolver): CommitmentOwner | undefined {
  const name = withoutMarks(written).replace(/^the\s+/i, '');
  const role = ROLES.get(name.toLowerCase());
  if (role) return { written, role };
  if (/^the\s/i.test(written)) return undefined;
  const resolution = resolver.resolve(name);
  if ('person' in resolution) return { written, person: resolution.person };
  if ('ambiguous' in resolution) return { written, ambiguous: resolution.ambiguous };
  const first = name.split(/\s+/)[0].toLowerCase();
  if (NOBODY.has(name.toLowerCase()) || NOBODY.has(first) || NOT_NAMES.has(first) || VERB_FORM.test(name)) return undefined;
  return looksLikeNames(name) ? { written } : undefined;
}

function readOwners(ownerText: string, resolver: PeopleResolver): CommitmentOwner[] | undefined {
  const owners: CommitmentOwner[] = [];
  for (const part of splitOwners(ownerText)) {
    const owner = readOwner(part.text, resolver);
    if (!owner) return undefined;
    owners.push(owner);
  }
  return owners.length > 0 ? owners : undefined;
}

/** The first word of what follows the verb, past adverbs ("also speak to …" → "speak"). */
function firstVerb(what: string): string {
  const words = what.toLowerCase().split(/\s+/);
  return words.find((word) => !ADVERBS.has(word)) ?? '';
}

/** Whether what follows the verb is a deed ("communicate the above"), not "be away", "not attend", "see". */
function isDeed(what: string): boolean {
  const words = what.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && ADVERBS.has(words[i].toLowerCase())) i++;
  const first = words[i].toLowerCase().replace(/[.;!,]+$/, '');
  if (words.length - i === 1) return ONE_WORD_DEEDS.has(first);
  return !NOT_A_DEED.has(first);
}

/** The verb as the form it names. */
function formOf(verb: string): CommitmentForm {
  if (verb === 'will') return 'will';
  if (verb === 'to') return 'to';
  if (verb === 'is to' || verb === 'are to') return 'is-to';
  if (verb === 'would' || verb === 'should') return 'will';
  return 'agreed';
}

/** Reads one sentence (already trimmed); offsets are the caller's. */
function readSentence(sentence: string, resolver: PeopleResolver): Omit<Commitment, 'start' | 'end'> | undefined {
  const invited = INVITED.exec(sentence);
  if (invited && looksLikeNames(invited[1])) {
    return { ownerText: '', owners: [], text: `Invite ${invited[1]} ${invited[2]}`.trim(), form: 'invited' };
  }
  const actionFor = ACTION_FOR.exec(sentence);
  if (actionFor) {
    const owners = readOwners(actionFor[1], resolver);
    if (owners && actionFor[2].trim()) return { ownerText: actionFor[1], owners, text: actionFor[2].trim(), form: 'action-for' };
  }
  const asked = ASKED.exec(sentence);
  if (asked && readOwner(asked[1], resolver) && isDeed(asked[3])) {
    const owners = readOwners(asked[2], resolver);
    // "asked the leads to share …": the leads are nobody in particular; the action is theirs, with no owner.
    if (owners) return { ownerText: asked[2], owners, text: asked[3].trim(), form: 'asked' };
    return { ownerText: '', owners: [], text: `${asked[2]} to ${asked[3].trim()}`, form: 'asked' };
  }
  const commitment = COMMITMENT.exec(sentence);
  if (!commitment) return undefined;
  const what = commitment[3].trim();
  if (!isDeed(what) || (commitment[2] === 'to' && NOT_AFTER_TO.has(firstVerb(what)))) return undefined;
  const owners = readOwners(commitment[1], resolver);
  if (!owners) return undefined;
  return { ownerText: commitment[1], owners, text: what, form: formOf(commitment[2]) };
}

/** A commitment written as a clause inside a sentence, after a comma, "and" or "that". */
function readClause(clause: string, resolver: PeopleResolver): Omit<Commitment, 'start' | 'end'> | undefined {
  const said = SAID.exec(clause);
  if (said && isDeed(said[2]) && !TALK.has(firstVerb(said[2]))) {
    const owners = readOwners(said[1], resolver);
    if (owners) return { ownerText: said[1], owners, text: said[2].trim(), form: 'said' };
  }
  const match = CLAUSE.exec(clause);
  if (!match || !isDeed(match[3])) return undefined;
  if (/to$/.test(match[2]) && NOT_AFTER_TO.has(firstVerb(match[3]))) return undefined;
  const owners = readOwners(match[1], resolver);
  return owners && { ownerText: match[1], owners, text: match[3].trim(), form: formOf(match[2]) };
}

/** A transcript's speaker opening the paragraph ("ekr: …", "Hudson Jameson: …"), when it reads as a person. */
function speakerOf(text: string, resolver: PeopleResolver): { owner: CommitmentOwner; end: number } | undefined {
  const match = SPEAKER.exec(text);
  if (!match) return undefined;
  const name = withoutMarks(match[1]).replace(/^\(|\)$/g, '');
  if (LABELS.has(name.split(/\s+/)[0].toLowerCase())) return undefined;
  const owner = /^[\p{Ll}][\p{L}\p{N}_-]{1,20}$/u.test(name) ? { written: name } : readOwner(name, resolver);
  return owner && { owner, end: match[0].length };
}

/** Every commitment in a paragraph's text, sentence by sentence, and clause by clause within a sentence. */
export function findCommitments(text: string, resolver: PeopleResolver): Commitment[] {
  const found: Commitment[] = [];
  const speaker = speakerOf(text, resolver);
  for (const [start, end] of sentences(text)) {
    const from = speaker && start < speaker.end ? speaker.end : start;
    const sentence = text.slice(from, end).replace(NUMBERING, '');
    const read = readSentence(sentence, resolver) ?? readClause(sentence, resolver) ?? (speaker ? firstPerson(sentence, speaker.owner) : undefined);
    if (read) found.push({ start, end, ...read });
    const passive = read ? undefined : readPassive(sentence, resolver);
    if (passive) found.push({ start, end, ...passive });
    for (const boundary of sentence.matchAll(CLAUSE_START)) {
      const clause = sentence.slice(boundary.index + boundary[0].length);
      const inner = readClause(clause, resolver) ?? (speaker && /^I\b/.test(clause) ? firstPerson(clause, speaker.owner) : undefined);
      if (inner && !found.some((f) => f.start === start && f.text === inner.text)) found.push({ start, end, ...inner });
    }
  }
  return found;
}

/** "The draft to be completed by Owen": the agent is the owner; what to do is the sentence up to "by". */
function readPassive(sentence: string, resolver: PeopleResolver): Omit<Commitment, 'start' | 'end'> | undefined {
  const match = PASSIVE.exec(sentence);
  if (!match) return undefined;
  const ownerText = match[3].replace(/\.+$/, '');
  const owner = readOwner(ownerText, resolver);
  return owner && { ownerText, owners: [owner], text: `${match[1]} to be ${match[2]}`, form: 'passive' };
}

/** "I will write text", "Will update": the speaker's own commitment. */
function firstPerson(sentence: string, speaker: CommitmentOwner): Omit<Commitment, 'start' | 'end'> | undefined {
  if (sentence.trimEnd().endsWith('?')) return undefined;
  const match = FIRST_PERSON.exec(sentence);
  if (!match || !isDeed(match[1]) || TALK.has(firstVerb(match[1]))) return undefined;
  return { ownerText: speaker.written, owners: [speaker], text: match[1].trim(), form: 'first-person' };
}

/** How a commitment's owner is shown: the roster's name, the role, or as written. */
export function ownerName(owner: CommitmentOwner): string {
  return owner.person ?? owner.role ?? withoutMarks(owner.written);
}

export interface ProseCommitment {
  /** The sentence, as source offsets. */
  start: number;
  end: number;
  /** The people, as the roster names them (a role or a name as written when nobody on the roster is meant). */
  owners: string[];
  ownerText: string;
  /** What they will do, ready to follow "ACTION: <owners> — ". */
  text: string;
  /** Offsets of the owners as written, and of what they will do, in the source. */
  ownerSpan: [number, number];
  textSpan: [number, number];
}

const LONG_WORDS = /\p{L}{4,}/gu;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(LONG_WORDS) ?? []);
}

/** Already recorded: an action of the same person whose words mostly match. */
export function alreadyRecorded(owners: readonly string[], text: string, actions: readonly { owners: readonly { person?: string; text: string }[]; text: string }[]): boolean {
  const mine = words(text);
  return actions.some((action) => {
    if (!action.owners.some((o) => owners.includes(o.person ?? o.text))) return false;
    const theirs = words(action.text);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    return shared / Math.max(1, Math.min(mine.size, theirs.size)) >= 0.5;
  });
}

/** A first name on its own ("Yarille", "Steve"): with a roster, someone it does not list may still be named so. */
const FIRST_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/** The words a document writes in lower case somewhere: "agreed", "problems", "hope", but never "Yarille". */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}_@./:'’-])\p{Ll}+(?![\p{L}\p{N}_/:'’-])/gu) ?? []);
}

/**
 * Whether an owner written as a name is an ordinary word capitalised because it starts the sentence ("Agreed to use
 * …", "Hope to get …", "Option A will …"): its first word is written in lower case elsewhere in the document. Names
 * are always capitalised.
 */
function commonWord(owner: CommitmentOwner, ordinaryWords: Pick<ReadonlySet<string>, 'has'>): boolean {
  const first = withoutMarks(owner.written).split(/\s+/)[0];
  return /^\p{Lu}/u.test(first) && ordinaryWords.has(first.toLowerCase());
}

/**
 * The commitments of a paragraph worth a hint: each owner a person on the roster or a role; with no roster (a note
 * opted in as minutes), also a name or initials as written. Ownerless forms ("… will be invited") are left to the
 * importer; what an action already records is not hinted again.
 */
export function findProseCommitments(
  paragraph: MappedText,
  resolver: PeopleResolver,
  actions: readonly Action[],
  rosterKnown: boolean,
  ordinaryWords: Pick<ReadonlySet<string>, 'has'> = new Set(),
): ProseCommitment[] {
  const found: ProseCommitment[] = [];
  for (const commitment of findCommitments(paragraph.text, resolver)) {
    if (commitment.owners.length === 0) continue;
    const named = (o: CommitmentOwner) =>
      o.ambiguous === undefined && (commitment.form === 'first-person' || !commonWord(o, ordinaryWords)) && (!rosterKnown || commitment.form === 'first-person' || FIRST_NAME.test(withoutMarks(o.written)));
    if (!commitment.owners.every((o) => o.person !== undefined || o.role !== undefined || named(o))) continue;
    const owners = commitment.owners.map(ownerName);
    if (alreadyRecorded(owners, commitment.text, actions)) continue;
    const sentence = paragraph.text.slice(commitment.start, commitment.end);
    const ownerAt = commitment.start + sentence.indexOf(commitment.ownerText);
    const textAt = commitment.start + sentence.lastIndexOf(commitment.text);
    const [start, end] = paragraph.sourceSpan(commitment.start, commitment.end);
    found.push({
      start,
      end,
      owners,
      ownerText: commitment.ownerText,
      text: commitment.text,
      ownerSpan: paragraph.sourceSpan(ownerAt, ownerAt + commitment.ownerText.length),
      textSpan: paragraph.sourceSpan(textAt, textAt + commitment.text.length),
    });
  }
  return found;
}

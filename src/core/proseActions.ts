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

const NAME = "(?:@[\\p{L}\\p{N}._-]+|\\p{Ll}[\\p{Ll}\\p{N}_-]{2,20}(?![\\p{L}\\p{N}'’])|\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|la|le|da|di|du)){0,3})";
const OWNERS = `(?:[Tt]he\\s+)?${NAME}(?:\\s*(?:,|&|/|\\+|and)\\s*(?:[Tt]he\\s+)?${NAME})*`;
const VERBS =
  '(will|is to|are to|volunteered to|agreed to|has agreed to|have agreed to|offered to|has offered to|have offered to|undertook to|has volunteered to|volunteering to|might|wants to|plans to|intends to|is going to|are going to|to)';
/** Verbs a clause inside a sentence may also use: "It was agreed that the Clerk would …", "… that the Clerk should …". */
const CLAUSE_VERBS = `(would|should|${VERBS.slice(1)}`;
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
const SAID = new RegExp(`^(${NAME})\\s+(?:said|says|advised|confirmed|stated|indicated|agreed|promised)\\s+(?:that\\s+)?(?:he|she|they)\\s+(would|will|could|can|was able to|is able to|were able to)\\s+(.+?)[.;!)]*$`, 'u');
/** A speaker's own commitment in a transcript ("ekr: I will write text", "Jana: Will update."), after the speaker. */
const FIRST_PERSON = /^(?:(?:ok|okay|yeah|yes|sure|cool|right|great|so|and|but|then),?\s+)*(?:I will|I['’]ll|I can|I intend to|I['’]d like to|[Ww]e will|[Ww]e['’]ll|[Ww]ill|[Hh]appy to)\s+(.+?)[.;!]*$/iu;
/** `Name: …` or `**Name:** …` opening a paragraph, or a sentence of a transcript's: a speaker (sticky: tried where one may start). */
const SPEAKER = /\s*([^\s:][^:\n]{0,29}?)\s*:(?:\*\*|__)?\s+|\s*\*\*([^*:\n]{1,30})\*\*\s+(?=\S)/uy;
/** Labels that open a line like a speaker and are nobody: "Note: …", "Resolution: …". */
const LABELS = new Set(
  'note notes resolution process summary update updates status decision decisions proposal question answer action actions todo agenda discussion comment comments topic outcome result conclusion milestone re fyi aside context background problem issue goal next tsc'.split(' '),
);
/** A leading item number: "9.2 Clerk to …", "11.1 RL to …", "3. All to …". */
const NUMBERING = /^(?:\d+(?:\.\d+)*\.?|\(?[a-z]\))\s+/u;
/** Deeds of one word that still commit someone: "Clerk to action.", "Jana: Will update.". */
const ONE_WORD_DEEDS = new Set(['action', 'progress', 'investigate', 'review', 'update', 'follow-up', 'followup', 'chase', 'pursue', 'arrange', 'circulate', 'liaise', 'respond', 'reply', 'help']);
/**
 * What a speaker says they will do right now, in the meeting, and is no commitment: "I'll go next", "I can give an
 * example", "I'll get to it soon", "I'd like to chime in", "Happy to close with no action".
 */
const TALK = new Set('go get chime jump yield give show speak talk turn pass say mention repeat explain answer ask let like pull bring continue declare allocate instantiate install import behave use imagine consider keep stop leave move close come wait try learn hear'.split(' '));
/**
 * Talk in the meeting when spoken ("I'll speak to structs", "I can get to it"), but deeds when reported of a later time:
 * "TM agreed that he would speak to the CSNN", "CP advised that she was able to get another quote".
 */
const LATER = /^(?:would|was able to|were able to)$/;
const CONTACT = new Set(['speak', 'talk', 'ask', 'get', 'bring', 'give', 'show', 'consider', 'try']);
/** Words after a clause's "to" that make it no commitment ("… sent it, Highways to the rescue"). */
const NOT_AFTER_TO = new Set('the a an be his her their its this that these those all each my our your'.split(' '));
/** `… asked if the Handyman could make arrangements …`: the one asked owns it; group 1 the owners, 2 the deed. */
const ASKED_IF = new RegExp(`^(?:${NAME}\\s+)?asked\\s+(?:if|whether)\\s+(${OWNERS})\\s+(?:could|would|can|will|might)\\s+(.+?)[.;!)]*$`, 'u');
/** The words either needs, tested first: most clauses have neither. */
const ASKED_WORD = /asked|tasked|requested/;
/** `the Handyman should be asked to commence …`, `the Handyman is to be tasked with clearing`: the one asked owns it. */
const ASKED_PASSIVE = new RegExp(`^(${OWNERS})\\s+(?:is to|are to|will|should|would|to)\\s+be\\s+(?:asked|tasked|requested)\\s+(?:to|with)\\s+(.+?)[.;!)]*$`, 'u');
/** `Talk to Ekr, who will lead the team`: a name, then a relative clause that commits it. */
const WHO_WILL = new RegExp(`(?:^|\\s)(${NAME}),\\s+who\\s+(?:will|would|is going to)\\s+(.+?)[.;!)]*$`, 'u');
/** What someone may "be" and so commit to: `Jory will be POC for …`, `Jacob intends to be the liaison`. */
const RESPONSIBLE = /^be\s+(?:the\s+|a\s+|an\s+)?(?:liaison|poc|point of contact|lead|champion|owner|contact|responsible|driver|coordinator|shepherd|editor|reviewer)\b/i;
/** Everyone at once, written as the owner of a bare "to": `All to prepare mock-ups`, `Everyone to review the draft`. */
const EVERYONE = /^(?:All|Everyone|Everybody)$/;
/** `Felix thinks he knows the problem and will take ownership`: a named subject, then a clause of its own with no subject. */
/**
 * Words without which the costlier expressions cannot match, checked first: each is tried on every sentence and
 * clause of every paragraph of prose, and most sentences hold none of them.
 */
const SAID_PRONOUN = /\s(?:he|she|they)\s/;

const SUBJECT = new RegExp(`^(${OWNERS})\\s+(?=(?:\\p{Ll}+s|has|is|was)\\s)`, 'u');

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
  'happy glad sad hard easy important need needs want wants try tries trying idea ability talk face not followup follow-up plan plans going able unable ready likely unlikely nice good best better necessary possible impossible decision agreement request reminder note question answer suggestion motion vote time consensus action item task proposal proposed how what why where when continue remember due back up next also then still ok okay yes no nothing something everything used use first second third finally later goal aim intention sure free welcome interesting difficult useful worth valuable wise complicated just option options maybe probably agree propose move thanks things contribute transition limit campaign prefer prefers defer postpone accept reject approve merge'.split(
    ' ',
  ),
);
/** One word that is a verb's form, not a name: "Agreed to use …", "Willing to attend …", "Switched to …". */
const VERB_FORM = /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u;
/** What follows "will" when the sentence is no commitment: "will be", "will not", "will need", "will see". */
const NOT_A_DEED = new Set('be not never have has need needs want say see only just remain depend no become happen'.split(' '));
const ADVERBS = new Set(['also', 'then', 'now', 'further', 'shortly', 'soon', 'personally', 'again', 'still', 'likely', 'probably', 'possibly', 'hopefully', 'surely']);

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
  // A name the resolver knows in another letter case ("Ekr" for a speaker written "ekr") is kept as written here.
  if ('person' in resolution) return { written, person: resolution.person.toLowerCase() === name.toLowerCase() ? name : resolution.person };
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
  if (first === 'be') return RESPONSIBLE.test(words.slice(i).join(' '));
  return !NOT_A_DEED.has(first);
}

/** Verbs that hedge: a wish or a maybe, a commitment only from a person ("Lucas might help", not "WatCom wants to"). */
const HEDGES = new Set(['might', 'wants to', 'plans to', 'intends to']);

/** Whether owners may take a hedged verb: people on the roster, roles, handles it knows, or a first name. */
function personal(owners: readonly CommitmentOwner[]): boolean {
  return owners.every((o) => o.person !== undefined || o.role !== undefined || FIRST_NAME.test(withoutMarks(o.written)));
}

/** The verb as the form it names. */
function formOf(verb: string): CommitmentForm {
  if (verb === 'will') return 'will';
  if (verb === 'to') return 'to';
  if (verb === 'is to' || verb === 'are to') return 'is-to';
  if (verb === 'would' || verb === 'should' || verb === 'might' || verb.startsWith('is going') || verb.startsWith('are going')) return 'will';
  return 'agreed';
}

/** Reads one sentence (already trimmed); offsets are the caller's. */
function readSentence(sentence: string, resolver: PeopleResolver): Omit<Commitment, 'start' | 'end'> | undefined {
  const invited = sentence.includes(' be invited') ? INVITED.exec(sentence) : null;
  if (invited && looksLikeNames(invited[1])) {
    return { ownerText: '', owners: [], text: `Invite ${invited[1]} ${invited[2]}`.trim(), form: 'invited' };
  }
  const actionFor = (sentence.charCodeAt(0) | 0x20) === 0x61 /* a or A */ ? ACTION_FOR.exec(sentence) : null;
  if (actionFor) {
    const owners = readOwners(actionFor[1], resolver);
    if (owners && actionFor[2].trim()) return { ownerText: actionFor[1], owners, text: actionFor[2].trim(), form: 'action-for' };
  }
  const asked = sentence.includes('asked') ? ASKED.exec(sentence) : null;
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
  if (commitment[2] === 'to' && EVERYONE.test(commitment[1])) return { ownerText: commitment[1], owners: [{ written: commitment[1], role: 'All' }], text: what, form: 'to' };
  const owners = readOwners(commitment[1], resolver);
  if (!owners || (HEDGES.has(commitment[2]) && !personal(owners))) return undefined;
  if (commitment[2] === 'to' && addressedTo(owners, what)) return undefined;
  return { ownerText: commitment[1], owners, text: what, form: formOf(commitment[2]) };
}

/**
 * "Write to Jo about the hall", "Reply to Bob": an imperative and whom it is addressed to, not an owner and a deed.
 * After "Ann to" comes a verb, in lower case; a capitalised word there names someone, so a first word nobody knows
 * (no one on the roster, no role) is the verb.
 */
function addressedTo(owners: readonly CommitmentOwner[], what: string): boolean {
  if (owners.length !== 1 || owners[0].person !== undefined || owners[0].role !== undefined) return false;
  return STARTS_CAPITALISED.test(what);
}
const STARTS_CAPITALISED = /^\s*\p{Lu}/u;

/**
 * Whether a sentence holds the words the costlier clause expressions need: worked out once per sentence, since a clause
 * is the rest of its sentence after a comma or an "and", and testing each clause again would cost the square of the
 * sentence's length (a line of 50,000 "- ").
 */
interface Clues {
  pronoun: boolean;
  asked: boolean;
}

function cluesOf(sentence: string): Clues {
  return { pronoun: SAID_PRONOUN.test(sentence), asked: ASKED_WORD.test(sentence) };
}

/** A commitment written as a clause inside a sentence, after a comma, "and" or "that"; `clues` are its sentence's. */
function readClause(clause: string, resolver: PeopleResolver, clues: Clues): Omit<Commitment, 'start' | 'end'> | undefined {
  const said = clues.pronoun ? SAID.exec(clause) : null;
  if (said && isDeed(said[3]) && (!TALK.has(firstVerb(said[3])) || (CONTACT.has(firstVerb(said[3])) && LATER.test(said[2])))) {
    const owners = readOwners(said[1], resolver);
    if (owners) return { ownerText: said[1], owners, text: said[3].trim(), form: 'said' };
  }
  const asked = clues.asked ? (ASKED_IF.exec(clause) ?? ASKED_PASSIVE.exec(clause)) : null;
  // "tasked with clearing": one word is enough when it names the work.
  if (asked && (isDeed(asked[2]) || /^\p{Ll}+ing$/u.test(asked[2].trim()))) {
    const owners = readOwners(asked[1], resolver);
    if (owners) return { ownerText: asked[1], owners, text: asked[2].trim(), form: 'asked' };
  }
  const match = CLAUSE.exec(clause);
  if (!match || !isDeed(match[3])) return undefined;
  if (/to$/.test(match[2]) && NOT_AFTER_TO.has(firstVerb(match[3]))) return undefined;
  const owners = readOwners(match[1], resolver);
  if (!owners || (HEDGES.has(match[2]) && !personal(owners))) return undefined;
  if (match[2] === 'to' && addressedTo(owners, match[3])) return undefined;
  return { ownerText: match[1], owners, text: match[3].trim(), form: formOf(match[2]) };
}

/** A transcript's speaker opening the text at `at` ("ekr: …", "Hudson Jameson: …"), when it reads as a person. */
function speakerOf(text: string, resolver: PeopleResolver, at: number): { owner: CommitmentOwner; end: number } | undefined {
  SPEAKER.lastIndex = at;
  const match = SPEAKER.exec(text);
  if (!match) return undefined;
  // An aside after the name is no part of it: "KM (in chat): I will …", "Katie Moss (remote): …".
  const name = withoutMarks(match[1] ?? match[2])
    .replace(/^(.*\S)\s*\([^()]*\)$/u, '$1')
    .replace(/^\(|\)$/g, '');
  if (LABELS.has(name.split(/\s+/)[0].toLowerCase())) return undefined;
  const owner = /^[\p{Ll}][\p{L}\p{N}_-]{1,20}$/u.test(name) ? { written: name } : readOwner(name, resolver);
  return owner && { owner, end: at + match[0].length };
}

/**
 * Every commitment in a paragraph's text, sentence by sentence, and clause by clause within a sentence. In a transcript
 * (a paragraph a speaker opens) a sentence that opens with another speaker hands the floor over: "Jana: I will update
 * the page. Mark: I will write to the bank." (lines the parser joined) gives Mark his own.
 */
export function findCommitments(text: string, resolver: PeopleResolver): Commitment[] {
  const found: Commitment[] = [];
  let speaker = speakerOf(text, resolver, 0);
  for (const [start, end] of sentences(text)) {
    if (speaker && start > 0) speaker = speakerOf(text, resolver, start) ?? speaker;
    const from = speaker && start < speaker.end ? speaker.end : start;
    const sentence = text.slice(from, end).replace(NUMBERING, '');
    // Every reading below needs a word ("will", "to", a verb): a sentence without two letters in a row ("1.", "—")
    // holds no commitment, and a paragraph of list numbers holds thousands of them.
    if (!HAS_WORD.test(sentence)) continue;
    const clues = cluesOf(sentence);
    const sentenceFirst = found.length;
    const read = readSentence(sentence, resolver) ?? readClause(sentence, resolver, clues) ?? (speaker ? firstPerson(sentence, speaker.owner) : undefined);
    if (read) found.push({ start, end, ...read });
    const passive = read ? undefined : readPassive(sentence, resolver);
    if (passive) found.push({ start, end, ...passive });
    const who = sentence.includes('who') ? WHO_WILL.exec(sentence) : null;
    const relative = who && isDeed(who[2]) && !sentence.trimEnd().endsWith('?') ? readOwners(who[1], resolver) : undefined;
    if (who && relative) found.push({ start, end, ownerText: who[1], owners: relative, text: who[2].trim(), form: 'will' });
    // Who a clause with no subject of its own ("…, will start a PR", "… and will take ownership") belongs to.
    let subject: CommitmentOwner | undefined | null = speaker ? speaker.owner : null;
    for (const boundary of sentence.matchAll(CLAUSE_START)) {
      const clause = sentence.slice(boundary.index + boundary[0].length);
      let inner = readClause(clause, resolver, clues);
      if (!inner && SUBJECTLESS.test(clause) && /^(?:[,;]|and)$/.test(boundary[0].trim())) {
        if (subject === null) subject = subjectOf(sentence, resolver); // read once, and only when a clause needs it
        if (subject) inner = subjectless(clause, subject, !speaker);
      }
      inner ??= speaker && /^I\b/.test(clause) ? firstPerson(clause, speaker.owner) : undefined;
      // Found already in this sentence: only its own findings are looked at (a paragraph may hold thousands).
      if (inner && !foundSince(found, sentenceFirst, inner.text)) found.push({ start, end, ...inner });
    }
  }
  return found;
}

const HAS_WORD = /\p{L}\p{L}/u;

function foundSince(found: readonly Commitment[], first: number, text: string): boolean {
  for (let i = first; i < found.length; i++) if (found[i].text === text) return true;
  return false;
}

/** A clause that goes on with its sentence's subject: "…, will start a PR", "… and will take ownership". */
const SUBJECTLESS = /^will\s/;

/** The person a sentence opens with ("Felix thinks …", "Alice presented …"), when it reads as one. */
function subjectOf(sentence: string, resolver: PeopleResolver): CommitmentOwner | undefined {
  const match = SUBJECT.exec(sentence);
  const owners = match ? readOwners(match[1], resolver) : undefined;
  return owners?.length === 1 ? owners[0] : undefined;
}

/** "The draft to be completed by Owen": the agent is the owner; what to do is the sentence up to "by". */
function readPassive(sentence: string, resolver: PeopleResolver): Omit<Commitment, 'start' | 'end'> | undefined {
  const match = sentence.includes('to be ') && sentence.includes(' by ') ? PASSIVE.exec(sentence) : null;
  if (!match) return undefined;
  const ownerText = match[3].replace(/\.+$/, '');
  const owner = readOwner(ownerText, resolver);
  return owner && { ownerText, owners: [owner], text: `${match[1]} to be ${match[2]}`, form: 'passive' };
}

/** A clause with no subject of its own: the speaker's ("I will …", "will …"), or the sentence's named subject's. */
function subjectless(clause: string, owner: CommitmentOwner, named: boolean): Omit<Commitment, 'start' | 'end'> | undefined {
  const read = firstPerson(clause, owner);
  return read && named ? { ...read, form: 'will' } : read;
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
  let mine: Set<string> | undefined; // only when an action of theirs is there to compare with
  return actions.some((action) => {
    if (!action.owners.some((o) => owners.includes(o.person ?? o.text))) return false;
    mine ??= words(text);
    const theirs = words(action.text);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    return shared / Math.max(1, Math.min(mine.size, theirs.size)) >= 0.5;
  });
}

/** A handle written as a speaker (`pnkfelix: might have …`), alone in a list item (`* cramertj`), or after `@`. */
const HANDLE_WRITTEN = /^[ \t>*+-]*([a-z][a-z0-9_-]{2,20}):[ \t]|^[ \t>]*[*+-][ \t]+@?([a-z][a-z0-9_-]{2,20})[ \t]*$|@([A-Za-z][A-Za-z0-9_-]{1,38})\b/gm;
/** Initials a roster line writes beside a name (`Cllr Dave Deighton DD Vice Chair`), or a handle it lists. */
const ROSTER_WORD = /^(?:\p{Lu}{2,4}|\p{Ll}[\p{Ll}\p{N}_-]{2,20})$/u;

/**
 * People a document names other than by its roster's entries, so that a commitment may give them as owners: initials
 * or handles written inside a roster line, and handles written as a speaker, alone in a list item or after `@`. Words
 * for nobody and labels are left out; so is anything the resolver already knows.
 */
export function namesWrittenElsewhere(source: string, roster: readonly { name: string; aliases: readonly string[] }[], resolver: PeopleResolver): string[] {
  const names = new Set<string>();
  for (const entry of roster) for (const word of [entry.name, ...entry.aliases].join(' ').split(/[\s,;()]+/)) if (ROSTER_WORD.test(word)) names.add(word);
  for (const match of source.matchAll(HANDLE_WRITTEN)) names.add(match[1] ?? match[2] ?? match[3]);
  return [...names].filter((name) => {
    const lower = name.toLowerCase();
    return !NOBODY.has(lower) && !NOT_NAMES.has(lower) && !LABELS.has(lower) && 'unknown' in resolver.resolve(name);
  });
}

/** A first name on its own ("Yarille", "Steve"): with a roster, someone it does not list may still be named so. */
const FIRST_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/** The words a document writes in lower case somewhere: "agreed", "problems", "hope", but never "Yarille". */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}_@./:'’-])\p{Ll}+(?![\p{L}\p{N}_/:'’-])/gu) ?? []);
}

const ALL_LOWER_CASE = /^\p{Ll}+$/u;
const NOT_BEFORE = /[\p{L}\p{N}_@./:'’-]/u;
const NOT_AFTER = /[\p{L}\p{N}_/:'’-]/u;

/**
 * `lowerCaseWords(text).has(word)`, for the few words asked about, without collecting every word of the text: the
 * word found where the characters around it end it (a keystroke in a long file asked the whole set each time).
 * Answers are kept for the text.
 */
export function lowerCaseWordsOf(text: string): Pick<ReadonlySet<string>, 'has'> {
  const answers = new Map<string, boolean>();
  const codePointBefore = (at: number): string => {
    const low = text.charCodeAt(at - 1);
    return (low & 0xfc00) === 0xdc00 && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? text.slice(at - 2, at) : text.slice(at - 1, at);
  };
  const codePointAt = (at: number): string => String.fromCodePoint(text.codePointAt(at)!);
  const written = (word: string): boolean => {
    if (!ALL_LOWER_CASE.test(word)) return false;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if ((at === 0 || !NOT_BEFORE.test(codePointBefore(at))) && (end === text.length || !NOT_AFTER.test(codePointAt(end)))) return true;
    }
    return false;
  };
  return {
    has: (word) => {
      let answer = answers.get(word);
      if (answer === undefined) answers.set(word, (answer = written(word)));
      return answer;
    },
  };
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

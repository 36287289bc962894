/**
 * Deterministic generators for the benchmark corpora (and the differential tests): realistic minutes files (rosters,
 * action tables, ACTION lines, task items, prose) and long meeting transcripts shaped like tc39's notes.
 */
export type Random = () => number;

/** A small seeded PRNG (mulberry32): the same seed always gives the same corpus. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const FIRST = ['Mark', 'Meena', 'Rita', 'Suzanne', 'Gerry', 'Jeremy', 'Andrew', 'Anne', 'Philip', 'Lea', 'Dan', 'Chris', 'Keith', 'Nicolò', 'Ruben', 'Olivier', 'Jonas', 'Aki'];
const LAST = ['Jones', 'Savla', 'Singh', 'Novak', 'Bulger', 'Cohen', 'Parker', 'Walker', 'Chimento', 'Verou', 'Minor', 'de Almeida', 'Miller', 'Ribaudo', 'Flückiger', 'Haukenes', 'Braun'];
const ORGS = ['West Hertfordshire PCT', 'Fernville Surgery', 'Igalia', 'Mozilla', 'Google', 'Bloomberg', 'Invited Expert', 'Ecma'];
const WORDS = (
  'the committee discussed budget proposal practices survey options paper draft specification urgent care pathway meeting ' +
  'members agreed that further work was needed before a decision could be taken and noted concerns about timing funding ' +
  'staff consultation review report presented figures quarter previous minutes accepted chair thanked everyone for their ' +
  'contributions questions were raised about implementation details and it was suggested that a working group should ' +
  'consider the matter in more depth with input from the practices and the board'
).split(' ');
const TECH = (
  'proposal stage consensus iterator module import async generator spec text semantics web compat engine implementers ' +
  'polyfill syntax runtime object prototype property symbol realm agent buffer regexp flag host hook champion slides ' +
  'question queue concern delegates feedback reviewers editors test262 coverage normative change pull request'
).split(' ');

function sentence(random: Random, words: readonly string[], min = 8, max = 24): string {
  const n = int(random, min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(random, words));
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

function paragraph(random: Random, words: readonly string[], sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, words)).join(' ');
}

interface Person {
  name: string;
  initials: string;
}

function people(random: Random, count: number): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  while (out.length < count) {
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    const name = `${first} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, initials: (first[0] + last.split(' ').pop()![0]).toUpperCase() });
  }
  return out;
}

function isoDate(random: Random, year: number): string {
  return `${year}-${String(int(random, 1, 12)).padStart(2, '0')}-${String(int(random, 1, 28)).padStart(2, '0')}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dueText(random: Random, year: number): string {
  switch (int(random, 0, 4)) {
    case 0:
      return isoDate(random, year);
    case 1:
      return `${int(random, 1, 28)} ${pick(random, MONTHS)} ${String(year).slice(2)}`;
    case 2:
      return `${pick(random, MONTHS)} ${year}`;
    case 3:
      return `${int(random, 1, 28)}/${int(random, 1, 12)}/${year}`;
    default:
      return 'next meeting';
  }
}

/**
 * One minutes file. `sections` controls the length: about 2.8 KB at the default, over 2,000 lines at 220.
 */
export function generateMinutes(random: Random, index: number, sections = int(random, 2, 4)): string {
  const year = 2005 + (index % 18);
  const date = isoDate(random, year);
  const roster = people(random, int(random, 4, 9));
  const out: string[] = [];
  if (random() < 0.5) {
    out.push('---', `title: ${pick(random, ['Executive Committee', 'Practice Leads', 'Board', 'Working Group'])} ${index}`, `date: ${date}`, `location: ${pick(random, ORGS)}`, '---', '');
  } else {
    out.push(`# Minutes of the ${pick(random, ['Executive Committee', 'Board', 'Practice Leads'])} meeting`, '', `Date: ${date}`, `Location: ${pick(random, ORGS)}`, '');
  }
  out.push('## Attended', '');
  for (const person of roster.slice(1)) out.push(`- ${person.name} (${person.initials})${random() < 0.3 ? ` — ${pick(random, ORGS)}` : ''}`);
  out.push('', '## Apologies', '', `${roster[0].name}`, '');
  for (let s = 0; s < sections; s++) {
    out.push(`## ${s + 1}. ${sentence(random, WORDS, 2, 5).slice(0, -1)}`, '');
    for (let p = int(random, 1, 2); p > 0; p--) out.push(paragraph(random, WORDS, int(random, 1, 4)), '');
    const who = pick(random, roster);
    const roll = random();
    if (roll < 0.35) {
      out.push(`ACTION: ${who.initials} — ${sentence(random, WORDS, 5, 12)} Due: ${dueText(random, year)}`, '');
    } else if (roll < 0.55) {
      out.push(`- [${random() < 0.3 ? 'x' : ' '}] @${who.initials} ${sentence(random, WORDS, 4, 10).slice(0, -1)} due: ${dueText(random, year)}`);
      out.push(`- [ ] @${pick(random, roster).initials} ${sentence(random, WORDS, 4, 10).slice(0, -1)}`, '');
    } else if (roll < 0.65) {
      out.push(`DECISION: ${sentence(random, WORDS, 5, 12)}`, '');
    } else if (roll < 0.75) {
      out.push('```', `${sentence(random, WORDS)}`, 'ACTION: not an action inside code', '```', '');
    }
    if (random() < 0.15) out.push(`> ${sentence(random, WORDS)}`, `> ${sentence(random, WORDS)}`, '');
    if (random() < 0.3) out.push(`- ${sentence(random, WORDS, 4, 10)}`, `- ${sentence(random, WORDS, 4, 10)}`, `  - ${sentence(random, WORDS, 4, 10)}`, '');
  }
  out.push('## Summary of actions', '', '| Owner | Action | Due | Status |', '|---|---|---|---|');
  for (let r = int(random, 2, 6); r > 0; r--) {
    out.push(`| ${pick(random, roster).name} | ${sentence(random, WORDS, 4, 12)} | ${dueText(random, year)} | ${random() < 0.3 ? 'Done' : ''} |`);
  }
  out.push('', '## Next meeting', '', `${int(random, 1, 28)} ${pick(random, MONTHS)} ${year} from 1pm to 2.15pm at ${pick(random, ORGS)}`, '');
  return out.join('\n');
}

/** One long transcript shaped like tc39's meeting notes: an attendee table, then topic after topic of dialogue. */
export function generateTranscript(random: Random, index: number, targetBytes = int(random, 35_000, 108_000)): string {
  const delegates = people(random, int(random, 20, 40)).map((p) => ({ ...p, abbr: p.initials + pick(random, ['', 'A', 'X', 'M']) }));
  const out: string[] = [`# ${100 + (index % 40)}th TC39 Meeting`, '', `Day ${pick(random, ['One', 'Two', 'Three'])}—${int(random, 1, 28)} ${pick(random, MONTHS)} ${2015 + (index % 11)}`, '', '**Attendees:**', ''];
  out.push('| Name | Abbreviation | Organization |', '|---|---|---|');
  for (const d of delegates) out.push(`| ${d.name} | ${d.abbr} | ${pick(random, ORGS)} |`);
  out.push('');
  let size = out.join('\n').length;
  while (size < targetBytes) {
    const topic: string[] = [`## ${sentence(random, TECH, 2, 5).slice(0, -1)} for Stage ${int(random, 1, 3)}`, '', `Presenter: ${pick(random, delegates).name} (${pick(random, delegates).abbr})`, ''];
    topic.push(`- [proposal](https://github.com/tc39/proposal-${pick(random, TECH)})`, `- [slides](https://docs.google.com/presentation/d/${index}x${size})`, '');
    for (let turn = int(random, 10, 40); turn > 0; turn--) {
      topic.push(`${pick(random, delegates).abbr}: ${paragraph(random, TECH, int(random, 1, 6))}`, '');
      if (random() < 0.03) topic.push('```js', `const ${pick(random, TECH)} = await import.source("${pick(random, TECH)}");`, '', `${pick(random, TECH)}.next();`, '```', '');
      if (random() < 0.03) topic.push(`- ${sentence(random, TECH)}`, `- ${sentence(random, TECH)}`, '');
    }
    topic.push("### Speaker's Summary of Key Points", '', `- ${sentence(random, TECH)}`, `- ${sentence(random, TECH)}`, '', '### Conclusion', '', `- ${sentence(random, TECH)}`, '');
    const text = topic.join('\n');
    out.push(text);
    size += text.length + 1;
  }
  return out.join('\n');
}

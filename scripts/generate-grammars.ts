/**
 * Generates the TextMate grammars in `syntaxes/` (run `npm run grammars`; a unit test fails when the
 * committed JSON is stale). The regexes are written once here and shared by the `minutes` language
 * grammar and the opt-in injection grammars for plain Markdown; the action-table rules are generated
 * per owner/due column position, which is why this is a script rather than hand-written JSON.
 *
 * Layout (see syntaxes/README.md):
 * - minutes.tmLanguage.json           `text.html.markdown.minutes`: includes `text.html.markdown` and
 *                                     injects the dialect rules (its own `injections` key).
 * - minutes-markdown-opt-in.injection `markdown.minutes.opt-in`: in plain Markdown, a top-level
 *                                     `<!-- minutes -->` line opens `meta.minutes.opt-in` up to the end.
 * - minutes-markdown-block.injection  `markdown.minutes.block`: block rules inside `meta.minutes.opt-in`.
 * - minutes-markdown-inline.injection `markdown.minutes.inline`: inline rules inside `meta.minutes.opt-in`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTION_HEADER_WORDS,
  ACTION_LIST_WORDS,
  alternation,
  DUE_HEADER_WORDS,
  NEXT_MEETING_WORDS,
  OWNER_HEADER_WORDS,
  ROSTER_WORDS,
  spaced,
} from '../src/core/dialect/vocabulary';

type Rule = Record<string, unknown>;

export const LANGUAGE_SCOPE = 'text.html.markdown.minutes';
export const OPT_IN_SCOPE = 'meta.minutes.opt-in';

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?`;
const WEEKDAY = String.raw`(?:(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![a-z])\.?,?[ \t]+)`;
const DAY = String.raw`(?:[0-2]?[0-9]|3[01])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?[ \t]+'?(?:\d{4}|\d{2})(?!\d))`;

/** Every date form of the dialect (same forms as src/core/dates.ts), longest alternatives first. */
export const DATE = String.raw`(?i:(?<![\w/.-])(?:` + [
  String.raw`\d{4}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])`,
  // Day and month either way round (the parser has a month-first setting).
  String.raw`(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])[/.](?:\d{4}|\d{2})`,
  `${WEEKDAY}?${DAY}(?:[ \\t]+of)?[ \\t-]+${MONTH}${YEAR}?`,
  `${WEEKDAY}?${MONTH}[ \\t]+${DAY}${YEAR}?`,
  `${MONTH}${YEAR}`,
].join('|') + String.raw`)(?![\w/]|-\d))`;

const CODE_EXCLUSIONS = '-markup.fenced_code -markup.raw -markup.inline.raw -comment -meta.embedded.block.frontmatter';

/** Where block rules may start: the document top level, list items and block quotes. */
function blockSelector(root: string): string {
  return `L:${root} -meta.paragraph.markdown -markup.heading -markup.table.markdown ${CODE_EXCLUSIONS}`;
}

/** Where inline rules apply: paragraphs (our action/decision/task lines are paragraphs too), table cells, headings. */
function inlineSelector(root: string): string {
  return `L:${root} (meta.paragraph.markdown | markup.table.markdown | markup.heading.markdown) ${CODE_EXCLUSIONS}`;
}

const BLOCK_START = String.raw`(^|\G)[ ]{0,3}`;

// ---------------------------------------------------------------------------------------------
// Inline rules
// ---------------------------------------------------------------------------------------------

const dateRule: Rule = { match: DATE, name: 'constant.numeric.date.minutes' };

const inlineRules: Record<string, Rule> = {
  'due-date': {
    comment: 'A due date anywhere in a paragraph: "Due: 20 Dec 07", "due 2008-02-29", "by June 07", "before 1 May", "(due 15th June)"; "due next meeting".',
    match: String.raw`(?i)(?<![\w-])(due(?:[ \t]+date)?|by(?:[ \t]+when)?|before|deadline)(?![\w-])[ \t]*(:)?[ \t]*` + String.raw`(?:(${DATE})|((?:the[ \t]+)?next[ \t]+meeting)(?![\w-]))`,
    captures: {
      '1': { name: 'keyword.other.due.minutes' },
      '2': { name: 'punctuation.separator.key-value.minutes' },
      '3': { name: 'constant.numeric.date.minutes' },
      '4': { name: 'constant.numeric.date.next-meeting.minutes' },
    },
  },
  handle: {
    comment: 'An owner written as a handle: @MJ, @meena.savla.',
    match: String.raw`(?<![\w@.\x{60}])(@)[A-Za-z][\w.-]*(?<![.-])`,
    name: 'entity.name.person.minutes',
    captures: { '1': { name: 'punctuation.definition.person.minutes' } },
  },
};

// ---------------------------------------------------------------------------------------------
// Block rules
// ---------------------------------------------------------------------------------------------

/** White space inside a phrase, on one line. */
const SPACES = String.raw`[ \t]+`;

/** The section headings the parser reads (core/dialect/vocabulary.ts), their spaces as a grammar's one-line match needs. */
const SECTIONS: Array<{ kind: string; names: string }> = [
  { kind: 'roster.attended', names: spaced(ROSTER_WORDS.attendee, SPACES) },
  { kind: 'roster.apologies', names: spaced(ROSTER_WORDS.apology, SPACES) },
  { kind: 'roster.distribution', names: spaced(ROSTER_WORDS.copy, SPACES) },
  { kind: 'actions', names: spaced(ACTION_LIST_WORDS, SPACES) },
  { kind: 'next-meeting', names: spaced(NEXT_MEETING_WORDS, SPACES) },
];

function sectionHeading(kind: string, names: string): Rule {
  return {
    comment: `"## ${kind}" section heading: any level, any case, optional numbering and trailing colon.`,
    match:
      BLOCK_START +
      String.raw`(#{1,6})[ \t]+((?:\d+(?:\.\d+)*\.?[ \t]+)?(\*\*|__)?(?i:${names})[ \t]*:?\4?[ \t]*:?)(?:[ \t]+#+)?[ \t]*$`,
    name: `markup.heading.markdown markup.heading.minutes meta.section.${kind}.minutes`,
    captures: {
      '2': { name: 'punctuation.definition.heading.markdown' },
      '3': {
        name: 'entity.name.section.markdown',
        patterns: [{ match: String.raw`\*\*|__`, name: 'punctuation.definition.bold.markdown' }],
      },
    },
  };
}

/** ACTION, Action item, ACTION-ITEM, a numbered ACTION 62.3, and AI / AI(name) in capitals (docs/dialect.md). */
const ACTION_MARKER = String.raw`(?:(?i:action(?:[ \t]+item|-item)?)(?:[ \t]+\d+(?:\.\d+)*)?|AI(?:\([^)\n]*\))?)`;
const OWNER_SEPARATORS = String.raw`[ \t]*[\x{2014}\x{2013}][ \t]*|[ \t]+-[ \t]+|[ \t]*:[ \t]+`;

/** A word of a name: capitalised (Mark, MJ, O'Brien, Émile) or an @handle; never a due keyword. */
const NAME_WORD = String.raw`(?!(?i:due|by|before|deadline)\b)(?:@[\w.-]+|\p{Lu}[\p{L}\p{M}\d'\x{2019}.-]*)`;
/** Owners "read like names" (docs/dialect.md): name words, joined by spaces or the owner separators / , & + and. */
const OWNERS = String.raw`${NAME_WORD}(?:(?:[ \t]*[/,&+;][ \t]*|[ \t]+and[ \t]+|[ \t]+)${NAME_WORD}){0,11}`;

const actionLine: Rule = {
  comment:
    'ACTION: <owners> — <text> (separator em/en dash, " - " or ":") or ACTION: <owners> to <text>. ' +
    'Also "Action item:", "ACTION-ITEM:", "ACTION 62.3:", "AI:", "AI(name):", "**ACTION**:" and "**ACTION:**". Owners must read like names.',
  begin:
    BLOCK_START +
    String.raw`((?:\*\*${ACTION_MARKER}(?:\*\*:|:\*\*))|${ACTION_MARKER}:)` +
    String.raw`(?:[ \t]*(${OWNERS})(${OWNER_SEPARATORS}|[ \t]+(?=(?i:to)[ \t])))?`,
  beginCaptures: {
    '2': {
      name: 'keyword.control.action.minutes',
      patterns: [{ match: String.raw`\*\*`, name: 'punctuation.definition.bold.markdown' }],
    },
    '3': {
      name: 'entity.name.person.minutes',
      patterns: [{ match: String.raw`[ \t]*(?:/|,|&|\+|;|\band\b)[ \t]*`, name: 'punctuation.separator.owners.minutes' }],
    },
    '4': { name: 'punctuation.separator.owner.minutes' },
  },
  end: '$',
  name: 'meta.paragraph.markdown meta.action.minutes',
  patterns: [{ include: 'text.html.markdown#inline' }],
};

const DECISION_MARKER = String.raw`(?i:decision|agreed|resolved)`;

const decisionLine: Rule = {
  comment: 'DECISION: / AGREED: / RESOLVED: lines, also in bold (**DECISION**: / **DECISION:**).',
  begin: BLOCK_START + String.raw`((?:\*\*${DECISION_MARKER}(?:\*\*:|:\*\*))|${DECISION_MARKER}:)`,
  beginCaptures: {
    '2': {
      name: 'keyword.control.decision.minutes',
      patterns: [{ match: String.raw`\*\*`, name: 'punctuation.definition.bold.markdown' }],
    },
  },
  end: '$',
  name: 'meta.paragraph.markdown meta.decision.minutes',
  patterns: [{ include: 'text.html.markdown#inline' }],
};

const taskItem: Rule = {
  comment: 'GFM task item "- [ ] @MJ text due: 2008-02-29": only right after a list marker.',
  begin: String.raw`(^|\G)(?<=[-*+.)][ \t])[ \t]{0,3}(\[)([ xX])(\])(?=[ \t]|$)`,
  beginCaptures: {
    '2': { name: 'punctuation.definition.task.begin.minutes' },
    '3': { name: 'constant.language.task.state.minutes' },
    '4': { name: 'punctuation.definition.task.end.minutes' },
  },
  end: '$',
  name: 'meta.paragraph.markdown meta.task.minutes',
  patterns: [{ include: 'text.html.markdown#inline' }],
};

// --- action tables -----------------------------------------------------------------------------

const OWNER_COLUMN = alternation(OWNER_HEADER_WORDS, SPACES);
const ACTION_COLUMN = alternation(ACTION_HEADER_WORDS, SPACES);
const DUE_COLUMN = alternation(DUE_HEADER_WORDS, SPACES);

/** One table cell's text: up to an unescaped pipe. As in GFM, a pipe splits cells even inside a code span. */
const CELL = String.raw`(?:[^|\\\n]|\\.)*`;

function headerCell(names: string): string {
  return String.raw`[ \t]*(?:\*\*|__)?(?i:${names})(?:\*\*|__)?[ \t]*:?[ \t]*(?:\||$)`;
}

/** Lookahead: the cell at `index` (0-based) of the row that starts here is one of `names`. */
function cellAt(index: number, names: string): string {
  return String.raw`(?=\|?(?:${CELL}\|){${index}}${headerCell(names)})`;
}

const MAX_OWNER_COLUMN = 4;
const MAX_DUE_COLUMN = 5;

const pipe: Rule = { match: String.raw`\|`, name: 'punctuation.definition.table.markdown' };
const cellInline: Rule = { patterns: [pipe, { include: 'text.html.markdown#inline' }] };

function actionTable(owner: number, due: number | undefined): Rule {
  const header =
    BLOCK_START +
    // Cheap test first: most lines have no pipe.
    String.raw`(?=[^\n|]*\|)` +
    // A header row without a leading pipe must start with a column name, not a block marker (`>`, `-`, `1.`).
    String.raw`(?=\||(?:\*\*|__)?[A-Za-z])` +
    cellAt(owner, OWNER_COLUMN) +
    (due === undefined ? '' : cellAt(due, DUE_COLUMN)) +
    String.raw`(?=\|?(?:${CELL}\|)*${headerCell(ACTION_COLUMN)})` +
    '(.*)$';
  // A body row: cells up to the last interesting column are captured one by one.
  const last = Math.max(owner, due ?? -1);
  // Never an empty match: at the end of the header line that would make vscode-textmate pop the table.
  let row = BLOCK_START + String.raw`(?=[ \t]*\S)(?![ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\||$))(\|)?`;
  const captures: Record<string, Rule> = { '2': pipe };
  let group = 3;
  for (let index = 0; index <= last; index += 1) {
    if (index === owner || index === due) {
      row += String.raw`([ \t]*)(${CELL}?)([ \t]*)(\||$)`;
      captures[String(group + 1)] =
        index === owner
          ? { name: 'entity.name.person.minutes', patterns: [{ include: '#owner-cell' }] }
          : { name: 'meta.due.minutes', patterns: [dateRule, { include: 'text.html.markdown#inline' }] };
      captures[String(group + 3)] = pipe;
      group += 4;
    } else {
      row += String.raw`(${CELL})(\||$)`;
      captures[String(group)] = cellInline;
      captures[String(group + 1)] = pipe;
      group += 2;
    }
  }
  row += '(.*)$';
  captures[String(group)] = cellInline;
  return {
    comment: `Action table with the owner in column ${owner + 1}${due === undefined ? '' : ` and the due date in column ${due + 1}`}.`,
    begin: header,
    beginCaptures: { '2': { name: 'markup.heading.table.minutes', patterns: [pipe] } },
    // GFM: rows go on until a blank line or another block (list item, quote, heading) starts.
    while: String.raw`(^|\G)(?=[ ]{0,3}(?:\||(?![-*+][ \t]|[>#]|\d+[.)][ \t])[^\s|][^\n]*\|))`,
    name: 'markup.table.markdown meta.table.action.minutes',
    patterns: [
      {
        match: BLOCK_START + String.raw`(\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?)[ \t]*$`,
        captures: { '2': { name: 'punctuation.separator.table.markdown', patterns: [pipe] } },
      },
      { match: row, name: 'meta.row.action.minutes', captures },
      pipe,
      { include: 'text.html.markdown#inline' },
    ],
  };
}

function actionTables(): Rule[] {
  const rules: Rule[] = [];
  // Variants with a due column come first: the first rule that matches the header wins.
  for (let due = 0; due <= MAX_DUE_COLUMN; due += 1) {
    for (let owner = 0; owner <= MAX_OWNER_COLUMN; owner += 1) {
      if (owner !== due) rules.push(actionTable(owner, due));
    }
  }
  for (let owner = 0; owner <= MAX_OWNER_COLUMN; owner += 1) rules.push(actionTable(owner, undefined));
  return rules;
}

// ---------------------------------------------------------------------------------------------
// Grammars
// ---------------------------------------------------------------------------------------------

function repository(): Record<string, Rule> {
  return {
    'minutes-block': {
      patterns: [
        { include: '#section-heading' },
        { include: '#action-table' },
        { include: '#action-line' },
        { include: '#decision-line' },
        { include: '#task-item' },
      ],
    },
    'minutes-inline': { patterns: [{ include: '#due-date' }, { include: '#handle' }] },
    'section-heading': { patterns: SECTIONS.map((section) => sectionHeading(section.kind, section.names)) },
    'action-table': { patterns: actionTables() },
    'owner-cell': {
      patterns: [
        { match: String.raw`[ \t]*(?:/|,|&|\+|;|\band\b)[ \t]*`, name: 'punctuation.separator.owners.minutes' },
        { include: 'text.html.markdown#inline' },
      ],
    },
    'action-line': actionLine,
    'decision-line': decisionLine,
    'task-item': taskItem,
    date: dateRule,
    ...inlineRules,
  };
}

export function languageGrammar(): Rule {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Minutes',
    scopeName: LANGUAGE_SCOPE,
    comment: 'GENERATED by scripts/generate-grammars.ts — edit that file and run `npm run grammars`.',
    patterns: [{ include: 'text.html.markdown' }],
    injections: {
      [blockSelector(LANGUAGE_SCOPE)]: { patterns: [{ include: '#minutes-block' }] },
      [inlineSelector(LANGUAGE_SCOPE)]: { patterns: [{ include: '#minutes-inline' }] },
    },
    repository: repository(),
  };
}

export function optInGrammar(): Rule {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    scopeName: 'markdown.minutes.opt-in',
    comment:
      'GENERATED. In plain Markdown, a top-level "<!-- minutes -->" line opts the rest of the file in to minutes highlighting.',
    injectionSelector: `L:text.html.markdown -${OPT_IN_SCOPE} -${LANGUAGE_SCOPE} -meta -markup -comment -string -source`,
    patterns: [
      {
        begin: BLOCK_START + String.raw`((<!--)[ \t]*(minutes)[ \t]*(-->))[ \t]*$`,
        beginCaptures: {
          '2': { name: 'meta.opt-in.marker.minutes comment.block.html' },
          '3': { name: 'punctuation.definition.comment.html' },
          '4': { name: 'keyword.other.opt-in.minutes' },
          '5': { name: 'punctuation.definition.comment.html' },
        },
        end: '(?!)',
        name: OPT_IN_SCOPE,
        patterns: [{ include: 'text.html.markdown' }],
      },
    ],
  };
}

export function markdownInjection(kind: 'block' | 'inline'): Rule {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    scopeName: `markdown.minutes.${kind}`,
    comment: `GENERATED. Minutes ${kind} rules for Markdown that opted in (inside ${OPT_IN_SCOPE}).`,
    injectionSelector: kind === 'block' ? blockSelector(OPT_IN_SCOPE) : inlineSelector(OPT_IN_SCOPE),
    patterns: [{ include: `${LANGUAGE_SCOPE}#minutes-${kind}` }],
  };
}

export const GRAMMAR_FILES: Record<string, () => Rule> = {
  'minutes.tmLanguage.json': languageGrammar,
  'minutes-markdown-opt-in.injection.tmLanguage.json': optInGrammar,
  'minutes-markdown-block.injection.tmLanguage.json': () => markdownInjection('block'),
  'minutes-markdown-inline.injection.tmLanguage.json': () => markdownInjection('inline'),
};

export function render(rule: Rule): string {
  return `${JSON.stringify(rule, null, 2)}\n`;
}

if (require.main === module) {
  const out = join(__dirname, '..', 'syntaxes');
  mkdirSync(out, { recursive: true });
  for (const [file, build] of Object.entries(GRAMMAR_FILES)) {
    writeFileSync(join(out, file), render(build()));
    console.log(`wrote syntaxes/${file}`);
  }
}

/**
 * The dialect's words, each list written once. The parser (`core/parse.ts`, `core/dialect/*`), the pre-scan
 * (`core/prescan.ts`) and the grammar generator (`scripts/generate-grammars.ts`) build their expressions from these,
 * so a word added here is read, kept and highlighted alike. Phrases are regular-expression sources in lower case with
 * single spaces between words; `spaced` turns the spaces into what a caller's expression needs.
 */

/** A task list: "Tasks", "Individual Tasks", "Good first tasks", "Tasks for Everyone" (the owner after "for"). */
const TASK_LIST_WORDS = String.raw`(?:[a-z]+\s+){0,3}tasks(?:\s+for\s+[^:()]{1,40})?`;

/** The names of a list of actions, as a heading or as a label alone on its line: "Action items", "Next steps", "TODO". */
export const ACTION_LIST_WORDS = String.raw`(?:(?:a\s+)?(?:series|list|set|summary) of\s+)?(?:(?:new|open|agreed)\s+)?(?:decisions and\s+)?(?:action items?|actions(?: required| agreed| arising)?|actions? points|actionables?(?: items?)?|next steps?|todos?|to-?dos?|to do|to be done(?:\s+(?:until|by|before)\s.{1,40})?|${TASK_LIST_WORDS})`;

/**
 * The letters (lower case) a name of a list of actions can start with, for a quick test before ACTION_LIST_WORDS; a
 * name of a task list ("Good first tasks") can start with any word, so `TASKS_WORD` is the other quick test.
 */
export const ACTION_LIST_STARTS = 'adlnost';
export const TASKS_WORD = /tasks/i;

/**
 * A label alone on its line over a list of outcomes: "**Resolved**", "Agreed:", "Outcomes". Its `Name: task` items are
 * actions (an owner next to a task); its other items are decisions or notes.
 */
export const OUTCOME_WORDS = String.raw`resolved|agreed|decided|outcomes?|decisions?`;

/** Headings and labels that open a roster, by the role of the people listed. */
export const ROSTER_WORDS = {
  attendee: String.raw`attended|attendees|attendance|present|(?:team\s+)?members\s+present|participants|in attendance`,
  apology: String.raw`apologies|apologies for absence|absent|regrets`,
  copy: String.raw`copies to|copy to|distribution|circulation`,
} as const;
/** The heading or label of the next meeting's details. */
export const NEXT_MEETING_WORDS = 'next meeting';
/** Every roster label, and the next meeting's: `Present:`, `Apologies:`, `Next meeting:`. */
export const ROSTER_LABEL_WORDS = `${ROSTER_WORDS.attendee}|${ROSTER_WORDS.apology}|${ROSTER_WORDS.copy}|${NEXT_MEETING_WORDS}`;

/** A heading (or a label alone on its line) whose checkboxes record who attended, not tasks: "Voting member attendance". */
export const ATTENDANCE_WORDS = String.raw`\b(?:attendance|attendees|roll call|present|participants)\b`;
/** A heading or label whose checkboxes are a checklist that assigns nobody: "Housekeeping checklist", "Milestones". */
export const CHECKLIST_WORDS = String.raw`\b(?:checklist|housekeeping)\b`;
/**
 * First words of a sub-heading of an action section that group actions rather than name their owner ("## General",
 * "### For Next Week", "### Ongoing").
 */
export const NOT_OWNER_HEADINGS: ReadonlySet<string> = new Set(
  'general other others misc miscellaneous ongoing outstanding pending done completed complete new open closed cancelled for from this next last previous short long before after until by urgent backlog later future notes carried carry follow overdue coming upcoming no due today tomorrow soon details detail background context discussion summary status progress update updates'.split(' '),
);

/** Table headers, lower case, by the column they name. */
export const OWNER_HEADER_WORDS = ['owner', 'owners', 'who', 'assignee', 'assignees', 'assigned to', 'responsible', 'lead', 'by whom', 'action by'];
export const ACTION_HEADER_WORDS = ['action', 'actions', 'task', 'tasks', 'what', 'description', 'item', 'action item'];
export const DUE_HEADER_WORDS = ['due', 'due date', 'when', 'deadline', 'by', 'by when', 'target', 'target date', 'date'];
export const STATUS_HEADER_WORDS = ['status', 'done', 'state'];
export const TYPE_HEADER_WORDS = ['type', 'kind', 'category'];
export const OWNER_HEADERS: ReadonlySet<string> = new Set(OWNER_HEADER_WORDS);
export const ACTION_HEADERS: ReadonlySet<string> = new Set(ACTION_HEADER_WORDS);
export const DUE_HEADERS: ReadonlySet<string> = new Set(DUE_HEADER_WORDS);
export const STATUS_HEADERS: ReadonlySet<string> = new Set(STATUS_HEADER_WORDS);
export const TYPE_HEADERS: ReadonlySet<string> = new Set(TYPE_HEADER_WORDS);

/** Words for a group, or for nobody in particular: "Everyone to read the paper" has no owner. */
export const GROUP_WORDS = /^(?:all|everyone|everybody|someone|somebody|anyone|anybody|nobody|no one|we|they|you|i|he|she|it|people|folks|others|each|both|this|that|these|those|there|who|which|what|one|team|the team|tbd|tbc|unknown|none|n\/a)$/i;
/** Verbs that start an instruction, so "Invite Steven Loomis to the next meeting" names no owner. */
export const IMPERATIVES: ReadonlySet<string> = new Set(
  'invite ask send check review update create write speak sign learn think schedule contact reach email follow confirm prepare share add fix get make set post open file draft organise organize arrange book find look talk discuss circulate investigate explore consider propose publish submit remove move merge close identify engage extend join perform have put ensure ping tell let help work start finish complete document coordinate collect gather summarize summarise provide present request plan raise bring take give reply respond prioritise prioritize clarify verify test run build implement evaluate assess research compile'.split(' '),
);
/** Words that start a sentence before "to"/"will" and are nobody's name or handle ("Proposal to merge", "need to"). */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  'need needs want wants going have has had plan plans agreed decided try tries how what where when why ready able unable continue proposal proposed move moving talk reply respond refer switch migrate go come return add reach link point due back up down next also then still and or but ok okay yes no nothing something everything it this that used use time likely hard easy nice good best better important necessary decision agreement request reminder note question answer suggestion motion vote first second third finally later remember idea goal aim intention consensus action item task'.split(' '),
);
/** Words in a trailing parenthesis that say how an action stands, not who owns it: `(done)`, `(WIP)`, `(P1)`. */
export const STATUS_WORDS = /^(?:done|complete|completed|finished|closed|open|wip|tbd|tbc|todo|optional|ongoing|pending|blocked|draft|urgent|high|low|medium|p\d)$/i;

/** A phrase's spaces (a single space or `\s+`) written as `space`: `[ \t]+` for a TextMate grammar's one-line match. */
export function spaced(source: string, space: string): string {
  return source.replace(/\\s\+| /g, space).replace(/\\s/g, space.replace(/\+$/, ''));
}

/** A list of plain phrases as one alternation, its spaces written as `space`. */
export function alternation(words: readonly string[], space: string): string {
  return words.map((word) => spaced(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), space)).join('|');
}

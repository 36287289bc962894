/**
 * A compact encoding of parsed documents for the parse cache: every number (line, column, count, flag) goes into one
 * integer array and every string into one table shared by all documents, so that a warm start reads two arrays
 * instead of tens of megabytes of JSON, and the documents it builds share their repeated strings (names, statuses).
 * What comes back equals what went in as JSON sees it: an optional property is either absent or holds undefined.
 *
 * The encoder destructures every field of the model with a rest that must be empty: a field added to the model and
 * not encoded here fails to compile, and `test/unit/documentCodec.test.ts` round-trips real documents.
 */
import type { DatePrecision } from './dates';
import type { Action, ActionKind, ActionReview, ActionStatus, Decision, DiagnosticCode, MinutesDiagnostic, MinutesDocument, OwnerRef, Position, ProseAction, Range, RosterEntry, RosterRole, Severity } from './model';

/** What a `DocumentWriter` wrote and a `DocumentReader` reads: typed arrays and one table of strings. */
export interface EncodedDocuments {
  /** Each document's counts, flags, string and range references. */
  numbers: Int32Array;
  strings: readonly string[];
  /** Line and character of each distinct position. */
  positions: Int32Array;
  /** Start and end position (references into `positions`) of each distinct range. */
  ranges: Int32Array;
  /** Header line and owner, action, due and status columns of each distinct table layout. */
  tables: Int32Array;
}

/** Collects numbers, strings, positions and ranges for any number of documents. */
export class DocumentWriter {
  readonly numbers: number[] = [];
  readonly strings: string[] = [];
  /** Distinct positions and ranges are written once and referred to by number: a range costs one number, not four. */
  private readonly positions: number[] = [];
  private readonly ranges: number[] = [];
  private readonly tables: number[] = [];
  private readonly tableIds = new Map<string, number>();
  private readonly stringIds = new Map<string, number>();
  private readonly positionIds: number[][] = [];
  private readonly otherPositionIds = new Map<string, number>();
  /** By start and end position, as one number (`start * RANGE_KEY + end`; a string past that). */
  private readonly rangeIds = new Map<number | string, number>();
  private readonly rangeIdsByObject = new Map<Range, number>();

  private readonly sharedRanges: boolean;
  private readonly distinct: boolean;

  /**
   * `shared` (the default): the documents may share range objects (from the cache or the compactor), found by
   * identity. `fresh`: a fresh parse shares none, and remembering each object would only cost time. `raw`: nothing is
   * looked for, every string and range is written as met: the cheapest to write, for documents read once and not
   * shared (a worker's batch for the CLI).
   */
  constructor(mode: 'shared' | 'fresh' | 'raw' = 'shared') {
    this.sharedRanges = mode === 'shared';
    this.distinct = mode !== 'raw';
  }

  /** Appends a document; returns where it starts in `numbers`. */
  write(document: MinutesDocument): number {
    const start = this.numbers.length;
    const { title, date, dateSource, location, roster, actions, decisions, nextMeeting, proseActions, diagnostics, ...rest } = document;
    noMoreFields(rest);
    this.optionalString(title);
    this.optionalString(date);
    this.optionalString(dateSource);
    this.optionalString(location);
    this.count(roster.length);
    for (const entry of roster) {
      const { name, aliases, affiliation, role, range, ...more } = entry;
      noMoreFields(more);
      this.string(name);
      this.stringList(aliases);
      this.optionalString(affiliation);
      this.string(role);
      this.range(range);
    }
    this.count(actions.length);
    for (const action of actions) this.action(action);
    this.count(decisions.length);
    for (const decision of decisions) {
      const { text, range, ...more } = decision;
      noMoreFields(more);
      this.string(text);
      this.range(range);
    }
    if (nextMeeting === undefined) this.count(0);
    else {
      const { date: meetingDate, dateText, time, place, range, ...more } = nextMeeting;
      noMoreFields(more);
      this.count(1);
      this.optionalString(meetingDate);
      this.optionalString(dateText);
      this.optionalString(time);
      this.optionalString(place);
      this.range(range);
    }
    this.count(proseActions.length);
    for (const prose of proseActions) {
      const { range, owners, ownerText, text, insertAt, ...more } = prose;
      noMoreFields(more);
      this.range(range);
      this.stringList(owners);
      this.string(ownerText);
      this.string(text);
      this.numbers.push(this.positionId(insertAt));
    }
    this.count(diagnostics.length);
    for (const diagnostic of diagnostics) {
      const { code, severity, message, range, ...more } = diagnostic;
      noMoreFields(more);
      this.string(code);
      this.string(severity);
      this.string(message);
      this.range(range);
    }
    return start;
  }

  /** Everything written so far, as a reader takes it. */
  encoded(): EncodedDocuments {
    return {
      numbers: Int32Array.from(this.numbers),
      strings: this.strings,
      positions: Int32Array.from(this.positions),
      ranges: Int32Array.from(this.ranges),
      tables: Int32Array.from(this.tables),
    };
  }

  private action(action: Action): void {
    const { kind, range, text, textRange, owners, ownerRange, due, dueText, duePrecision, dueRange, dueAmbiguous, dueRelative, status, statusRange, table, id, review, ...more } = action;
    noMoreFields(more);
    this.string(kind);
    this.range(range);
    this.string(text);
    this.range(textRange);
    this.count(owners.length);
    for (const owner of owners) {
      const { text: ownerText, person, ambiguous, range: ownerTextRange, ...rest } = owner;
      noMoreFields(rest);
      this.string(ownerText);
      this.optionalString(person);
      if (ambiguous === undefined) this.count(0);
      else {
        this.count(1);
        this.stringList(ambiguous);
      }
      this.range(ownerTextRange);
    }
    this.range(ownerRange);
    this.nullableString(due);
    this.nullableString(dueText);
    this.nullableString(duePrecision);
    this.optionalRange(dueRange);
    this.optionalString(dueAmbiguous);
    this.numbers.push(dueRelative === undefined ? ABSENT : dueRelative ? 1 : 0);
    this.string(status);
    this.optionalRange(statusRange);
    if (table === undefined) this.numbers.push(ABSENT);
    else {
      // Every row of a table has the same layout: stored once, read back as one shared object.
      const { headerLine, columns, ...rest } = table;
      noMoreFields(rest);
      const { owner, action: actionColumn, due: dueColumn, status: statusColumn, ...restColumns } = columns;
      noMoreFields(restColumns);
      const layout = [headerLine, owner, actionColumn, dueColumn ?? ABSENT, statusColumn ?? ABSENT];
      const key = layout.join(',');
      let id = this.tableIds.get(key);
      if (id === undefined) {
        id = this.tables.length / TABLE_FIELDS;
        this.tables.push(...layout);
        this.tableIds.set(key, id);
      }
      this.numbers.push(id);
    }
    this.optionalString(id);
    if (review === undefined) this.numbers.push(ABSENT);
    else {
      const { ref, link, agreedText, statusWord, ...rest } = review;
      noMoreFields(rest);
      this.count(1);
      this.optionalString(ref);
      this.optionalString(link);
      this.optionalString(agreedText);
      this.optionalString(statusWord);
    }
  }

  private count(n: number): void {
    this.numbers.push(n);
  }

  private string(value: string): void {
    if (!this.distinct) {
      this.numbers.push(this.strings.length);
      this.strings.push(value);
      return;
    }
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.stringIds.set(value, id);
    }
    this.numbers.push(id);
  }

  private optionalString(value: string | undefined): void {
    if (value === undefined) this.numbers.push(ABSENT);
    else this.string(value);
  }

  private nullableString(value: string | null): void {
    if (value === null) this.numbers.push(NULL);
    else this.string(value);
  }

  private stringList(values: readonly string[]): void {
    this.count(values.length);
    for (const value of values) this.string(value);
  }

  private positionId({ line, character }: Position): number {
    // By line, then by column (arrays indexed by small integers); a string key for what no real file holds.
    const inBounds = Number.isInteger(line) && Number.isInteger(character) && line >= 0 && character >= 0 && line < LINE_LIMIT && character < CHARACTER_LIMIT;
    let id = inBounds ? this.positionIds[line]?.[character] : this.otherPositionIds.get(`${line}:${character}`);
    if (id === undefined) {
      id = this.positions.length / 2;
      this.positions.push(line, character);
      if (inBounds) (this.positionIds[line] ??= [])[character] = id;
      else this.otherPositionIds.set(`${line}:${character}`, id);
    }
    return id;
  }

  private range(range: Range): void {
    // Documents from the cache or the compactor share their range objects: most ranges are found by identity.
    if (!this.distinct) {
      const at = this.positions.length / 2;
      this.positions.push(range.start.line, range.start.character, range.end.line, range.end.character);
      this.numbers.push(this.ranges.length / 2);
      this.ranges.push(at, at + 1);
      return;
    }
    let id = this.sharedRanges ? this.rangeIdsByObject.get(range) : undefined;
    if (id === undefined) {
      const start = this.positionId(range.start);
      const end = this.positionId(range.end);
      const key = end < RANGE_KEY ? start * RANGE_KEY + end : `${start}:${end}`;
      id = this.rangeIds.get(key);
      if (id === undefined) {
        id = this.ranges.length / 2;
        this.ranges.push(start, end);
        this.rangeIds.set(key, id);
      }
      if (this.sharedRanges) this.rangeIdsByObject.set(range, id);
    }
    this.numbers.push(id);
  }

  private optionalRange(range: Range | undefined): void {
    if (range === undefined) this.numbers.push(ABSENT);
    else this.range(range);
  }
}

const ABSENT = -1;
/** start * RANGE_KEY + end is an exact integer, and unique while end < RANGE_KEY (2^26 distinct positions). */
const RANGE_KEY = 2 ** 26;
const NULL = -2;
const TABLE_FIELDS = 5;
/**
 * Every empty list of a decoded document: one frozen array. Documents from the cache are values shared with the
 * cache and, for their ranges and lists, with each other: nothing may change them in place.
 */
const NONE = Object.freeze([]) as unknown as never[];

function noMoreFields(rest: Record<string, never>): void {
  void rest;
}

function corrupt(what: string): never {
  throw new Error(`parse cache: ${what}`);
}

/**
 * Builds documents back from what a `DocumentWriter` wrote. Throws on data that does not decode: a reference out of
 * its table, a negative count, a document that runs past the end (reading past the end of a typed array gives
 * undefined, which no check lets through, and the end of each document is checked).
 *
 * Hot on a warm start (ten thousand documents, half a million ranges): lists are read by plain loops into arrays of
 * their exact length, ranges are one lookup in a table built once, every action is one object literal.
 */
export class DocumentReader {
  private at = 0;
  private readonly numbers: Int32Array;
  private readonly strings: readonly string[];
  private readonly ranges: Range[];
  private readonly positions: Position[];
  private readonly tables: NonNullable<Action['table']>[];
  private readonly singleLists: string[][] = [];
  private readonly longerLists = new Map<string, string[]>();

  /** `values` shares positions and ranges with other readers (the compactor's); by default they are shared within this one. */
  constructor(encoded: EncodedDocuments, values?: ValueInterner) {
    this.numbers = encoded.numbers;
    this.strings = encoded.strings;
    const positionCount = encoded.positions.length >> 1;
    this.positions = new Array<Position>(positionCount);
    for (let i = 0; i < positionCount; i++) {
      const line = encoded.positions[2 * i];
      const character = encoded.positions[2 * i + 1];
      this.positions[i] = values ? values.position(line, character) : Object.freeze({ line, character });
    }
    const rangeCount = encoded.ranges.length >> 1;
    this.ranges = new Array<Range>(rangeCount);
    for (let i = 0; i < rangeCount; i++) {
      const start = this.positions[encoded.ranges[2 * i]];
      const end = this.positions[encoded.ranges[2 * i + 1]];
      if (start === undefined || end === undefined) corrupt('bad position reference');
      this.ranges[i] = values ? values.range(start.line, start.character, end.line, end.character) : Object.freeze({ start, end });
    }
    const tableCount = Math.floor(encoded.tables.length / TABLE_FIELDS);
    this.tables = new Array<NonNullable<Action['table']>>(tableCount);
    for (let i = 0; i < tableCount; i++) {
      const [headerLine, owner, action, due, status] = encoded.tables.subarray(i * TABLE_FIELDS, (i + 1) * TABLE_FIELDS);
      const columns: NonNullable<Action['table']>['columns'] = { owner, action };
      if (due !== ABSENT) columns.due = due;
      if (status !== ABSENT) columns.status = status;
      // Frozen, as ranges are: one document's table layout may be another's.
      this.tables[i] = Object.freeze({ headerLine, columns: Object.freeze(columns) });
    }
  }

  read(start: number): MinutesDocument {
    this.at = start;
    const title = this.optionalString();
    const date = this.optionalString();
    const dateSource = this.optionalString() as MinutesDocument['dateSource'];
    const location = this.optionalString();
    const rosterCount = this.count();
    const roster = rosterCount === 0 ? NONE : new Array<RosterEntry>(rosterCount);
    for (let i = 0; i < rosterCount; i++) {
      const name = this.string();
      const aliases = this.stringList();
      const affiliation = this.optionalString();
      const role = this.string() as RosterRole;
      const range = this.range();
      roster[i] = affiliation === undefined ? { name, aliases, role, range } : { name, aliases, affiliation, role, range };
    }
    const actionCount = this.count();
    const actions = actionCount === 0 ? NONE : new Array<Action>(actionCount);
    for (let i = 0; i < actionCount; i++) actions[i] = this.action();
    const decisionCount = this.count();
    const decisions = decisionCount === 0 ? NONE : new Array<Decision>(decisionCount);
    for (let i = 0; i < decisionCount; i++) {
      const text = this.string();
      decisions[i] = { text, range: this.range() };
    }
    let nextMeeting: MinutesDocument['nextMeeting'];
    if (this.count() === 1) {
      const meetingDate = this.optionalString();
      const dateText = this.optionalString();
      const time = this.optionalString();
      const place = this.optionalString();
      nextMeeting = { range: this.range() };
      if (meetingDate !== undefined) nextMeeting.date = meetingDate;
      if (dateText !== undefined) nextMeeting.dateText = dateText;
      if (time !== undefined) nextMeeting.time = time;
      if (place !== undefined) nextMeeting.place = place;
    }
    const proseCount = this.count();
    const proseActions = proseCount === 0 ? NONE : new Array<ProseAction>(proseCount);
    for (let i = 0; i < proseCount; i++) {
      const range = this.range();
      const owners = this.stringList();
      const ownerText = this.string();
      const text = this.string();
      proseActions[i] = { range, owners, ownerText, text, insertAt: this.position() };
    }
    const diagnosticCount = this.count();
    const diagnostics = diagnosticCount === 0 ? NONE : new Array<MinutesDiagnostic>(diagnosticCount);
    for (let i = 0; i < diagnosticCount; i++) {
      const code = this.string() as DiagnosticCode;
      const severity = this.string() as Severity;
      const message = this.string();
      diagnostics[i] = { code, severity, message, range: this.range() };
    }
    if (this.at > this.numbers.length) corrupt('truncated document');
    const document: MinutesDocument = { roster, actions, decisions, proseActions, diagnostics };
    if (title !== undefined) document.title = title;
    if (date !== undefined) document.date = date;
    if (dateSource !== undefined) document.dateSource = dateSource;
    if (location !== undefined) document.location = location;
    if (nextMeeting !== undefined) document.nextMeeting = nextMeeting;
    return document;
  }

  private action(): Action {
    const kind = this.string() as ActionKind;
    const range = this.range();
    const text = this.string();
    const textRange = this.range();
    const ownerCount = this.count();
    const owners = ownerCount === 0 ? NONE : new Array<OwnerRef>(ownerCount);
    for (let i = 0; i < ownerCount; i++) {
      const ownerText = this.string();
      const person = this.optionalString();
      const ambiguous = this.count() === 1 ? this.stringList() : undefined;
      const ownerRange = this.range();
      const owner: OwnerRef = person === undefined ? { text: ownerText, range: ownerRange } : { text: ownerText, person, range: ownerRange };
      if (ambiguous !== undefined) owner.ambiguous = ambiguous;
      owners[i] = owner;
    }
    const ownerRange = this.range();
    const due = this.nullableString();
    const dueText = this.nullableString();
    const duePrecision = this.nullableString() as DatePrecision | null;
    const dueRange = this.optionalRange();
    const dueAmbiguous = this.optionalString();
    const relative = this.numbers[this.at++];
    const dueRelative = relative === ABSENT ? undefined : relative === 1;
    const status = this.string() as ActionStatus;
    const statusRange = this.optionalRange();
    const tableId = this.numbers[this.at++];
    const table = tableId === ABSENT ? undefined : this.tables[tableId];
    if (table === undefined && tableId !== ABSENT) corrupt('bad table reference');
    const id = this.optionalString();
    const review = this.review();
    // One literal with every field (an absent one holds undefined, as in the parser's own actions): every action
    // shares one compact V8 shape, faster to build than one grown field by field.
    const action: Action = { kind, range, text, textRange, owners, ownerRange, due, dueText, duePrecision, dueRange, dueAmbiguous, dueRelative, status, statusRange, table, id, review };
    return action;
  }

  private review(): ActionReview | undefined {
    if (this.numbers[this.at] === ABSENT) {
      this.at++;
      return undefined;
    }
    if (this.count() !== 1) corrupt('bad review');
    const review: ActionReview = {};
    const ref = this.optionalString();
    const link = this.optionalString();
    const agreedText = this.optionalString();
    const statusWord = this.optionalString();
    if (ref !== undefined) review.ref = ref;
    if (link !== undefined) review.link = link;
    if (agreedText !== undefined) review.agreedText = agreedText;
    if (statusWord !== undefined) review.statusWord = statusWord;
    return review;
  }

  private count(): number {
    const n = this.numbers[this.at++];
    if (!(n >= 0)) corrupt('bad count');
    return n;
  }

  private string(): string {
    const value = this.strings[this.numbers[this.at++]];
    if (typeof value !== 'string') corrupt('bad string reference');
    return value;
  }

  private optionalString(): string | undefined {
    return this.numbers[this.at] === ABSENT ? (this.at++, undefined) : this.string();
  }

  private nullableString(): string | null {
    return this.numbers[this.at] === NULL ? (this.at++, null) : this.string();
  }

  /**
   * Lists of strings (aliases, the people an owner may be) repeat across documents: each distinct list is one frozen
   * array, shared. Lists of one string, by far the most common, are found by the string's number.
   */
  private stringList(): string[] {
    const n = this.count();
    if (n === 0) return NONE as string[];
    if (n === 1) {
      const id = this.numbers[this.at];
      const single = this.singleLists[id];
      if (single !== undefined) {
        this.at++;
        return single;
      }
      return (this.singleLists[id] = Object.freeze([this.string()]) as string[]);
    }
    const ids = this.numbers.subarray(this.at, this.at + n).join(',');
    const shared = this.longerLists.get(ids);
    if (shared !== undefined) {
      this.at += n;
      return shared;
    }
    const values = new Array<string>(n);
    for (let i = 0; i < n; i++) values[i] = this.string();
    this.longerLists.set(ids, Object.freeze(values) as string[]);
    return values;
  }

  private position(): Position {
    const position = this.positions[this.numbers[this.at++]];
    if (position === undefined) corrupt('bad position reference');
    return position;
  }

  private range(): Range {
    const range = this.ranges[this.numbers[this.at++]];
    if (range === undefined) corrupt('bad range reference');
    return range;
  }

  private optionalRange(): Range | undefined {
    return this.numbers[this.at] === ABSENT ? (this.at++, undefined) : this.range();
  }
}

/**
 * One frozen object for each distinct position and range: ten thousand documents hold about a million ranges but only
 * tens of thousands of distinct ones, and each shared range saves three objects of heap and of garbage-collector work.
 * Frozen, because one document's range may be another's: changing it in place would change both.
 */
export class ValueInterner {
  /** By line, then by column: arrays indexed by small integers are the fastest lookup there is. */
  private readonly lines: PositionSlot[][] = [];

  position(line: number, character: number): Position {
    return this.slot(line, character)?.position ?? Object.freeze({ line, character });
  }

  range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
    const start = this.slot(startLine, startCharacter);
    const end = this.slot(endLine, endCharacter);
    if (start === undefined || end === undefined) return Object.freeze({ start: this.position(startLine, startCharacter), end: this.position(endLine, endCharacter) });
    // Ranges mostly end on their first line or a few lines on: the key stays a small integer.
    const key = (endLine - startLine) * CHARACTER_LIMIT + endCharacter;
    start.ranges ??= new Map();
    let range = start.ranges.get(key);
    if (range === undefined) {
      range = Object.freeze({ start: start.position, end: end.position });
      start.ranges.set(key, range);
    }
    return range;
  }

  /** Undefined for a position out of bounds (never in a real file): it is then not shared. */
  private slot(line: number, character: number): PositionSlot | undefined {
    if (!(line >= 0 && character >= 0 && line < LINE_LIMIT && character < CHARACTER_LIMIT)) return undefined;
    const row = (this.lines[line] ??= []);
    return (row[character] ??= { position: Object.freeze({ line, character }) });
  }
}

interface PositionSlot {
  position: Position;
  /** The ranges starting here, by where they end. */
  ranges?: Map<number, Range>;
}

const CHARACTER_LIMIT = 2 ** 20;
const LINE_LIMIT = 2 ** 24;

/**
 * Rewrites freshly parsed documents into the shape the cache gives back: equal positions and ranges shared, strings
 * copied out of the file's text (a parser's substrings keep the whole text alive) and shared when equal. One
 * compactor serves one batch of documents; dropping it drops its tables, never the documents.
 */
export class DocumentCompactor {
  private readonly values = new ValueInterner();
  private readonly strings = new Map<string, string>();

  compact(document: MinutesDocument): MinutesDocument {
    const writer = new DocumentWriter();
    const start = writer.write(document);
    const encoded = writer.encoded();
    // A JSON round trip copies each string into a string of its own.
    const copies = JSON.parse(JSON.stringify(encoded.strings)) as string[];
    for (let i = 0; i < copies.length; i++) {
      const shared = this.strings.get(copies[i]);
      if (shared === undefined) this.strings.set(copies[i], copies[i]);
      else copies[i] = shared;
    }
    return new DocumentReader({ ...encoded, strings: copies }, this.values).read(start);
  }
}

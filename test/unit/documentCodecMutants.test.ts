import { strict as assert } from 'node:assert';
import { DocumentCompactor, DocumentReader, DocumentWriter, ValueInterner } from '../../src/core/documentCodec';
import type { Action, MinutesDocument, Range } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import { mulberry32 } from '../../bench/corpus';

// The parse cache's encoding on documents no parse gives yet but the model allows (positions out of any file's
// bounds, tables whose numbers run together, many lists of aliases), on what each writing mode stores, and on what
// the reader and the compactor share.
const options = { today: '2024-01-01', fileName: '2024-01-01.minutes.md' };
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const at = (line: number, start: number, endLine: number, end: number): Range => ({ start: { line, character: start }, end: { line: endLine, character: end } });

function roundTrip(documents: MinutesDocument[], mode?: 'shared' | 'fresh' | 'raw'): MinutesDocument[] {
  const writer = new DocumentWriter(mode);
  const starts = documents.map((document) => writer.write(document));
  const reader = new DocumentReader(writer.encoded());
  return starts.map((start) => reader.read(start));
}

const empty = (): MinutesDocument => parseMinutes('', options);
const base = parseMinutes('## Attended\n\n- Mark Jones (MJ)\n\nACTION: MJ — write the report due 2024-03-01\n', options);
const action = (changes: Partial<Action>): Action => ({ ...base.actions[0], ...changes });

describe('document codec: documents at the edges of the model', () => {
  it('gives back positions no file holds: negative or past the limits, each apart', () => {
    const odd = [at(-1, 0, -1, 3), at(0, -2, 0, 1), at(2 ** 24, 0, 2 ** 24, 1), at(0, 2 ** 20, 0, 2 ** 20 + 1), at(3, 0, 2 ** 27, 2 ** 27)];
    const document: MinutesDocument = { ...empty(), decisions: odd.map((range, i) => ({ text: `d${i}`, range })) };
    for (const mode of ['shared', 'fresh', 'raw'] as const) assert.deepStrictEqual(asJson(roundTrip([document], mode)[0]), asJson(document), mode);
    const interned = new DocumentReader(((w) => (w.write(document), w.encoded()))(new DocumentWriter()), new ValueInterner()).read(0);
    assert.deepStrictEqual(asJson(interned), asJson(document));
  });

  it('keeps apart table layouts and lists of strings whose numbers run together', () => {
    const tables = [
      action({ kind: 'table', table: { headerLine: 1, columns: { owner: 10, action: 2 } } }),
      action({ kind: 'table', table: { headerLine: 11, columns: { owner: 0, action: 2 } } }),
      action({ kind: 'table', table: { headerLine: 1, columns: { owner: 1, action: 2, due: 3, status: 4 } } }),
    ];
    const random = mulberry32(3);
    const names = Array.from({ length: 40 }, (_, i) => `Person ${i}`);
    const pick = () => names[Math.floor(random() * names.length)];
    const roster = Array.from({ length: 300 }, (_, i) => ({ ...base.roster[0], name: `Someone ${i}`, aliases: [pick(), pick()] }));
    const document: MinutesDocument = { ...base, actions: tables, roster };
    assert.deepStrictEqual(asJson(roundTrip([document])[0]), asJson(document));
    // Strings numbered as written: N0 is 0, "attendee" 1, Nk is k + 1; lists (1, 23) and (12, 3) must stay apart.
    const named = Array.from({ length: 30 }, (_, i) => ({ name: `N${i}`, aliases: [] as string[], role: 'attendee' as const, range: at(i, 0, i, 2) }));
    const lists: MinutesDocument = {
      ...parseMinutes('', { today: '2024-01-01' }),
      roster: [...named, { ...named[0], name: 'X', aliases: ['attendee', 'N22'] }, { ...named[0], name: 'Y', aliases: ['N11', 'N2'] }],
    };
    assert.deepStrictEqual(asJson(roundTrip([lists])[0]), asJson(lists));
  });

  it('gives back every optional and nullable field as written: a null due date, dueRelative false, reviews, no table', () => {
    const actions = [
      action({ due: null, dueText: null, duePrecision: null, dueRange: undefined, dueRelative: false }),
      action({ dueRelative: true, review: { ref: 'A1', link: 'old.md', agreedText: '6 June', statusWord: 'Done' } }),
      action({ review: { statusWord: 'open' } }),
      action({ review: {} }),
    ];
    // The nullable strings first in the table: a null must not read as a string's number.
    const document: MinutesDocument = { ...empty(), actions };
    const [back] = roundTrip([document]);
    assert.deepStrictEqual(asJson(back), asJson(document));
    assert.equal(back.actions[0].dueRelative, false);
    assert.equal(back.actions[0].due, null);
    // A due date that is the third string written (after the kind and the text; no owners).
    const third: MinutesDocument = { ...parseMinutes('', { today: '2024-01-01' }), actions: [action({ owners: [] })] };
    assert.deepStrictEqual(asJson(roundTrip([third])[0]), asJson(third));
  });

  it('gives back a list of one string that is the first string written', () => {
    const document: MinutesDocument = { ...parseMinutes('', { today: '2024-01-01' }), roster: [{ name: 'Ann', aliases: ['Ann'], role: 'attendee', range: at(0, 0, 0, 3) }] };
    assert.deepStrictEqual(asJson(roundTrip([document])[0]), asJson(document));
  });

  it('reads every empty list of a document as one frozen list', () => {
    const [back] = roundTrip([{ ...empty(), actions: [action({ owners: [] })] }]);
    for (const list of [back.roster, back.decisions, back.proseActions, back.diagnostics, back.actions[0].owners]) {
      assert.ok(Object.isFrozen(list) && list.length === 0);
    }
    assert.ok(Object.isFrozen(roundTrip([empty()])[0].actions));
  });

  it('shares equal lists of two strings between documents, and a table layout between the rows of a table', () => {
    const text = '## Attended\n\n- Mark Jones (MJ, Marky)\n\n| Owner | Action |\n|---|---|\n| MJ | one |\n| MJ | two |\n';
    const [a, b] = roundTrip([parseMinutes(text, options), parseMinutes(text, options)]);
    assert.equal(a.roster[0].aliases.length, 2);
    assert.equal(a.roster[0].aliases, b.roster[0].aliases);
    assert.equal(a.actions[0].table, a.actions[1].table);
  });

  it('writes each string and range as met in raw mode, each distinct one once otherwise', () => {
    const document = parseMinutes('## Attended\n\n- Mark Jones (MJ)\n\nACTION: MJ — one\n\nACTION: MJ — one\n', options);
    const sizes = (mode: 'shared' | 'fresh' | 'raw') => {
      const writer = new DocumentWriter(mode);
      writer.write(document);
      writer.write(document);
      const encoded = writer.encoded();
      return { strings: encoded.strings.length, ranges: encoded.ranges.length / 2, distinct: new Set(encoded.strings).size };
    };
    const raw = sizes('raw');
    assert.ok(raw.strings > raw.distinct, 'repeated strings written again');
    for (const mode of ['shared', 'fresh'] as const) {
      const sized = sizes(mode);
      assert.equal(sized.strings, sized.distinct, mode);
      assert.ok(sized.ranges < raw.ranges, mode);
    }
  });

  it('refuses a reference out of its table or a negative count, saying which', () => {
    const writer = new DocumentWriter();
    const document: MinutesDocument = { ...base, actions: [action({ kind: 'table', table: { headerLine: 0, columns: { owner: 0, action: 1 } }, review: { ref: 'A1' } })] };
    const start = writer.write(document);
    const encoded = writer.encoded();
    const read = (changes: Partial<typeof encoded>) => () => new DocumentReader({ ...encoded, ...changes }).read(start);
    assert.doesNotThrow(read({}));
    const positions = encoded.positions.length / 2;
    // A range whose start, or only its end, refers to the position just past the last.
    const lastRange = encoded.ranges.length - 2;
    const withRange = (offset: number) => encoded.ranges.map((n, i) => (i === lastRange + offset ? positions : n));
    assert.throws(() => new DocumentReader({ ...encoded, ranges: withRange(0) }), /bad position reference/);
    assert.throws(() => new DocumentReader({ ...encoded, ranges: withRange(1) }), /bad position reference/);
    assert.throws(read({ strings: [] }), /bad string reference/);
    assert.throws(read({ ranges: new Int32Array(0), positions: new Int32Array(0) }), /bad range reference/);
    assert.throws(read({ tables: new Int32Array(0) }), /bad table reference/);
    const numbers = (index: number, value: number) => encoded.numbers.map((n, i) => (i === index ? value : n));
    // The roster's count is the fifth number (after title, date, date source and location).
    assert.throws(read({ numbers: numbers(start + 4, -3) }), /bad count/);
    // The review's marker: where the numbers of the same document without a review start to differ.
    const unreviewed = new DocumentWriter();
    unreviewed.write({ ...document, actions: [{ ...document.actions[0], review: undefined }] });
    const reviewAt = encoded.numbers.findIndex((n, i) => n !== unreviewed.encoded().numbers[i]);
    assert.equal(encoded.numbers[reviewAt], 1);
    assert.throws(read({ numbers: numbers(reviewAt, 2) }), /bad review/);
  });

  it('refuses a prose action whose insertion point refers past the positions', () => {
    const text = '## Attended\n\n- Rita Singh (RS)\n\nRS will send the agenda to the group.\n';
    const document = parseMinutes(text, options);
    assert.equal(document.proseActions.length, 1);
    const writer = new DocumentWriter();
    const start = writer.write({ ...document, proseActions: [{ ...document.proseActions[0], insertAt: { line: 999, character: 999 } }] });
    const encoded = writer.encoded();
    const positions = encoded.positions.length / 2;
    const insertAt = [...encoded.numbers].lastIndexOf(positions - 1);
    assert.throws(() => new DocumentReader({ ...encoded, numbers: encoded.numbers.map((n, i) => (i === insertAt ? positions : n)) }).read(start), /bad position reference/);
  });
});

describe('value interner and compactor: one frozen object for each distinct position and range', () => {
  it('gives the same frozen position and range for equal values, and right ones out of bounds', () => {
    const values = new ValueInterner();
    const position = values.position(0, 4);
    assert.equal(values.position(0, 4), position);
    assert.deepEqual(position, { line: 0, character: 4 });
    assert.ok(Object.isFrozen(position));
    const range = values.range(0, 4, 1, 2);
    assert.deepEqual(range, at(0, 4, 1, 2));
    assert.equal(values.range(0, 4, 1, 2), range);
    assert.equal(range.start, position);
    assert.notEqual(values.range(0, 4, 1, 3), range);
    assert.deepEqual(values.range(0, 4, 2, 2), at(0, 4, 2, 2));
    assert.ok(Object.isFrozen(range));
    for (const [line, character] of [[-1, 0], [0, -1], [2 ** 24, 0], [0, 2 ** 20]]) {
      assert.deepEqual(values.position(line, character), { line, character });
      assert.ok(Object.isFrozen(values.position(line, character)));
      assert.deepEqual(values.range(line, character, line, character + 1), at(line, character, line, character + 1));
    }
    assert.deepEqual(values.range(0, 1, -1, 2), at(0, 1, -1, 2));
    assert.deepEqual(values.position(0, 0), { line: 0, character: 0 });
  });

  it('compacts documents into what a parse gives, sharing equal ranges between them', () => {
    const text = '## Attended\n\n- Mark Jones (MJ, Marky)\n\nACTION: MJ — write the report due 2024-03-01\n\nDECISION: go\n';
    const compactor = new DocumentCompactor();
    const a = compactor.compact(parseMinutes(text, options));
    const b = compactor.compact(parseMinutes(text, options));
    assert.deepStrictEqual(asJson(a), asJson(parseMinutes(text, options)));
    assert.equal(a.actions[0].range, b.actions[0].range);
    assert.equal(a.roster[0].range.start, b.roster[0].range.start);
    assert.ok(Object.isFrozen(a.actions[0].range));
  });
});

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentReader, DocumentWriter, ValueInterner } from '../../src/core/documentCodec';
import type { MinutesDocument } from '../../src/core/model';
import { parseMinutes } from '../../src/core/parse';
import { generateMinutes, generateTranscript, mulberry32 } from '../../bench/corpus';

// The parse cache stores documents in this encoding: what comes back must be what went in, as JSON sees it (an
// optional property may be absent or hold undefined).
const repoRoot = path.resolve(__dirname, '../..');
const options = { today: '2024-01-01', fileName: '2007-06-06-x.minutes.md' };

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Documents that between them use every optional field of the model. */
const edgeCases = [
  `---\ntitle: Board\ndate: 2024-02-01\nlocation: Room 4\n---\n\n## Attended\n\n- Mark Jones (MJ), ACME\n- Mary Jones (MJ)\n- @rs Rita Singh\n\n## Apologies\n\nSam Ng\n\n` +
    `ACTION: MJ — ambiguous owner due 03/04/2024\n\nACTION: RS — relative due next meeting\n\nACTION: nobody here\n\n- [x] @RS done task due: 2024-01-02\n- [ ] ~~cancelled~~ @SN task\n\n` +
    `| Owner | Action |\n|---|---|\n| RS | no due, no status |\n\n| Owner | Action | Due | Status |\n|---|---|---|---|\n| SN | all columns | 5 March 2024 | done |\n\n` +
    `**ACTION 62.3:** RS — an action with an id\n\nDECISION: adopt the plan\n\nRS will communicate the above to AW.\n\n## Next meeting\n\nFriday 1 March 2024 at 2pm, Fernville Surgery\n`,
  '---\n: bad: [front matter\n---\n# Minutes\n\nDate: 31/31/2024\n\nACTION: MJ — x due 31/31/2024\n',
  '',
];

function inputs(): [string, string][] {
  const found: [string, string][] = edgeCases.map((text, i) => [`edge case #${i}`, text]);
  for (const file of filesUnder(path.join(repoRoot, 'test/fixtures')).filter((f) => f.endsWith('.md'))) found.push([file, readFileSync(file, 'utf8')]);
  const shared = path.resolve(repoRoot, '../shared/corpus/files');
  if (existsSync(shared)) for (const file of filesUnder(shared)) found.push([file, readFileSync(file, 'utf8')]);
  const random = mulberry32(11);
  for (let i = 0; i < 300; i++) found.push([`generated minutes #${i}`, generateMinutes(random, i)]);
  for (let i = 0; i < 5; i++) found.push([`generated transcript #${i}`, generateTranscript(random, i, 20_000)]);
  return found;
}

const asJson = (document: MinutesDocument): unknown => JSON.parse(JSON.stringify(document));

function keysOf(value: unknown, into: Set<string>, prefix = ''): void {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into, prefix);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (inner === undefined) continue;
      into.add(`${prefix}${key}`);
      keysOf(inner, into, `${prefix}${key}.`);
    }
  }
}

describe('document codec (the parse cache encoding)', () => {
  let documents: (readonly [string, MinutesDocument])[];
  before(() => {
    documents = inputs().map(([label, text]) => [label, parseMinutes(text, options)] as const);
  });

  for (const mode of ['shared', 'fresh', 'raw'] as const) {
    it(`gives back every document as it was, many documents in one writer (${mode})`, () => {
      const writer = new DocumentWriter(mode);
      const starts = documents.map(([, document]) => writer.write(document));
      const encoded = writer.encoded();
      const reader = new DocumentReader({ ...encoded, strings: JSON.parse(JSON.stringify(encoded.strings)) as string[] });
      // Read in another order than written: each document stands on its own.
      for (let i = documents.length - 1; i >= 0; i--) {
        const [label, document] = documents[i];
        assert.deepStrictEqual(asJson(reader.read(starts[i])), asJson(document), label);
      }
    });
  }

  it('is exercised on every optional field of the model', () => {
    const seen = new Set<string>();
    for (const [, document] of documents) keysOf(document, seen);
    for (const key of ['title', 'date', 'dateSource', 'location', 'roster.affiliation', 'roster.aliases', 'actions.dueRange', 'actions.dueAmbiguous', 'actions.dueRelative',
      'actions.statusRange', 'actions.id', 'actions.table.columns.due', 'actions.table.columns.status', 'actions.owners.person', 'actions.owners.ambiguous', 'decisions.text',
      'nextMeeting.date', 'nextMeeting.dateText', 'nextMeeting.time', 'nextMeeting.place', 'proseActions.insertAt', 'diagnostics.code']) {
      assert.ok(seen.has(key), `no input has ${key}`);
    }
  });

  it('shares equal positions and ranges between documents, frozen', () => {
    const text = '## Attended\n\n- Mark Jones (MJ)\n\nACTION: MJ — write due 2024-03-01\n';
    const writer = new DocumentWriter();
    const first = writer.write(parseMinutes(text, options));
    const second = writer.write(parseMinutes(text, options));
    for (const values of [undefined, new ValueInterner()]) {
      const reader = new DocumentReader(writer.encoded(), values);
      const a = reader.read(first);
      const b = reader.read(second);
      assert.equal(a.actions[0].range, b.actions[0].range);
      assert.equal(a.actions[0].owners[0].range, a.actions[0].ownerRange, 'one range object for the owner and the owner column');
      assert.equal(a.roster[0].aliases, b.roster[0].aliases, 'one list for equal aliases');
      assert.ok(Object.isFrozen(a.roster[0].aliases) && Object.isFrozen(a.decisions), 'shared lists are frozen');
      assert.throws(() => a.decisions.push({ text: 'x', range: a.actions[0].range }), TypeError);
      assert.ok(Object.isFrozen(a.actions[0].range) && Object.isFrozen(a.actions[0].range.start));
      assert.throws(() => {
        (a.actions[0].range.start as { line: number }).line = 7;
      }, TypeError);
    }
  });

  it('shares one frozen table layout between the rows of a table', () => {
    const writer = new DocumentWriter();
    const start = writer.write(parseMinutes(edgeCases[0], options));
    const read = new DocumentReader(writer.encoded()).read(start);
    const rows = read.actions.filter((action) => action.table !== undefined);
    assert.ok(rows.length >= 2);
    const layouts = new Set(rows.map((action) => action.table));
    assert.equal(layouts.size, 2, 'two tables, two layouts');
    for (const layout of layouts) assert.ok(Object.isFrozen(layout) && Object.isFrozen(layout?.columns));
  });

  it('stores each distinct range once', () => {
    const writer = new DocumentWriter();
    const documents = Array.from({ length: 20 }, (_, i) => parseMinutes(generateMinutes(mulberry32(500 + i), i), options));
    let ranges = 0;
    const distinct = new Set<string>();
    const countRanges = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(countRanges);
      else if (value && typeof value === 'object') {
        if ('start' in value && 'end' in value) {
          ranges++;
          distinct.add(JSON.stringify(value));
        } else Object.values(value).forEach(countRanges);
      }
    };
    for (const document of documents) {
      writer.write(document);
      countRanges(document);
    }
    const encoded = writer.encoded();
    assert.ok(distinct.size < ranges, `${distinct.size} distinct of ${ranges}`);
    assert.equal(encoded.ranges.length, 2 * distinct.size);
  });

  it('refuses data that does not decode instead of building a wrong document', () => {
    const writer = new DocumentWriter();
    const start = writer.write(parseMinutes(edgeCases[0], options));
    const encoded = writer.encoded();
    const { numbers, strings, positions, ranges } = encoded;
    assert.doesNotThrow(() => new DocumentReader(encoded).read(start));
    for (let cut = 1; cut <= 8; cut++) assert.throws(() => new DocumentReader({ ...encoded, numbers: numbers.subarray(0, numbers.length - cut) }).read(start), /parse cache/);
    assert.throws(() => new DocumentReader({ ...encoded, strings: strings.slice(0, 2) }).read(start), /parse cache/);
    assert.throws(() => new DocumentReader({ ...encoded, numbers: numbers.map((n) => (n === 0 ? -5 : n)) }).read(start), /parse cache/);
    assert.throws(() => new DocumentReader({ ...encoded, ranges: ranges.subarray(0, ranges.length - 2) }).read(start), /parse cache/);
    assert.throws(() => new DocumentReader({ ...encoded, ranges: ranges.map((n) => (n === 0 ? positions.length : n)) }), /parse cache/);
    assert.throws(() => new DocumentReader({ ...encoded, tables: encoded.tables.subarray(0, encoded.tables.length - 5) }).read(start), /parse cache/);
  });
});

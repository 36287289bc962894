import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describeImport } from '../../src/core/import/importMinutes';
import { parseMinutes } from '../../src/core/parse';
import { importFile } from '../../src/node/importFile';
import { minutesDocx } from './helpers/docxFixture';

describe('import: a Word document (.docx, through mammoth)', () => {
  it('imports to the expected minutes: roster with footnote affiliations, headings, the action table, lists, prose commitments, next meeting', async () => {
    const result = await importFile(await minutesDocx(), 'ashwell.docx');
    assert.ok(!('problem' in result), 'problem' in result ? result.problem : '');
    const doc = parseMinutes(result.markdown);
    assert.equal(doc.title, 'Ashwell Parish Council');
    assert.equal(doc.date, '2024-03-14');
    assert.deepEqual(
      doc.roster.map((e) => [e.name, e.role, e.affiliation]),
      [
        ['Helen Carter', 'attendee', undefined],
        ['Oliver Grant', 'attendee', 'Ashwell Parish Council'],
        ['Priya Natarajan', 'attendee', 'Ashwell Parish Council'],
        ['Tom Baker', 'attendee', 'Hertfordshire County Council'],
        ['Sam Wilson', 'apology', undefined],
        ['Rachel Adams', 'apology', undefined],
      ],
    );
    assert.deepEqual(
      doc.actions.map((a) => [a.kind, a.owners.map((o) => o.person ?? o.text), a.text, a.due]),
      [
        ['table', ['Clerk'], 'Write to the county council about the footpath by the church.', '2024-03-31'],
        ['table', ['Oliver Grant'], 'Get three quotes for the new bench.', '2024-04-30'],
        ['line', ['Priya Natarajan'], 'survey the stiles', '2024-04-11'],
        ['line', ['Tom Baker'], 'ask the county council when the verges are cut', null],
        ['line', ['Clerk'], 'circulate the new standing orders', null],
      ],
    );
    assert.match(result.markdown, /^## 2\. Footpaths$/m);
    assert.match(result.markdown, /^## Any other business$/m, 'a bold line is a heading');
    assert.match(result.markdown, /^- The footpath by the church is overgrown\n- A stile on the Icknield Way is broken$/m);
    assert.equal(doc.nextMeeting?.date, '2024-04-11');
    assert.equal(describeImport(result.summary), '5 actions, 3 from prose: check them');
  });

  it('imports the committed fixture the real-host tests use the same way', async () => {
    const bytes = readFileSync(path.join(__dirname, '..', 'fixtures', 'import', 'ashwell-parish-council.docx'));
    const result = await importFile(bytes, 'ashwell-parish-council.docx');
    assert.ok(!('problem' in result));
    assert.equal(parseMinutes(result.markdown).actions.length, 5);
  });

  it('says what is wrong with a file that is no Word document, or an old .doc', async () => {
    const broken = await importFile(new TextEncoder().encode('not a zip'), 'broken.docx');
    assert.ok('problem' in broken);
    assert.match(broken.problem, /^broken\.docx: not a Word document \(\.docx\) that can be read/);
    const old = await importFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'old.doc');
    assert.ok('problem' in old);
    assert.match(old.problem, /save it as \.docx/);
    const binary = await importFile(new Uint8Array([0, 1, 2]), 'x.txt');
    assert.ok('problem' in binary);
    assert.match(binary.problem, /binary file/);
  });
});

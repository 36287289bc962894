// People as identities across a workspace (src/core/workspace/people.ts): the one rule for who an owner is, the
// people list the person picker and the export show, and every place a person is written.
import { strict as assert } from 'node:assert';
import { parseMinutes } from '../../src/core/parse';
import { WorkspacePeople, type PeopleFile } from '../../src/core/workspace/people';

function file(key: string, text: string): PeopleFile {
  return { key, path: key, document: parseMinutes(text, { fileName: key }) };
}

describe('workspace people', () => {
  const a = file('a.minutes.md', '## Attended\n\n- Mark Jones (MJ)\n- Rita Singh (RS)\n\nACTION: MJ / Mark Jones — one\nACTION: Mark — two\nACTION: Zed — three\n');
  const b = file('b.minutes.md', '## Attended\n\n- Mary Jane (MJ)\n- Mark Smith\n- Mark Jones (MJo, Marky)\n\nACTION: MJ — four\nACTION: Mark — five\n');

  it('an owner is who its own file says, even when the workspace has two people of that name', () => {
    const people = new WorkspacePeople([a, b]);
    const [one] = a.document.actions;
    assert.deepEqual(people.ownersOf(one), ['Mark Jones'], 'MJ and Mark Jones: one person, once');
    assert.deepEqual(people.ownersOf(b.document.actions[0]), ['Mary Jane']);
    assert.deepEqual(people.resolve('MJ'), { ambiguous: ['Mark Jones', 'Mary Jane'] });
  });

  it('every place a person is written: roster entries as definitions, owners as references; ambiguous owners apart', () => {
    // In a.minutes.md "Mark" is Mark Jones, the one Mark there; in b.minutes.md it could be Mark Smith or Mark Jones.
    const people = new WorkspacePeople([a, b]);
    assert.deepEqual(
      people.occurrences('Mark Jones').map((o) => [o.kind, o.file.key, o.range.start.line]),
      [
        ['definition', 'a.minutes.md', 2],
        ['reference', 'a.minutes.md', 5],
        ['reference', 'a.minutes.md', 5],
        ['reference', 'a.minutes.md', 6],
        ['definition', 'b.minutes.md', 4],
      ],
    );
    assert.deepEqual(people.ambiguousOccurrences('mark').map((o) => [o.kind, o.action.text]), [['reference', 'five']]);
    assert.deepEqual(people.ambiguousOccurrences('Rita'), [], 'nobody is ambiguous as Rita');
    assert.deepEqual(people.occurrences('Nobody'), []);
  });

  it('the people list: sorted by name, each with every alias once (sorted, never the name itself), and who is in the setting', () => {
    const people = new WorkspacePeople([a, b], { 'Mark Jones': ['Mark Jones', 'MJ', 'Boss'], 'Ann Lee': ['AL'] });
    assert.deepEqual(
      people.all().map((p) => [p.id, p.aliases, p.inSettings]),
      [
        ['Ann Lee', ['AL'], true],
        ['Mark Jones', ['Boss', 'Marky', 'MJ', 'MJo'], true],
        ['Mark Smith', [], false],
        ['Mary Jane', ['MJ'], false],
        ['Rita Singh', ['RS'], false],
        ['Zed', [], false],
      ],
    );
    assert.deepEqual(people.person('Zed'), { id: 'Zed', aliases: [], inSettings: false });
    assert.equal(people.person('Nobody'), undefined);
  });

  it('every alias any roster gives a person resolves to them, however the rosters repeat and differ', () => {
    const rosters = ['Mark Jones (MJ)', 'Mark Jones (MJ)', 'Mark Jones (MJ, Marky)', 'Mark Jones (Boss)', 'Mark Jones (MJ)'];
    const people = new WorkspacePeople(rosters.map((entry, i) => file(`${i}.minutes.md`, `## Attended\n\n- ${entry}\n`)));
    for (const alias of ['MJ', 'Marky', 'Boss', 'Mark Jones']) assert.deepEqual(people.resolve(alias), { person: 'Mark Jones' }, alias);
  });
});

// The import's bytes-to-dialect step that the desktop, the web and the CLI share: a host without a Word reader (the
// web) says how to import a .docx instead of failing, and text imports the same everywhere.
import { strict as assert } from 'node:assert';
import { importBytes } from '../../src/core/import/importBytes';

const TEXT = 'Record of a meeting held on 6 June 2007\n\nAttended: Mark Jones, Meena Savla\n\nMark Jones will circulate the budget.\n';

describe('import from bytes', () => {
  it('asks for plain text when the host has no Word reader, and reads a .docx with one', async () => {
    const bytes = new TextEncoder().encode('PK not really a zip');
    const without = await importBytes(bytes, 'minutes.docx');
    assert.ok('problem' in without && /save it as plain text/.test(without.problem), JSON.stringify(without));
    let handed: Uint8Array | undefined;
    const withReader = await importBytes(bytes, 'minutes.docx', {}, async (given) => {
      handed = given;
      return { blocks: [] };
    });
    assert.equal(handed, bytes);
    assert.ok(!('problem' in withReader), JSON.stringify(withReader));
  });

  it('imports plain text without any reader, the same as with one', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    const plain = await importBytes(bytes, 'minutes.txt');
    const withReader = await importBytes(bytes, 'minutes.txt', {}, async () => {
      throw new Error('a text file never reaches the Word reader');
    });
    assert.deepEqual(plain, withReader);
    assert.ok(!('problem' in plain) && plain.markdown.includes('circulate the budget'));
  });
  it('keeps the title heading of a Markdown file as the title, not a heading inside one', async () => {
    const bytes = new TextEncoder().encode('# Steering group, 6 June 2007 #\n\nAttended: Mark Jones, Meena Savla\n\nMark Jones will circulate the budget.\n');
    const imported = await importBytes(bytes, 'notes.md');
    assert.ok(!('problem' in imported), JSON.stringify(imported));
    const heading = imported.markdown.split('\n').find((line) => line.startsWith('#'));
    assert.equal(heading, '# Steering group, 6 June 2007');
    assert.match(imported.markdown, /^date: 2007-06-06$/m);
  });
});

// Which files are read as minutes (src/core/fileText.ts), as the CLI and the extension both decide it, and the words
// they skip the others with. From the mutation run (issue #22).
import { strict as assert } from 'node:assert';
import { decodeMinutes, MAX_FILE_BYTES, tooLarge } from '../../src/core/fileText';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('reading a file as minutes', () => {
  it('reads UTF-8 text, accents and all', () => {
    assert.deepEqual(decodeMinutes(utf8('# Réunion — 6 juin 2007\n\nACTION: MJ — café\n')), { text: '# Réunion — 6 juin 2007\n\nACTION: MJ — café\n' });
    assert.deepEqual(decodeMinutes(new Uint8Array()), { text: '' });
  });

  it('drops a byte-order mark at the start, and only there', () => {
    assert.deepEqual(decodeMinutes(utf8('\uFEFF# Minutes\n')), { text: '# Minutes\n' });
    assert.deepEqual(decodeMinutes(utf8('# Minutes\uFEFF\n')), { text: '# Minutes\uFEFF\n' });
  });

  it('skips a binary file: a NUL byte in its first 8 KB', () => {
    for (const at of [0, 100, 8191]) {
      const bytes = utf8('a'.repeat(9000));
      bytes[at] = 0;
      assert.deepEqual(decodeMinutes(bytes), { problem: 'skipped: binary file' }, `NUL at ${at}`);
    }
    // Past the first 8 KB a NUL is a character of a long text, not the sign of a binary file.
    const late = utf8('a'.repeat(9000));
    late[8192] = 0;
    assert.ok('text' in decodeMinutes(late));
  });

  it('skips text that is not UTF-8', () => {
    assert.deepEqual(decodeMinutes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), { problem: 'skipped: not UTF-8 text' }, 'Latin-1 café');
    assert.deepEqual(decodeMinutes(Uint8Array.from([0xe2, 0x80])), { problem: 'skipped: not UTF-8 text' }, 'a cut sequence');
  });

  it('says how large a file too large is, against the 10 MB limit', () => {
    assert.equal(MAX_FILE_BYTES, 10 * 1024 * 1024);
    assert.deepEqual(tooLarge(12.5 * 1024 * 1024), { problem: 'skipped: 12.5 MB is larger than the 10.0 MB a minutes file can be' });
    assert.deepEqual(tooLarge(1024 * 1024), { problem: 'skipped: 1.0 MB is larger than the 10.0 MB a minutes file can be' });
    assert.deepEqual(tooLarge(1024 * 1024 - 1), { problem: 'skipped: 1024 KB is larger than the 10.0 MB a minutes file can be' });
    assert.deepEqual(tooLarge(1536), { problem: 'skipped: 2 KB is larger than the 10.0 MB a minutes file can be' });
  });
});

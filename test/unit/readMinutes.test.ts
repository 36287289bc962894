// Reading one file as minutes without letting it cost any other (src/core/readMinutes.ts): the parse with the file's
// options, or the problem a failing parse becomes, never an exception.
import { strict as assert } from 'node:assert';
import { readMinutes, UNREADABLE, unreadable } from '../../src/core/readMinutes';

describe('readMinutes', () => {
  it('parses the text with the options given', () => {
    const text = 'ACTION: MJ — send the figures due 03/04/2008\n';
    const read = (dayFirst: boolean): unknown => {
      const result = readMinutes(text, { dayFirst });
      return 'document' in result ? result.document.actions[0].due : result.problem;
    };
    assert.equal(read(true), '2008-04-03');
    assert.equal(read(false), '2008-03-04');
  });

  it('a parse that throws becomes a problem with its message, an Error or not', () => {
    assert.deepEqual(
      readMinutes('x', {}, () => {
        throw new Error('stack overflow in tables');
      }),
      { problem: 'could not be read as minutes: stack overflow in tables' },
    );
    assert.deepEqual(
      readMinutes('x', {}, () => {
        throw 'a string';
      }),
      { problem: `${UNREADABLE}: a string` },
    );
    assert.equal(unreadable(new RangeError('too deep')), 'could not be read as minutes: too deep');
  });
});

import { strict as assert } from 'node:assert';
import { isSpace } from '../../src/core/chars';

describe('character tests', () => {
  it('isSpace says what \\s says, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16).padStart(4, '0')}`);
  });
});

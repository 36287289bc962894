// The globs `minutes.files`, `minutes.exclude` and the CLI's --glob are written in: `*`, `**`, `?` and `{a,b}`.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DEFAULT_MINUTES_GLOB, globToRegExp, isGlob, matchesAny } from '../../src/core/glob';

const matches = (glob: string, path: string): boolean => globToRegExp(glob).test(path);

describe('glob', () => {
  it('reads ? as exactly one character of a name, never a slash', () => {
    assert.equal(matches('200?-*.md', '2007-06.md'), true);
    assert.equal(matches('200?-*.md', '200-06.md'), false);
    assert.equal(matches('200?-*.md', '20077-06.md'), false);
    assert.equal(matches('a?b', 'a/b'), false);
    assert.equal(matches('a?b', 'a.b'), true);
  });

  it('reads {a,b} as either word, and a comma or brace outside a group as itself', () => {
    assert.equal(matches('*.{md,markdown}', 'x.md'), true);
    assert.equal(matches('*.{md,markdown}', 'x.markdown'), true);
    assert.equal(matches('*.{md,markdown}', 'x.txt'), false);
    assert.equal(matches('*.{md,markdown}', 'x.mdmarkdown'), false);
    assert.equal(matches('{meetings,board}/**/*.md', 'board/2024/x.md'), true);
    assert.equal(matches('{meetings,board}/**/*.md', 'other/2024/x.md'), false);
    assert.equal(matches('a,b.md', 'a,b.md'), true);
    assert.equal(matches('a,b.md', 'a|b.md'), false);
    assert.equal(matches('a}.md', 'a}.md'), true);
    // A comma after a closed group is a comma again.
    assert.equal(matches('{a,b}/c,d.md', 'a/c,d.md'), true);
    assert.equal(matches('{a,b}/c,d.md', 'a/c.md'), false);
  });

  it('reads * within a folder and **/ across any number of folders, none included', () => {
    assert.equal(matches('*.md', 'x.md'), true);
    assert.equal(matches('*.md', 'a/x.md'), false);
    assert.equal(matches('**/*.minutes.md', 'x.minutes.md'), true);
    assert.equal(matches('**/*.minutes.md', 'a/b/x.minutes.md'), true);
    assert.equal(matches('**/*.minutes.md', 'a/b/x.md'), false);
    assert.equal(matches('meetings/**', 'meetings/a/b.md'), true);
    assert.equal(matches('a/**/b.md', 'a/b.md'), true);
    assert.equal(matches('a/**/b.md', 'ab.md'), false);
    assert.equal(matches('**/x.md', 'ax.md'), false);
    assert.equal(matches('**/x.md', 'a/x.md'), true);
  });

  it('takes every other character literally, regular-expression characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '.', '+', '^', '$', '(', ')', '|', '[', ']', '\\', '/', '-', ' '), maxLength: 12 }), fc.string({ maxLength: 12 }), (literal, other) => {
        assert.equal(matches(literal, literal), true);
        if (other !== literal) assert.equal(matches(literal, other), false);
      }),
      { numRuns: 500 },
    );
  });

  it('tells globs from plain paths', () => {
    assert.deepEqual(['a/*.md', 'a?.md', '{a,b}', 'minutes/', 'a.md'].map(isGlob), [true, true, true, false, false]);
  });

  it('matches a glob without a slash against the file name, one with a slash against the whole path', () => {
    assert.equal(matchesAny('meetings/2024/x.minutes.md', ['*.minutes.md']), true);
    assert.equal(matchesAny('meetings/2024/x.md', ['meetings/*.md']), false);
    assert.equal(matchesAny('meetings/2024/x.md', ['meetings/**/*.md']), true);
    assert.equal(matchesAny('meetings/2024/x.md', ['notes/**', '*.txt']), false);
    assert.equal(matchesAny('a/b.minutes.md', [DEFAULT_MINUTES_GLOB]), true);
    assert.equal(matchesAny('a/b.md', []), false);
  });

  it('keeps answering right once more globs have been asked about than it keeps compiled', () => {
    for (let i = 0; i < 600; i++) assert.equal(matchesAny(`f${i}.md`, [`f${i}.md`, `g${i % 7}.md`]), true);
    assert.equal(matchesAny('f1.md', ['f2.md']), false);
  });
});

// Required by .mocharc.stryker.parse.json (mutation testing only, docs/testing.md "Mutation testing"): a suite's
// `before` hook runs before each of its tests instead of once. Stryker's mocha runner counts what runs before the
// first test as static coverage, and `parse.test.ts` parses its seeds in `before` hooks: every mutant on the parser's
// path was then static, one test-runner restart each (an hour for parse.ts on the shared cores, against minutes).
// Run per test, a hook's coverage is counted for the tests that read what it made. The tests are the same; their
// hooks only run more often.
import Mocha from 'mocha';

Mocha.Suite.prototype.beforeAll = function beforeAllAsEach(title, fn) {
  return this.beforeEach(title, fn);
};

// Mutation testing of the parser (src/core/dialect, prescan, parse, proseActions, model) with the mocha spec narrowed
// to the suites that reach it (.mocharc.stryker.parse.json): every parse calls these files, so with the whole core
// suite each mutant re-runs most of it (minutes a mutant on two shared cores). A narrower spec can only kill fewer
// mutants, so its score is a floor. `nice -n 19 npx stryker run stryker.parse.config.mjs --mutate src/core/parse.ts`.
// Not `--ignoreStatic`: most of the parser's code also runs when a test file loads, and with it Stryker ran such
// mutants on too few tests and reported killable ones as survived (docs/testing.md). The mocharc requires
// scripts/stryker-before-each.mjs, so that a seed parsed in a `before` hook counts as the coverage of the tests that
// read it rather than as static coverage (a test-runner restart for every mutant). Left out of the spec: the
// pre-scan's fuzzing (seconds a mutant) and the golden exports, which parse when their file loads.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/core/dialect/*.ts', 'src/core/prescan.ts', 'src/core/parse.ts', 'src/core/proseActions.ts', 'src/core/model.ts'],
  mochaOptions: { config: '.mocharc.stryker.parse.json' },
  incrementalFile: 'reports/stryker-incremental.parse.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/parse.json' },
};

// Mutation testing of the pure core: `npm run mutate` (all of src/core, which takes hours on two cores), or
// `npm run mutate -- --mutate src/core/glob.ts,src/core/grouping.ts` for some files. Incremental: mutants whose code
// and covering tests did not change since the last run keep their result (reports/stryker-incremental.json).
// A developer's tool, not part of `npm test`; results and how to read them are in docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/core/**/*.ts'],
  testRunner: 'mocha',
  mochaOptions: {
    // The unit tests of the core (.mocharc.stryker.json): tsx as a require hook, since .mocharc.json's node-option
    // does not reach an in-process mocha. Left out: the suites of other layers (workers, the grammar, packaging,
    // the import check) and the two that read the shared corpus outside the repository (differential, eval key),
    // whose result depends on files the repository does not hold.
    config: '.mocharc.stryker.json',
  },
  // Not copied into the sandbox: the shared VS Code tools (a symlink), build output and earlier reports.
  ignorePatterns: ['.tools', '.bench', 'out', 'dist', 'test-results', 'reports', '*.vsix'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Two cores, shared: one test runner at a time.
  concurrency: 1,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

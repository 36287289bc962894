// Mutation testing of a few files with the mocha spec narrowed to the suites that reach them (docs/testing.md,
// "Mutation testing"): a file every parse calls would otherwise re-run the whole core suite for each mutant.
//   MUTATE_SPEC=test/unit/language.test.ts nice -n 19 npx stryker run stryker.spec.config.mjs --mutate src/core/language/hover.ts
// MUTATE_SPEC is a comma-separated list of test files or globs. A narrowed spec can only kill fewer mutants than the
// whole suite, so its score is a floor.
import process from 'node:process';
import base from './stryker.config.mjs';

const spec = (process.env.MUTATE_SPEC ?? '').split(',').map((s) => s.trim()).filter(Boolean);
if (spec.length === 0) throw new Error('Set MUTATE_SPEC to the test files that reach the mutated files, e.g. MUTATE_SPEC=test/unit/language.test.ts');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mochaOptions: { ...base.mochaOptions, spec },
};

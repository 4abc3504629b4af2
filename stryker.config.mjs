// Why: `npm run mutate` measures whether the unit tests would notice a wrong number or a lost file: Stryker
// changes the code of the pure and service layers one mutant at a time and counts the mutants some test
// kills. State is kept in .cache (not in git) so re-runs only test what changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: [
    'shared/**/*.ts',
    'electron/services/**/*.ts',
    '!**/*.test.ts',
    '!**/*.fixture.ts',
    '!shared/data/**',
    '!shared/**/index.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: '.cache/stryker/incremental.json',
  tempDirName: '.cache/stryker/tmp',
  cleanTempDir: 'always',
  reporters: ['progress', 'json'],
  jsonReporter: { fileName: '.cache/stryker/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 80, break: null },
};

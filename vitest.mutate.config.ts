// Why: mutation testing runs the node-side unit tests only (shared/ and electron/services), never the DOM or
// end-to-end projects: a mutant in the pure layers must be killed by a fast test that asserts behaviour.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'unit-node',
    environment: 'node',
    // `npm run mutate -- <path>` narrows this to the tests beside the module (PMB_MUTATE_TESTS): the finance core is
    // called by every engine test, and running the Monte Carlo suite for each finance mutant takes hours on a shared
    // machine. A module's own tests must kill its mutants; `--all-tests` restores the whole node-side suite.
    include: process.env.PMB_MUTATE_TESTS?.split(',') ?? ['shared/**/*.test.ts', 'electron/services/**/*.test.ts'],
    // Stryker instruments the code and shares a loaded machine: a Monte Carlo case that takes 2 s alone can pass
    // vitest's 5 s default in the dry run, which would abort the whole run, so the budget is generous here.
    testTimeout: 60_000,
    setupFiles: ['vitest.mutate.setup.ts'],
  },
});

// Why: mutation testing runs the node-side unit tests only (shared/ and electron/services), never the DOM or
// end-to-end projects: a mutant in the pure layers must be killed by a fast test that asserts behaviour.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'unit-node',
    environment: 'node',
    include: ['shared/**/*.test.ts', 'electron/services/**/*.test.ts'],
    // Stryker instruments the code and shares a loaded machine: a Monte Carlo case that takes 2 s alone can pass
    // vitest's 5 s default in the dry run, which would abort the whole run, so the budget is generous here.
    testTimeout: 60_000,
  },
});

// Why: mutation testing runs the node-side unit tests only (shared/ and electron/services), never the DOM or
// end-to-end projects: a mutant in the pure layers must be killed by a fast test that asserts behaviour.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'unit-node',
    environment: 'node',
    include: ['shared/**/*.test.ts', 'electron/services/**/*.test.ts'],
  },
});

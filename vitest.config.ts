// Why: one runner counts every test (unit and end-to-end), so CI's "N passed, N failed" line is whole.
import { defineConfig } from 'vitest/config';

const jsonReport = process.env.PMB_VITEST_JSON;
const e2eBase = {
  environment: 'node' as const,
  include: ['tests/e2e/**/*.spec.ts'],
  globalSetup: ['tests/e2e/global-setup.ts'],
  testTimeout: 90_000,
  hookTimeout: 90_000,
  fileParallelism: false,
};
// The same specs against real Electron, only where a binary is present (none can be downloaded here).
const electronProject = process.env.ELECTRON_OVERRIDE_DIST_PATH
  ? [{ test: { ...e2eBase, name: 'e2e-electron', env: { PMB_E2E_TARGET: 'electron' } } }]
  : [];

export default defineConfig({
  test: {
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit-node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'unit-dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
        },
      },
      { test: { ...e2eBase, name: 'e2e' } },
      ...electronProject,
    ],
  },
});

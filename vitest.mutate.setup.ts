// Why: under `npm run mutate` every mutant re-runs the tests that cover it, and on a shared two-core machine the
// fast-check properties (up to 1,500 cases each) make a finance run take hours. Here each property runs at most
// 100 cases, with its own seed. This can only lower the mutation score (a mutant only case 101+ would catch then
// survives), never inflate it; `npm test` still runs every property in full.
import { vi } from 'vitest';

const MAX_RUNS = 100;
vi.mock('fast-check', async (importOriginal) => {
  const real = await importOriginal<typeof import('fast-check')>();
  const assert = ((property: Parameters<typeof real.assert>[0], params?: Parameters<typeof real.assert>[1]) =>
    real.assert(property, {
      ...params,
      numRuns: Math.min(params?.numRuns ?? MAX_RUNS, MAX_RUNS),
    })) as typeof real.assert;
  const fc = { ...real.default, assert };
  return { ...real, assert, default: fc };
});

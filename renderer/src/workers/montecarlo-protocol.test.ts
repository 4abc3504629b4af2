// Why: the worker's chunked run must equal the engine on one chunk and stay seeded (same seed = same answer).
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset, runMonteCarlo } from '../../../shared/scenario';
import { chunkSeed, chunkSizes, mergeChunks } from './montecarlo-protocol';

describe('Monte Carlo chunk merge', () => {
  // Flat draws keep this test quick; path mode is merged the same way (the pooled fields come from chunk 0).
  const s0 = createScenarioFromPreset('reko-diq');
  const s = { ...s0, risk: { ...s0.risk, pricePaths: { ...s0.risk.pricePaths, mode: 'flat' as const } } };
  it('matches the engine for a single chunk', () => {
    const r = runMonteCarlo(s, { trials: 2000, seed: 7 });
    const m = mergeChunks([r], 7);
    expect(m.q10).toBeCloseTo(r.q10, 9);
    expect(m.q50).toBeCloseTo(r.q50, 9);
    expect(m.q90).toBeCloseTo(r.q90, 9);
    expect(m.probNegative).toBe(r.probNegative);
  });
  it('is deterministic across chunks and orders P10 <= P50 <= P90', () => {
    const run = () =>
      mergeChunks(
        chunkSizes(12_000).map((n, i) => runMonteCarlo(s, { trials: n, seed: chunkSeed(3, i) })),
        3,
      );
    const a = run();
    const b = run();
    expect(a.trials).toBe(12_000);
    expect(a.q50).toBe(b.q50);
    expect(a.q10).toBeLessThanOrEqual(a.q50);
    expect(a.q50).toBeLessThanOrEqual(a.q90);
    expect(a.histogram.reduce((x, h) => x + h.count, 0)).toBe(12_000);
  });
});

// Why: the Monte Carlo runs in a Web Worker so a 10,000+ trial run never freezes the editor. The worker runs the
// engine in seeded chunks (so it can report progress and be cancelled between them) and this pure module merges
// the chunks into one summary; the same seed and trial count always give the same numbers.
import { percentileSorted, PERCENTILE_CONVENTION, DISCOUNT_RATE_NOTE, type MonteCarloDriver, type MonteCarloResult, type Scenario, type EvaluateOptions } from '../../../shared/scenario';

export interface McRequest {
  type: 'run';
  runId: number;
  scenario: Scenario;
  options: EvaluateOptions;
  trials: number;
  seed: number;
}

export interface McSummary {
  trials: number;
  seed: number;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  stdDev: number;
  probNegative: number;
  baseNpv: number;
  histogram: { x0: number; x1: number; count: number }[];
  sCurve: { npv: number; cumulativeProb: number }[];
  drivers: MonteCarloDriver[];
  percentileConvention: string;
  discountRateNote: string;
  warnings: string[];
}

export type McResponse =
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'done'; runId: number; summary: McSummary; ms: number }
  | { type: 'error'; runId: number; message: string };

/** Trials per chunk: ~15 ms of work, so progress moves smoothly and cancel is immediate. */
export const CHUNK_TRIALS = 5000;

/** Seed of chunk i: chunk 0 uses the user's seed, so runs up to one chunk equal the engine's own result. */
export const chunkSeed = (seed: number, i: number) => (seed + i * 0x9e3779b1) >>> 0;

export function chunkSizes(trials: number): number[] {
  const out: number[] = [];
  for (let left = trials; left > 0; left -= CHUNK_TRIALS) out.push(Math.min(CHUNK_TRIALS, left));
  return out;
}

/**
 * Pools the chunks' NPVs (each sorted) into one sample. Drivers are trial-weighted averages of the chunks'
 * correlations, which is close to the pooled correlation for chunks of this size and stated as such in the UI.
 */
export function mergeChunks(chunks: MonteCarloResult[], seed: number, bins = 40): McSummary {
  const n = chunks.reduce((a, c) => a + c.trials, 0);
  const all = new Float64Array(n);
  let o = 0;
  for (const c of chunks) {
    all.set(c.npv, o);
    o += c.trials;
  }
  all.sort();
  let sum = 0;
  let neg = 0;
  for (let i = 0; i < n; i++) {
    sum += all[i]!;
    if (all[i]! < 0) neg++;
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (all[i]! - mean) ** 2;
  const lo = all[0]!;
  const hi = all[n - 1]!;
  const width = hi > lo ? (hi - lo) / bins : 1;
  const histogram = Array.from({ length: bins }, (_, b) => ({ x0: lo + b * width, x1: lo + (b + 1) * width, count: 0 }));
  for (let i = 0; i < n; i++) histogram[Math.min(bins - 1, Math.floor((all[i]! - lo) / width))]!.count++;
  const points = Math.min(n, 101);
  const sCurve = Array.from({ length: points }, (_, q) => {
    const p = points === 1 ? 1 : q / (points - 1);
    return { npv: percentileSorted(all, p), cumulativeProb: p };
  });
  const first = chunks[0]!;
  const drivers = first.drivers
    .map((d) => ({ ...d, correlation: chunks.reduce((a, c) => a + (c.drivers.find((x) => x.id === d.id)?.correlation ?? 0) * c.trials, 0) / n }))
    .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));
  return {
    trials: n,
    seed,
    p10: percentileSorted(all, 0.1),
    p50: percentileSorted(all, 0.5),
    p90: percentileSorted(all, 0.9),
    mean,
    stdDev: Math.sqrt(ss / Math.max(1, n - 1)),
    probNegative: neg / n,
    baseNpv: first.baseNpv,
    histogram,
    sCurve,
    drivers,
    percentileConvention: PERCENTILE_CONVENTION,
    discountRateNote: DISCOUNT_RATE_NOTE,
    warnings: [...new Set(chunks.flatMap((c) => c.warnings))],
  };
}

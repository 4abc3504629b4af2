// Why: the Monte Carlo runs in a Web Worker so a 10,000+ trial run never freezes the editor. The worker runs the
// engine in seeded chunks (so it can report progress and be cancelled between them) and this pure module merges
// the chunks into one summary; the same seed and trial count always give the same numbers.
import {
  summariseSortedNpvs,
  type MonteCarloResult,
  type Scenario,
  type EvaluateOptions,
} from '../../../shared/scenario';

export interface McRequest {
  type: 'run';
  runId: number;
  scenario: Scenario;
  options: EvaluateOptions;
  trials: number;
  seed: number;
}

/** The pooled result the worker sends back: the engine's own result type, without the raw sample. */
export type McSummary = Omit<MonteCarloResult, 'npv'>;

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
  const summary = summariseSortedNpvs(all, bins, 101);
  const first = chunks[0]!;
  const drivers = first.drivers
    .map((d) => ({
      ...d,
      correlation:
        chunks.reduce((a, c) => a + (c.drivers.find((x) => x.id === d.id)?.correlation ?? 0) * c.trials, 0) / n,
    }))
    .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));
  const { npv: _sample, ...rest } = first;
  void _sample;
  return { ...rest, trials: n, seed, ...summary, drivers, warnings: [...new Set(chunks.flatMap((c) => c.warnings))] };
}

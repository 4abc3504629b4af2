// Why: one Monte Carlo summary type for the engine, the worker that pools its chunks, the charts and the exports,
// and one place that names the percentiles, so "P90" means the same thing on every chart and in every file (the
// sentences that explain the convention are the renderer's, in the reader's language).
import type { PercentileConvention } from './model';
import { percentileSorted } from './random';

/** The statistics shown for a simulated NPV sample (USD m). */
export interface NpvSummary {
  /** 10th, 50th and 90th percentiles of NPV (ascending, Excel PERCENTILE.INC). Named per the convention below. */
  q10: number;
  q50: number;
  q90: number;
  mean: number;
  stdDev: number;
  probNegative: number;
  histogram: { x0: number; x1: number; count: number }[];
  sCurve: { npv: number; cumulativeProb: number }[];
}

/** Labels of q10 / q50 / q90 under a convention: reserves P90 is the low case (q10), statistical P90 is q90. */
export function percentileLabels(c: PercentileConvention): { q10: string; q50: string; q90: string } {
  return c === 'reserves' ? { q10: 'P90', q50: 'P50', q90: 'P10' } : { q10: 'P10', q50: 'P50', q90: 'P90' };
}

/**
 * Summary of an NPV sample sorted ascending: percentiles, mean, spread, P(NPV<0), an equal-width histogram and an
 * S-curve. Shared by the engine and by the worker that pools its chunks.
 */
export function summariseSortedNpvs(sorted: Float64Array, bins: number, sCurvePoints: number): NpvSummary {
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sorted[i]! - mean) ** 2;
  const lo = sorted[0]!;
  const hi = sorted[n - 1]!;
  // A spread too small for the bins to have a width (a constant sample, or one below the smallest double) is one bin.
  const width = (hi - lo) / bins > 0 ? (hi - lo) / bins : 1;
  // The sample is sorted and a value's bin never falls as the value rises, so the negatives and each bin are found
  // by binary search instead of a pass over every trial (which a first run makes in the interpreter).
  const neg = firstIndex(sorted, (x) => !(x < 0));
  let start = 0;
  const histogram = Array.from({ length: bins }, (_, b) => {
    const end = b === bins - 1 ? n : firstIndex(sorted, (x) => Math.floor((x - lo) / width) > b);
    const bin = { x0: lo + b * width, x1: lo + (b + 1) * width, count: end - start };
    start = end;
    return bin;
  });
  const points = Math.min(n, sCurvePoints);
  const sCurve = Array.from({ length: points }, (_, q) => {
    const prob = points === 1 ? 1 : q / (points - 1);
    return { npv: percentileSorted(sorted, prob), cumulativeProb: prob };
  });
  return {
    q10: percentileSorted(sorted, 0.1),
    q50: percentileSorted(sorted, 0.5),
    q90: percentileSorted(sorted, 0.9),
    mean,
    stdDev: Math.sqrt(ss / Math.max(1, n - 1)),
    probNegative: neg / n,
    histogram,
    sCurve,
  };
}

/** The first index whose value passes `pred`, in an array where the passing values all come after the failing ones. */
function firstIndex(sorted: Float64Array, pred: (x: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(sorted[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// Why: the summary finds P(NPV<0) and the histogram's counts by binary search over the sorted sample. An off-by-one
// there moves a trial between bins or miscounts the losses the Risks view prints, so both are checked against the
// plain definition (each trial counted into its bin) over random samples with ties, zeros, bin edges and constants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseSortedNpvs } from './mc-summary';

/** The definition: every value counted into bin min(bins - 1, floor((x - lo) / width)); losses are values below 0. */
function byDefinition(sorted: Float64Array, bins: number) {
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  const width = (hi - lo) / bins > 0 ? (hi - lo) / bins : 1;
  const counts = new Array<number>(bins).fill(0);
  let neg = 0;
  for (const x of sorted) {
    counts[Math.min(bins - 1, Math.floor((x - lo) / width))]!++;
    if (x < 0) neg++;
  }
  return { counts, probNegative: neg / sorted.length };
}

const sample = fc
  .array(
    fc.oneof(
      fc.integer({ min: -6, max: 6 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, -0, 1e-300, -1e-300),
    ),
    { minLength: 1, maxLength: 400 },
  )
  .map((xs) => Float64Array.from(xs).sort());

describe('the summary of a sorted sample', () => {
  it('counts each trial into its bin and the losses below zero as the definition does', () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: 1, max: 60 }), (sorted, bins) => {
        const s = summariseSortedNpvs(sorted, bins, 11);
        const want = byDefinition(sorted, bins);
        expect(s.histogram.map((b) => b.count)).toEqual(want.counts);
        expect(s.probNegative).toBe(want.probNegative);
      }),
      { numRuns: 600 },
    );
  });

  it('puts a constant sample in the first bin and values on an inner edge in the bin above it', () => {
    expect(summariseSortedNpvs(Float64Array.from([5, 5, 5]), 4, 3).histogram.map((b) => b.count)).toEqual([3, 0, 0, 0]);
    // Width 1 over [0, 4]: 1, 2 and 3 sit on edges and open the bins above; 4, the maximum, is in the last bin.
    const edges = summariseSortedNpvs(Float64Array.from([0, 1, 1, 2, 3, 4]), 4, 3).histogram;
    expect(edges.map((b) => b.count)).toEqual([1, 2, 1, 2]);
    expect(summariseSortedNpvs(Float64Array.from([-2, -0, 0, 3]), 2, 3).probNegative).toBe(0.25);
    // A spread below the smallest double over the bins: one bin, not a division by a zero width.
    expect(summariseSortedNpvs(Float64Array.from([-5e-324, 0]), 2, 3).histogram.map((b) => b.count)).toEqual([2, 0]);
  });
});

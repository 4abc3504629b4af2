// Why: payback is the first question an investor asks; it must be interpolated and must not be fooled by a
// cumulative position that turns positive and then negative again (e.g. a second capex phase or closure).

/**
 * Payback period in years, interpolated within the year the cumulative cash flow turns non-negative for good.
 *
 * Time convention: `flows[0]` is at time 0, `flows[t]` at time t. If the cumulative sum is negative after index k
 * and non-negative from k+1 on, payback = k + (-cumulative[k]) / flows[k+1]. Returns 0 when the cumulative is
 * never negative, and null when the cumulative is still negative at the end (the project never pays back).
 */
export function payback(flows: ArrayLike<number>): number | null {
  const n = flows.length;
  if (n === 0) return null;
  let cum = 0;
  let lastNeg = -1;
  let cumAtLastNeg = 0;
  for (let t = 0; t < n; t++) {
    const f = flows[t]!;
    if (!Number.isFinite(f)) return null;
    cum += f;
    if (cum < 0) {
      lastNeg = t;
      cumAtLastNeg = cum;
    }
  }
  if (lastNeg === -1) return 0;
  if (lastNeg === n - 1) return null;
  // The next flow is > 0: adding it took the cumulative from negative to non-negative (in floating point too, since
  // adding a flow <= 0 to a negative sum cannot give a non-negative one).
  return lastNeg + -cumAtLastNeg / flows[lastNeg + 1]!;
}

/**
 * Discounted payback: {@link payback} applied to the flows discounted at `rate` (end-of-year, `flows[0]` undiscounted).
 * @param rate discount rate as a fraction (0.08 = 8%).
 * @param opts.scratch where the discounted flows are written when it is long enough (the scenario evaluation passes
 *   its workspace: a new array per call costs more than the payback itself); a new array otherwise.
 */
export function discountedPayback(
  rate: number,
  flows: ArrayLike<number>,
  opts?: { midYear?: boolean; scratch?: Float64Array },
): number | null {
  if (!(rate > -1)) return null;
  const n = flows.length;
  const scratch = opts?.scratch;
  // Stryker disable next-line EqualityOperator: a scratch exactly n long is used either way (the view is all of it)
  const d = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  const v = 1 / (1 + rate);
  const half = opts?.midYear ? Math.sqrt(1 + rate) : 1;
  let f = 1;
  // Stryker disable next-line EqualityOperator: t = n writes past the typed array's end, which is ignored
  for (let t = 0; t < n; t++) {
    d[t] = t === 0 ? flows[0]! : flows[t]! * f * half;
    f *= v; // f = v^(t+1) for the next period
  }
  return payback(d);
}

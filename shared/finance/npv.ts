// Why: one discounting routine for the whole app, so the scenario engine, the charts and the tests agree
// to the last digit with the Excel convention analysts check against.

/** Options for {@link npv}. */
export interface NpvOptions {
  /**
   * Mid-year convention: flows at t >= 1 are discounted at t - 0.5 years (cash arrives evenly through the year).
   * Default false: end-of-year discounting.
   */
  midYear?: boolean;
}

/**
 * Net present value of a cash-flow series.
 *
 * `flows[0]` is at time 0 and is not discounted; `flows[t]` (t >= 1) is discounted by `(1 + rate)^t`
 * (or `(1 + rate)^(t - 0.5)` with `{ midYear: true }`). This equals Excel's `flows[0] + NPV(rate, flows[1..])`.
 *
 * @param rate discount rate per period as a fraction (0.08 = 8%); must be > -1.
 * @param flows cash flows per period (any unit; the result is in the same unit).
 * @returns the NPV, or NaN when `rate <= -1` (no meaningful discount factor).
 */
export function npv(rate: number, flows: ArrayLike<number>, opts?: NpvOptions): number {
  const n = flows.length;
  if (n === 0) return 0;
  // Stryker disable next-line EqualityOperator: at exactly -100% the first Horner step is 0 x Infinity, NaN anyway
  if (!(rate > -1)) return Number.NaN;
  const v = 1 / (1 + rate);
  const half = opts?.midYear ? Math.sqrt(1 + rate) : 1;
  const out = hornerNpv(flows, v, half, 1);
  if (Number.isFinite(out)) return out;
  // An intermediate sum overflowed (flows near the largest double). Redo it on flows scaled by a power of two,
  // which is exact, and scale back: Infinity only when the NPV itself is beyond the double range.
  let m = 0;
  for (let t = 0; t < n; t++) {
    const a = Math.abs(flows[t]!);
    if (!(a <= Number.MAX_VALUE)) return out; // a non-finite flow: the NPV is genuinely not finite
    m = Math.max(m, a);
  }
  // Stryker disable next-line ArithmeticOperator: -4 (largest scaled flow <= 16) cannot overflow either
  const k = 2 ** -Math.ceil(Math.log2(m) + 4);
  return hornerNpv(flows, v, half, k) / k;
}

/** k x NPV by Horner's scheme: sum c_t v^t = v (c_1 + v (c_2 + ...)), t >= 1 scaled by `half`. No pow in the loop. */
function hornerNpv(flows: ArrayLike<number>, v: number, half: number, k: number): number {
  let acc = 0;
  for (let t = flows.length - 1; t >= 1; t--) acc = acc * v + flows[t]! * k;
  return flows[0]! * k + acc * v * half;
}

/**
 * Discount factors for `n` periods: `df[0] = 1`, `df[t] = (1 + rate)^-t` (end-of-year) or `(1 + rate)^-(t - 0.5)` (mid-year).
 * Writes into `out` when given (no allocation).
 */
export function discountFactors(rate: number, n: number, midYear = false, out?: Float64Array): Float64Array {
  const df = out ?? new Float64Array(n);
  if (n === 0) return df;
  df[0] = 1;
  const v = 1 / (1 + rate);
  const half = midYear ? Math.sqrt(1 + rate) : 1;
  let f = 1;
  for (let t = 1; t < n; t++) {
    f *= v;
    df[t] = f * half;
  }
  return df;
}

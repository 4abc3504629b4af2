// Why: every chart axis gets its ticks from one algorithm: round 1-2-5 steps (…, 0.5, 1, 2, 5, 10, 20, …), a domain
// that ends on a tick, zero included when the data crosses it, and labels that say exactly the tick's value
// (the formatter is given the step, so 16.5k is never written "17k").

/** The 1-2-5 step at or above `raw` (raw > 0). */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  // Guard float noise (e.g. 0.30000000000000004 / 0.1) so an exact 1, 2 or 5 is not bumped up a step.
  const f = m <= 1 + 1e-9 ? 1 : m <= 2 + 1e-9 ? 2 : m <= 5 + 1e-9 ? 5 : 10;
  return f * p;
}

export interface Ticks {
  /** Tick values, low to high, evenly spaced by `step`. */
  ticks: number[];
  step: number;
  domain: [number, number];
}

const clean = (x: number, step: number) => {
  const d = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const v = Number(x.toFixed(d));
  return Object.is(v, -0) ? 0 : v;
};

/**
 * Ticks covering [min, max] with at most `maxTicks` ticks (at least 2). `includeZero` (default on) extends the range to
 * zero, which money axes need so bars start from it.
 */
export function niceTicks(min: number, max: number, opts: { maxTicks?: number; includeZero?: boolean } = {}): Ticks {
  const maxTicks = Math.max(2, opts.maxTicks ?? 6);
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { ticks: [0, 1], step: 1, domain: [0, 1] };
  if (opts.includeZero ?? true) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  let step = niceStep((hi - lo) / (maxTicks - 1));
  // The rounded ends can need one tick more than allowed; then take the next step up.
  for (;;) {
    const first = Math.floor(lo / step + 1e-9);
    const last = Math.ceil(hi / step - 1e-9);
    if (last - first + 1 <= maxTicks) {
      const ticks = Array.from({ length: last - first + 1 }, (_, k) => clean((first + k) * step, step));
      return { ticks, step, domain: [ticks[0]!, ticks[ticks.length - 1]!] };
    }
    step = niceStep(step * 1.01);
  }
}

/**
 * Two value axes (e.g. annual flow and cumulative position) with zero at the same height on both, so a line on one
 * crosses the other's zero line exactly where it turns positive. Both use 1-2-5 steps and the same number of ticks.
 */
export function alignedTicks(a: readonly number[], b: readonly number[], intervals = 6): { left: Ticks; right: Ticks } {
  const ext = (xs: readonly number[]) => [Math.min(0, ...xs), Math.max(0, ...xs)] as const;
  const [aLo, aHi] = ext(a);
  const [bLo, bHi] = ext(b);
  const frac = (lo: number, hi: number) => (hi - lo > 0 ? -lo / (hi - lo) : 0);
  const f = Math.max(frac(aLo, aHi), frac(bLo, bHi));
  const below = f > 0 ? Math.min(intervals - 1, Math.max(1, Math.ceil(f * intervals))) : 0;
  const above = intervals - below;
  const axis = (lo: number, hi: number): Ticks => {
    const step = niceStep(Math.max(above > 0 ? hi / above : 0, below > 0 ? -lo / below : 0));
    const ticks = Array.from({ length: intervals + 1 }, (_, k) => clean((k - below) * step, step));
    return { ticks, step, domain: [ticks[0]!, ticks[intervals]!] };
  };
  return { left: axis(aLo, aHi), right: axis(bLo, bHi) };
}

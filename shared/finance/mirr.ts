// Why: where closure costs give a project two IRRs, MIRR gives one unambiguous rate (Excel's MIRR convention), so
// the report can show it beside the IRR.

/**
 * Modified IRR (Excel MIRR): negative flows discounted to time 0 at `financeRate`, positive flows compounded to the
 * last period at `reinvestRate`; MIRR = (FV+ / -PV-)^(1/(n-1)) - 1. Null when there is no negative or no positive flow.
 */
export function mirr(flows: ArrayLike<number>, financeRate: number, reinvestRate: number): number | null {
  const n = flows.length;
  // Fewer than two flows cannot hold both an outflow and an inflow: the null below covers them.
  if (!(financeRate > -1) || !(reinvestRate > -1)) return null;
  let pvNeg = 0;
  let fvPos = 0;
  for (let t = 0; t < n; t++) {
    const c = flows[t]!;
    if (!Number.isFinite(c)) return null;
    // A zero flow is skipped, not weighted: at extreme rates the factor underflows to 0 or overflows (0/0, 0 x Inf).
    if (c < 0) pvNeg += c / (1 + financeRate) ** t;
    else if (c > 0) fvPos += c * (1 + reinvestRate) ** (n - 1 - t);
  }
  if (pvNeg === 0 || fvPos === 0) return null;
  return (fvPos / -pvNeg) ** (1 / (n - 1)) - 1;
}

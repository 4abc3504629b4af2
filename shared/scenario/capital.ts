// Why: a run's sustaining capex and depreciation depend on its delay alone once divided by the capex multiplier
// (sustaining capex is a share of initial capex plus a fixed sum, both scaled by it, and depreciation is a share of
// both). Monte Carlo trials and breakeven runs differ in prices, costs and multipliers but share a handful of delays,
// so these rows are built once per delay at multiplier 1 and scaled by each run, instead of re-running the
// depreciation schedule in every run (a third of the core's time).
import type { Compiled } from './compile';
import { depAdd, depTake, resetDep, type DepState } from './fiscal';

/** Sustaining capex and depreciation (USD m at capex multiplier 1) by model year, for one delay. */
export interface CapitalRows {
  sust: Float64Array;
  dep: Float64Array;
}

/**
 * The rows built so far for one compiled scenario, by delay (model years). Held by a workspace, which may be reused
 * for another scenario: the rows are rebuilt when the compiled object is not the one they were built for.
 */
export interface CapitalCache {
  of: Compiled | null;
  /** Rows by delay; `built[d]` says whether `byDelay[d]` holds `of`'s rows (arrays are kept for reuse). */
  byDelay: (CapitalRows | undefined)[];
  built: boolean[];
  /** Capacity of every row (the workspace's stride). */
  stride: number;
  depState: DepState;
}

export function newCapitalCache(stride: number, depState: DepState): CapitalCache {
  return { of: null, byDelay: [], built: [], stride, depState };
}

/**
 * Sustaining capex and depreciation of `c` at delay `d` (h model years, production from `firstProd` to `lastProd`),
 * at capex multiplier 1. Initial capex is registered in service groups (an expansion depreciates from its start-up);
 * sustaining capex, spent in every production year, is in service when spent.
 */
export function capitalRows(
  cache: CapitalCache,
  c: Compiled,
  d: number,
  h: number,
  firstProd: number,
  lastProd: number,
): CapitalRows {
  if (cache.of !== c) {
    cache.of = c;
    cache.built.fill(false);
  }
  let rows = cache.byDelay[d];
  if (rows && cache.built[d]) return rows;
  rows ??= { sust: new Float64Array(cache.stride), dep: new Float64Array(cache.stride) };
  const ds = cache.depState;
  const { capexSched, capexByService, sustainPct, sustainUsdM } = c;
  resetDep(ds, h, firstProd, lastProd, c.depYears);
  let cumInit = 0;
  for (let i = 0; i < h; i++) {
    const off = i - d;
    // The schedule covers the span and h <= d + span, so off never reaches its end.
    const ci = off >= 0 ? capexSched[off]! : 0;
    cumInit += ci;
    if (ci !== 0) for (const grp of capexByService) depAdd(ds, i, grp.sched[off]!, d + grp.serviceOff);
    const sust = i >= firstProd && i <= lastProd ? sustainPct * cumInit + sustainUsdM : 0;
    depAdd(ds, i, sust, i);
    rows.sust[i] = sust;
    rows.dep[i] = depTake(ds, i);
  }
  cache.byDelay[d] = rows;
  cache.built[d] = true;
  return rows;
}

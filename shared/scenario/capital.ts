// Why: a run's sustaining capex and depreciation depend on its delay alone once divided by the capex multiplier
// (sustaining capex is a share of initial capex plus a fixed sum, both scaled by it, and depreciation is a share of
// both). Monte Carlo trials and breakeven runs differ in prices, costs and multipliers but share a handful of delays,
// so these rows are built once per delay at multiplier 1 and scaled by each run, instead of re-running the
// depreciation schedule in every run (a third of the core's time).
import type { Compiled } from './compile';
import { depAdd, depTake, resetDep, type DepState } from './fiscal';

/** Sustaining capex and depreciation (USD m at capex multiplier 1) by model year, for one delay. */
export interface CapitalRows {
  /** The compiled scenario the rows were built for (a reused workspace may since run another). */
  of: Compiled | null;
  sust: Float64Array;
  dep: Float64Array;
}

/** The rows a workspace has built, by delay (model years); each row's arrays are reused when it is rebuilt. */
export interface CapitalCache {
  byDelay: (CapitalRows | undefined)[];
  /** Capacity of every row (the workspace's stride). */
  stride: number;
  depState: DepState;
}

export function newCapitalCache(stride: number, depState: DepState): CapitalCache {
  return { byDelay: [], stride, depState };
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
  let rows = cache.byDelay[d];
  // Stryker disable next-line ConditionalExpression: never taking the built rows rebuilds them, the same rows slower.
  if (rows && rows.of === c) return rows;
  rows ??= { of: null, sust: new Float64Array(cache.stride), dep: new Float64Array(cache.stride) };
  const ds = cache.depState;
  const { capexSched, capexByService, sustainPct, sustainUsdM } = c;
  resetDep(ds, h, firstProd, lastProd, c.depYears);
  let cumInit = 0;
  // Stryker disable next-line EqualityOperator: a row for year h is never read (a write past the stride is dropped).
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
  // Stryker disable next-line all: without the mark the rows are rebuilt at every run, the same rows more slowly.
  rows.of = c;
  cache.byDelay[d] = rows;
  return rows;
}

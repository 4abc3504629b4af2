// Why: the Monte Carlo core reuses one depreciation state for every trial and registers capex with its own service
// year, so a charge leaking from the previous trial, or an expansion depreciated before it is spent or after
// production has ended, would move every year's tax. Each schedule below is worked out by hand.
import { describe, expect, it } from 'vitest';
import { depAdd, depTake, resetDep, type DepState } from './fiscal';

const state = (h: number): DepState => ({
  diff: new Float64Array(h + 1),
  woff: new Float64Array(h),
  run: 0,
  first: 0,
  last: 0,
  years: 1,
});
/** Charges for years 0..h-1, registering each `[year, capex, serviceYear]` in its year first. */
const charges = (st: DepState, h: number, adds: [number, number, number][]) =>
  Array.from({ length: h }, (_, i) => {
    for (const [at, capex, service] of adds) if (at === i) depAdd(st, i, capex, service);
    return depTake(st, i);
  });

describe('depreciation state reused across runs', () => {
  it('starts a new run from nothing: no charge of the previous run carries over', () => {
    const st = state(5);
    resetDep(st, 5, 0, 4, 3);
    // 90 from year 1 over 3 years: 30 in years 1–3, the schedule ending in year 4.
    expect(charges(st, 5, [[1, 90, 1]])).toEqual([0, 30, 30, 30, 0]);
    resetDep(st, 5, 0, 4, 3);
    expect(charges(st, 5, [])).toEqual([0, 0, 0, 0, 0]);
    resetDep(st, 5, 0, 4, 2);
    expect(charges(st, 5, [[3, 10, 3]])).toEqual([0, 0, 0, 5, 5]);
  });
});

describe('when an asset starts depreciating', () => {
  it('never before it is spent, even when its service year has passed', () => {
    // Production years 2–7, 3-year life. 60 of a phase in service since year 3 but spent in year 5: 20 in 5, 6, 7.
    const st = state(8);
    resetDep(st, 8, 2, 7, 3);
    expect(charges(st, 8, [[5, 60, 3]])).toEqual([0, 0, 0, 0, 0, 20, 20, 20]);
  });
  it('with a single production year, deducts earlier capex in that year, not when spent', () => {
    // Production in year 3 only: 80 spent in year 1 over 4 years is all charged in year 3 (1/4 plus the write-off).
    const st = state(6);
    resetDep(st, 6, 3, 3, 4);
    expect(charges(st, 6, [[1, 80, 1]])).toEqual([0, 0, 0, 80, 0, 0]);
  });
  it('an expansion entering service in the last production year is written off in that year', () => {
    // Production years 2–5; 30 spent in year 3 comes into service in year 5, the last production year.
    const st = state(8);
    resetDep(st, 8, 2, 5, 3);
    expect(charges(st, 8, [[3, 30, 5]])).toEqual([0, 0, 0, 0, 0, 30, 0, 0]);
  });
});

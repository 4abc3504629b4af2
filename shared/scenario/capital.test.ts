// Why: runs take sustaining capex and depreciation from rows built once per delay and scaled by the capex multiplier.
// A stale row (another scenario's, another delay's) or a scale that is not exact would change NPVs silently, so the
// rows are checked against fresh workspaces and against a schedule compiled at the multiplier itself.
import { describe, expect, it } from 'vitest';
import { compileScenario, type Compiled } from './compile';
import { assumption as a } from './model';
import { createWorkspace, neutralPerturbation, runCore } from './npv-loop';
import { plain } from './plain.fixture';
import { createScenarioFromPreset } from './presets';

const fresh = (c: Compiled, delay = 0, capexMult = 1) => {
  const ws = createWorkspace(c);
  return runCore(c, { ...neutralPerturbation(c.nP), extraDelayYears: delay, capexMult }, ws);
};

describe('the capital rows', () => {
  it('are rebuilt when a workspace is reused for another scenario', () => {
    const x = compileScenario(createScenarioFromPreset('reko-diq-study-2025'));
    const s = plain();
    s.costs.sustaining = { mode: 'usd-m-per-year', value: a(12, 'USD m/yr') };
    const y = compileScenario(s);
    const ws = createWorkspace({ ...x, maxH: Math.max(x.maxH, y.maxH), nP: Math.max(x.nP, y.nP) });
    for (const c of [x, y, x, compileScenario(createScenarioFromPreset('reko-diq-study-2025'))]) {
      expect(runCore(c, neutralPerturbation(c.nP), ws)).toBe(fresh(c));
      expect(Array.from(ws.capexSust.subarray(0, ws.h))).toEqual(runRows(c));
    }
  });

  it('are kept per delay: runs in any order of delays give the fresh-workspace NPVs', () => {
    const c = compileScenario(createScenarioFromPreset('reko-diq-study-2025'));
    const ws = createWorkspace(c);
    const npvs = [0, 1, 2, 3].map((d) => fresh(c, d));
    expect(new Set(npvs).size).toBe(4);
    for (const d of [2, 0, 3, 1, 2, 0]) {
      const p = { ...neutralPerturbation(c.nP), extraDelayYears: d };
      expect(runCore(c, p, ws)).toBe(npvs[d]);
    }
  });

  it('scale with the capex multiplier as a schedule compiled at that multiplier does', () => {
    const c = compileScenario(createScenarioFromPreset('reko-diq-study-2025'));
    for (const m of [0.7, 1.35]) {
      const scaled: Compiled = {
        ...c,
        capexSched: c.capexSched.map((v) => v * m),
        capexByService: c.capexByService.map((g) => ({ ...g, sched: g.sched.map((v) => v * m) })),
        sustainUsdM: c.sustainUsdM * m,
        closure: c.closure * m,
      };
      for (const d of [0, 2]) expect(fresh(c, d, m)).toBeCloseTo(fresh(scaled, d), 6);
      expect(fresh(c, 0, m)).not.toBeCloseTo(fresh(c, 0), 0);
    }
  });
});

/** The sustaining-capex row of a detailed run on a fresh workspace. */
function runRows(c: Compiled): number[] {
  const ws = createWorkspace(c);
  runCore(c, neutralPerturbation(c.nP), ws);
  return Array.from(ws.capexSust.subarray(0, ws.h));
}

// Why: a lean run (Monte Carlo, breakeven) takes a production year's operating figures from the last year computed
// at the same ore. A year that is not producing must never be the one remembered: a production year at zero ore
// (a demonstration phase without throughput) still pays its fixed costs, and would silently pay nothing.
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile';
import { assumption as a } from './model';
import { createWorkspace, neutralPerturbation, runCore } from './npv-loop';
import { plain } from './plain.fixture';

function lean(s: ReturnType<typeof plain>) {
  const c = compileScenario(s);
  const full = createWorkspace(c);
  const quick = createWorkspace(c);
  quick.detail = false;
  const p = neutralPerturbation(c.nP);
  return { lean: runCore(c, p, quick), full: runCore(c, p, full), ebitda: Array.from(full.ebitda.subarray(0, 4)) };
}

describe('a lean run repeating a year', () => {
  it('still charges the fixed costs of production years at zero ore after a year without production', () => {
    const s = plain();
    s.timing.phases = {
      demonstration: { startOffsetYears: 1, durationYears: 2 },
      scaling: { startOffsetYears: 3, durationYears: 0 },
      impact: { startOffsetYears: 3, durationYears: 2 },
    };
    s.throughput.demonstrationMtpa = a(0, 'Mtpa');
    s.costs.fixedOpexUsdMPerYear = a(12, 'USD m/yr');
    const r = lean(s);
    // Years 1 and 2 produce nothing but pay the fixed 12 (and the plain project's 30 of opex is per tonne).
    expect(r.ebitda.slice(1, 3)).toEqual([-12, -12]);
    expect(r.lean).toBe(r.full);
  });

  it("gives the detailed run's NPV to the bit when every year is at nameplate", () => {
    const r = lean(plain());
    expect(r.lean).toBe(r.full);
  });
});

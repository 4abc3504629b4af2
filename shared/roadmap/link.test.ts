// Roadmap → scenario link: offsets and rounding, apply/skip by followRoadmap, and the economics moving the right way.
import { annualRows } from '../scenario/result';
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset, PhasesSchema, scenarioNpv, evaluateScenario } from '../scenario';
import { RoadmapStateSchema } from './state';
import { DEFAULT_ANCHOR_DATE, defaultRoadmapState } from './defaults';
import { changeDuration, setStart, shiftStart } from './edit';
import { phasesFromRoadmap, roadmapEvaluateOptions, toModelOffset } from './link';
import { dateToYear } from './time';

describe('defaultRoadmapState', () => {
  it('is a valid roadmap file anchored at the first consignment, phases back to back with impact a decade on', () => {
    const s = defaultRoadmapState();
    expect(RoadmapStateSchema.safeParse(s).success).toBe(true);
    expect(s.anchorDate).toBe('2025-10-02');
    expect(DEFAULT_ANCHOR_DATE).toBe('2025-10-02');
    expect(s.phases.map((p) => [p.id, p.startOffsetYears, p.durationYears])).toEqual([
      ['demonstration', 0, 3],
      ['scaling', 3, 7],
      ['impact', 10, 20],
    ]);
  });
});

describe('toModelOffset', () => {
  it('rounds half up to the model year holding most of the phase first year', () => {
    expect(toModelOffset(2028.75, 2026)).toBe(3);
    expect(toModelOffset(2028.4, 2026)).toBe(2);
    expect(toModelOffset(2028.5, 2026)).toBe(3);
    expect(toModelOffset(2028.5 - 1e-12, 2026)).toBe(3);
  });
  it('clamps years before the scenario start to year 0 (never -0) and caps at 80', () => {
    expect(Object.is(toModelOffset(2025.75, 2026), 0)).toBe(true);
    expect(toModelOffset(1990, 2026)).toBe(0);
    expect(toModelOffset(2200, 2026)).toBe(80);
  });
});

describe('phasesFromRoadmap', () => {
  it('converts the default roadmap into whole-year offsets from the scenario start', () => {
    const p = phasesFromRoadmap(defaultRoadmapState(), 2026);
    // Anchor 2 Oct 2025 = 2025.75: demonstration Oct 2025 → year 0, scaling Oct 2028 → 3, impact Oct 2035 → 10.
    expect(p).toEqual({
      demonstration: { startOffsetYears: 0, durationYears: 3 },
      scaling: { startOffsetYears: 3, durationYears: 7 },
      impact: { startOffsetYears: 10, durationYears: 20 },
    });
    expect(PhasesSchema.safeParse(p).success).toBe(true);
  });

  it('always yields integers the engine accepts, phases in order and back to back', () => {
    let s = defaultRoadmapState();
    // A longer Phase 1 alone moves the later phases with it: all three stay back to back in the roadmap.
    let joined = defaultRoadmapState();
    for (let k = 0; k < 9; k++) {
      s = shiftStart(s, 'scaling', 0.25);
      s = changeDuration(s, 'demonstration', 0.25);
      joined = changeDuration(joined, 'demonstration', 0.25);
      for (const p of [phasesFromRoadmap(s, 2026), phasesFromRoadmap(joined, 2026)]) {
        expect(PhasesSchema.safeParse(p).success).toBe(true);
        for (const ph of Object.values(p)) {
          expect(Number.isInteger(ph.startOffsetYears)).toBe(true);
          expect(Number.isInteger(ph.durationYears)).toBe(true);
        }
        // Back to back in the roadmap, back to back in model years (rounding each duration on its own would open
        // one-year gaps and overlaps): Phase 2 ends where Phase 3 starts.
        expect(p.scaling.startOffsetYears + p.scaling.durationYears, `step ${k}`).toBe(p.impact.startOffsetYears);
      }
      const j = phasesFromRoadmap(joined, 2026);
      expect(j.demonstration.startOffsetYears + j.demonstration.durationYears, `step ${k}`).toBe(
        j.scaling.startOffsetYears,
      );
    }
  });

  it('a quarter-year shift only changes the model when it crosses a year boundary', () => {
    const s = defaultRoadmapState();
    expect(phasesFromRoadmap(shiftStart(s, 'scaling', 0.25), 2026).scaling.startOffsetYears).toBe(3);
    expect(phasesFromRoadmap(shiftStart(s, 'scaling', 0.75), 2026).scaling.startOffsetYears).toBe(4);
    expect(phasesFromRoadmap(shiftStart(s, 'scaling', 1), 2026)).toEqual({
      // Phase 1 keeps its length, so a one-year gap opens before Phase 2 (the engine keeps Phase 1 output meanwhile).
      demonstration: { startOffsetYears: 0, durationYears: 3 },
      scaling: { startOffsetYears: 4, durationYears: 7 },
      impact: { startOffsetYears: 11, durationYears: 20 },
    });
  });

  it('keeps phases in order even if a hand-edited file puts one before another', () => {
    const s = defaultRoadmapState();
    s.phases[2] = { ...s.phases[2]!, startOffsetYears: 1 };
    const p = phasesFromRoadmap(s, 2026);
    expect(p.impact.startOffsetYears).toBeGreaterThanOrEqual(p.scaling.startOffsetYears);
    expect(PhasesSchema.safeParse(p).success).toBe(true);
  });

  it('follows the anchor date and the scenario start year', () => {
    const s = { ...defaultRoadmapState(), anchorDate: '2027-01-01' };
    expect(dateToYear('2027-01-01')).toBe(2027);
    expect(phasesFromRoadmap(s, 2026).demonstration.startOffsetYears).toBe(1);
    expect(phasesFromRoadmap(s, 2030).demonstration.startOffsetYears).toBe(0);
  });
});

// Issue 13: one way to link a scenario to the roadmap. The former applyRoadmap (a scenario transform beside the
// options hook) is gone; these tests keep their meaning through roadmapEvaluateOptions, and the engine decides
// whether the scenario follows the roadmap.
describe('roadmapEvaluateOptions', () => {
  it('leaves a scenario that does not follow the roadmap on its own timing', () => {
    const sc = createScenarioFromPreset('reko-diq');
    expect(sc.timing.followRoadmap).toBe(false);
    const moved = roadmapEvaluateOptions(sc, setStart(defaultRoadmapState(), 'scaling', 4));
    expect(scenarioNpv(sc, moved).afterTax).toBe(scenarioNpv(sc).afterTax);
  });

  it('gives a following scenario the roadmap timing without mutating it', () => {
    const sc = createScenarioFromPreset('reko-diq');
    sc.timing.followRoadmap = true;
    const before = JSON.stringify(sc);
    const opts = roadmapEvaluateOptions(sc, setStart(defaultRoadmapState(), 'scaling', 4));
    const r = evaluateScenario(sc, opts);
    expect(JSON.stringify(sc)).toBe(before);
    expect(opts.roadmapPhases!.scaling.startOffsetYears).toBe(4);
    expect(opts.roadmapPhases!.impact.startOffsetYears).toBe(11);
    expect(r.firstProductionYear).toBe(sc.timing.startYear + 4);
    // Same answer as evaluating a copy with those phases written in.
    const copy = { ...sc, timing: { ...sc.timing, followRoadmap: false, phases: opts.roadmapPhases! } };
    expect(scenarioNpv(sc, opts).afterTax).toBeCloseTo(scenarioNpv(copy).afterTax, 6);
    // A chained edit keeps model phases back to back, so the engine raises no timing warning.
    const chained = evaluateScenario(
      sc,
      roadmapEvaluateOptions(sc, changeDuration(defaultRoadmapState(), 'demonstration', 1)),
    );
    expect(chained.warnings.some((w) => w.code === 'phasesMisaligned')).toBe(false);
  });

  it('moving Phase 2 one year later lowers the Reko Diq preset NPV (its 90 Mtpa expansion and capex move later)', () => {
    const sc = createScenarioFromPreset('reko-diq');
    sc.timing.followRoadmap = true;
    const base = scenarioNpv(sc, roadmapEvaluateOptions(sc, defaultRoadmapState())).afterTax;
    const later = scenarioNpv(sc, roadmapEvaluateOptions(sc, shiftStart(defaultRoadmapState(), 'scaling', 1))).afterTax;
    expect(later).toBeLessThan(base);
  });
});

describe('Reko Diq following the roadmap', () => {
  // Reko Diq builds during the roadmap's Phase 1 (productionStartsIn 'scaling'), first produces at 45 Mtpa when
  // Phase 2 starts and reaches 90 Mtpa from Phase 3.
  const linked = () => {
    const sc = createScenarioFromPreset('reko-diq');
    sc.timing.followRoadmap = true;
    return sc;
  };
  const own = scenarioNpv(createScenarioFromPreset('reko-diq')).afterTax;
  /** Move one roadmap phase start by `years` without moving the phases after it. */
  const moveOnly = (id: 'scaling' | 'impact', years: number) => {
    const s = defaultRoadmapState();
    return {
      ...s,
      phases: s.phases.map((p) => (p.id === id ? { ...p, startOffsetYears: p.startOffsetYears + years } : p)),
    };
  };

  it('first production lands at the roadmap Phase 2 start and 90 Mtpa at Phase 3, with Phase 1 capex before it', () => {
    const r = evaluateScenario(linked(), roadmapEvaluateOptions(linked(), defaultRoadmapState()));
    // Default roadmap in model years: Phase 2 Oct 2028 → 2029, Phase 3 Oct 2035 → 2036.
    expect(r.firstProductionYear).toBe(2029);
    expect(r.lastProductionYear).toBe(2029 + 37 - 1);
    const row = (y: number) => annualRows(r.table).find((x) => x.year === y)!;
    expect(row(2028).oreMt).toBe(0);
    expect(row(2030).oreMt).toBe(45);
    expect(row(2035).oreMt).toBe(45);
    expect(row(2036).phase).toBe('impact');
    expect(row(2037).oreMt).toBe(90);
    expect(
      annualRows(r.table)
        .filter((x) => x.year <= 2029)
        .reduce((a, x) => a + x.capexInitial, 0),
    ).toBeCloseTo(5800, 6);
    expect(row(2026).capexInitial).toBe(0);
  });

  it("a roadmap whose phases fall on Reko Diq's own years gives exactly its own-timing NPV", () => {
    // Anchor 2 Oct 2025 + 2.25 years = 1 Jan 2028 (first production), + 8.25 years = 1 Jan 2034 (90 Mtpa).
    const s = defaultRoadmapState();
    const fit = {
      ...s,
      phases: [
        { ...s.phases[0]!, durationYears: 2.25 },
        { ...s.phases[1]!, startOffsetYears: 2.25, durationYears: 6 },
        { ...s.phases[2]!, startOffsetYears: 8.25 },
      ],
    };
    expect(scenarioNpv(linked(), roadmapEvaluateOptions(linked(), fit)).afterTax).toBeCloseTo(own, 6);
  });

  it('under the default roadmap the linked NPV is close to its own timing, lower by the later roadmap years', () => {
    const base = scenarioNpv(linked(), roadmapEvaluateOptions(linked(), defaultRoadmapState())).afterTax;
    // First production one model year later (2029 vs 2028) and 90 Mtpa two years later (2036 vs 2034): about −11%.
    expect(base).toBeLessThan(own);
    expect(base / own).toBeGreaterThan(0.85);
  });

  it('Phase 2 one year later, Phase 3 unchanged, lowers the NPV (first production and Phase 1 capex move)', () => {
    const base = evaluateScenario(linked(), roadmapEvaluateOptions(linked(), defaultRoadmapState()));
    const later = evaluateScenario(linked(), roadmapEvaluateOptions(linked(), moveOnly('scaling', 1)));
    expect(later.firstProductionYear).toBe(base.firstProductionYear + 1);
    expect(annualRows(later.table).find((x) => x.year === 2036)!.phase).toBe('impact');
    expect(later.npv.afterTax).toBeLessThan(base.npv.afterTax);
  });

  it('Phase 3 one year later lowers the NPV (the 90 Mtpa expansion and its capex move)', () => {
    const base = scenarioNpv(linked(), roadmapEvaluateOptions(linked(), defaultRoadmapState())).afterTax;
    const later = evaluateScenario(linked(), roadmapEvaluateOptions(linked(), moveOnly('impact', 1)));
    expect(later.firstProductionYear).toBe(2029);
    expect(annualRows(later.table).find((x) => x.year === 2036)!.oreMt).toBe(45);
    expect(later.npv.afterTax).toBeLessThan(base);
  });

  it('the 2026 review case keeps its two-year delay on top of the roadmap', () => {
    const sc = createScenarioFromPreset('reko-diq-review-2026');
    sc.timing.followRoadmap = true;
    expect(evaluateScenario(sc, roadmapEvaluateOptions(sc, defaultRoadmapState())).firstProductionYear).toBe(2031);
  });
});

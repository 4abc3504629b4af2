// Roadmap → scenario link: offsets and rounding, apply/skip by followRoadmap, and the economics moving the right way.
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset, PhasesSchema, scenarioNpv, evaluateScenario } from '../scenario';
import { RoadmapStateSchema } from '../workspace/state-files';
import { DEFAULT_ANCHOR_DATE, defaultRoadmapState } from './defaults';
import { changeDuration, setStart, shiftStart } from './edit';
import { applyRoadmap, phasesFromRoadmap, roadmapEvaluateOptions, toModelOffset } from './link';
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
    for (let k = 0; k < 9; k++) {
      s = shiftStart(s, 'scaling', 0.25);
      s = changeDuration(s, 'demonstration', 0.25);
      const p = phasesFromRoadmap(s, 2026);
      expect(PhasesSchema.safeParse(p).success).toBe(true);
      for (const ph of Object.values(p)) {
        expect(Number.isInteger(ph.startOffsetYears)).toBe(true);
        expect(Number.isInteger(ph.durationYears)).toBe(true);
      }
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

describe('applyRoadmap', () => {
  it('leaves a scenario that does not follow the roadmap unchanged (same object)', () => {
    const sc = createScenarioFromPreset('reko-diq');
    expect(sc.timing.followRoadmap).toBe(false);
    expect(applyRoadmap(sc, defaultRoadmapState())).toBe(sc);
  });

  it('gives a following scenario the roadmap timing without mutating it', () => {
    const sc = createScenarioFromPreset('reko-diq');
    sc.timing.followRoadmap = true;
    const before = JSON.stringify(sc);
    const out = applyRoadmap(sc, setStart(defaultRoadmapState(), 'scaling', 4));
    expect(JSON.stringify(sc)).toBe(before);
    expect(out.timing.phases.scaling.startOffsetYears).toBe(4);
    expect(out.timing.phases.impact.startOffsetYears).toBe(11);
    // Same answer as the engine's own roadmap hook.
    expect(scenarioNpv(out).afterTax).toBeCloseTo(scenarioNpv(sc, roadmapEvaluateOptions(sc, setStart(defaultRoadmapState(), 'scaling', 4))).afterTax, 6);
    // A chained edit keeps model phases back to back, so the engine raises no timing warning.
    const chained = applyRoadmap(sc, changeDuration(defaultRoadmapState(), 'demonstration', 1));
    expect(chained.timing.phases.scaling.startOffsetYears).toBe(4);
    expect(evaluateScenario(chained).warnings.some((w) => w.includes('line up'))).toBe(false);
  });

  it('moving Phase 2 one year later lowers the Reko Diq preset NPV (its 90 Mtpa expansion and capex move later)', () => {
    const sc = createScenarioFromPreset('reko-diq');
    sc.timing.followRoadmap = true;
    const base = scenarioNpv(applyRoadmap(sc, defaultRoadmapState())).afterTax;
    const later = scenarioNpv(applyRoadmap(sc, shiftStart(defaultRoadmapState(), 'scaling', 1))).afterTax;
    expect(later).toBeLessThan(base);
  });
});

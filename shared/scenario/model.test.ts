import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from './presets';
import { ScenarioSchema } from './model';

describe('ScenarioSchema', () => {
  it('names the field in range errors', () => {
    const s = createScenarioFromPreset('reko-diq');
    const bad = { ...s, fiscal: { ...s.fiscal, royaltyPct: { ...s.fiscal.royaltyPct, value: 120 } } };
    const r = ScenarioSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/fiscal\.royaltyPct must be between 0 and 100/);
    expect(r.error!.issues[0]!.path).toEqual(['fiscal', 'royaltyPct', 'value']);
  });

  it('rejects lives over 60 years, negative costs and over-allocated ownership', () => {
    const s = createScenarioFromPreset('reko-diq');
    const msgs = (x: unknown) => {
      const r = ScenarioSchema.safeParse(x);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(msgs({ ...s, timing: { ...s.timing, lifeYears: { ...s.timing.lifeYears, value: 61 } } }).join()).toMatch(
      /timing\.lifeYears/,
    );
    expect(
      msgs({ ...s, costs: { ...s.costs, opexPerTonneOre: { ...s.costs.opexPerTonneOre, value: -1 } } }).join(),
    ).toMatch(/opexPerTonneOre must not be negative/);
    expect(
      msgs({
        ...s,
        fiscal: {
          ...s.fiscal,
          stakeholders: [
            { name: 'A', sharePct: 80 },
            { name: 'B', sharePct: 30 },
          ],
        },
      }).join(),
    ).toMatch(/more than 100%/);
  });

  it('round-trips through JSON (a saved scenario file)', () => {
    const s = createScenarioFromPreset('ussm-export-programme');
    const r = ScenarioSchema.safeParse(JSON.parse(JSON.stringify(s)));
    expect(r.success).toBe(true);
    expect(r.data).toEqual(s);
  });
});

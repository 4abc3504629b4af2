import { describe, expect, it } from 'vitest';
import { challengeById } from '../data';
import { createScenarioFromPreset } from './presets';
import { evaluateScenario } from './evaluate';
import { LEVER_DEFINITIONS, leverWaterfall } from './levers';

describe('levers', () => {
  it('quote the article solution sentence word for word', () => {
    for (const d of LEVER_DEFINITIONS) {
      const c = challengeById(d.challengeId);
      expect(c, d.challengeId).toBeDefined();
      expect(c!.solutions[d.solutionIndex]).toBe(d.solutionText);
    }
  });

  it('waterfall: base + contributions = final NPV, and every lever helps', () => {
    const s = createScenarioFromPreset('reko-diq');
    for (const d of LEVER_DEFINITIONS) s.levers[d.id].enabled = true;
    const w = leverWaterfall(s);
    expect(w[0]!.id).toBe('base');
    expect(w.at(-1)!.id).toBe('final');
    const sum = w.slice(0, -1).reduce((a, x) => a + x.value, 0);
    expect(sum).toBeCloseTo(w.at(-1)!.value, 6);
    expect(w.at(-1)!.value).toBeCloseTo(evaluateScenario(s).npv.afterTax, 6);
    // One bar per lever (so the loop below cannot pass on an empty waterfall), each worth something.
    expect(w.slice(1, -1).map((x) => x.id)).toEqual(LEVER_DEFINITIONS.map((d) => d.id));
    for (const step of w.slice(1, -1)) expect(step.value).toBeGreaterThan(0);
  });

  it('with no lever enabled the waterfall is flat', () => {
    const w = leverWaterfall(createScenarioFromPreset('saindak'));
    expect(w).toHaveLength(2);
    expect(w[0]!.value).toBeCloseTo(w[1]!.value, 9);
  });
});

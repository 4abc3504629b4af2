// Why: the evaluation lends compileScenario one reused buffer for its schedules and discount factors (a new one per
// slider move costs more than the rest of the compile). A compiled model in lent storage must be the one a fresh
// compile gives, whatever an earlier, larger scenario left in that storage, and the service groups must come out in
// ascending order of their service year however the tranches are listed.
import { describe, expect, it } from 'vitest';
import { compileScenario, type Compiled, type CompileStorage } from './compile';
import { evaluateScenario } from './evaluate';
import { assumption as a } from './model';
import { createScenarioFromPreset } from './presets';

/** The compiled arrays a lent buffer holds, as plain numbers. */
const arrays = (c: Compiled) => ({
  capexSched: [...c.capexSched],
  df: [...c.df],
  groups: c.capexByService.map((g) => ({ serviceOff: g.serviceOff, sched: [...g.sched] })),
});

describe('compiling into lent storage', () => {
  it('gives the fresh compile, and grows storage too short for the scenario', () => {
    const s = createScenarioFromPreset('reko-diq');
    const storage: CompileStorage = { buf: new Float64Array(4) };
    const lent = compileScenario(s, undefined, storage);
    const fresh = compileScenario(s);
    expect(arrays(lent)).toEqual(arrays(fresh));
    expect(lent.df.length).toBe(fresh.maxH);
    expect(storage.buf.length).toBeGreaterThanOrEqual(fresh.span * 3 + fresh.maxH);
    expect(lent.df.buffer).toBe(storage.buf.buffer);
  });

  it('zeroes what a longer scenario left in the storage before a shorter one uses it', () => {
    const long = createScenarioFromPreset('reko-diq');
    const short = createScenarioFromPreset('saindak');
    const storage: CompileStorage = { buf: new Float64Array(0) };
    compileScenario(long, undefined, storage);
    const reused = compileScenario(short, undefined, storage);
    expect(arrays(reused)).toEqual(arrays(compileScenario(short)));
  });

  it('keeps the service groups in ascending order of service year, each once', () => {
    const s = createScenarioFromPreset('reko-diq');
    const t = s.costs.capexTranches;
    s.timing.productionStartsIn = 'demonstration';
    // Three service years listed first, last, middle, then the first again.
    s.costs.capexTranches = [
      { ...t[0]!, phase: 'demonstration' },
      { ...t[0]!, phase: 'impact', amountUsdM: a(300, 'USD m') },
      { ...t[0]!, phase: 'scaling', amountUsdM: a(200, 'USD m') },
      { ...t[0]!, phase: 'demonstration', amountUsdM: a(50, 'USD m') },
    ];
    const c = compileScenario(s);
    const offs = c.capexByService.map((g) => g.serviceOff);
    expect(offs).toEqual([c.prodStart, c.scalingStart, c.impactStart]);
    expect(c.prodStart < c.scalingStart && c.scalingStart < c.impactStart).toBe(true);
  });
});

describe('evaluations in sequence', () => {
  it('do not see each other through the storage they share', () => {
    const short = createScenarioFromPreset('saindak');
    const first = evaluateScenario(short);
    evaluateScenario(createScenarioFromPreset('reko-diq'));
    expect(evaluateScenario(short)).toEqual(first);
  });
});

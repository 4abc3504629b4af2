// Why: the article's solutions are words; investors ask what each is worth. This ties each solution sentence to the
// engine's policy lever (or says it is not modelled) and prices the lever on a scenario with the engine's own waterfall.
import { LEVER_DEFINITIONS, leverWaterfall, type LeverDefinition } from '../scenario/levers';
import type { EvaluateOptions } from '../scenario/compile';
import type { LeverId, Levers, Scenario } from '../scenario/model';
import { formatUsdM, MINUS } from '../format/number';

export function leverForSolution(challengeId: string, solutionIndex: number): LeverDefinition | undefined {
  return LEVER_DEFINITIONS.find((d) => d.challengeId === challengeId && d.solutionIndex === solutionIndex);
}

/** NPV (after tax, USD m) gained by switching on this lever alone, every other lever off. */
export function leverNpvEffect(scenario: Scenario, id: LeverId, opts?: EvaluateOptions): number {
  const levers = { ...scenario.levers } as Levers;
  for (const d of LEVER_DEFINITIONS)
    (levers as Record<LeverId, Levers[LeverId]>)[d.id] = { ...scenario.levers[d.id], enabled: d.id === id };
  const steps = leverWaterfall({ ...scenario, levers }, opts);
  // The lever is switched on above, so the waterfall always has its step.
  return steps.find((s) => s.id === id)!.value;
}

/** The lever's settings in words: "power opex −30%, capex +USD 50 m". */
export function leverSettingText(levers: Levers, id: LeverId): string {
  switch (id) {
    case 'renewable-microgrids': {
      const l = levers[id];
      return `power opex ${MINUS}${l.powerOpexReductionPct.value}%, microgrid capex ${formatUsdM(l.capexUsdM.value, 'en-GB', { signed: true })}`;
    }
    case 'logistics-cost-sharing':
      return `freight ${MINUS}${levers[id].freightReductionPct.value}%`;
    case 'fiscal-incentives': {
      const l = levers[id];
      return `tax credit ${l.taxCreditPctOfCapex.value}% of initial capex${l.citReductionPp.value ? `, income tax ${MINUS}${l.citReductionPp.value} pp` : ''}`;
    }
    case 'digital-tracking': {
      const l = levers[id];
      return `recovers ${l.recoveredSharePct.value}% of an assumed ${l.baselineLeakagePct.value}% output leakage`;
    }
    case 'midstream-jv': {
      const l = levers[id];
      return `payability +${l.payabilityUpliftPp.value} pp, TC/RC ${MINUS}${l.tcrcReductionPct.value}%`;
    }
  }
}

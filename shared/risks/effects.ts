// Why: a heatmap score is only useful if people can see what it does to the numbers. This turns the engine's own
// risk mapping (shared/scenario/risk.ts) into a sentence per category with the magnitudes the current score implies.
import { riskParameters, RISK_CATEGORY_EFFECTS } from '../scenario/risk';
import type { RiskCategoryId, RiskSettings } from '../scenario/model';
import type { RiskScores } from './scores';
import { toRiskCategories } from './defaults';

export interface CategoryEffect {
  id: RiskCategoryId;
  /** What the category drives in the Monte Carlo (the engine's own words). */
  drives: string[];
  /** The magnitudes at the current scores, in words. */
  magnitude: string;
}

const pct = (x: number) => `${Number(x.toFixed(1))}%`;
const pp = (x: number) => `${Number(x.toFixed(2))} pp`;
const yrs = (x: number) => `${Number(x.toFixed(1))} ${Math.abs(x) === 1 ? 'year' : 'years'}`;
const signed = (x: number, unit: (n: number) => string) =>
  `${x > 0 ? '+' : x < 0 ? '\u2212' : '±'}${unit(Math.abs(x))}`;

/** Effects of every category given a scenario's risk settings and the heatmap scores. */
export function categoryEffects(settings: RiskSettings, scores: RiskScores): CategoryEffect[] {
  const p = riskParameters({ ...settings, categories: toRiskCategories(scores) });
  const delay = `${pct(p.delayProb * 100)} chance of a start delay of 1 to ${yrs(p.delayMaxYears)}`;
  const magnitude: Record<RiskCategoryId, string> = {
    'security-governance': `${delay} (shared with Environmental & Social); capex ${signed(p.capexLowPct, pct)} to ${signed(p.capexHighPct, pct)}`,
    'infrastructure-logistics': `Freight and power opex ${signed(p.infraLowPct, pct)} to ${signed(p.infraHighPct, pct)}`,
    'policy-regulation': `${pct(p.fiscalProb * 100)} chance of a fiscal change: royalty ${signed(p.royaltyAddPp, pp)}, income tax ${signed(p.taxAddPp, pp)}`,
    'technical-industrial': `Recovery ${signed(p.recoveryLowPp, pp)} to ${signed(p.recoveryHighPp, pp)}; up to ${yrs(p.rampMaxYears)} extra ramp-up`,
    'environmental-social': `${delay} (shared with Security & Governance)`,
    'geopolitical-strategic': `Price volatility ×${p.sigmaScale.toFixed(2)}; ${pct(p.marketProb * 100)} chance of a ${pct(p.marketDiscount * 100)} market-access price discount`,
  };
  return (Object.keys(RISK_CATEGORY_EFFECTS) as RiskCategoryId[]).map((id) => ({
    id,
    drives: RISK_CATEGORY_EFFECTS[id].modelEffects,
    magnitude: magnitude[id],
  }));
}

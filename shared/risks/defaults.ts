// Why: the heatmap needs starting scores, and no source gives likelihood or impact scores for the article's risk
// categories. They are analyst ASSUMPTIONS taken from the scenario engine's own neutral defaults (3 × 3), so an unedited
// heatmap and an unedited Monte Carlo agree; the UI labels them "Assumption" until the user sets their own.
import { dataset } from '../data';
import { defaultRiskSettings } from '../scenario/risk';
import type { RiskCategoryId, RiskCategorySettings } from '../scenario/model';
import type { RiskScores } from './scores';

export type Score = { likelihood: number; impact: number; note: string };

export const RISK_CATEGORY_IDS = dataset.challenges.map((c) => c.id) as RiskCategoryId[];

export function defaultRiskScores(): RiskScores {
  const cats = defaultRiskSettings().categories;
  const scores: RiskScores['scores'] = {};
  for (const id of RISK_CATEGORY_IDS) {
    const c = cats[id];
    scores[id] = { likelihood: c?.likelihood.value ?? 3, impact: c?.impact.value ?? 3, note: '' };
  }
  return { schemaVersion: 1, kind: 'risk-scores', scores };
}

/** The score in force for a category: the file's, else the assumption default. */
export function scoreFor(doc: RiskScores, id: string): Score {
  return doc.scores[id] ?? defaultRiskScores().scores[id] ?? { likelihood: 3, impact: 3, note: '' };
}

/** True while a category still carries the assumed default (the UI labels it "Assumption"). */
export function isDefaultScore(doc: RiskScores, id: string): boolean {
  const d = defaultRiskScores().scores[id];
  const s = doc.scores[id];
  return !s || (d !== undefined && s.likelihood === d.likelihood && s.impact === d.impact);
}

/** The scores as the engine's risk categories (each value still an assumption, with a note saying whose). */
export function toRiskCategories(doc: RiskScores): RiskCategorySettings {
  const out = {} as RiskCategorySettings;
  for (const id of RISK_CATEGORY_IDS) {
    const s = scoreFor(doc, id);
    const note = isDefaultScore(doc, id)
      ? 'Default score (assumption).'
      : 'Score set in the Risks view (analyst assessment).';
    out[id] = {
      likelihood: { value: s.likelihood, unit: 'score 1–5', basis: 'assumption', note },
      impact: { value: s.impact, unit: 'score 1–5', basis: 'assumption', note },
    };
  }
  return out;
}

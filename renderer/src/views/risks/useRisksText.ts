// Why: the engine words its risk effects and lever settings in English (shared/roadmap, shared/scenario) for the
// exports and tests. On screen the same numbers are worded from locales/<lang>/risks.json, computed with the
// engine's own functions, so the sentences follow the language and English reads exactly as before.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fmtUsdM } from '../../i18n/format';
import { toRiskCategories } from '../../../../shared/risks/defaults';
import type { LeverId, Levers, RiskCategoryId, RiskSettings } from '../../../../shared/scenario/model';
import { riskParameters, RISK_CATEGORY_EFFECTS } from '../../../../shared/scenario/risk';
import type { RiskScores } from '../../../../shared/risks/scores';
import { isolate } from '../../../../shared/format/bidi';

const MINUS = '\u2212';

export interface RisksText {
  t: TFunction<'risks'>;
  rtl: boolean;
  /** One of the article's six challenge categories, by id (data namespace), else the dataset's English. */
  categoryName(id: string, fallback: string): string;
  leverName(id: LeverId, fallback: string): string;
  leverSetting(levers: Levers, id: LeverId): string;
  /** Per category: what it drives in the model and the magnitudes at the current scores, as one sentence. */
  effects(settings: RiskSettings, scores: RiskScores): Record<string, string>;
}

export function useRisksText(): RisksText {
  const { t, i18n } = useTranslation('risks');
  const { t: td } = useTranslation('data');
  const rtl = i18n.dir() === 'rtl';
  /** Signed numbers and money stay left-to-right inside right-to-left sentences ("+USD 50 m", "−30%"). */
  const ltr = (s: string) => (rtl ? isolate(s, 'ltr') : s);

  const pct = (x: number) => t('effects.pct', { value: Number(x.toFixed(1)) });
  const pp = (x: number) => t('effects.pp', { value: Number(x.toFixed(2)) });
  const yrs = (x: number) => t('effects.years', { count: Number(x.toFixed(1)) });
  const signed = (x: number, unit: (n: number) => string) =>
    ltr(`${x > 0 ? '+' : x < 0 ? MINUS : '±'}${unit(Math.abs(x))}`);
  const cut = (v: number, unit = '%') => ltr(`${MINUS}${v}${unit}`);

  const leverSetting = (levers: Levers, id: LeverId): string => {
    switch (id) {
      case 'renewable-microgrids': {
        const l = levers[id];
        return t('lever.setting.renewable-microgrids', {
          cut: cut(l.powerOpexReductionPct.value),
          capex: ltr(fmtUsdM(l.capexUsdM.value, { signed: true })),
        });
      }
      case 'logistics-cost-sharing':
        return t('lever.setting.logistics-cost-sharing', { cut: cut(levers[id].freightReductionPct.value) });
      case 'fiscal-incentives': {
        const l = levers[id];
        return l.citReductionPp.value
          ? t('lever.setting.fiscal-incentives-cit', {
              pct: l.taxCreditPctOfCapex.value,
              cut: cut(l.citReductionPp.value, ''),
            })
          : t('lever.setting.fiscal-incentives', { pct: l.taxCreditPctOfCapex.value });
      }
      case 'digital-tracking': {
        const l = levers[id];
        return t('lever.setting.digital-tracking', {
          pct: l.recoveredSharePct.value,
          leakage: l.baselineLeakagePct.value,
        });
      }
      case 'midstream-jv': {
        const l = levers[id];
        return t('lever.setting.midstream-jv', {
          up: ltr(`+${l.payabilityUpliftPp.value}`),
          cut: cut(l.tcrcReductionPct.value),
        });
      }
    }
  };

  const effects = (settings: RiskSettings, scores: RiskScores): Record<string, string> => {
    const p = riskParameters({ ...settings, categories: toRiskCategories(scores) });
    const delay = t('effects.delay', { pct: pct(p.delayProb * 100), years: yrs(p.delayMaxYears) });
    const magnitude: Record<RiskCategoryId, string> = {
      'security-governance': t('effects.security-governance', {
        delay,
        low: signed(p.capexLowPct, pct),
        high: signed(p.capexHighPct, pct),
      }),
      'infrastructure-logistics': t('effects.infrastructure-logistics', {
        low: signed(p.infraLowPct, pct),
        high: signed(p.infraHighPct, pct),
      }),
      'policy-regulation': t('effects.policy-regulation', {
        pct: pct(p.fiscalProb * 100),
        royalty: signed(p.royaltyAddPp, pp),
        tax: signed(p.taxAddPp, pp),
      }),
      'technical-industrial': t('effects.technical-industrial', {
        low: signed(p.recoveryLowPp, pp),
        high: signed(p.recoveryHighPp, pp),
        years: yrs(p.rampMaxYears),
      }),
      'environmental-social': t('effects.environmental-social', { delay }),
      'geopolitical-strategic': t('effects.geopolitical-strategic', {
        sigma: ltr(`×${p.sigmaScale.toFixed(2)}`),
        pct: pct(p.marketProb * 100),
        discount: pct(p.marketDiscount * 100),
      }),
    };
    return Object.fromEntries(
      (Object.keys(RISK_CATEGORY_EFFECTS) as RiskCategoryId[]).map((id) => {
        const drives = RISK_CATEGORY_EFFECTS[id].modelEffects.map((english, i) =>
          t(`effects.drives.${id}.${i}`, { defaultValue: english }),
        );
        return [id, t('effects.sentence', { drives: drives.join(t('effects.separator')), magnitude: magnitude[id] })];
      }),
    );
  };

  return {
    t,
    rtl,
    categoryName: (id, fallback) => td(`challenge~${id}`, { defaultValue: fallback }),
    leverName: (id, fallback) => t(`lever.name.${id}`, { defaultValue: fallback }),
    leverSetting,
    effects,
  };
}

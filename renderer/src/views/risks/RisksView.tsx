// Why: the Risks & Policy view (#/risks): the article's challenge/solution matrix word for word, a likelihood × impact
// heatmap whose scores feed the scenario model's risk mapping, each solution priced through its policy lever on the
// active scenario, and the policy initiatives with their sources and real status.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dataset } from '../../../../shared/data';
import { createScenarioFromPreset } from '../../../../shared/scenario';
import { fmtUsdM } from '../../i18n/format';
import { leverForSolution, leverNpvEffect } from '../../../../shared/risks/solution-levers';
import { roadmapEvaluateOptions } from '../../../../shared/roadmap/link';
import { toRiskCategories } from '../../../../shared/risks/defaults';
import { useRouter } from '../../app/router';
import { useRoadmap } from '../../stores/roadmap';
import { RISK_SCORES_FILE, useRiskScores } from '../../stores/risks';
import { SaveStatus } from '../roadmap/SaveStatus';
import { ChallengeMatrix } from './ChallengeMatrix';
import { PolicyList } from './PolicyList';
import { heatmapItems, RiskHeatmap } from './RiskHeatmap';
import { useRisksText } from './useRisksText';
import '../roadmap/roadmap.css';
import './risks.css';

export function RisksView() {
  const T = useRisksText();
  const { t } = T;
  const { t: tc } = useTranslation();
  const store = useRiskScores();
  const { doc: scores, status, update, reset, ensureLoaded } = store;
  const roadmap = useRoadmap((s) => s.doc);
  const ensureRoadmap = useRoadmap((s) => s.ensureLoaded);
  const route = useRouter((s) => s.route);
  const highlight = route.params.get('category');
  useEffect(() => {
    ensureLoaded();
    ensureRoadmap();
  }, [ensureLoaded, ensureRoadmap]);
  useEffect(() => {
    if (highlight) document.getElementById(`challenge-${highlight}`)?.scrollIntoView({ block: 'center' });
  }, [highlight]);

  // The active scenario: the Reko Diq preset on the user's roadmap timing, with the heatmap's scores.
  const active = useMemo(() => {
    const s = createScenarioFromPreset('reko-diq');
    s.timing.followRoadmap = true;
    return { ...s, risk: { ...s.risk, categories: toRiskCategories(scores) } };
  }, [scores]);
  const leverEffects = useMemo(() => {
    const out = new Map<string, number>();
    for (const c of dataset.challenges) {
      c.solutions.forEach((_, i) => {
        const lever = leverForSolution(c.id, i);
        if (lever) out.set(lever.id, leverNpvEffect(active, lever.id, roadmapEvaluateOptions(active, roadmap)));
      });
    }
    return out;
  }, [active, roadmap]);

  const items = heatmapItems(scores);
  const effects = T.effects(active.risk, scores);
  const ready = status !== 'loading';

  return (
    <section
      className="view risks-view"
      aria-labelledby="risks-title"
      {...(ready ? { 'data-view-ready': 'risks' } : {})}
    >
      <div className="view-header view-header-row">
        <div>
          <h1 id="risks-title">{t('title')}</h1>
          <p className="asof-note">{t('intro')}</p>
        </div>
        <SaveStatus store={store} file={RISK_SCORES_FILE} testId="risks-save-status" />
      </div>

      <section className="panel" aria-labelledby="matrix-title">
        <h2 id="matrix-title">{t('matrixTitle')}</h2>
        <p className="muted active-scenario" data-testid="active-scenario">
          {t('activeBefore')}{' '}
          <strong>
            <bdi>{active.meta.name}</bdi>
          </strong>{' '}
          <span className="tag tag-preset">{t('preset')}</span> {t('activeAfter')}
        </p>
        <ChallengeMatrix
          challenges={dataset.challenges}
          highlightId={highlight}
          solutionExtra={(cid, i) => {
            const lever = leverForSolution(cid, i);
            if (!lever) {
              return (
                <div className="lever-line not-modelled" data-testid={`lever-${cid}-${i}`}>
                  {t('notModelled')}
                </div>
              );
            }
            const npv = leverEffects.get(lever.id) ?? 0;
            return (
              <div className="lever-line" data-testid={`lever-${cid}-${i}`}>
                <a href={`#/scenarios?lever=${lever.id}`} className="lever-link">
                  {T.leverName(lever.id, lever.label)}
                </a>{' '}
                {T.rtl ? '←' : '→'} <bdi>{T.leverSetting(active.levers, lever.id)}</bdi>{' '}
                <span className="tag tag-assumption">{tc('provenance.assumption')}</span>: {t('npv')}{' '}
                <strong className={npv < 0 ? 'neg' : 'pos'}>
                  <bdi>{fmtUsdM(npv, { signed: true })}</bdi>
                </strong>
              </div>
            );
          }}
        />
      </section>

      <section className="panel" aria-labelledby="heatmap-title">
        <div className="panel-head">
          <h2 id="heatmap-title">{t('heatmapTitle')}</h2>
          <button type="button" className="btn no-print" onClick={reset} data-testid="reset-risks">
            {t('resetDefaults')}
          </button>
        </div>
        <p className="muted">{t('heatmapNote')}</p>
        <RiskHeatmap
          items={items}
          effects={effects}
          onChange={(id, s) =>
            update({ ...scores, scores: { ...scores.scores, [id]: { ...s, note: scores.scores[id]?.note ?? '' } } })
          }
        />
      </section>

      <section className="panel" aria-labelledby="policy-title">
        <h2 id="policy-title">{t('policyTitle')}</h2>
        <PolicyList policies={dataset.policies} />
      </section>
    </section>
  );
}

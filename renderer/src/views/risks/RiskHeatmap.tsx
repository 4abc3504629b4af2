// Why: where each of the article's risk categories sits on likelihood × impact, at a glance. The 5×5 grid is visual
// only; the table beside it carries the same scores (and, when editable, the selects), so it is the text alternative.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dataset } from '../../../../shared/data';
import { isDefaultScore, scoreFor } from '../../../../shared/risks/defaults';
import type { RiskScores } from '../../../../shared/risks/scores';
import { useRisksText } from './useRisksText';
import './risks.css';

export interface HeatmapItem {
  id: string;
  n: number;
  label: string;
  likelihood: number;
  impact: number;
  isDefault: boolean;
}

/** The article's challenges, numbered in their order, at the given scores (the Risks view and the PDF alike). */
export function heatmapItems(scores: RiskScores): HeatmapItem[] {
  return dataset.challenges.map((c, i) => {
    const s = scoreFor(scores, c.id);
    return {
      id: c.id,
      n: i + 1,
      label: c.category,
      likelihood: s.likelihood,
      impact: s.impact,
      isDefault: isDefaultScore(scores, c.id),
    };
  });
}

/** Bands of likelihood × impact used for colour and wording. */
export function band(score: number): 'low' | 'medium' | 'high' | 'very-high' {
  return score >= 15 ? 'very-high' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
}

interface Props {
  items: readonly HeatmapItem[];
  readOnly?: boolean;
  onChange?: (id: string, score: { likelihood: number; impact: number }) => void;
  /** Extra column (e.g. what the score changes in the model), by category id. */
  effects?: Readonly<Record<string, string>>;
}

export function RiskHeatmap({ items, readOnly = false, onChange, effects }: Props) {
  const { t, categoryName } = useRisksText();
  const { t: tc } = useTranslation();
  const level = (k: 'likelihood' | 'impact', v: number) => t(`heatmap.${k}Levels.${v}`);
  const bandLabel = (score: number) => t(`heatmap.band.${band(score)}`);
  const label = (it: HeatmapItem) => categoryName(it.id, it.label);
  const uid = useId();
  return (
    <div className="risk-heatmap" data-testid="risk-heatmap">
      <figure className="heatmap-figure" aria-labelledby={`${uid}-cap`}>
        <figcaption id={`${uid}-cap`} className="chart-title">
          {t('heatmap.caption')}
        </figcaption>
        <div className="heatmap-wrap" aria-hidden="true">
          <div className="heatmap-ylabel">{t('heatmap.impactAxis')}</div>
          <div className="heatmap-grid">
            {[5, 4, 3, 2, 1].map((imp) => (
              <div className="heatmap-row" key={imp}>
                <div className="heatmap-axis">
                  {imp} {level('impact', imp)}
                </div>
                {[1, 2, 3, 4, 5].map((lik) => {
                  const here = items.filter((it) => it.likelihood === lik && it.impact === imp);
                  return (
                    <div
                      key={lik}
                      className={`heatmap-cell band-${band(lik * imp)}`}
                      data-testid={`cell-${lik}-${imp}`}
                    >
                      {here.map((it) => (
                        <span
                          key={it.id}
                          className="heat-chip"
                          title={t('heatmap.chipTitle', {
                            label: label(it),
                            likelihood: it.likelihood,
                            impact: it.impact,
                          })}
                          data-testid={`chip-${it.id}`}
                        >
                          {it.n}
                        </span>
                      ))}
                    </div>
                  );
                })}
              </div>
            ))}
            <div className="heatmap-row heatmap-xaxis">
              <div className="heatmap-axis" />
              {[1, 2, 3, 4, 5].map((lik) => (
                <div key={lik} className="heatmap-axis x">
                  {lik} {level('likelihood', lik)}
                </div>
              ))}
            </div>
            <div className="heatmap-xlabel">{t('heatmap.likelihoodAxis')}</div>
          </div>
        </div>
      </figure>
      <ol className="heatmap-legend" aria-hidden="true">
        {items.map((it) => {
          const b = band(it.likelihood * it.impact);
          return (
            <li key={it.id}>
              <span className={`heat-chip`}>{it.n}</span>
              <span className="legend-name">{label(it)}</span>
              <span className={`legend-rating band-${b}`}>
                {t('heatmap.legendRating', {
                  likelihood: it.likelihood,
                  impact: it.impact,
                  score: it.likelihood * it.impact,
                  band: bandLabel(it.likelihood * it.impact),
                })}
              </span>
            </li>
          );
        })}
      </ol>

      <table className="data-table score-table" data-testid="risk-score-table">
        <caption>{t('heatmap.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('heatmap.number')}</th>
            <th scope="col">{t('heatmap.category')}</th>
            <th scope="col">{t('heatmap.likelihood')}</th>
            <th scope="col">{t('heatmap.impact')}</th>
            <th scope="col">{t('heatmap.rating')}</th>
            {effects && <th scope="col">{t('heatmap.effect')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((it) => {
            const b = band(it.likelihood * it.impact);
            return (
              <tr key={it.id} data-testid={`score-row-${it.id}`}>
                <td>
                  <span className={`heat-chip band-${b}`}>{it.n}</span>
                </td>
                <th scope="row">
                  {label(it)}
                  <div>
                    {it.isDefault ? (
                      <span className="tag tag-assumption">{tc('provenance.assumption')}</span>
                    ) : (
                      <span className="tag">{t('heatmap.yourScore')}</span>
                    )}
                  </div>
                </th>
                {(['likelihood', 'impact'] as const).map((k) => (
                  <td key={k}>
                    {readOnly ? (
                      it[k]
                    ) : (
                      <select
                        aria-label={t('heatmap.selectLabel', { label: label(it), what: t(`heatmap.${k}Word`) })}
                        value={it[k]}
                        data-testid={`score-${it.id}-${k}`}
                        onChange={(e) =>
                          onChange?.(it.id, {
                            likelihood: it.likelihood,
                            impact: it.impact,
                            [k]: Number(e.target.value),
                          })
                        }
                      >
                        {[1, 2, 3, 4, 5].map((v) => (
                          <option key={v} value={v}>
                            {t('heatmap.option', { value: v, word: level(k, v) })}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                ))}
                <td className={`rating band-${b}`} data-testid={`rating-${it.id}`}>
                  {t('heatmap.ratingValue', {
                    score: it.likelihood * it.impact,
                    band: bandLabel(it.likelihood * it.impact),
                  })}
                </td>
                {effects && <td className="effect-cell">{effects[it.id]}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

// Why: where each of the article's risk categories sits on likelihood × impact, at a glance. The 5×5 grid is visual
// only; the table beside it carries the same scores (and, when editable, the selects), so it is the text alternative.
import { useId } from 'react';

export interface HeatmapItem {
  id: string;
  n: number;
  label: string;
  likelihood: number;
  impact: number;
  isDefault: boolean;
}

const LIKELIHOOD = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
const IMPACT = ['Minimal', 'Minor', 'Moderate', 'Major', 'Severe'];

/** Bands of likelihood × impact used for colour and wording. */
export function band(score: number): 'low' | 'medium' | 'high' | 'very-high' {
  return score >= 15 ? 'very-high' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
}
const BAND_LABEL = { low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' } as const;

interface Props {
  items: readonly HeatmapItem[];
  readOnly?: boolean;
  onChange?: (id: string, score: { likelihood: number; impact: number }) => void;
  /** Extra column (e.g. what the score changes in the model), by category id. */
  effects?: Readonly<Record<string, string>>;
}

export function RiskHeatmap({ items, readOnly = false, onChange, effects }: Props) {
  const uid = useId();
  return (
    <div className="risk-heatmap" data-testid="risk-heatmap">
      <figure className="heatmap-figure" aria-labelledby={`${uid}-cap`}>
        <figcaption id={`${uid}-cap`} className="chart-title">
          Likelihood × impact (numbers match the table; the table gives the same scores)
        </figcaption>
        <div className="heatmap-wrap" aria-hidden="true">
          <div className="heatmap-ylabel">Impact →</div>
          <div className="heatmap-grid">
            {[5, 4, 3, 2, 1].map((imp) => (
              <div className="heatmap-row" key={imp}>
                <div className="heatmap-axis">{imp} {IMPACT[imp - 1]}</div>
                {[1, 2, 3, 4, 5].map((lik) => {
                  const here = items.filter((it) => it.likelihood === lik && it.impact === imp);
                  return (
                    <div key={lik} className={`heatmap-cell band-${band(lik * imp)}`} data-testid={`cell-${lik}-${imp}`}>
                      {here.map((it) => (
                        <span key={it.id} className="heat-chip" title={`${it.label}: likelihood ${it.likelihood}, impact ${it.impact}`} data-testid={`chip-${it.id}`}>
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
                <div key={lik} className="heatmap-axis x">{lik} {LIKELIHOOD[lik - 1]}</div>
              ))}
            </div>
            <div className="heatmap-xlabel">Likelihood →</div>
          </div>
        </div>
      </figure>
      <ol className="heatmap-legend" aria-hidden="true">
        {items.map((it) => {
          const b = band(it.likelihood * it.impact);
          return (
            <li key={it.id}>
              <span className={`heat-chip`}>{it.n}</span>
              <span className="legend-name">{it.label}</span>
              <span className={`legend-rating band-${b}`}>{it.likelihood} × {it.impact} = {it.likelihood * it.impact} · {BAND_LABEL[b]}</span>
            </li>
          );
        })}
      </ol>

      <table className="data-table score-table" data-testid="risk-score-table">
        <caption>Scores by category (1 = lowest, 5 = highest)</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Category</th>
            <th scope="col">Likelihood</th>
            <th scope="col">Impact</th>
            <th scope="col">Rating</th>
            {effects && <th scope="col">In the scenario model, at this score</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((it) => {
            const b = band(it.likelihood * it.impact);
            return (
              <tr key={it.id} data-testid={`score-row-${it.id}`}>
                <td><span className={`heat-chip band-${b}`}>{it.n}</span></td>
                <th scope="row">
                  {it.label}
                  <div>{it.isDefault ? <span className="tag tag-assumption">Assumption</span> : <span className="tag">Your score</span>}</div>
                </th>
                {(['likelihood', 'impact'] as const).map((k) => (
                  <td key={k}>
                    {readOnly ? (
                      it[k]
                    ) : (
                      <select
                        aria-label={`${it.label} ${k}`}
                        value={it[k]}
                        data-testid={`score-${it.id}-${k}`}
                        onChange={(e) => onChange?.(it.id, { likelihood: it.likelihood, impact: it.impact, [k]: Number(e.target.value) })}
                      >
                        {[1, 2, 3, 4, 5].map((v) => (
                          <option key={v} value={v}>
                            {v} {(k === 'likelihood' ? LIKELIHOOD : IMPACT)[v - 1]}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                ))}
                <td className={`rating band-${b}`} data-testid={`rating-${it.id}`}>
                  {it.likelihood * it.impact} · {BAND_LABEL[b]}
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

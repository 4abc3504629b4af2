// Why: a deposit's worth depends on the price of what it holds. The price deck shows the reference reading the
// scenario model uses plus every other reading and range kept, each with unit, as-of date, source and grade;
// these are year-end 2025 / early 2026 readings, not live prices, and the panel says so.
import { memo } from 'react';
import { dataset } from '../../../../shared/data';
import { formatAsOf, formatFigureValue } from '../../../../shared/format/figures';
import { FigureCard, Provenance } from '../../components/Sourced';

/** Memoised: the prices never change while the user filters, so keystrokes must not re-render them. */
export const CommodityPanel = memo(function CommodityPanel() {
  return (
    <section className="panel commodity-panel" aria-labelledby="prices-title" data-testid="commodity-panel">
      <h2 id="prices-title">Commodity prices</h2>
      <p className="asof-note">
        Reference readings as of their sources (compiled {formatAsOf(dataset.compiledAsOf)}); not live prices. Other readings, ranges and forecasts are listed under each.
      </p>
      <div className="grid grid-three">
        {dataset.prices.map((p) => (
          <div className="price-card" key={p.id} data-testid={`price-${p.id}`}>
            <h3>{p.commodity}</h3>
            <FigureCard figure={p.reference} />
            {p.others.length > 0 && (
              <details className="price-others">
                <summary>Other readings ({p.others.length})</summary>
                <ul>
                  {p.others.map((o) => (
                    <li key={o.id}>
                      <div>
                        <strong>{formatFigureValue(o)}</strong> <span className="muted">{o.label}</span>
                      </div>
                      {o.note && <div className="figure-note">{o.note}</div>}
                      <Provenance figure={o} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        ))}
      </div>
    </section>
  );
});

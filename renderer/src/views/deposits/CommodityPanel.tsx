// Why: a deposit's worth depends on the price of what it holds. The price deck shows the reference reading the
// scenario model uses plus every other reading and range kept, each with unit, as-of date, source and grade;
// these are year-end 2025 / early 2026 readings, not live prices, and the panel says so.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { dataset } from '../../../../shared/data';
import { FigureCard, Provenance } from '../../components/Sourced';
import { useDepositLabels } from './useLabels';
import './profile.css';
import { nameFigureRefs } from '../../components/figureRefs';

/** Memoised: the prices never change while the user filters, so keystrokes must not re-render them. */
export const CommodityPanel = memo(function CommodityPanel() {
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
  return (
    <section className="panel commodity-panel" aria-labelledby="prices-title" data-testid="commodity-panel">
      <h2 id="prices-title">{t('prices.title')}</h2>
      <p className="asof-note">{t('prices.note', { date: L.date(dataset.compiledAsOf) })}</p>
      <div className="grid grid-three">
        {dataset.prices.map((p) => (
          <div className="price-card" key={p.id} data-testid={`price-${p.id}`}>
            <h3 dir="auto">{L.figure(`commodity.${p.id}`, p.commodity)}</h3>
            <FigureCard figure={p.reference} />
            {p.others.length > 0 && (
              <details className="price-others">
                <summary>{t('prices.others', { count: p.others.length })}</summary>
                <ul>
                  {p.others.map((o) => (
                    <li key={o.id}>
                      <div>
                        <strong className="figure-value-inline">{L.value(o)}</strong>{' '}
                        <span className="muted" dir="auto">
                          {L.figure(o.id, o.label)}
                        </span>
                      </div>
                      {o.note && (
                        <div className="figure-note" dir="auto">
                          {nameFigureRefs(o.note)}
                        </div>
                      )}
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

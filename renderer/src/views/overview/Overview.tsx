// Why: the first thing a delegate sees: the headline figures, Reko Diq at a glance and the first
// consignment, each with its source, as-of date and confidence, and the disagreements shown, not hidden.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { dataset, getContested, getDeposit, getFigure } from '../../../../shared/data';
import { formatAsOf } from '../../../../shared/format/figures';
import type { Figure } from '../../../../shared/model/sourced';
import { ContestedCard, FigureCard, Provenance, SourceLink, useDataLabel, useSources } from '../../components/Sourced';
import { currentLocale } from '../../i18n';
import { nameFigureRefs } from '../../components/figureRefs';
import { HEADLINE_FIGURE_IDS, REKO_DIQ_FIGURE_IDS } from '../../../../shared/data/headline-ids';

function SourcesOnPage({ figures }: { figures: Figure[] }) {
  const { t } = useTranslation('overview');
  const ids = [...new Set(figures.flatMap((f) => f.sourceIds))];
  const sources = useSources(ids);
  return (
    <details className="sources-panel" data-testid="sources-panel">
      <summary>{t('sourcesOnPage', { count: sources.length })}</summary>
      <ol>
        {sources.map((s) => (
          <li key={s.id}>
            <SourceLink source={s} /> — {s.title}
            {s.url && (
              <span className="url">
                {' '}
                {s.isMirror ? `${t('retrievedFrom')} ` : ''}
                {s.url}
              </span>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && Boolean(seen.add(key(t))));
}

// recharts is heavy; the figures paint first and the chart follows a moment later.
const ThroughputChart = lazy(() => import('./ThroughputChart').then((m) => ({ default: m.ThroughputChart })));

/** Ownership shares carry no date of their own: they are as of the agreement their source reports. */
function sourceDate(ids: string[]): string {
  return dataset.sources.find((s) => s.id === ids[0])?.date ?? dataset.compiledAsOf;
}

export function Overview() {
  const { t } = useTranslation('overview');
  const label = useDataLabel();
  const headline = HEADLINE_FIGURE_IDS.map((id) => getFigure(id));
  const rekoDiq = getDeposit('reko-diq');
  const rdFigures = REKO_DIQ_FIGURE_IDS.map((id) => getFigure(id));
  const consignment = getFigure('headline.first-consignment');
  const contents = getFigure('headline.consignment-contents');
  const mou = getFigure('headline.ussm-mou-date');
  const gdp = getContested('contested.gdp-share');
  const wealth = getContested('contested.mineral-wealth');
  const owners = rekoDiq.ownership;
  const latestStatus = [...rekoDiq.statusNotes].sort((a, b) => b.date.localeCompare(a.date))[0];
  const allShown = [...headline, ...rdFigures, consignment, contents, mou, ...gdp.readings, ...wealth.readings];

  return (
    <section className="view overview" aria-labelledby="overview-title" data-view-ready="overview">
      <div className="view-header">
        <h1 id="overview-title">{t('title')}</h1>
        <p className="asof-note" data-testid="data-asof">
          {t('asOfNote', { date: formatAsOf(dataset.compiledAsOf, currentLocale()) })}
        </p>
      </div>

      <div className="grid grid-headline" data-testid="headline-figures">
        {headline.map((f) => (
          <FigureCard key={f.id} figure={f} emphasis />
        ))}
      </div>

      <div className="grid grid-two">
        <ContestedCard contested={gdp} />
        <ContestedCard contested={wealth} />
      </div>

      <section className="panel" aria-labelledby="consignment-title" data-testid="consignment">
        <h2 id="consignment-title">{t('consignment')}</h2>
        <div className="grid grid-three">
          <FigureCard figure={consignment} />
          <FigureCard figure={contents} />
          <FigureCard figure={mou} />
        </div>
      </section>

      <section className="panel" aria-labelledby="rekodiq-title" data-testid="reko-diq-summary">
        <h2 id="rekodiq-title">{label('reko-diq', t('rekoDiq'))}</h2>
        {latestStatus && (
          <div className="status-note" role="note">
            <strong>{t('status', { date: formatAsOf(latestStatus.date, currentLocale()) })}</strong>{' '}
            <bdi>{latestStatus.text}</bdi>
            <Provenance
              figure={{
                sourceIds: latestStatus.sourceIds,
                asOf: latestStatus.date,
                confidence: latestStatus.confidence,
              }}
            />
          </div>
        )}
        <div className="grid grid-two-uneven">
          <Suspense
            fallback={<div className="chart-card chart-placeholder" style={{ minHeight: 300 }} aria-hidden="true" />}
          >
            <ThroughputChart
              phase1={getFigure('reko-diq.throughput-phase1')}
              phase2={getFigure('reko-diq.throughput-phase2')}
              year2={getFigure('reko-diq.phase2-year')}
            />
          </Suspense>
          <div className="ownership" data-testid="reko-diq-ownership">
            <h3>{t('ownership')}</h3>
            <ul className="ownership-list">
              {owners.map((o) => (
                <li key={o.holder}>
                  <span className="share">{o.sharePct}%</span> {o.holder}
                  {o.note && (
                    <span className="muted" dir="auto">
                      {' '}
                      — {nameFigureRefs(o.note)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {rekoDiq.ownershipNote && (
              <p className="figure-note" dir="auto">
                {rekoDiq.ownershipNote}
              </p>
            )}
            {uniqueBy(owners, (o) => `${o.sourceIds.join()}|${o.confidence}`).map((o) => (
              <Provenance
                key={o.holder}
                figure={{ sourceIds: o.sourceIds, asOf: sourceDate(o.sourceIds), confidence: o.confidence }}
              />
            ))}
          </div>
        </div>
        <div className="grid grid-fixed-three">
          {rdFigures.map((f) => (
            <FigureCard key={f.id} figure={f} />
          ))}
        </div>
      </section>

      <SourcesOnPage figures={allShown} />
    </section>
  );
}

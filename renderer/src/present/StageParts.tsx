// Why: the pieces every slide is built from, so each slide reads the same from the back of a hall: a figure at
// display size with its provenance on one legible line (numbers and units in the app's isolated runs, <Num>),
// and the slide's sources in its footer.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../shared/model/sourced';
import { Num } from '../components/Bidi';
import { FigureValue, Provenance, SourceLinks, useDataLabel, useSources } from '../components/Sourced';
import { useSettings } from '../stores/settings';

/** One dataset figure at display size: value, label, then grade · as of · age · source. */
export function StageFigure({ figure, testId }: { figure: Figure; testId?: string }) {
  const label = useDataLabel();
  useSettings((st) => st.settings.pkrGrouping);
  const numeric = typeof figure.value === 'number' || (typeof figure.value === 'object' && figure.value !== null);
  return (
    <figure className="stage-figure" data-testid={testId ?? `stage-figure-${figure.id}`}>
      <div className={`stage-figure-value${numeric ? '' : ' is-text'}`}>
        <FigureValue figure={figure} />
      </div>
      <figcaption className="stage-figure-label">{label(figure.id, figure.label)}</figcaption>
      <div className="stage-source" data-source-line>
        <Provenance figure={figure} />
      </div>
    </figure>
  );
}

/** A computed figure (scenario results): the value with its unit and label; the slide says once where they come from. */
export function StageMetric({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <figure className="stage-figure stage-metric" data-testid={testId}>
      <div className="stage-figure-value">
        <Num testId={`${testId}-value`}>{value}</Num>
      </div>
      <figcaption className="stage-figure-label">{label}</figcaption>
    </figure>
  );
}

/** The footer line: every publication the slide's figures come from. */
export function SlideSources({ ids, extra }: { ids: readonly string[]; extra?: ReactNode }) {
  const { t } = useTranslation('present');
  const sources = useSources([...new Set(ids)]);
  return (
    <footer className="slide-sources" data-testid="slide-sources" data-source-line dir="auto">
      {sources.length > 0 && (
        <>
          <span>{t('sources')}</span> <SourceLinks sources={sources} separator=" · " />
        </>
      )}
      {extra}
    </footer>
  );
}

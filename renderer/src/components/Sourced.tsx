// Why: the trust UI. Every figure the app shows goes through these components, which always render
// the source, the as-of date and the confidence grade, and label assumptions and unverified items.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAsOf, sourceLineParts } from '../../../shared/format/figures';
import { ageInDays, ageParts } from '../../../shared/data/staleness';
import type { Confidence, ContestedFigure, Figure, Source } from '../../../shared/model/sourced';
import { useData } from '../stores/data';
import { api } from '../api/client';
import { currentLocale, formatValue } from '../i18n';
import { useSettings } from '../stores/settings';
import { CitationMark, useCitationRegistry } from '../print/citations';
import { nameFigureRefs } from './figureRefs';
import { Bidi, Num } from './Bidi';

/** Dataset labels are English; a language may translate them by id in locales/<lang>/data.json. */
export function useDataLabel(): (id: string, fallback: string) => string {
  const { t } = useTranslation('data');
  return (id, fallback) => t(id.replace(/\./g, '~'), { defaultValue: fallback });
}

/**
 * A figure's value as the reader sees it: a number or range with its unit as one unbreakable run (<Num>), so
 * "USD 5.6–6 bn" never leaves "bn" alone on a line; a worded value ("Development") as ordinary, wrapping text.
 */
export function FigureValue({ figure }: { figure: Pick<Figure, 'value' | 'unit' | 'unverified'> }) {
  const text = formatValue(figure);
  const numeric = !figure.unverified && figure.value !== null && typeof figure.value !== 'string';
  return numeric ? <Num>{text}</Num> : <Bidi>{text}</Bidi>;
}

export function ConfidenceBadge({ grade }: { grade: Confidence }) {
  const { t } = useTranslation();
  const label = t(`confidence.${grade}`);
  return (
    <span className={`badge badge-${grade}`} title={label} aria-label={t('provenance.confidence', { label })}>
      {grade}
    </span>
  );
}

export function useSources(ids: readonly string[]): Source[] {
  const sources = useData((s) => s.sources);
  return ids.map((id) => sources.get(id)).filter((s): s is Source => Boolean(s));
}

/** "Dawn, 27 Feb 2026": publisher and date each an isolated run, so an Urdu date keeps its order in any line. */
export function SourceLineText({ source }: { source: Source }) {
  const { publisher, date } = sourceLineParts(source, currentLocale());
  return (
    <>
      <Bidi>{publisher}</Bidi>
      {date && (
        <>
          , <Bidi>{date}</Bidi>
        </>
      )}
    </>
  );
}

export function SourceLink({ source }: { source: Source }) {
  const { t } = useTranslation();
  const citations = useCitationRegistry();
  const label = <SourceLineText source={source} />;
  // In a printed briefing a source is its numbered appendix entry (links cannot be clicked on paper).
  if (citations) return <CitationMark registry={citations} ids={[source.id]} />;
  if (!source.url) return <span className="source-name">{label}</span>;
  return (
    <a
      className="source-name"
      href={source.url}
      title={`${source.title}${source.isMirror ? ` (${t('provenance.retrievedFrom', { host: new URL(source.url).hostname })})` : ''}`}
      onClick={(e) => {
        e.preventDefault();
        void api('shell:open-external', { url: source.url! }).catch(() => undefined);
      }}
    >
      {label}
    </a>
  );
}

/** Publications as links, in order, separated the same way wherever sources are listed. */
export function SourceLinks({ sources, separator = '; ' }: { sources: readonly Source[]; separator?: string }) {
  return (
    <>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && separator}
          <SourceLink source={s} />
        </span>
      ))}
    </>
  );
}

/** The small print under a figure: "Source · as of · grade · basis". */
export function Provenance({
  figure,
}: {
  figure: Pick<Figure, 'sourceIds' | 'asOf' | 'confidence'> & Partial<Pick<Figure, 'basis' | 'unverified'>>;
}) {
  const { t } = useTranslation();
  const sources = useSources(figure.sourceIds);
  const citations = useCitationRegistry();
  return (
    <div className="provenance" data-testid="provenance">
      {citations && <CitationMark registry={citations} ids={figure.sourceIds} />}
      {figure.basis === 'assumption' && <span className="tag tag-assumption">{t('provenance.assumption')}</span>}
      {figure.unverified && <span className="tag tag-unverified">{t('provenance.unverified')}</span>}
      {figure.basis === 'derived' && <span className="tag">{t('provenance.derived')}</span>}
      <ConfidenceBadge grade={figure.confidence} />
      <span className="asof">{t('provenance.asOf', { date: formatAsOf(figure.asOf, currentLocale()) })}</span>
      {!citations && <FigureAge asOf={figure.asOf} />}
      {!citations && (
        <span className="sources">
          {/* In the page's direction: each publisher and date is its own isolated run (SourceLineText). */}
          <SourceLinks sources={sources} />
        </span>
      )}
    </div>
  );
}

/** How old a figure is today ("9 months old"), so a reader never mistakes bundled data for live data. */
export function FigureAge({ asOf, today = new Date() }: { asOf: string; today?: Date }) {
  const { t } = useTranslation();
  const days = ageInDays(asOf, today);
  if (days < 0) return null; // a target date, not an age
  const { count, unit } = ageParts(days);
  return (
    <span className="age" data-testid="figure-age">
      {t(`provenance.age.${unit}`, { count })}
    </span>
  );
}

/** Values a newer source superseded, oldest first, then the current one: "USD 6.77 bn (Mar 2025) → USD 7.72 bn (Sep 2025)". */
export function FigureHistory({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const history = figure.history ?? [];
  if (history.length === 0) return null;
  const step = (f: Pick<Figure, 'value' | 'unit' | 'asOf' | 'sourceIds'>) =>
    `${formatValue({ ...f, unverified: false })} (${formatAsOf(f.asOf, currentLocale())})`;
  return (
    <p className="figure-history" dir="auto" data-testid="figure-history">
      <span className="tag">{t('provenance.history')}</span> {[...history, figure].map(step).join(' → ')}
    </p>
  );
}

export function FigureCard({
  figure,
  emphasis = false,
  testId,
}: {
  figure: Figure;
  emphasis?: boolean;
  testId?: string;
}) {
  const id = useId();
  const label = useDataLabel();
  useSettings((st) => st.settings.pkrGrouping); // re-render when rupee grouping changes
  return (
    <figure
      className={`figure-card${emphasis ? ' figure-card-lg' : ''}`}
      aria-labelledby={id}
      data-testid={testId ?? `figure-${figure.id}`}
    >
      <div className="figure-value">
        <FigureValue figure={figure} />
      </div>
      <figcaption id={id} className="figure-label">
        {label(figure.id, figure.label)}
      </figcaption>
      {figure.note && (
        <p className="figure-note" dir="auto">
          {nameFigureRefs(figure.note)}
        </p>
      )}
      <FigureHistory figure={figure} />
      <Provenance figure={figure} />
    </figure>
  );
}

/** Sources disagree: every reading side by side, none preferred. */
export function ContestedCard({ contested, testId }: { contested: ContestedFigure; testId?: string }) {
  const { t } = useTranslation();
  const label = useDataLabel();
  useSettings((st) => st.settings.pkrGrouping);
  return (
    <section
      className="figure-card contested"
      aria-label={contested.label}
      data-testid={testId ?? `contested-${contested.id}`}
    >
      <div className="figure-label">
        {label(contested.id, contested.label)} <span className="tag tag-contested">{t('provenance.contested')}</span>
      </div>
      <div className="readings">
        {contested.readings.map((r) => (
          <div className="reading" key={r.id}>
            <div className="figure-value">
              <FigureValue figure={r} />
            </div>
            <div className="reading-label" dir="auto">
              {label(r.id, r.label)}
            </div>
            <Provenance figure={r} />
          </div>
        ))}
      </div>
      {contested.note && (
        <p className="figure-note" dir="auto">
          {nameFigureRefs(contested.note)}
        </p>
      )}
    </section>
  );
}

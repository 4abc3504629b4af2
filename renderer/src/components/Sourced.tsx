// Why: the trust UI. Every figure the app shows goes through these components, which always render
// the source, the as-of date and the confidence grade, and label assumptions and unverified items.
import { useId } from 'react';
import { formatAsOf, formatFigureValue, formatSourceLine, CONFIDENCE_LABEL } from '../../../shared/format/figures';
import type { Confidence, ContestedFigure, Figure, Source } from '../../../shared/model/sourced';
import { useData } from '../stores/data';
import { api } from '../api/client';

export function ConfidenceBadge({ grade }: { grade: Confidence }) {
  return (
    <span className={`badge badge-${grade}`} title={CONFIDENCE_LABEL[grade]} aria-label={`Confidence ${CONFIDENCE_LABEL[grade]}`}>
      {grade}
    </span>
  );
}

export function useSources(ids: readonly string[]): Source[] {
  const sources = useData((s) => s.sources);
  return ids.map((id) => sources.get(id)).filter((s): s is Source => Boolean(s));
}

export function SourceLink({ source }: { source: Source }) {
  const label = formatSourceLine(source);
  if (!source.url) return <span className="source-name">{label}</span>;
  return (
    <a
      className="source-name"
      href={source.url}
      title={`${source.title}${source.isMirror ? ` (retrieved from ${new URL(source.url).hostname})` : ''}`}
      onClick={(e) => {
        e.preventDefault();
        void api('shell:open-external', { url: source.url! }).catch(() => undefined);
      }}
    >
      {label}
    </a>
  );
}

/** The small print under a figure: "Source · as of · grade · basis". */
export function Provenance({
  figure,
}: {
  figure: Pick<Figure, 'sourceIds' | 'asOf' | 'confidence'> & Partial<Pick<Figure, 'basis' | 'unverified'>>;
}) {
  const sources = useSources(figure.sourceIds);
  return (
    <div className="provenance" data-testid="provenance">
      {figure.basis === 'assumption' && <span className="tag tag-assumption">Assumption</span>}
      {figure.unverified && <span className="tag tag-unverified">Unverified</span>}
      {figure.basis === 'derived' && <span className="tag">Derived</span>}
      <ConfidenceBadge grade={figure.confidence} />
      <span className="asof">as of {formatAsOf(figure.asOf)}</span>
      <span className="sources">
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            <SourceLink source={s} />
          </span>
        ))}
      </span>
    </div>
  );
}

export function FigureCard({ figure, emphasis = false, testId }: { figure: Figure; emphasis?: boolean; testId?: string }) {
  const id = useId();
  return (
    <figure className={`figure-card${emphasis ? ' figure-card-lg' : ''}`} aria-labelledby={id} data-testid={testId ?? `figure-${figure.id}`}>
      <div className="figure-value">{formatFigureValue(figure)}</div>
      <figcaption id={id} className="figure-label">
        {figure.label}
      </figcaption>
      {figure.note && <p className="figure-note">{figure.note}</p>}
      <Provenance figure={figure} />
    </figure>
  );
}

/** Sources disagree: every reading side by side, none preferred. */
export function ContestedCard({ contested, testId }: { contested: ContestedFigure; testId?: string }) {
  return (
    <section className="figure-card contested" aria-label={contested.label} data-testid={testId ?? `contested-${contested.id}`}>
      <div className="figure-label">
        {contested.label} <span className="tag tag-contested">Sources disagree</span>
      </div>
      <div className="readings">
        {contested.readings.map((r) => (
          <div className="reading" key={r.id}>
            <div className="figure-value">{formatFigureValue(r)}</div>
            <div className="reading-label">{r.label}</div>
            <Provenance figure={r} />
          </div>
        ))}
      </div>
      {contested.note && <p className="figure-note">{contested.note}</p>}
    </section>
  );
}

// Why: the first page a delegate sees: what the briefing is, for whom, when, by whom and how it may be
// shared, plus the honest note that the data is a dated snapshot, not a live feed.
import { useTranslation } from 'react-i18next';
import { dataset } from '../../../../shared/data';
import { formatAsOf } from '../../../../shared/format/figures';
import type { BriefingSpec } from '../../../../shared/briefing/spec';
import { formatDate } from '../../../../shared/format/date';
import { EditionLabel } from '../../edition/EditionLabel';

function longDate(iso: string, lang: string): string {
  return formatDate(iso, lang === 'ur' ? 'ur-PK' : 'en-GB');
}

export function CoverPage({ spec, contents }: { spec: BriefingSpec; contents: string[] }) {
  const { t } = useTranslation('briefing');
  return (
    <div className="print-cover" data-testid="print-cover">
      <div className="cover-band" aria-hidden="true" />
      {spec.classification && (
        <p className="cover-classification" data-testid="cover-classification">
          {spec.classification}
        </p>
      )}
      <p className="cover-kicker">{t('print.kicker')}</p>
      <h1 className="cover-title" dir="auto">
        {spec.title}
      </h1>
      {spec.subtitle && (
        <p className="cover-subtitle" dir="auto">
          {spec.subtitle}
        </p>
      )}
      <dl className="cover-meta">
        {spec.audience && (
          <>
            <dt>{t('print.audience')}</dt>
            <dd dir="auto">{spec.audience}</dd>
          </>
        )}
        <dt>{t('print.date')}</dt>
        <dd>{longDate(spec.date, spec.language)}</dd>
        {spec.preparedBy && (
          <>
            <dt>{t('print.preparedBy')}</dt>
            <dd dir="auto">{spec.preparedBy}</dd>
          </>
        )}
      </dl>
      {contents.length > 0 && (
        <nav className="cover-contents" aria-label={t('print.contents')}>
          <h2 className="cover-contents-title">{t('print.contents')}</h2>
          <ol>
            {contents.map((c, i) => (
              <li key={`${i}-${c}`}>{c}</li>
            ))}
          </ol>
        </nav>
      )}
      <p className="cover-asof" data-testid="cover-asof">
        {t('print.dataAsOf', { date: formatAsOf(dataset.compiledAsOf) })}
      </p>
      <p className="cover-edition">
        <EditionLabel language={spec.language} />
      </p>
    </div>
  );
}

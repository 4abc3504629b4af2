// Why: the appendix every "[n]" in the briefing points to. It lists exactly the sources cited, in the order
// they were first cited, with publication, title, URL ("retrieved from" for copies), as-of date and grade.
// It may sit before sections that cite later, so it re-reads the registry after each commit.
import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostOf, type CitationRegistry } from '../../../../shared/briefing/citations';
import { formatAsOf } from '../../../../shared/format/figures';
import { Bidi } from '../../components/Bidi';
import { useCitationRegistry } from '../citations';

function useRegistryEntries(registry: CitationRegistry | null) {
  const [, setTick] = useState(0);
  const [seen, setSeen] = useState(0);
  // Sections rendered after this one may have cited new sources during the same render pass.
  useLayoutEffect(() => {
    if (registry && registry.size !== seen) setSeen(registry.size);
  });
  useEffect(() => {
    if (!registry) return;
    // Deferred: a citation made while another component renders must not update this one mid-render.
    return registry.subscribe(() => queueMicrotask(() => setTick((n) => n + 1)));
  }, [registry]);
  return registry?.entries() ?? [];
}

export function SourcesSection() {
  const { t } = useTranslation('briefing');
  const entries = useRegistryEntries(useCitationRegistry());
  return (
    <>
      <h1>{t('sectionTitle.sources')}</h1>
      <p className="print-lede">{t('sources.lede')}</p>
      <ol className="print-sources" data-testid="print-sources">
        {entries.map((e) => (
          <li key={e.id} value={e.n}>
            <span className="src-n">[{e.n}]</span>
            <span className="src-body">
              {/* Publication and title are isolated runs: in Urdu their full stops stay where they belong. */}
              <strong>
                <Bidi>{e.publication}</Bidi>
              </strong>
              .{' '}
              <em>
                <Bidi>{e.title}</Bidi>
              </em>
              .
              {e.url && (
                <>
                  {' '}
                  {e.mirror && `${t('sources.retrievedFrom', { host: hostOf(e.url) })} `}
                  <span className="src-url">{e.url}</span>.
                </>
              )}{' '}
              {e.asOf ? t('sources.asOf', { date: formatAsOf(e.asOf) }) : t('sources.undated')}
              {e.confidence && (
                <>
                  {' · '}
                  {t('sources.grade', { grade: e.confidence })}
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
      {entries.length === 0 && <p className="muted">{t('sources.none')}</p>}
    </>
  );
}

// Why: a reader of a new data edition must see exactly what moved since the last one: every figure, deposit,
// source, contested reading and UNVERIFIED item added, changed or removed, old → new with sources and dates,
// filterable by topic (kept in the URL so a filtered list can be bookmarked).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countChanges, TOPICS, type Topic } from '../../../../shared/edition/diff';
import { editionLabel } from '../../../../shared/edition/label';
import { useRouter } from '../../app/router';
import { ChangeItem } from '../../edition/ChangeList';
import { editionComparison } from '../../edition/changes';
import './changes.css';

export function ChangesView() {
  const { t, i18n } = useTranslation('edition');
  const params = useRouter((s) => s.route.params);
  const replaceParams = useRouter((s) => s.replaceParams);
  const comparison = editionComparison();
  const raw = params.get('topic');
  const topic = TOPICS.includes(raw as Topic) ? (raw as Topic) : null;
  const shown = useMemo(
    () => (comparison?.changes ?? []).filter((c) => !topic || c.topic === topic),
    [comparison, topic],
  );
  const present = useMemo(() => TOPICS.filter((tp) => comparison?.changes.some((c) => c.topic === tp)), [comparison]);

  return (
    <section className="view changes-view" data-view-ready="changes" aria-labelledby="changes-title">
      <h1 id="changes-title">{t('changes.title')}</h1>
      <p className="changes-intro">{t('changes.intro')}</p>
      {!comparison ? (
        <p data-testid="changes-none">{t('changes.noPrevious')}</p>
      ) : (
        <>
          <p className="changes-from" data-testid="changes-from">
            {t('changes.from', {
              from: editionLabel(comparison.from, i18n.language),
              to: editionLabel(comparison.to, i18n.language),
            })}
          </p>
          {comparison.substitute && (
            <p className="banner banner-warn">
              {t('changes.previousMissing', { id: comparison.to.previousId, bundled: comparison.from.id })}
            </p>
          )}
          <div className="changes-toolbar">
            <label className="compact-field">
              {t('changes.topic')}{' '}
              <select
                data-testid="changes-topic"
                value={topic ?? ''}
                onChange={(e) => {
                  const next = new URLSearchParams(params);
                  if (e.target.value) next.set('topic', e.target.value);
                  else next.delete('topic');
                  replaceParams(next);
                }}
              >
                <option value="">{t('changes.allTopics')}</option>
                {present.map((tp) => (
                  <option key={tp} value={tp}>
                    {t(`changes.topics.${tp}`)}
                  </option>
                ))}
              </select>
            </label>
            <span data-testid="changes-count">{t('changes.count', countChanges(shown))}</span>
          </div>
          {shown.length === 0 ? (
            <p>{t('changes.none')}</p>
          ) : (
            TOPICS.filter((tp) => shown.some((c) => c.topic === tp)).map((tp) => (
              <section key={tp} className="changes-topic" aria-labelledby={`changes-${tp}`}>
                <h2 id={`changes-${tp}`}>{t(`changes.topics.${tp}`)}</h2>
                <ul className="change-list">
                  {shown
                    .filter((c) => c.topic === tp)
                    .map((c) => (
                      <ChangeItem key={c.key} change={c} />
                    ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}
    </section>
  );
}

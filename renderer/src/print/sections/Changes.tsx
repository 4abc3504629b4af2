// Why: a briefing printed from a new data edition can say what moved since the last one. The same change list
// as the "What changed" view, laid out as a compact table per topic, each side cited like every other figure.
import { useTranslation } from 'react-i18next';
import { countChanges, TOPICS } from '../../../../shared/edition/diff';
import { editionLabel } from '../../../../shared/edition/label';
import { ChangeSideContent, useChangedFields } from '../../edition/ChangeList';
import { editionComparison } from '../../edition/changes';
import './changes.css';

export function ChangesSection({ language }: { language: string }) {
  const { t } = useTranslation('briefing');
  const { t: te } = useTranslation('edition');
  const changedFields = useChangedFields();
  const comparison = editionComparison();
  return (
    <>
      <h1>{t('sectionTitle.changes')}</h1>
      {!comparison ? (
        <p className="print-lede">{t('changes.none')}</p>
      ) : (
        <>
          <p className="print-lede">{t('changes.lede')}</p>
          <p data-testid="print-changes-from">
            {te('changes.from', {
              from: editionLabel(comparison.from, language),
              to: editionLabel(comparison.to, language),
            })}
            {' · '}
            {te('changes.count', countChanges(comparison.changes))}
          </p>
          {TOPICS.filter((tp) => comparison.changes.some((c) => c.topic === tp)).map((tp) => (
            <section key={tp} className="print-changes-topic">
              <h2>{te(`changes.topics.${tp}`)}</h2>
              <table className="print-table print-changes">
                <thead>
                  <tr>
                    <th scope="col">{te('changes.item')}</th>
                    <th scope="col">{te('changes.before')}</th>
                    <th scope="col">{te('changes.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.changes
                    .filter((c) => c.topic === tp)
                    .map((c) => (
                      <tr key={c.key} data-change-kind={c.kind}>
                        <th scope="row">
                          <span className="change-kind">{te(`changes.kind.${c.kind}`)}</span>{' '}
                          {c.context && c.context !== c.label ? `${c.context}: ` : ''}
                          {c.label}
                          {c.kind === 'changed' && <span className="change-fields">{changedFields(c)}</span>}
                        </th>
                        <td>
                          {c.before && <ChangeSideContent side={c.before} showNote={c.fields.includes('note')} />}
                        </td>
                        <td>{c.after && <ChangeSideContent side={c.after} showNote={c.fields.includes('note')} />}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </>
  );
}

// Why: beside every input, where its value comes from: a dataset figure with source, date and confidence
// (via the app's Provenance), a derived value, or the "Assumption" tag with the analyst's note.
import { memo } from 'react';
import type { Input } from '../../../../../shared/scenario';
import { Provenance, SourceLink, useSources } from '../../../components/Sourced';
import { ageParts } from '../../../../../shared/data/staleness';
import { provenanceOf } from '../catalogue/provenance';
import { stalePriceOf } from '../catalogue/stalePrices';
import { useT } from '../useT';

export const InputSource = memo(function InputSource({ input }: { input: Input }) {
  const t = useT();
  const p = provenanceOf(input);
  const stale = stalePriceOf(input, new Date());
  const sources = useSources(p.figure ? [] : p.sourceIds);
  return (
    <div className="scn-source">
      {p.figure ? (
        input.basis === 'assumption' ? (
          // An edited dataset value: says what it was edited from, beside that figure's own citation.
          <>
            <span className="tag tag-edited">{t('tag.editedFrom')}</span> <Provenance figure={p.figure} />
          </>
        ) : (
          <Provenance figure={{ ...p.figure, basis: input.basis === 'sourced' ? p.figure.basis : 'derived' }} />
        )
      ) : input.basis === 'assumption' ? (
        <span className="tag tag-assumption">{t('tag.assumption')}</span>
      ) : (
        <span className="provenance">
          <span className="tag">{t(`basis.${input.basis}`)}</span>
          {sources.map((s) => (
            <SourceLink key={s.id} source={s} />
          ))}
        </span>
      )}
      {stale && (
        <span className="tag tag-stale" data-testid="stale-price" role="note">
          {t('tag.stalePrice', {
            age: t(`provenance.age.${ageParts(stale.days).unit}`, { ns: 'common', count: ageParts(stale.days).count }),
          })}
        </span>
      )}
      {p.note && (
        <span className="scn-note" title={p.note} dir="auto">
          {p.note}
        </span>
      )}
    </div>
  );
});

// Why: one rendering of an edition change (old → new, each side with its value, as-of date and sources), used
// by the "What changed" view and the briefing section, so screen and paper show a change the same way.
import { useTranslation } from 'react-i18next';
import type { ChangeSide, EditionChange } from '../../../shared/edition/diff';
import { formatDate } from '../../../shared/format/date';
import { SourceLinks } from '../components/Sourced';
import { currentLocale, formatValue } from '../i18n';

/** One side of a change: its value (or words), the note where the note changed, its as-of date and sources. */
export function ChangeSideContent({ side, showNote }: { side: ChangeSide; showNote: boolean }) {
  const { t } = useTranslation('edition');
  const f = side.figure;
  return (
    <>
      <span className="change-value" dir="auto">
        {f ? (f.unverified ? t('changes.unverified') : formatValue(f)) : side.text}
      </span>
      {showNote && f?.note && (
        <span className="change-note" dir="auto">
          {f.note}
        </span>
      )}
      {side.asOf && (
        <span className="change-asof">{t('changes.asOf', { date: formatDate(side.asOf, currentLocale()) })}</span>
      )}
      {side.sources.length > 0 && (
        <span className="change-sources">
          <SourceLinks sources={side.sources} />
        </span>
      )}
    </>
  );
}

/** "Changed: value, as-of date, sources", the changed fields in words. */
export function useChangedFields(): (c: EditionChange) => string {
  const { t } = useTranslation('edition');
  return (c) =>
    t('changes.fields', { fields: c.fields.map((f) => t(`changes.field.${f}`, { defaultValue: f })).join(', ') });
}

function Side({ side, heading, showNote }: { side: ChangeSide; heading: string; showNote: boolean }) {
  return (
    <div className="change-side">
      <span className="change-side-heading">{heading}</span>
      <ChangeSideContent side={side} showNote={showNote} />
    </div>
  );
}

export function ChangeItem({ change }: { change: EditionChange }) {
  const { t } = useTranslation('edition');
  const changedFields = useChangedFields();
  return (
    <li
      className={`change change-${change.kind}`}
      data-testid="change"
      data-change-key={change.key}
      data-change-kind={change.kind}
    >
      <div className="change-head">
        <span className={`change-kind change-kind-${change.kind}`}>{t(`changes.kind.${change.kind}`)}</span>
        <span className="change-label" dir="auto">
          {change.context && change.context !== change.label ? (
            <span className="change-context">{change.context}: </span>
          ) : null}
          {change.label}
        </span>
      </div>
      <div className="change-sides">
        {change.before && (
          <Side side={change.before} heading={t('changes.before')} showNote={change.fields.includes('note')} />
        )}
        {change.after && (
          <Side side={change.after} heading={t('changes.after')} showNote={change.fields.includes('note')} />
        )}
      </div>
      {change.kind === 'changed' && <p className="change-fields">{changedFields(change)}</p>}
    </li>
  );
}

// Why: one deposit in full: status first (the 2026 Reko Diq review changes how every other number reads),
// then disagreements side by side, ownership, planned output, financing and every field, each with its
// source, as-of date and confidence grade, and user data marked as such.
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deposit } from '../../../../shared/model/dataset';
import { ContestedCard, FigureCard, SourceLinks, useSources } from '../../components/Sourced';
import { FinancingTable, OwnershipChart, SeriesChart, SourcedLine } from './ProfileCharts';
import { useDepositLabels } from './useLabels';
import { fmtNumber } from '../../i18n/format';
import './profile.css';

interface DepositProfileProps {
  deposit: Deposit;
  /** Moves keyboard focus to the profile heading when it opens from an explicit selection. */
  focusOnOpen: boolean;
  onClose(): void;
  /** Opens the scenario model on this deposit; the button is hidden until the scenario calculator lands. */
  onModel?: (id: string) => void;
}

/** A location has sources but no grade of its own in the schema, so only the sources are shown. */
function LocationSources({ ids }: { ids: string[] }) {
  const { t } = useTranslation('deposits');
  const sources = useSources(ids);
  return (
    <span className="provenance provenance-inline">
      {t('profile.locationSource')} <SourceLinks sources={sources} />
    </span>
  );
}

export const DepositProfile = memo(function DepositProfile({
  deposit: d,
  focusOnOpen,
  onClose,
  onModel,
}: DepositProfileProps) {
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusOnOpen) return;
    // The section carries the scroll margin that clears the sticky header, so the name, "Model this deposit" and
    // "Close profile" all land in view; focus then goes to the (visible) heading without a second scroll.
    sectionRef.current?.scrollIntoView({ block: 'start', behavior: 'auto' });
    headingRef.current?.focus({ preventScroll: true });
  }, [d.id, focusOnOpen]);

  return (
    <section
      ref={sectionRef}
      className="panel deposit-profile"
      aria-labelledby="profile-title"
      data-testid="deposit-profile"
      data-deposit-id={d.id}
    >
      <header className="profile-header">
        <div>
          <h2 id="profile-title" ref={headingRef} tabIndex={-1} dir="auto">
            {d.name}
          </h2>
          <p className="profile-meta">
            {L.minerals(d.minerals)} · {L.group(d.mineralGroup)} · <bdi>{d.district}</bdi>
            {t('listSeparator')}
            {L.province(d.province)}
          </p>
          <p className="profile-tags">
            <span className={`tag tag-stage stage-${d.stage}`}>{L.stage(d.stage)}</span>
            <span className="muted" dir="auto">
              {d.stageDetail}
            </span>
            {d.critical && <span className="tag">{t('profile.critical')}</span>}
            {d.origin === 'user' && (
              <span className="tag tag-user" data-testid="profile-user-badge">
                {t('userData', { name: d.packName ?? t('dataPack') })}
              </span>
            )}
          </p>
          <p className="profile-location" data-testid="profile-location">
            {d.location ? (
              <>
                {d.location.approximate
                  ? t('profile.approxLocation', { precision: d.location.precision })
                  : t('profile.location', { precision: d.location.precision })}
                :{' '}
                <bdi>
                  {t('profile.coords', { lat: fmtNumber(d.location.lat, 2), lon: fmtNumber(d.location.lon, 2) })}
                </bdi>{' '}
                {d.location.sourceIds.length > 0 && <LocationSources ids={d.location.sourceIds} />}
              </>
            ) : (
              t('profile.noLocation')
            )}
          </p>
        </div>
        <div className="profile-actions">
          {onModel && (
            <button type="button" className="btn" onClick={() => onModel(d.id)} data-testid="model-deposit">
              {t('profile.model')}
            </button>
          )}
          <button type="button" className="btn btn-secondary" onClick={onClose} data-testid="profile-close">
            {t('profile.close')}
          </button>
        </div>
      </header>

      {d.statusNotes.length > 0 && (
        <section className="status-notes" aria-label={t('profile.status')} data-testid="status-notes">
          <h3>{t('profile.status')}</h3>
          {[...d.statusNotes]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((n) => (
              <div className="status-note" key={`${n.date}-${n.text.slice(0, 24)}`}>
                <strong>{L.date(n.date)}:</strong> <bdi>{n.text}</bdi>
                <div>
                  <SourcedLine sourceIds={n.sourceIds} confidence={n.confidence} asOf={n.date} />
                </div>
              </div>
            ))}
        </section>
      )}

      {d.contested.length > 0 && (
        <section aria-label={t('profile.disagree')} className="profile-block">
          <h3>{t('profile.disagree')}</h3>
          <div className="grid grid-two">
            {d.contested.map((c) => (
              <ContestedCard key={c.id} contested={c} />
            ))}
          </div>
        </section>
      )}

      {(d.ownership.length > 0 || d.series.length > 0) && (
        <div className="grid grid-two profile-block">
          {d.ownership.length > 0 && <OwnershipChart deposit={d} />}
          {d.series.map((s) => (
            <SeriesChart key={s.id} series={s} />
          ))}
        </div>
      )}

      {d.financing.length > 0 && (
        <section className="profile-block" aria-label={t('profile.financing')}>
          <FinancingTable financing={d.financing} />
        </section>
      )}

      <section className="profile-block" aria-labelledby="profile-fields-title">
        <h3 id="profile-fields-title">{t('profile.allFigures', { count: d.fields.length })}</h3>
        {d.fields.length === 0 ? (
          <p className="muted">{t('profile.noFigures')}</p>
        ) : (
          <div className="grid grid-three profile-fields">
            {d.fields.map((f) => (
              <FigureCard key={f.id} figure={f} />
            ))}
          </div>
        )}
      </section>
    </section>
  );
});

// Why: one deposit in full: status first (the 2026 Reko Diq review changes how every other number reads),
// then disagreements side by side, ownership, planned output, financing and every field, each with its
// source, as-of date and confidence grade, and user data marked as such.
import { memo, useEffect, useRef } from 'react';
import { mineralName, STAGE_LABEL, GROUP_LABEL } from '../../../../shared/deposits/labels';
import { formatAsOf } from '../../../../shared/format/figures';
import type { Deposit } from '../../../../shared/model/dataset';
import { ContestedCard, FigureCard, SourceLink, useSources } from '../../components/Sourced';
import { FinancingTable, OwnershipChart, SeriesChart, SourcedLine } from './ProfileCharts';

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
  const sources = useSources(ids);
  return (
    <span className="provenance provenance-inline">
      Location source:{' '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <SourceLink source={s} />
        </span>
      ))}
    </span>
  );
}

export const DepositProfile = memo(function DepositProfile({ deposit: d, focusOnOpen, onClose, onModel }: DepositProfileProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusOnOpen) return;
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView({ block: 'start', behavior: 'auto' });
  }, [d.id, focusOnOpen]);

  return (
    <section className="panel deposit-profile" aria-labelledby="profile-title" data-testid="deposit-profile" data-deposit-id={d.id}>
      <header className="profile-header">
        <div>
          <h2 id="profile-title" ref={headingRef} tabIndex={-1}>
            {d.name}
          </h2>
          <p className="profile-meta">
            {d.minerals.map(mineralName).join(', ')} · {GROUP_LABEL[d.mineralGroup]} · {d.district}, {d.province}
          </p>
          <p className="profile-tags">
            <span className={`tag tag-stage stage-${d.stage}`}>{STAGE_LABEL[d.stage]}</span>
            <span className="muted">{d.stageDetail}</span>
            {d.critical && <span className="tag">Critical mineral</span>}
            {d.origin === 'user' && (
              <span className="tag tag-user" data-testid="profile-user-badge">
                User data: {d.packName ?? 'data pack'}
              </span>
            )}
          </p>
          <p className="profile-location" data-testid="profile-location">
            {d.location ? (
              <>
                {d.location.approximate ? `Approximate location (${d.location.precision})` : `Location: ${d.location.precision}`}: {d.location.lat.toFixed(2)}°N,{' '}
                {d.location.lon.toFixed(2)}°E{' '}
                {d.location.sourceIds.length > 0 && <LocationSources ids={d.location.sourceIds} />}
              </>
            ) : (
              'No map location (a national or multi-site entry)'
            )}
          </p>
        </div>
        <div className="profile-actions">
          {onModel && (
            <button type="button" className="btn" onClick={() => onModel(d.id)} data-testid="model-deposit">
              Model this deposit
            </button>
          )}
          <button type="button" className="btn btn-secondary" onClick={onClose} data-testid="profile-close">
            Close profile
          </button>
        </div>
      </header>

      {d.statusNotes.length > 0 && (
        <section className="status-notes" aria-label="Status" data-testid="status-notes">
          <h3>Status</h3>
          {[...d.statusNotes]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((n) => (
              <div className="status-note" key={`${n.date}-${n.text.slice(0, 24)}`}>
                <strong>{formatAsOf(n.date)}:</strong> {n.text}
                <div>
                  <SourcedLine sourceIds={n.sourceIds} confidence={n.confidence} asOf={n.date} />
                </div>
              </div>
            ))}
        </section>
      )}

      {d.contested.length > 0 && (
        <section aria-label="Where sources disagree" className="profile-block">
          <h3>Where sources disagree</h3>
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
        <section className="profile-block" aria-label="Financing">
          <FinancingTable financing={d.financing} />
        </section>
      )}

      <section className="profile-block" aria-labelledby="profile-fields-title">
        <h3 id="profile-fields-title">All figures ({d.fields.length})</h3>
        {d.fields.length === 0 ? (
          <p className="muted">This entry has no sourced figures yet.</p>
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

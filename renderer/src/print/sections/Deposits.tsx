// Why: the deposits page of the briefing: the Deposits view's own map (drawn as SVG, statically) with its
// legend, and a print table of the same filtered deposits. The table is print-specific because paper needs
// every row (no windowing or scroll box), a header repeated on each page and a numbered source per size.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createDepositIndex, queryDeposits, hasActiveFilters } from '../../../../shared/deposits/filter';
import { sizeFigure } from '../../../../shared/deposits/export';
import { mineralName, STAGE_LABEL } from '../../../../shared/deposits/labels';
import { sizeScale } from '../../../../shared/deposits/markers';
import { paramsToQuery } from '../../../../shared/deposits/url';
import { formatAsOf } from '../../../../shared/format/figures';
import { formatValue } from '../../i18n';
import type { Deposit } from '../../../../shared/model/dataset';
import { Bidi, Num } from '../../components/Bidi';
import { ConfidenceBadge } from '../../components/Sourced';
import { DepositMap } from '../../views/deposits/DepositMap';
import { DepositProfile } from '../../views/deposits/DepositProfile';
import { MapLegend, MapNote } from '../../views/deposits/MapLegend';
import { CitationMark, useCitationRegistry } from '../citations';

const noop = () => undefined;

/** The deposits a saved filter selects, in the Deposits view's own order. */
export function filteredDeposits(deposits: readonly Deposit[], filter: string): { rows: Deposit[]; active: boolean } {
  const query = paramsToQuery(new URLSearchParams(filter));
  return { rows: queryDeposits(createDepositIndex(deposits), query), active: hasActiveFilters(query) };
}

function PrintDepositTable({ rows }: { rows: readonly Deposit[] }) {
  const { t } = useTranslation('briefing');
  const registry = useCitationRegistry();
  return (
    <table className="print-table deposit-print-table" data-testid="print-deposit-table">
      <colgroup>
        {['name', 'province', 'minerals', 'stage', 'size', 'grade'].map((c) => (
          <col key={c} className={`c-${c}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('deposits.colName')}</th>
          <th scope="col">{t('deposits.colProvince')}</th>
          <th scope="col">{t('deposits.colMinerals')}</th>
          <th scope="col">{t('deposits.colStage')}</th>
          <th scope="col" className="num">
            {t('deposits.colSize')}
          </th>
          <th scope="col">{t('deposits.colGrade')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => {
          const fig = sizeFigure(d);
          const cited = fig?.sourceIds ?? d.fields[0]?.sourceIds ?? d.location?.sourceIds ?? [];
          return (
            <tr key={d.id}>
              {/* Names, values and dates are isolated runs: in an Urdu table each keeps its own order. */}
              <th scope="row">
                <Bidi>{d.name}</Bidi>
                {d.origin === 'user' && <span className="tag tag-user">{t('deposits.userData')}</span>}
              </th>
              <td>
                <Bidi>{d.province}</Bidi>
              </td>
              <td>
                <Bidi>{d.minerals.map(mineralName).join(', ')}</Bidi>
              </td>
              <td>
                <Bidi>{STAGE_LABEL[d.stage]}</Bidi>
              </td>
              <td className="num">
                <Num>{fig ? formatValue(fig) : d.size ? `${d.size.value} ${d.size.unit}` : '—'}</Num>
                {/* The as-of date and its brackets are one unbreakable run: wrapped inside, an Urdu cell printed
                    "Apr) 3,000–3,100 Mt (2025". */}
                {fig && (
                  <>
                    {' '}
                    <Bidi className="muted nowrap">{`(${formatAsOf(fig.asOf)})`}</Bidi>
                  </>
                )}
              </td>
              <td>
                {d.confidence.map((g) => (
                  <ConfidenceBadge key={g} grade={g} />
                ))}{' '}
                {registry && <CitationMark registry={registry} ids={cited} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function DepositsSection({ deposits, filter }: { deposits: readonly Deposit[]; filter: string }) {
  const { t } = useTranslation('briefing');
  const noteId = useId();
  const { rows, active } = useMemo(() => filteredDeposits(deposits, filter), [deposits, filter]);
  const visibleIds = useMemo(() => new Set(rows.map((d) => d.id)), [rows]);
  const scale = useMemo(() => sizeScale(deposits), [deposits]);
  const unit = deposits.find((d) => d.size)?.size?.unit ?? 'Mt';
  return (
    <>
      <h1>{t('sectionTitle.deposits')}</h1>
      <p className="print-lede" id={noteId}>
        {active ? t('deposits.filtered', { count: rows.length, filter }) : t('deposits.all', { count: rows.length })}
      </p>
      <div className="print-map" data-testid="print-map">
        <DepositMap
          deposits={deposits}
          visibleIds={visibleIds}
          selectedId={null}
          hoverId={null}
          scale={scale}
          onHover={noop}
          onSelect={noop}
          describedBy={noteId}
          paper
        />
        <MapLegend scale={scale} unit={unit} hasUser={deposits.some((d) => d.origin === 'user')} />
      </div>
      <MapNote unlocated={deposits.filter((d) => !d.location).map((d) => d.name)} />
      <h2>{t('deposits.tableTitle')}</h2>
      <PrintDepositTable rows={rows} />
    </>
  );
}

export function ProfilesSection({ deposits, ids }: { deposits: readonly Deposit[]; ids: readonly string[] }) {
  const { t } = useTranslation('briefing');
  const byId = new Map(deposits.map((d) => [d.id, d]));
  return (
    <>
      <h1>{t('sectionTitle.profiles')}</h1>
      {ids.map((id) => {
        const d = byId.get(id);
        return d ? (
          <div className="print-profile" key={id}>
            <DepositProfileStatic deposit={d} />
          </div>
        ) : (
          <p className="print-missing" key={id} role="note">
            {t('profiles.missing', { id })}
          </p>
        );
      })}
    </>
  );
}

/** The Deposits view's profile, with its on-screen actions inert (they are hidden by the print stylesheet). */
function DepositProfileStatic({ deposit }: { deposit: Deposit }) {
  return <DepositProfile deposit={deposit} focusOnOpen={false} onClose={noop} />;
}

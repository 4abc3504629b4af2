// Why: the deposit explorer, the heart of the briefing: filters, map and table kept in sync, a profile for the
// chosen deposit, comparison, prices and export. Filter, sort, comparison and selection live in the URL hash,
// so a reload or a shared link restores the same view (useHashQuery); only hover is local state.
import './deposits.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createDepositIndex,
  DEFAULT_QUERY,
  facetOptions,
  hasActiveFilters,
  queryDeposits,
  type DepositQuery,
  type SortKey,
} from '../../../../shared/deposits/filter';
import { sizeScale } from '../../../../shared/deposits/markers';
import { MAX_COMPARE, parseCompare } from '../../../../shared/deposits/url';
import { dataset } from '../../../../shared/data';
import { useRouter } from '../../app/router';
import { useData } from '../../stores/data';
import { CommodityPanel } from './CommodityPanel';
import { ComparePanel } from './ComparePanel';
import { DepositMap } from './DepositMap';
import { DepositProfile } from './DepositProfile';
import { DepositTable } from './DepositTable';
import { ExportButtons } from './ExportButtons';
import { FilterBar } from './FilterBar';
import { MapLegend, MapNote } from './MapLegend';
import { useHashQuery } from './useHashQuery';
import { useDepositLabels } from './useLabels';

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Mt';
}

export default function DepositsExplorer({ onModel }: { onModel?: (id: string) => void }) {
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
  const segments = useRouter((s) => s.route.segments);
  const deposits = useData((s) => s.deposits);
  const sources = useData((s) => s.sources);
  const packs = useData((s) => s.packs);
  const packErrors = useData((s) => s.packErrors);
  const [hoverId, setHoverId] = useState<string | null>(null);
  // A profile opened by its address (#/deposits/reko-diq, a link, a restart) comes into view with focus, like a click.
  const focusProfile = useRef(Boolean(segments[0]));

  const { query, compare: compareIds, latest, setQuery, setCompare, flush } = useHashQuery();
  const index = useMemo(() => createDepositIndex(deposits), [deposits]);
  const facets = useMemo(() => facetOptions(deposits), [deposits]);
  const scale = useMemo(() => sizeScale(deposits), [deposits]);
  const sizeUnit = useMemo(() => mostCommon(deposits.flatMap((d) => (d.size ? [d.size.unit] : []))), [deposits]);
  const byId = useMemo(() => new Map(deposits.map((d) => [d.id, d])), [deposits]);
  const results = useMemo(() => queryDeposits(index, query), [index, query]);
  const visibleIds = useMemo(() => new Set(results.map((d) => d.id)), [results]);
  const active = hasActiveFilters(query);

  const selectedId = segments[0] ?? null;
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const compared = useMemo(() => compareIds.flatMap((id) => byId.get(id) ?? []), [compareIds, byId]);
  const missing = useMemo(() => compareIds.filter((id) => !byId.has(id)), [compareIds, byId]);
  const onClearCompare = useCallback(() => setCompare([]), [setCompare]);
  const hasUser = useMemo(() => deposits.some((d) => d.origin === 'user'), [deposits]);

  // Handlers read the latest state at call time, so they stay stable (memoised table rows) and never act on a stale query.
  const onChange = useCallback(
    (patch: Partial<DepositQuery>) => setQuery({ ...latest(), ...patch }),
    [latest, setQuery],
  );
  const onReset = useCallback(() => {
    const q = latest();
    setQuery({ ...DEFAULT_QUERY, sort: q.sort, desc: q.desc });
  }, [latest, setQuery]);
  const onSort = useCallback(
    (key: SortKey) => {
      const q = latest();
      setQuery({ ...q, sort: key, desc: q.sort === key ? !q.desc : false });
    },
    [latest, setQuery],
  );
  const go = useCallback(
    (segments: string[]) => {
      flush();
      const { navigate, route: now } = useRouter.getState();
      navigate('deposits', segments, now.params);
    },
    [flush],
  );
  const onSelect = useCallback(
    (id: string) => {
      focusProfile.current = true;
      go([id]);
    },
    [go],
  );
  const onClose = useCallback(() => {
    focusProfile.current = false;
    go([]);
  }, [go]);
  const onToggleCompare = useCallback(
    (id: string) => {
      const ids = parseCompare(useRouter.getState().route.params);
      setCompare(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].slice(0, MAX_COMPARE));
    },
    [setCompare],
  );
  const onHover = useCallback((id: string | null) => setHoverId(id), []);

  const unlocated = useMemo(() => results.filter((d) => !d.location).map((d) => d.name), [results]);
  const countText = t('count', { count: deposits.length, shown: L.num(results.length), total: L.num(deposits.length) });

  return (
    <section
      className="view deposits-view"
      aria-labelledby="deposits-title"
      data-view-ready="deposits"
      data-testid="deposits-view"
    >
      <header className="view-header deposits-header">
        <div>
          <h1 id="deposits-title">{t('title')}</h1>
          <p className="asof-note">
            {t('asOf', {
              count: dataset.deposits.length,
              total: L.num(dataset.deposits.length),
              date: L.date(dataset.compiledAsOf),
            })}
            {packs.length > 0 &&
              t('packsIntro', {
                list: L.list(packs.map((p) => t('packItem', { name: p.name, count: L.num(p.deposits) }))),
              })}
          </p>
          {packErrors.length > 0 && (
            <p className="pack-error-note" role="note" data-testid="deposits-pack-errors">
              {t('packErrors', { count: packErrors.length, files: packErrors.map((p) => p.file).join(', ') })}
            </p>
          )}
        </div>
        <ExportButtons rows={results} sources={sources} />
      </header>

      <FilterBar query={query} facets={facets} active={active} onChange={onChange} onReset={onReset} />

      <div className="deposits-layout">
        <div className="map-column">
          <DepositMap
            deposits={deposits}
            visibleIds={visibleIds}
            selectedId={selectedId}
            hoverId={hoverId}
            scale={scale}
            onHover={onHover}
            onSelect={onSelect}
            describedBy="map-text-alternative"
          />
          <MapLegend scale={scale} unit={sizeUnit} hasUser={hasUser} />
          <MapNote unlocated={unlocated} />
        </div>
        <div className="table-column">
          <div className="table-heading">
            <h2 id="deposit-list-title">{t('listTitle')}</h2>
            <p className="result-count" aria-live="polite" data-testid="deposits-count">
              {countText}
            </p>
          </div>
          <p id="map-text-alternative" className="sr-only">
            {t('mapTextAlternative')}
          </p>
          {results.length === 0 ? (
            <div className="empty-state" data-testid="deposits-empty">
              <p>{t('empty')}</p>
              <button type="button" className="btn" onClick={onReset} data-testid="empty-reset">
                {t('resetFilters')}
              </button>
            </div>
          ) : (
            <DepositTable
              rows={results}
              selectedId={selectedId}
              hoverId={hoverId}
              compare={compareIds}
              sort={query.sort}
              desc={query.desc}
              captionId="deposit-list-title"
              onSort={onSort}
              onHover={onHover}
              onSelect={onSelect}
              onToggleCompare={onToggleCompare}
            />
          )}
          <p className="muted small table-hint">{t('tableHint', { max: MAX_COMPARE })}</p>
        </div>
      </div>

      {compareIds.length > 0 && (
        <ComparePanel deposits={compared} missing={missing} onRemove={onToggleCompare} onClear={onClearCompare} />
      )}

      {selectedId &&
        (selected ? (
          <DepositProfile deposit={selected} focusOnOpen={focusProfile.current} onClose={onClose} onModel={onModel} />
        ) : (
          <section className="panel" role="status" data-testid="profile-missing">
            <p>{t('profileMissing', { id: selectedId })}</p>
            <button type="button" className="btn btn-secondary" onClick={onClose}>
              {t('backToList')}
            </button>
          </section>
        ))}

      <CommodityPanel />
    </section>
  );
}

// Why: the deposit explorer, the heart of the briefing: filters, map and table kept in sync, a profile for the
// chosen deposit, comparison, prices and export. Filter, sort, comparison and selection live in the URL hash,
// so a reload or a shared link restores the same view (useHashQuery); only hover is local state.
import './deposits.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { createDepositIndex, DEFAULT_QUERY, facetOptions, hasActiveFilters, queryDeposits, type DepositQuery, type SortKey } from '../../../../shared/deposits/filter';
import { sizeScale } from '../../../../shared/deposits/markers';
import { MAX_COMPARE, parseCompare } from '../../../../shared/deposits/url';
import { formatAsOf, formatNumber } from '../../../../shared/format/figures';
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

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Mt';
}

export default function DepositsExplorer({ onModel }: { onModel?: (id: string) => void }) {
  const segments = useRouter((s) => s.route.segments);
  const deposits = useData((s) => s.deposits);
  const sources = useData((s) => s.sources);
  const packs = useData((s) => s.packs);
  const packErrors = useData((s) => s.packErrors);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const focusProfile = useRef(false);

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
  const onChange = useCallback((patch: Partial<DepositQuery>) => setQuery({ ...latest(), ...patch }), [latest, setQuery]);
  const onReset = useCallback(() => {
    const q = latest();
    setQuery({ ...DEFAULT_QUERY, sort: q.sort, desc: q.desc });
  }, [latest, setQuery]);
  const onSort = useCallback((key: SortKey) => {
    const q = latest();
    setQuery({ ...q, sort: key, desc: q.sort === key ? !q.desc : false });
  }, [latest, setQuery]);
  const go = useCallback((segments: string[]) => {
    flush();
    const { navigate, route: now } = useRouter.getState();
    navigate('deposits', segments, now.params);
  }, [flush]);
  const onSelect = useCallback((id: string) => {
    focusProfile.current = true;
    go([id]);
  }, [go]);
  const onClose = useCallback(() => {
    focusProfile.current = false;
    go([]);
  }, [go]);
  const onToggleCompare = useCallback((id: string) => {
    const ids = parseCompare(useRouter.getState().route.params);
    setCompare(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].slice(0, MAX_COMPARE));
  }, [setCompare]);
  const onHover = useCallback((id: string | null) => setHoverId(id), []);

  const unlocated = useMemo(() => results.filter((d) => !d.location).map((d) => d.name), [results]);
  const countText = `${formatNumber(results.length)} of ${formatNumber(deposits.length)} deposits`;

  return (
    <section className="view deposits-view" aria-labelledby="deposits-title" data-view-ready="deposits" data-testid="deposits-view">
      <header className="view-header deposits-header">
        <div>
          <h1 id="deposits-title">Deposits</h1>
          <p className="asof-note">
            {formatNumber(dataset.deposits.length)} deposits from the fact sheet, as of their sources (compiled {formatAsOf(dataset.compiledAsOf)}).
            {packs.length > 0 && ` Plus user data from ${packs.map((p) => `“${p.name}” (${formatNumber(p.deposits)})`).join(', ')}.`}
          </p>
          {packErrors.length > 0 && (
            <p className="pack-error-note" role="note" data-testid="deposits-pack-errors">
              {packErrors.length === 1 ? 'A data pack was' : `${packErrors.length} data packs were`} not loaded ({packErrors.map((p) => p.file).join(', ')}); the problem is
              described at the top of the window. The bundled data is shown.
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
            <h2 id="deposit-list-title">Deposit list</h2>
            <p className="result-count" aria-live="polite" data-testid="deposits-count">
              {countText}
            </p>
          </div>
          <p id="map-text-alternative" className="sr-only">
            The deposit list lists every deposit shown on the map, with its minerals, province, stage, size and confidence grade.
          </p>
          {results.length === 0 ? (
            <div className="empty-state" data-testid="deposits-empty">
              <p>No deposits match these filters.</p>
              <button type="button" className="btn" onClick={onReset} data-testid="empty-reset">
                Reset filters
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
          <p className="muted small table-hint">Tick up to {MAX_COMPARE} deposits to compare them. Select a name to open its profile.</p>
        </div>
      </div>

      {compareIds.length > 0 && (
        <ComparePanel
          deposits={compared}
          missing={missing}
          onRemove={onToggleCompare}
          onClear={onClearCompare}
        />
      )}

      {selectedId &&
        (selected ? (
          <DepositProfile deposit={selected} focusOnOpen={focusProfile.current} onClose={onClose} onModel={onModel} />
        ) : (
          <section className="panel" role="status" data-testid="profile-missing">
            <p>No deposit with id “{selectedId}” is in the current data (a data pack may have been removed).</p>
            <button type="button" className="btn btn-secondary" onClick={onClose}>
              Back to the list
            </button>
          </section>
        ))}

      <CommodityPanel />
    </section>
  );
}

// Why: the table is the map's text alternative and the way to sort, compare and pick deposits. It renders every
// row for a normal dataset, and only the rows in view (fixed-height windowing) once a data pack makes it large,
// so typing in the search box stays fast with thousands of deposits.
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { formatFigureValue, formatNumber } from '../../../../shared/format/figures';
import type { SortKey } from '../../../../shared/deposits/filter';
import { sizeFigure } from '../../../../shared/deposits/export';
import { mineralName, STAGE_LABEL } from '../../../../shared/deposits/labels';
import { MAX_COMPARE } from '../../../../shared/deposits/url';
import type { Deposit } from '../../../../shared/model/dataset';
import { ConfidenceBadge } from '../../components/Sourced';

/** Must match `.deposit-table tbody tr` height in deposits.css. */
export const ROW_H = 52;
/** Up to this many rows are all rendered (every row reachable by Tab and find-in-page); beyond it, windowed. */
export const WINDOW_THRESHOLD = 150;
const OVERSCAN = 8;

const COLUMNS: { key: SortKey | null; label: string; className: string }[] = [
  { key: null, label: 'Compare', className: 'col-cmp' },
  { key: 'name', label: 'Deposit', className: 'col-name' },
  { key: 'province', label: 'Province', className: 'col-prov' },
  { key: 'minerals', label: 'Minerals', className: 'col-min' },
  { key: 'stage', label: 'Stage', className: 'col-stage' },
  { key: 'size', label: 'Size', className: 'col-size' },
  { key: 'confidence', label: 'Grade', className: 'col-grade' },
];

export interface DepositTableProps {
  rows: readonly Deposit[];
  selectedId: string | null;
  hoverId: string | null;
  compare: readonly string[];
  sort: SortKey;
  desc: boolean;
  captionId: string;
  onSort(key: SortKey): void;
  onHover(id: string | null): void;
  onSelect(id: string): void;
  onToggleCompare(id: string): void;
}

interface RowProps {
  d: Deposit;
  index: number;
  selected: boolean;
  hovered: boolean;
  compared: boolean;
  compareFull: boolean;
  onHover(id: string | null): void;
  onSelect(id: string): void;
  onToggleCompare(id: string): void;
}

const Row = memo(function Row({ d, index, selected, hovered, compared, compareFull, onHover, onSelect, onToggleCompare }: RowProps) {
  const fig = sizeFigure(d);
  const cls = `${selected ? 'is-selected' : ''}${hovered ? ' is-hover' : ''}${d.origin === 'user' ? ' is-user' : ''}`;
  return (
    <tr
      className={cls}
      aria-rowindex={index + 2}
      aria-current={selected ? true : undefined}
      data-testid="deposit-row"
      data-id={d.id}
      onPointerEnter={() => onHover(d.id)}
      onPointerLeave={() => onHover(null)}
    >
      <td className="col-cmp">
        <input
          type="checkbox"
          checked={compared}
          disabled={!compared && compareFull}
          onChange={() => onToggleCompare(d.id)}
          aria-label={`Compare ${d.name}`}
          title={!compared && compareFull ? `At most ${MAX_COMPARE} deposits can be compared` : `Compare ${d.name}`}
          data-testid="compare-toggle"
        />
      </td>
      <th scope="row" className="col-name">
        <button type="button" className="row-select" onClick={() => onSelect(d.id)} onFocus={() => onHover(d.id)} onBlur={() => onHover(null)} title={d.name}>
          {d.name}
        </button>
        <span className="row-sub">
          {d.origin === 'user' && <span className="tag tag-user">User data: {d.packName ?? 'data pack'}</span>}
          {!d.location && <span className="tag">No map location</span>}
          {d.location?.approximate && <span className="muted">Approx. location</span>}
        </span>
      </th>
      <td className="col-prov">
        <span className="clamp" title={`${d.district}, ${d.province}`}>
          {d.province}
        </span>
      </td>
      <td className="col-min">
        <span className="clamp" title={d.minerals.map(mineralName).join(', ')}>
          {d.minerals.join(', ')}
        </span>
      </td>
      <td className="col-stage">{STAGE_LABEL[d.stage]}</td>
      <td className="col-size" title={fig ? `${fig.label}: ${formatFigureValue(fig)} (grade ${fig.confidence}, as of ${fig.asOf})` : 'Size not comparable'}>
        {d.size ? `${formatNumber(d.size.value)} ${d.size.unit}` : <span className="muted">n/c</span>}
      </td>
      <td className="col-grade">
        {d.confidence.map((g) => (
          <ConfidenceBadge key={g} grade={g} />
        ))}
      </td>
    </tr>
  );
});

export function DepositTable(props: DepositTableProps) {
  const { rows, selectedId, hoverId, compare, sort, desc, captionId, onSort } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [win, setWin] = useState({ top: 0, height: 600 });
  const windowed = rows.length > WINDOW_THRESHOLD;

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !windowed) return;
    const update = () => setWin({ top: el.scrollTop, height: el.clientHeight });
    update();
    el.addEventListener('scroll', update, { passive: true });
    return () => el.removeEventListener('scroll', update);
  }, [windowed]);

  const first = windowed ? Math.max(0, Math.floor(win.top / ROW_H) - OVERSCAN) : 0;
  const last = windowed ? Math.min(rows.length, Math.ceil((win.top + win.height) / ROW_H) + OVERSCAN) : rows.length;
  const compareFull = compare.length >= MAX_COMPARE;

  return (
    <div className="table-scroll" ref={scrollRef} data-testid="deposit-table-scroll">
      <table className="deposit-table" aria-labelledby={captionId} aria-rowcount={rows.length + 1} data-testid="deposit-table">
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <th key={c.label} scope="col" className={c.className} aria-sort={c.key === sort ? (desc ? 'descending' : 'ascending') : undefined}>
                {c.key ? (
                  <button type="button" className="sort-button" onClick={() => onSort(c.key!)} data-testid={`sort-${c.key}`}>
                    {c.label}
                    <span aria-hidden="true" className={`sort-arrow${c.key === sort ? '' : ' is-unsorted'}`}>
                      {c.key === sort && desc ? '▼' : '▲'}
                    </span>
                  </button>
                ) : (
                  <span className="sr-only">{c.label}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && (
            <tr aria-hidden="true" className="spacer" style={{ height: first * ROW_H }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          )}
          {rows.slice(first, last).map((d, i) => (
            <Row
              key={d.id}
              d={d}
              index={first + i}
              selected={d.id === selectedId}
              hovered={d.id === hoverId}
              compared={compare.includes(d.id)}
              compareFull={compareFull}
              onHover={props.onHover}
              onSelect={props.onSelect}
              onToggleCompare={props.onToggleCompare}
            />
          ))}
          {last < rows.length && (
            <tr aria-hidden="true" className="spacer" style={{ height: (rows.length - last) * ROW_H }}>
              <td colSpan={COLUMNS.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

// Why: the table is the map's text alternative and the way to sort, compare and pick deposits. It renders every
// row for a normal dataset, and only the rows in view (fixed-height windowing) once a data pack makes it large,
// so typing in the search box stays fast with thousands of deposits.
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortKey } from '../../../../shared/deposits/filter';
import { sizeFigure } from '../../../../shared/deposits/export';
import { MAX_COMPARE } from '../../../../shared/deposits/url';
import type { Deposit } from '../../../../shared/model/dataset';
import { ConfidenceBadge } from '../../components/Sourced';
import { useDepositLabels } from './useLabels';

/** Must match `.deposit-table tbody tr` height in deposits.css. */
export const ROW_H = 52;
/** Up to this many rows are all rendered (every row reachable by Tab and find-in-page); beyond it, windowed. */
export const WINDOW_THRESHOLD = 150;
const OVERSCAN = 8;

/** `label` is a key under `table.` in locales/<lang>/deposits.json. */
const COLUMNS: { key: SortKey | null; label: string; className: string }[] = [
  { key: null, label: 'compare', className: 'col-cmp' },
  { key: 'name', label: 'name', className: 'col-name' },
  { key: 'province', label: 'province', className: 'col-prov' },
  { key: 'minerals', label: 'minerals', className: 'col-min' },
  { key: 'stage', label: 'stage', className: 'col-stage' },
  { key: 'size', label: 'size', className: 'col-size' },
  { key: 'confidence', label: 'grade', className: 'col-grade' },
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

const Row = memo(function Row({
  d,
  index,
  selected,
  hovered,
  compared,
  compareFull,
  onHover,
  onSelect,
  onToggleCompare,
}: RowProps) {
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
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
          aria-label={t('table.compareName', { name: d.name })}
          title={
            !compared && compareFull
              ? t('table.compareFull', { max: MAX_COMPARE })
              : t('table.compareName', { name: d.name })
          }
          data-testid="compare-toggle"
        />
      </td>
      <th scope="row" className="col-name">
        <button
          type="button"
          className="row-select"
          onClick={() => onSelect(d.id)}
          onFocus={() => onHover(d.id)}
          onBlur={() => onHover(null)}
          title={d.name}
          dir="auto"
        >
          {d.name}
        </button>
        <span className="row-sub">
          {d.origin === 'user' && (
            <span className="tag tag-user">{t('userData', { name: d.packName ?? t('dataPack') })}</span>
          )}
          {!d.location && <span className="tag">{t('table.noLocation')}</span>}
          {d.location?.approximate && <span className="muted">{t('table.approxLocation')}</span>}
        </span>
      </th>
      <td className="col-prov">
        <span className="clamp" title={`${d.district}, ${L.province(d.province)}`}>
          {L.province(d.province)}
        </span>
      </td>
      <td className="col-min">
        <span className="clamp" title={L.minerals(d.minerals)}>
          {d.minerals.join(', ')}
        </span>
      </td>
      <td className="col-stage">{L.stage(d.stage)}</td>
      <td
        className="col-size"
        title={
          fig
            ? t('table.sizeTitle', {
                label: L.figure(fig.id, fig.label),
                value: L.value(fig),
                grade: fig.confidence,
                date: L.date(fig.asOf),
              })
            : t('table.sizeNotComparable')
        }
      >
        {d.size ? (
          <bdi>{L.quantity(d.size.value, d.size.unit)}</bdi>
        ) : (
          <span className="muted">{t('table.notComparableShort')}</span>
        )}
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
  const { t } = useTranslation('deposits');

  return (
    <div className="table-scroll" ref={scrollRef} data-testid="deposit-table-scroll">
      <table
        className="deposit-table"
        aria-labelledby={captionId}
        aria-rowcount={rows.length + 1}
        data-testid="deposit-table"
      >
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <th
                key={c.className}
                scope="col"
                className={c.className}
                aria-sort={c.key === sort ? (desc ? 'descending' : 'ascending') : undefined}
              >
                {c.key ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(c.key!)}
                    data-testid={`sort-${c.key}`}
                  >
                    {t(`table.${c.label}`)}
                    <span aria-hidden="true" className={`sort-arrow${c.key === sort ? '' : ' is-unsorted'}`}>
                      {c.key === sort && desc ? '▼' : '▲'}
                    </span>
                  </button>
                ) : (
                  <span className="sr-only">{t(`table.${c.label}`)}</span>
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

// Why: every chart's data-table alternative and every numeric report table share one table: units named once in
// the header, and a numeric column written in one format (one fraction-digit count for the whole column, zero as
// "0" like its neighbours), so 75.2, 150 and 1,383 never mix in one column.
import type { ReactNode } from 'react';
import { columnDigits } from '../../../../shared/format';
import { fmtNumber } from '../../i18n/format';
import { Bidi } from '../Bidi';

export interface Column<R> {
  key: string;
  header: string;
  unit?: string;
  /** Free rendering (text, links); for numbers prefer `value`, which the table formats per column. */
  render?: (row: R) => ReactNode;
  /** A number, formatted with the column's one fraction-digit count (a dash when missing). */
  value?: (row: R) => number | null | undefined;
  numeric?: boolean;
}

function cellRenderer<R>(c: Column<R>, rows: readonly R[]): (row: R) => ReactNode {
  if (c.value) {
    const value = c.value;
    const digits = columnDigits(rows.map(value));
    return (r) => fmtNumber(value(r), digits);
  }
  return c.render ?? (() => '');
}

export function DataTable<R>({
  caption,
  columns,
  rows,
  className,
  rowKey,
}: {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  className?: string;
  rowKey: (r: R, i: number) => string | number;
}) {
  const cells = columns.map((c) => cellRenderer(c, rows));
  return (
    <table className={`data-table scn-table ${className ?? ''}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.numeric || c.value ? 'num' : undefined}>
              {c.header}
              {c.unit && (
                <span className="unit">
                  {' '}
                  (<Bidi>{c.unit}</Bidi>)
                </span>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={rowKey(r, i)}>
            {columns.map((c, j) =>
              j === 0 ? (
                <th key={c.key} scope="row">
                  {cells[j]!(r)}
                </th>
              ) : (
                <td key={c.key} className={c.numeric || c.value ? 'num' : undefined}>
                  {cells[j]!(r)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Why: every scenario chart is a captioned figure with a data-table alternative (toggle, and always present for
// screen readers), a fixed size when `width` is given (print/PDF: no ResponsiveContainer measuring) and
// animation off everywhere, so a printed chart is never half drawn.
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useTranslation } from 'react-i18next';
import './chart.css';

export { DataTable, type Column } from './DataTable';

export interface ChartFrameProps {
  title: string;
  testId: string;
  /** Fixed pixel width (print); omitted = fill the container. */
  width?: number;
  height?: number;
  note?: ReactNode;
  /** The data-table alternative. */
  table: ReactNode;
  children: (size: { width?: number; height: number }) => ReactElement;
}

export function ChartFrame({ title, testId, width, height = 260, note, table, children }: ChartFrameProps) {
  const { t } = useTranslation('common');
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart-card scn-chart" data-testid={testId} aria-labelledby={`${id}-t`} style={width ? { width } : undefined}>
      <div className="scn-chart-head">
        <figcaption id={`${id}-t`} className="chart-title">
          {title}
        </figcaption>
        <button type="button" className="btn btn-small no-print" aria-expanded={showTable} aria-controls={`${id}-d`} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('chart.hideTable') : t('chart.showTable')}
        </button>
      </div>
      <div className="scn-chart-body" aria-hidden="true" style={{ height }}>
        {width ? children({ width: width - 26, height }) : (
          <ResponsiveContainer width="100%" height={height}>
            {children({ height })}
          </ResponsiveContainer>
        )}
      </div>
      {note && <div className="scn-chart-note">{note}</div>}
      <div id={`${id}-d`} className={showTable ? 'scn-chart-table' : 'sr-only'}>
        {table}
      </div>
    </figure>
  );
}

/** Shared recharts styling: theme tokens so charts follow light/dark and print in colour. */
export const axisTick = { fill: 'var(--text-muted)', fontSize: 11 };
export const tooltipStyle = { background: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' };
export const SERIES = ['var(--accent-2)', 'var(--accent)', '#b5651d', '#7a4fb3', '#c0392b', '#2c8c99', '#8a8a00'];

// Why: THE frame for every chart in the app, the PDF and the slides: a captioned figure with named axes (unit
// included), an HTML legend whose swatches sit beside their text in either direction, a data-table alternative
// (toggle, and always present for screen readers), theme colours from tokens, a fixed size when `width` is given
// (print: no ResponsiveContainer measuring) and animation off everywhere. The plot is always laid out left to
// right (see axes.ts: a time axis is mirrored there, by scale), so SVG text anchors never flip onto the marks in Urdu.
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useTranslation } from 'react-i18next';
import './chart.css';

export { DataTable, type Column } from './DataTable';
export {
  axisName,
  timeAxisMirrored,
  timeLayout,
  usePageDirection,
  valueAxis,
  yearTicks,
  type PageDirection,
} from './axes';

export interface LegendItem {
  label: string;
  color: string;
  /** How the series is drawn: a filled bar (default), a line, or a dashed line. */
  shape?: 'bar' | 'line' | 'dashed';
}

export interface ChartFrameProps {
  title: string;
  testId: string;
  /** Fixed pixel width (print); omitted = fill the container. */
  width?: number;
  height?: number;
  /** Axis names with their units, e.g. "After-tax NPV (USD m)". `y2Label` names a second value axis (end side). */
  xLabel?: string;
  yLabel?: string;
  y2Label?: string;
  legend?: LegendItem[];
  /** Which side the value axis is drawn on (right for a mirrored time axis, see `timeLayout`). */
  valueSide?: 'left' | 'right';
  note?: ReactNode;
  /** The data-table alternative. */
  table: ReactNode;
  children: (size: { width?: number; height: number }) => ReactElement;
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend" data-testid="chart-legend">
      {items.map((it) => (
        <li key={it.label} className="chart-legend-item">
          <span
            className={`chart-swatch chart-swatch-${it.shape ?? 'bar'}`}
            style={{ color: it.color }}
            aria-hidden="true"
          />
          <span className="chart-legend-text">{it.label}</span>
        </li>
      ))}
    </ul>
  );
}

export function ChartFrame({
  title,
  testId,
  width,
  height = 260,
  xLabel,
  yLabel,
  y2Label,
  legend,
  valueSide = 'left',
  note,
  table,
  children,
}: ChartFrameProps) {
  const { t } = useTranslation('common');
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <figure
      className="chart-card scn-chart"
      data-testid={testId}
      aria-labelledby={`${id}-t`}
      style={width ? { width } : undefined}
    >
      <div className="scn-chart-head">
        <figcaption id={`${id}-t`} className="chart-title">
          {title}
        </figcaption>
        <button
          type="button"
          className="btn btn-small no-print"
          aria-expanded={showTable}
          aria-controls={`${id}-d`}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? t('chart.hideTable') : t('chart.showTable')}
        </button>
      </div>
      {legend && legend.length > 0 && <ChartLegend items={legend} />}
      {(yLabel || y2Label) && (
        <div className="chart-axis-names" aria-hidden="true" dir={valueSide === 'right' ? 'rtl' : 'ltr'}>
          <span className="chart-axis-name chart-y-name">{yLabel}</span>
          {y2Label && <span className="chart-axis-name chart-y2-name">{y2Label}</span>}
        </div>
      )}
      <div className="scn-chart-body chart-plot" aria-hidden="true" dir="ltr" style={{ height }}>
        {width ? (
          children({ width: width - 26, height })
        ) : (
          <ResponsiveContainer width="100%" height={height}>
            {children({ height })}
          </ResponsiveContainer>
        )}
      </div>
      {xLabel && (
        <div className="chart-axis-name chart-x-name" aria-hidden="true">
          {xLabel}
        </div>
      )}
      {note && <div className="scn-chart-note">{note}</div>}
      <div id={`${id}-d`} className={showTable ? 'scn-chart-table' : 'sr-only'}>
        {table}
      </div>
    </figure>
  );
}

/** Shared recharts styling: theme tokens so charts follow light/dark and print in colour; 12 px text at least. */
export const axisTick = { fill: 'var(--text-muted)', fontSize: 12 };
/** Tooltips on the theme's surface; chart.css sets them in the page's direction (Urdu names right to left). */
export const tooltipStyle = { background: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' };
/** Series colours: tokens with a light and a dark value, each at least 3:1 against the chart surface. */
export const SERIES = [
  'var(--series-1)',
  'var(--series-2)',
  'var(--series-3)',
  'var(--series-4)',
  'var(--series-5)',
  'var(--series-6)',
  'var(--series-7)',
];

// Why: the picture of a project's economics: annual after-tax cash flow as bars, the cumulative position as a
// line, and the year it pays back marked. Used by the editor and the briefing PDF alike.
import { memo } from 'react';
import { ComposedChart, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale, useYAxisTicks } from 'recharts';
import type { ScenarioResult } from '../../../../../shared/scenario';
import { fmtCompact, fmtUsdM } from '../../../i18n/format';
import { useT } from '../useT';
import { alignedTicks } from '../../../../../shared/format/ticks';
import {
  axisName,
  axisTick,
  ChartFrame,
  DataTable,
  timeLayout,
  usePageDirection,
  yearTicks,
} from '../../../components/chart/ChartFrame';
import './report.css';

/** First year the cumulative after-tax cash flow is back at or above zero after its low point. */
export function paybackYear(result: ScenarioResult): number | null {
  const { cumulative, year } = result.table;
  let low = 0;
  let lowIdx = -1;
  cumulative.forEach((c, i) => {
    if (c < low) {
      low = c;
      lowIdx = i;
    }
  });
  if (lowIdx < 0) return null;
  const back = cumulative.findIndex((c, i) => i > lowIdx && c >= 0);
  return back < 0 ? null : year[back]!;
}

// Module constant: recharts 3 re-dispatches any prop that is a new object on each render.
const MARGIN = { top: 16, right: 12, left: 4, bottom: 4 };

/**
 * Grid, bars, cumulative line, zero line and payback marker drawn as plain SVG from the chart's own scales (recharts
 * supplies the axes and scales). This chart re-renders on every keystroke and recharts renders its tree twice per
 * data change; its <Bar>, <Line>/<Area>, <Tooltip>, <CartesianGrid> and <ReferenceLine>s cost a component tree and
 * selectors each (measured: more than half of an edit). Hover values come from a
 * native <title> per bar; the data table is the full alternative.
 */
function AnnualBars({
  data,
  payback,
  paybackLabel,
  mirrored,
}: {
  data: { year: number; fcf: number; cumulative: number }[];
  payback: number | null;
  paybackLabel: string;
  mirrored: boolean;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale('fcf');
  const yc = useYAxisScale('cum');
  const ticks = useYAxisTicks('fcf');
  const area = usePlotArea();
  if (!x || !y || !yc || !area || data.length === 0) return null;
  const step = data.length > 1 ? Math.abs(Number(x(data[1]!.year)) - Number(x(data[0]!.year))) : 20;
  const w = Math.max(1, step * 0.7);
  const y0 = Number(y(0));
  const px = payback === null ? null : Number(x(payback));
  const line = data
    .map((d, i) => `${i ? 'L' : 'M'}${Number(x(d.year)).toFixed(1)},${Number(yc(d.cumulative)).toFixed(1)}`)
    .join('');
  return (
    <g className="scn-annual-bars">
      {ticks?.map((tk) => (
        <line
          key={String(tk.value)}
          x1={area.x}
          x2={area.x + area.width}
          y1={tk.coordinate}
          y2={tk.coordinate}
          stroke="var(--grid)"
          strokeDasharray="3 3"
        />
      ))}
      {data.map((d) => {
        const cx = Number(x(d.year));
        const yv = Number(y(d.fcf));
        if (!Number.isFinite(cx) || !Number.isFinite(yv)) return null;
        return (
          <rect
            key={d.year}
            x={cx - w / 2}
            y={Math.min(y0, yv)}
            width={w}
            height={Math.abs(yv - y0)}
            fill={d.fcf < 0 ? 'var(--badge-c)' : 'var(--series-1)'}
          >
            <title>{`${d.year}: ${fmtUsdM(d.fcf)}`}</title>
          </rect>
        );
      })}
      <line x1={area.x} x2={area.x + area.width} y1={y0} y2={y0} stroke="var(--text-muted)" />
      <path d={line} fill="none" stroke="var(--series-2)" strokeWidth={2} />
      {px !== null && Number.isFinite(px) && (
        <>
          <line x1={px} x2={px} y1={area.y} y2={area.y + area.height} stroke="var(--accent)" strokeDasharray="4 3" />
          {/* The label sits on the earlier side of the marker, whichever way time runs. */}
          <text
            x={mirrored ? px + 4 : px - 4}
            y={area.y + 12}
            textAnchor={mirrored ? 'start' : 'end'}
            fontSize={12}
            fill="var(--text)"
          >
            {paybackLabel}
          </text>
        </>
      )}
    </g>
  );
}

export const CashFlowChart = memo(function CashFlowChart({
  result,
  width,
  height = 280,
}: {
  result: ScenarioResult;
  width?: number;
  height?: number;
}) {
  const t = useT();
  const { afterTaxFcf, cumulative } = result.table;
  const data = result.table.year.map((year, i) => ({ year, fcf: afterTaxFcf[i]!, cumulative: cumulative[i]! }));
  const pb = paybackYear(result);
  // Explicit ticks every few years: recharts then need not measure every label to avoid collisions.
  const ticks = yearTicks(
    data.map((d) => d.year),
    12,
  );
  const axes = alignedTicks(
    data.map((d) => d.fcf),
    data.map((d) => d.cumulative),
  );
  const time = timeLayout(usePageDirection());
  const tickText = (step: number) => (v: number) => fmtCompact(v, step);
  return (
    <ChartFrame
      title={t('charts.cashFlow')}
      testId="cashflow-chart"
      width={width}
      height={height}
      xLabel={t('axis.year')}
      yLabel={axisName(t('axis.annual'), 'USD m')}
      y2Label={axisName(t('axis.cumulative'), 'USD m')}
      valueSide={time.valueSide}
      legend={[
        { label: t('charts.annualLegend'), color: 'var(--series-1)' },
        { label: t('charts.cumulativeLegend'), color: 'var(--series-2)', shape: 'line' },
      ]}
      note={pb ? t('charts.paybackIn', { year: pb }) : t('charts.noPayback')}
      table={
        <DataTable
          caption={t('charts.cashFlow')}
          rowKey={(r) => r.year}
          rows={data}
          columns={[
            { key: 'year', header: t('table.year'), render: (r) => r.year },
            { key: 'fcf', header: t('table.afterTaxFcf'), unit: 'USD m', numeric: true, value: (r) => r.fcf },
            { key: 'cum', header: t('table.cumulative'), unit: 'USD m', numeric: true, value: (r) => r.cumulative },
          ]}
        />
      }
    >
      {(size) => (
        <ComposedChart {...size} data={data} margin={MARGIN} accessibilityLayer={false}>
          <XAxis
            tickMargin={6}
            dataKey="year"
            tick={axisTick}
            ticks={ticks}
            interval={0}
            padding="gap"
            reversed={time.reversed}
          />
          {/* Two axes: the cumulative position is an order of magnitude larger than one year's flow. */}
          <YAxis
            yAxisId="fcf"
            orientation={time.valueSide}
            tick={axisTick}
            tickFormatter={tickText(axes.left.step)}
            width={52}
            domain={axes.left.domain}
            ticks={axes.left.ticks}
            interval={0}
            allowDataOverflow
          />
          <YAxis
            yAxisId="cum"
            orientation={time.otherSide}
            tick={axisTick}
            tickFormatter={tickText(axes.right.step)}
            width={52}
            domain={axes.right.domain}
            ticks={axes.right.ticks}
            interval={0}
            allowDataOverflow
          />
          <AnnualBars data={data} payback={pb} paybackLabel={t('charts.payback')} mirrored={time.reversed} />
        </ComposedChart>
      )}
    </ChartFrame>
  );
});

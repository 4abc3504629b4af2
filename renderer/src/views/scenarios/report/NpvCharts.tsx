// Why: how the value depends on the two numbers investors argue about most: the discount rate (with the chosen
// rate marked) and the main product's price (with the breakeven price marked).
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import {
  npvVsDiscountRate,
  npvVsPrice,
  type EvaluateOptions,
  type Scenario,
  type ScenarioResult,
} from '../../../../../shared/scenario';
import { fmtNumber, fmtPct, fmtQuantity, fmtUsdM } from '../../../i18n/format';
import { useT } from '../useT';
import {
  axisName,
  axisTick,
  ChartFrame,
  DataTable,
  tooltipStyle,
  valueAxis,
} from '../../../components/chart/ChartFrame';
import './report.css';

interface Props {
  scenario: Scenario;
  result: ScenarioResult;
  options?: EvaluateOptions;
  width?: number;
  height?: number;
}

export const NpvVsRateChart = memo(function NpvVsRateChart({ scenario, result, options, width, height = 240 }: Props) {
  const t = useT();
  const data = useMemo(
    () => npvVsDiscountRate(scenario, { ...options, fromPct: 0, toPct: 20, stepPct: 1 }),
    [scenario, options],
  );
  return (
    <ChartFrame
      title={t('charts.npvVsRate')}
      testId="npv-rate-chart"
      width={width}
      height={height}
      xLabel={axisName(t('axis.rate'), '%')}
      yLabel={axisName(t('axis.npvBoth'), 'USD m')}
      legend={[
        { label: t('metrics.npvPreTax'), color: 'var(--series-1)', shape: 'dashed' },
        { label: t('metrics.npvAfterTax'), color: 'var(--series-2)', shape: 'line' },
      ]}
      note={t(`convention.${result.convention}`)}
      table={
        <DataTable
          caption={t('charts.npvVsRate')}
          rowKey={(r) => r.ratePct}
          rows={data}
          columns={[
            { key: 'r', header: t('table.discountRate'), unit: '%', render: (r) => fmtNumber(r.ratePct) },
            { key: 'pre', header: t('metrics.npvPreTax'), unit: 'USD m', numeric: true, value: (r) => r.preTax },
            { key: 'post', header: t('metrics.npvAfterTax'), unit: 'USD m', numeric: true, value: (r) => r.afterTax },
          ]}
        />
      }
    >
      {(size) => (
        <LineChart {...size} data={data} margin={{ top: 12, right: 14, left: 4, bottom: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
          <XAxis
            tickMargin={6}
            dataKey="ratePct"
            tick={axisTick}
            {...valueAxis([0, 20], { compact: false, suffix: '%' })}
          />
          <YAxis tick={axisTick} {...valueAxis(data.flatMap((d) => [d.preTax, d.afterTax]))} width={56} />
          <Tooltip
            contentStyle={tooltipStyle}
            labelFormatter={(v) => fmtPct(Number(v), 0)}
            formatter={(v, n) => [
              fmtUsdM(Number(v)),
              n === 'preTax' ? t('metrics.npvPreTax') : t('metrics.npvAfterTax'),
            ]}
          />
          <ReferenceLine y={0} stroke="var(--text-muted)" />
          <ReferenceLine
            x={result.discountRatePct}
            stroke="var(--accent)"
            strokeDasharray="4 3"
            label={{ value: t('charts.chosenRate'), position: 'insideTopRight', fill: 'var(--text)', fontSize: 11 }}
          />
          <Line dataKey="preTax" stroke="var(--series-1)" strokeDasharray="5 3" dot={false} isAnimationActive={false} />
          <Line dataKey="afterTax" stroke="var(--series-2)" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      )}
    </ChartFrame>
  );
});

export const NpvVsPriceChart = memo(function NpvVsPriceChart({
  scenario,
  result,
  options,
  width,
  height = 240,
}: Props) {
  const t = useT();
  const curve = useMemo(
    () => npvVsPrice(scenario, { ...options, fromMult: 0.5, toMult: 1.5, steps: 21 }),
    [scenario, options],
  );
  const main = scenario.products.find((p) => p.id === (scenario.mainProductId ?? scenario.products[0]?.id));
  const unit = main?.priceUnit ?? '';
  const be = result.breakeven?.price ?? null;
  const data = curve.points.map((p) => ({ price: p.price, npv: p.npv }));
  return (
    <ChartFrame
      title={t('charts.npvVsPrice', { product: main?.name ?? '' })}
      testId="npv-price-chart"
      width={width}
      height={height}
      xLabel={axisName(t('axis.price', { product: main?.name ?? '' }), unit)}
      yLabel={axisName(t('axis.npv'), 'USD m')}
      note={be !== null ? t('charts.breakevenAt', { price: fmtQuantity(be, unit) }) : t('charts.noBreakeven')}
      table={
        <DataTable
          caption={t('charts.npvVsPrice', { product: main?.name ?? '' })}
          rowKey={(r) => r.price}
          rows={data}
          columns={[
            { key: 'p', header: t('table.price'), unit, render: (r) => fmtNumber(r.price) },
            { key: 'n', header: t('metrics.npvAfterTax'), unit: 'USD m', numeric: true, value: (r) => r.npv },
          ]}
        />
      }
    >
      {(size) => (
        <LineChart {...size} data={data} margin={{ top: 12, right: 14, left: 4, bottom: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
          <XAxis
            tickMargin={6}
            dataKey="price"
            tick={axisTick}
            {...valueAxis(
              data.map((d) => d.price),
              { includeZero: false },
            )}
          />
          <YAxis tick={axisTick} {...valueAxis(data.map((d) => d.npv))} width={56} />
          <Tooltip
            contentStyle={tooltipStyle}
            labelFormatter={(v) => fmtQuantity(Number(v), unit)}
            formatter={(v) => [fmtUsdM(Number(v)), t('metrics.npvAfterTax')]}
          />
          <ReferenceLine y={0} stroke="var(--text-muted)" />
          {main && (
            <ReferenceLine
              x={main.price.value}
              stroke="var(--accent-2)"
              strokeDasharray="2 3"
              label={{ value: t('charts.deckPrice'), position: 'insideBottomRight', fill: 'var(--text)', fontSize: 11 }}
            />
          )}
          {be !== null && be >= data[0]!.price && be <= data[data.length - 1]!.price && (
            <ReferenceLine
              x={be}
              stroke="var(--badge-c)"
              strokeDasharray="4 3"
              label={{ value: t('charts.breakeven'), position: 'insideTopLeft', fill: 'var(--text)', fontSize: 11 }}
            />
          )}
          <Line dataKey="npv" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      )}
    </ChartFrame>
  );
});

/** Both NPV charts side by side (the report's "NPV sensitivity" block). */
export function NpvCharts(props: Props) {
  return (
    <div className="scn-chart-row">
      <NpvVsRateChart {...props} />
      <NpvVsPriceChart {...props} />
    </div>
  );
}

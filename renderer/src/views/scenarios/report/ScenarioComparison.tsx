// Why: investors compare cases (base vs review, one project vs another) side by side: one metrics table and the
// cumulative cash flow and NPV-vs-rate curves overlaid, for two to four scenarios.
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import {
  npvVsDiscountRate,
  type EvaluateOptions,
  type Scenario,
  type ScenarioResult,
} from '../../../../../shared/scenario';
import { DASH, fmtNumber, fmtPct, fmtQuantity, fmtUsdM } from '../../../i18n/format';
import { useT } from '../useT';
import {
  axisName,
  axisTick,
  ChartFrame,
  DataTable,
  SERIES,
  timeLayout,
  tooltipStyle,
  usePageDirection,
  valueAxis,
  yearTicks,
} from '../../../components/chart/ChartFrame';
import { takeText } from './ScenarioMetrics';
import { DiffItem, diffScenarios } from '../DiffList';
import { Bidi } from '../../../components/Bidi';
const PLOT_MARGIN = { top: 12, right: 14, left: 4, bottom: 4 };

/** One line per compared scenario (`s0`, `s1`, …), in the series colours the shared legend names. */
function seriesLines(count: number, connectNulls: boolean) {
  return Array.from({ length: count }, (_, k) => (
    <Line
      key={k}
      dataKey={`s${k}`}
      stroke={SERIES[k % SERIES.length]}
      strokeWidth={2}
      dot={false}
      connectNulls={connectNulls}
      isAnimationActive={false}
    />
  ));
}
import './report.css';

export interface ComparedScenario {
  label: string;
  scenario: Scenario;
  result: ScenarioResult;
  options?: EvaluateOptions;
}

export const ScenarioComparison = memo(function ScenarioComparison({
  items,
  width,
}: {
  items: ComparedScenario[];
  width?: number;
}) {
  const t = useT();
  // Each metric row keeps its numbers, so the difference from the first scenario is computed, not re-read from text.
  const usd = (x: number | null) => fmtUsdM(x, { signed: true });
  const pp = (x: number | null) => (x === null ? DASH : `${fmtNumber(x, { digits: 1, sign: 'always' })} pp`);
  const yrs = (x: number | null) => (x === null ? DASH : fmtQuantity(x, 'years', { digits: 1, sign: 'always' }));
  const irr = (d: { value: number | null } | null | undefined) => (d?.value == null ? null : d.value * 100);
  // A breakeven difference only means something when both prices are in the same unit.
  const beUnits = new Set(items.flatMap((i) => (i.result.breakeven ? [i.result.breakeven.priceUnit] : [])));
  const beUnit = beUnits.size === 1 ? [...beUnits][0] : null;
  const metricRows: {
    label: string;
    values: string[];
    nums?: (number | null)[];
    diff?: (d: number | null) => string;
    /** Why a scenario has no number here (shown in the difference column instead of a bare dash). */
    why?: string;
  }[] = [
    {
      label: t('metrics.npvAfterTax'),
      values: items.map((i) => fmtUsdM(i.result.npv.afterTax)),
      nums: items.map((i) => i.result.npv.afterTax),
      diff: usd,
    },
    {
      label: t('metrics.npvPreTax'),
      values: items.map((i) => fmtUsdM(i.result.npv.preTax)),
      nums: items.map((i) => i.result.npv.preTax),
      diff: usd,
    },
    {
      label: t('table.discountRate'),
      values: items.map((i) => fmtPct(i.result.discountRatePct)),
      nums: items.map((i) => i.result.discountRatePct),
      diff: pp,
    },
    {
      label: t('metrics.irrAfter'),
      values: items.map((i) =>
        i.result.irr.afterTax.value === null ? t('metrics.irrUndefined') : fmtPct(i.result.irr.afterTax.value * 100),
      ),
      nums: items.map((i) => irr(i.result.irr.afterTax)),
      diff: pp,
    },
    {
      label: t('metrics.irrEquity'),
      values: items.map((i) =>
        i.result.irr.equity?.value == null ? t('metrics.notApplicable') : fmtPct(i.result.irr.equity.value * 100),
      ),
      nums: items.map((i) => irr(i.result.irr.equity)),
      diff: pp,
    },
    {
      label: t('metrics.payback'),
      values: items.map((i) => fmtQuantity(i.result.payback.years, 'years', 1)),
      nums: items.map((i) => i.result.payback.years),
      diff: yrs,
    },
    {
      label: t('metrics.peakFunding'),
      values: items.map((i) => fmtUsdM(i.result.peakFunding.usdM)),
      nums: items.map((i) => i.result.peakFunding.usdM),
      diff: usd,
    },
    {
      label: t('metrics.npvToCapex'),
      values: items.map((i) => fmtNumber(i.result.npvToCapex, 2)),
      nums: items.map((i) => i.result.npvToCapex),
      diff: (d) => fmtNumber(d, { digits: 2, sign: 'always' }),
    },
    {
      label: t('compare.initialCapex'),
      values: items.map((i) => fmtUsdM(i.result.totals.capexInitial)),
      nums: items.map((i) => i.result.totals.capexInitial),
      diff: usd,
    },
    {
      label: t('compare.breakeven'),
      values: items.map((i) =>
        i.result.breakeven ? fmtQuantity(i.result.breakeven.price, i.result.breakeven.priceUnit) : t('metrics.none'),
      ),
      nums: items.map((i) => i.result.breakeven?.price ?? null),
      diff: (d) => fmtQuantity(d, beUnit ?? '', { sign: 'always' }),
      why: t('compare.noBreakeven'),
    },
    {
      label: t('metrics.take'),
      values: items.map((i) => takeText(i.result.governmentTake.discounted) ?? t('metrics.notMeaningful')),
      nums: items.map((i) =>
        takeText(i.result.governmentTake.discounted) ? i.result.governmentTake.discounted.governmentPct : null,
      ),
      diff: pp,
      why: t('compare.takeNotMeaningful'),
    },
  ];
  const breakevenRow = metricRows.find((r) => r.label === t('compare.breakeven'));
  const others = items.slice(1);
  const diffCell = (r: (typeof metricRows)[number], k: number): string => {
    const a = r.nums?.[0];
    const b = r.nums?.[k];
    if (!r.diff || a === undefined || b === undefined) return DASH;
    if (a !== null && b !== null) return r === breakevenRow && !beUnit ? t('compare.unitsDiffer') : r.diff(b - a);
    if (!r.why) return DASH;
    const missing = [items[0]!, items[k]!].filter((_, j) => (j === 0 ? a : b) === null).map((it) => it.label);
    return t('compare.missingIn', { reason: r.why, names: missing.join(', ') });
  };
  const inputDiffs = others.map((it) => ({ label: it.label, rows: diffScenarios(t, it.scenario, items[0]!.scenario) }));
  const years = [...new Set(items.flatMap((i) => i.result.table.year))].sort((a, b) => a - b);
  const cum = years.map((y) => ({
    year: y,
    ...Object.fromEntries(
      items.map((it, k) => [`s${k}`, it.result.table.cumulative[it.result.table.year.indexOf(y)] ?? null]),
    ),
  }));
  const curves = useMemo(
    () => items.map((it) => npvVsDiscountRate(it.scenario, { ...it.options, fromPct: 0, toPct: 20, stepPct: 1 })),
    [items],
  );
  const rate =
    curves[0]?.map((p, i) => ({
      ratePct: p.ratePct,
      ...Object.fromEntries(curves.map((c, k) => [`s${k}`, c[i]!.afterTax])),
    })) ?? [];
  const name = (k: string) => items[Number(k.slice(1))]?.label ?? k;
  const time = timeLayout(usePageDirection());
  const legend = items.map((it, k) => ({ label: it.label, color: SERIES[k % SERIES.length]!, shape: 'line' as const }));
  const seriesCols = items.map((it, k) => ({
    key: `s${k}`,
    header: it.label,
    unit: 'USD m',
    numeric: true,
    value: (r: Record<string, number | null>) => r[`s${k}`],
  }));
  return (
    <div className="scn-compare" data-testid="scenario-comparison">
      <div className="scn-table-scroll">
        <table className="data-table scn-table" data-testid="compare-metrics">
          <caption>{t('compare.metricsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.metric')}</th>
              {items.map((it) => (
                <th key={it.label} scope="col" className="num">
                  {it.label}
                </th>
              ))}
              {others.map((it) => (
                <th
                  key={`d-${it.label}`}
                  scope="col"
                  className="num"
                  title={t('compare.difference', { a: items[0]!.label, b: it.label })}
                >
                  {others.length === 1
                    ? t('compare.differenceShort')
                    : t('compare.difference', { a: items[0]!.label, b: it.label })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metricRows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, i) => (
                  <td key={i} className="num">
                    <Bidi>{v}</Bidi>
                  </td>
                ))}
                {others.map((_, k) => (
                  <td key={`d${k}`} className="num scn-diff-cell">
                    <Bidi>{diffCell(r, k + 1)}</Bidi>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {inputDiffs.map((d) => (
        <section
          key={d.label}
          className="scn-compare-inputs panel"
          data-testid="compare-inputs"
          aria-label={t('compare.inputsDiffer', { a: items[0]!.label, b: d.label })}
        >
          <h2 className="chart-title">{t('compare.inputsDiffer', { a: items[0]!.label, b: d.label })}</h2>
          {d.rows.length === 0 ? (
            <p className="muted">{t('compare.noInputsDiffer')}</p>
          ) : (
            <ul className="scn-compare-input-list">
              {d.rows.map((r) => (
                <DiffItem key={r.key} row={r} />
              ))}
            </ul>
          )}
        </section>
      ))}
      <div className="scn-chart-row">
        <ChartFrame
          title={t('compare.cumulative')}
          testId="compare-cumulative"
          width={width}
          xLabel={t('axis.year')}
          yLabel={axisName(t('axis.cumulative'), 'USD m')}
          valueSide={time.valueSide}
          legend={legend}
          table={
            <DataTable
              caption={t('compare.cumulative')}
              rowKey={(r) => r.year}
              rows={cum}
              columns={[{ key: 'y', header: t('table.year'), render: (r) => r.year }, ...seriesCols]}
            />
          }
        >
          {(size) => (
            <LineChart {...size} data={cum} margin={PLOT_MARGIN} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
              <XAxis
                tickMargin={6}
                dataKey="year"
                tick={axisTick}
                type="number"
                domain={['dataMin', 'dataMax']}
                ticks={yearTicks(years, 10)}
                interval={0}
                reversed={time.reversed}
              />
              <YAxis
                tick={axisTick}
                {...valueAxis(cum.flatMap((r) => items.map((_, k) => (r as Record<string, number | null>)[`s${k}`])))}
                width={56}
                orientation={time.valueSide}
              />
              <Tooltip contentStyle={tooltipStyle} formatter={(v, n) => [fmtUsdM(Number(v)), name(String(n))]} />
              <ReferenceLine y={0} stroke="var(--text-muted)" />
              {seriesLines(items.length, true)}
            </LineChart>
          )}
        </ChartFrame>
        <ChartFrame
          title={t('compare.npvVsRate')}
          testId="compare-npv-rate"
          width={width}
          xLabel={axisName(t('axis.rate'), '%')}
          yLabel={axisName(t('axis.npv'), 'USD m')}
          legend={legend}
          table={
            <DataTable
              caption={t('compare.npvVsRate')}
              rowKey={(r) => r.ratePct}
              rows={rate}
              columns={[
                { key: 'r', header: t('table.discountRate'), unit: '%', render: (r) => r.ratePct },
                ...seriesCols,
              ]}
            />
          }
        >
          {(size) => (
            <LineChart {...size} data={rate} margin={PLOT_MARGIN} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
              <XAxis
                tickMargin={6}
                dataKey="ratePct"
                tick={axisTick}
                {...valueAxis([0, 20], { compact: false, suffix: '%' })}
              />
              <YAxis
                tick={axisTick}
                {...valueAxis(rate.flatMap((r) => items.map((_, k) => (r as Record<string, number>)[`s${k}`])))}
                width={56}
              />
              <Tooltip
                contentStyle={tooltipStyle}
                labelFormatter={(v) => fmtPct(Number(v), 0)}
                formatter={(v, n) => [fmtUsdM(Number(v)), name(String(n))]}
              />
              <ReferenceLine y={0} stroke="var(--text-muted)" />
              {seriesLines(items.length, false)}
            </LineChart>
          )}
        </ChartFrame>
      </div>
    </div>
  );
});

// Why: investors compare cases (base vs review, one project vs another) side by side: one metrics table and the
// cumulative cash flow and NPV-vs-rate curves overlaid, for two to four scenarios.
import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { npvVsDiscountRate, type EvaluateOptions, type Scenario, type ScenarioResult } from '../../../../../shared/scenario';
import { fmtCompact, fmtNumber, fmtPct, fmtUsdM, fmtYears } from '../../../i18n/format';
import { useT } from '../lib/useT';
import { axisTick, ChartFrame, DataTable, SERIES, tooltipStyle } from '../../../components/chart/ChartFrame';
import { takeText } from './ScenarioMetrics';
import './report.css';

export interface ComparedScenario {
  label: string;
  scenario: Scenario;
  result: ScenarioResult;
  options?: EvaluateOptions;
}

export const ScenarioComparison = memo(function ScenarioComparison({ items, width }: { items: ComparedScenario[]; width?: number }) {
  const t = useT();
  const metricRows: { label: string; values: string[] }[] = [
    { label: t('metrics.npvAfterTax'), values: items.map((i) => fmtUsdM(i.result.npv.afterTax)) },
    { label: t('metrics.npvPreTax'), values: items.map((i) => fmtUsdM(i.result.npv.preTax)) },
    { label: t('table.discountRate'), values: items.map((i) => fmtPct(i.result.discountRatePct)) },
    { label: t('metrics.irrAfter'), values: items.map((i) => (i.result.irr.afterTax.value === null ? t('metrics.irrUndefined') : fmtPct(i.result.irr.afterTax.value * 100))) },
    { label: t('metrics.irrEquity'), values: items.map((i) => (i.result.irr.equity?.value == null ? t('metrics.notApplicable') : fmtPct(i.result.irr.equity.value * 100))) },
    { label: t('metrics.payback'), values: items.map((i) => `${fmtYears(i.result.payback.years)} ${t('units.years')}`) },
    { label: t('metrics.peakFunding'), values: items.map((i) => fmtUsdM(i.result.peakFunding.usdM)) },
    { label: t('metrics.npvToCapex'), values: items.map((i) => fmtNumber(i.result.npvToCapex, 2)) },
    { label: t('compare.initialCapex'), values: items.map((i) => fmtUsdM(i.result.totals.capexInitial)) },
    { label: t('compare.breakeven'), values: items.map((i) => (i.result.breakeven ? `${fmtNumber(i.result.breakeven.price)} ${i.result.breakeven.priceUnit}` : t('metrics.none'))) },
    { label: t('metrics.take'), values: items.map((i) => takeText(i.result.governmentTake.discounted) ?? t('metrics.notMeaningful')) },
  ];
  const years = [...new Set(items.flatMap((i) => i.result.rows.map((r) => r.year)))].sort((a, b) => a - b);
  const cum = years.map((y) => ({ year: y, ...Object.fromEntries(items.map((it, k) => [`s${k}`, it.result.rows.find((r) => r.year === y)?.cumulative ?? null])) }));
  const curves = useMemo(() => items.map((it) => npvVsDiscountRate(it.scenario, { ...it.options, fromPct: 0, toPct: 20, stepPct: 1 })), [items]);
  const rate = curves[0]?.map((p, i) => ({ ratePct: p.ratePct, ...Object.fromEntries(curves.map((c, k) => [`s${k}`, c[i]!.afterTax])) })) ?? [];
  const name = (k: string) => items[Number(k.slice(1))]?.label ?? k;
  const seriesCols = items.map((it, k) => ({ key: `s${k}`, header: it.label, unit: 'USD m', numeric: true, value: (r: Record<string, number | null>) => r[`s${k}`] }));
  return (
    <div className="scn-compare" data-testid="scenario-comparison">
      <div className="scn-table-scroll">
        <table className="data-table scn-table" data-testid="compare-metrics">
          <caption>{t('compare.metricsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.metric')}</th>
              {items.map((it) => (
                <th key={it.label} scope="col" className="num">{it.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metricRows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, i) => (
                  <td key={i} className="num">{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="scn-chart-row">
        <ChartFrame
          title={t('compare.cumulative')}
          testId="compare-cumulative"
          width={width}
          table={<DataTable caption={t('compare.cumulative')} rowKey={(r) => r.year} rows={cum} columns={[{ key: 'y', header: t('table.year'), render: (r) => r.year }, ...seriesCols]} />}
        >
          {(size) => (
            <LineChart {...size} data={cum} margin={{ top: 12, right: 14, left: 4, bottom: 4 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
              <XAxis dataKey="year" tick={axisTick} minTickGap={18} />
              <YAxis tick={axisTick} tickFormatter={fmtCompact} width={52} />
              <Tooltip contentStyle={tooltipStyle} formatter={(v, n) => [fmtUsdM(Number(v)), name(String(n))]} />
              <Legend formatter={(n) => name(String(n))} wrapperStyle={{ fontSize: 12 }} />
              <ReferenceLine y={0} stroke="var(--text-muted)" />
              {items.map((_, k) => (
                <Line key={k} dataKey={`s${k}`} stroke={SERIES[k]} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          )}
        </ChartFrame>
        <ChartFrame
          title={t('compare.npvVsRate')}
          testId="compare-npv-rate"
          width={width}
          table={<DataTable caption={t('compare.npvVsRate')} rowKey={(r) => r.ratePct} rows={rate} columns={[{ key: 'r', header: t('table.discountRate'), unit: '%', render: (r) => r.ratePct }, ...seriesCols]} />}
        >
          {(size) => (
            <LineChart {...size} data={rate} margin={{ top: 12, right: 14, left: 4, bottom: 4 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
              <XAxis dataKey="ratePct" tick={axisTick} unit="%" />
              <YAxis tick={axisTick} tickFormatter={fmtCompact} width={52} />
              <Tooltip contentStyle={tooltipStyle} labelFormatter={(v) => `${String(v)}%`} formatter={(v, n) => [fmtUsdM(Number(v)), name(String(n))]} />
              <Legend formatter={(n) => name(String(n))} wrapperStyle={{ fontSize: 12 }} />
              <ReferenceLine y={0} stroke="var(--text-muted)" />
              {items.map((_, k) => (
                <Line key={k} dataKey={`s${k}`} stroke={SERIES[k]} strokeWidth={2} dot={false} isAnimationActive={false} />
              ))}
            </LineChart>
          )}
        </ChartFrame>
      </div>
    </div>
  );
});

// Why: the sensitivity section of a feasibility study: which inputs move NPV most (tornado over a user range),
// how NPV bends as each moves (spider), and the price x capex grid investors ask for first.
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { priceCapexTable, spider, tornado, type EvaluateOptions, type Scenario } from '../../../../../shared/scenario';
import { columnDigits } from '../../../../../shared/format';
import { fmtNumber, fmtPct, fmtQuantity, fmtUsdM } from '../../../i18n/format';
import { isolate } from '../../../../../shared/format/bidi';
import { useT } from '../useT';
import {
  axisName,
  axisTick,
  ChartFrame,
  DataTable,
  SERIES,
  tooltipStyle,
  valueAxis,
} from '../../../components/chart/ChartFrame';
import './report.css';

interface Props {
  scenario: Scenario;
  options?: EvaluateOptions;
  width?: number;
}

export const TornadoChart = memo(function TornadoChart({
  scenario,
  options,
  width,
  rangePct = 20,
  delayYears = 2,
}: Props & { rangePct?: number; delayYears?: number }) {
  const t = useT();
  const tor = useMemo(
    () => tornado(scenario, { ...options, rangePct, delayYears }),
    [scenario, options, rangePct, delayYears],
  );
  const base = tor.baseNpv;
  // Each case in the one format and the reader's language ("−20%", "+2 years" / "+2 سال").
  const caseText = (change: number, unit: '%' | 'years') =>
    unit === 'years'
      ? fmtQuantity(change, 'years', { digits: 0, sign: 'always' })
      : fmtPct(change, { digits: 0, sign: 'always' });
  const data = tor.bars.map((b) => ({
    label: t(`sens.${b.variable}`),
    lowCase: caseText(b.lowChange, b.changeUnit),
    highCase: caseText(b.highChange, b.changeUnit),
    lowNpv: b.lowNpv,
    highNpv: b.highNpv,
    low: [Math.min(base, b.lowNpv), Math.max(base, b.lowNpv)] as [number, number],
    high: [Math.min(base, b.highNpv), Math.max(base, b.highNpv)] as [number, number],
  }));
  return (
    <ChartFrame
      title={t('charts.tornado', { range: rangePct })}
      testId="tornado-chart"
      width={width}
      height={280}
      xLabel={axisName(t('axis.npv'), 'USD m')}
      legend={[
        { label: t('sens.lowCase'), color: 'var(--badge-c)' },
        { label: t('sens.highCase'), color: 'var(--accent)' },
      ]}
      note={t('sens.tornadoNote', { base: fmtUsdM(base), delay: delayYears })}
      table={
        <DataTable
          caption={t('charts.tornado', { range: rangePct })}
          rowKey={(r) => r.label}
          rows={data}
          columns={[
            { key: 'v', header: t('sens.variable'), render: (r) => r.label },
            { key: 'lc', header: t('sens.lowCase'), render: (r) => r.lowCase },
            { key: 'ln', header: t('sens.lowNpv'), unit: 'USD m', numeric: true, value: (r) => r.lowNpv },
            { key: 'hc', header: t('sens.highCase'), render: (r) => r.highCase },
            { key: 'hn', header: t('sens.highNpv'), unit: 'USD m', numeric: true, value: (r) => r.highNpv },
          ]}
        />
      }
    >
      {(size) => (
        <BarChart
          {...size}
          data={data}
          layout="vertical"
          barGap={0}
          margin={{ top: 4, right: 16, left: 4, bottom: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="var(--grid)" />
          <XAxis
            tickMargin={6}
            tick={axisTick}
            {...valueAxis([base, ...data.flatMap((d) => [d.lowNpv, d.highNpv])], { includeZero: false })}
          />
          <YAxis type="category" dataKey="label" tick={axisTick} width={170} interval={0} />
          <Tooltip
            contentStyle={tooltipStyle}
            formatter={(_v, n, p) => {
              const r = p.payload as (typeof data)[number];
              return n === 'low'
                ? [fmtUsdM(r.lowNpv), `${t('sens.lowCase')} ${isolate(r.lowCase, 'ltr')}`]
                : [fmtUsdM(r.highNpv), `${t('sens.highCase')} ${isolate(r.highCase, 'ltr')}`];
            }}
          />
          <ReferenceLine x={base} stroke="var(--text)" />
          <Bar dataKey="low" fill="var(--badge-c)" isAnimationActive={false} />
          <Bar dataKey="high" fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFrame>
  );
});

export const SpiderChart = memo(function SpiderChart({ scenario, options, width }: Props) {
  const t = useT();
  const sp = useMemo(() => spider(scenario, { ...options, fromPct: -30, toPct: 30, stepPct: 10 }), [scenario, options]);
  const data = sp.changesPct.map((c, i) => ({
    change: c,
    ...Object.fromEntries(sp.series.map((s) => [s.variable, s.npv[i]!])),
  }));
  return (
    <ChartFrame
      title={t('charts.spider')}
      testId="spider-chart"
      width={width}
      height={280}
      xLabel={axisName(t('axis.change'), '%')}
      yLabel={axisName(t('axis.npv'), 'USD m')}
      legend={sp.series.map((s, i) => ({
        label: t(`sens.${s.variable}`),
        color: SERIES[i % SERIES.length]!,
        shape: 'line' as const,
      }))}
      table={
        <DataTable
          caption={t('charts.spider')}
          rowKey={(r) => r.change}
          rows={data}
          columns={[
            { key: 'c', header: t('sens.change'), unit: '%', render: (r) => fmtNumber(r.change) },
            ...sp.series.map((s) => ({
              key: s.variable,
              header: t(`sens.${s.variable}`),
              unit: 'USD m',
              numeric: true,
              value: (r: (typeof data)[number]) => (r as Record<string, number>)[s.variable],
            })),
          ]}
        />
      }
    >
      {(size) => (
        <LineChart {...size} data={data} margin={{ top: 12, right: 14, left: 4, bottom: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
          <XAxis
            tickMargin={6}
            dataKey="change"
            tick={axisTick}
            {...valueAxis(sp.changesPct, { compact: false, suffix: '%', maxTicks: 7 })}
          />
          <YAxis tick={axisTick} {...valueAxis(sp.series.flatMap((s) => s.npv))} width={56} />
          <Tooltip
            contentStyle={tooltipStyle}
            labelFormatter={(v) => fmtPct(Number(v), { digits: 0, sign: 'always' })}
            formatter={(v, n) => [fmtUsdM(Number(v)), t(`sens.${String(n)}`)]}
          />
          <ReferenceLine y={0} stroke="var(--text-muted)" />
          {sp.series.map((s, i) => (
            <Line
              key={s.variable}
              dataKey={s.variable}
              stroke={SERIES[i % SERIES.length]}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ChartFrame>
  );
});

/** Two-way NPV grid: a table is the chart here, shaded so the zero contour is visible at a glance. */
export const PriceCapexTable = memo(function PriceCapexTable({ scenario, options }: Props) {
  const t = useT();
  const g = useMemo(() => priceCapexTable(scenario, options), [scenario, options]);
  const maxAbs = Math.max(1, ...g.npv.flat().map(Math.abs));
  const digits = columnDigits(g.npv.flat());
  return (
    <figure className="chart-card scn-chart" data-testid="two-way-table">
      <figcaption className="chart-title">{t('charts.twoWay')}</figcaption>
      <div className="scn-table-scroll">
        <table className="data-table scn-table scn-two-way">
          <caption className="sr-only">{t('charts.twoWay')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sens.capexVsPrice')}</th>
              {g.priceChangesPct.map((p) => (
                <th key={p} scope="col" className="num">
                  {fmtPct(p, { digits: 0, sign: 'always' })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {g.capexChangesPct.map((c, i) => (
              <tr key={c}>
                <th scope="row">{fmtPct(c, { digits: 0, sign: 'always' })}</th>
                {g.npv[i]!.map((v, j) => {
                  const a = Math.min(0.45, (Math.abs(v) / maxAbs) * 0.45);
                  const bg = v < 0 ? `rgba(163, 59, 0, ${a})` : `rgba(11, 107, 58, ${a})`;
                  return (
                    <td
                      key={j}
                      className={`num${c === 0 && g.priceChangesPct[j] === 0 ? ' scn-base-cell' : ''}`}
                      style={{ background: bg }}
                    >
                      {fmtNumber(v, digits)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="scn-chart-note">{t('sens.twoWayNote')}</div>
    </figure>
  );
});

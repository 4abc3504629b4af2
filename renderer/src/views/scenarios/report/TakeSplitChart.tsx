// Why: who gets the project's cash: government (royalties, income tax, dividend WHT, state equity share) versus
// private investors, undiscounted and discounted at the scenario rate.
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioResult, TakeSplit } from '../../../../../shared/scenario';
import { fmtPct, fmtUsdM } from '../../../i18n/format';
import { useT } from '../useT';
import {
  axisName,
  axisTick,
  ChartFrame,
  DataTable,
  tooltipStyle,
  valueAxis,
} from '../../../components/chart/ChartFrame';

const PARTS = ['royalties', 'incomeTax', 'dividendWht', 'stateEquityShare', 'investor'] as const;
const COLORS: Record<(typeof PARTS)[number], string> = {
  royalties: 'var(--take-royalties)',
  incomeTax: 'var(--take-income-tax)',
  dividendWht: 'var(--take-dividend-wht)',
  stateEquityShare: 'var(--take-state-equity)',
  investor: 'var(--take-investor)',
};

export const TakeSplitChart = memo(function TakeSplitChart({
  result,
  width,
  height = 230,
}: {
  result: ScenarioResult;
  width?: number;
  height?: number;
}) {
  const t = useT();
  const rows = (['undiscounted', 'discounted'] as const).map((k) => {
    const s: TakeSplit = result.governmentTake[k];
    return { basis: t(`take.${k}`, { rate: result.discountRatePct }), ...s };
  });
  // The state's part names its free carry (distributions without capex), so the larger share is explained.
  const carried = result.governmentTake.discounted.stateFreeCarriedPct;
  const label = (p: (typeof PARTS)[number]) =>
    p === 'stateEquityShare' && carried > 0 ? t('take.stateEquityShareCarried', { pct: carried }) : t(`take.${p}`);
  return (
    <ChartFrame
      title={t('charts.take')}
      testId="take-chart"
      width={width}
      height={height}
      xLabel={axisName(t('axis.amount'), 'USD m')}
      legend={PARTS.map((p) => ({ label: label(p), color: COLORS[p] }))}
      note={t('take.note')}
      table={
        <DataTable
          caption={t('charts.take')}
          rowKey={(r) => r.basis}
          rows={rows}
          columns={[
            { key: 'b', header: t('take.basis'), render: (r) => r.basis },
            ...PARTS.map((p) => ({
              key: p,
              header: label(p),
              unit: 'USD m',
              numeric: true,
              value: (r: (typeof rows)[number]) => r[p],
            })),
            { key: 'g', header: t('take.governmentPct'), numeric: true, render: (r) => fmtPct(r.governmentPct, 0) },
          ]}
        />
      }
    >
      {(size) => (
        <BarChart
          {...size}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 16, left: 4, bottom: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="var(--grid)" />
          <XAxis
            tickMargin={6}
            tick={axisTick}
            {...valueAxis(
              rows
                .map((r) => PARTS.reduce((a, p) => a + Math.max(0, r[p]), 0))
                .concat(rows.map((r) => PARTS.reduce((a, p) => a + Math.min(0, r[p]), 0))),
            )}
          />
          <YAxis type="category" dataKey="basis" tick={axisTick} width={170} interval={0} />
          <Tooltip
            contentStyle={tooltipStyle}
            formatter={(v, n) => [fmtUsdM(Number(v)), label(n as (typeof PARTS)[number])]}
          />
          {PARTS.map((p) => (
            <Bar key={p} dataKey={p} stackId="take" fill={COLORS[p]} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
});

// Why: who gets the project's cash: government (royalties, income tax, dividend WHT, state equity share) versus
// private investors, undiscounted and discounted at the scenario rate.
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioResult, TakeSplit } from '../../../../../shared/scenario';
import { fmtCompact, fmtPct, fmtUsdM } from '../../../i18n/format';
import { useT } from '../lib/useT';
import { axisTick, ChartFrame, DataTable, tooltipStyle } from '../../../components/chart/ChartFrame';

const PARTS = ['royalties', 'incomeTax', 'dividendWht', 'stateEquityShare', 'investor'] as const;
const COLORS: Record<(typeof PARTS)[number], string> = {
  royalties: '#0a4f8a',
  incomeTax: '#2c7fb8',
  dividendWht: '#7fb3d5',
  stateEquityShare: '#5d6d7e',
  investor: '#0b6b3a',
};

export const TakeSplitChart = memo(function TakeSplitChart({ result, width, height = 230 }: { result: ScenarioResult; width?: number; height?: number }) {
  const t = useT();
  const rows = (['undiscounted', 'discounted'] as const).map((k) => {
    const s: TakeSplit = result.governmentTake[k];
    return { basis: t(`take.${k}`, { rate: result.discountRatePct }), ...s };
  });
  return (
    <ChartFrame
      title={t('charts.take')}
      testId="take-chart"
      width={width}
      height={height}
      note={t('take.note')}
      table={
        <DataTable
          caption={t('charts.take')}
          rowKey={(r) => r.basis}
          rows={rows}
          columns={[
            { key: 'b', header: t('take.basis'), render: (r) => r.basis },
            ...PARTS.map((p) => ({ key: p, header: t(`take.${p}`), unit: 'USD m', numeric: true, value: (r: (typeof rows)[number]) => r[p] })),
            { key: 'g', header: t('take.governmentPct'), numeric: true, render: (r) => fmtPct(r.governmentPct, 0) },
          ]}
        />
      }
    >
      {(size) => (
        <BarChart {...size} data={rows} layout="vertical" margin={{ top: 4, right: 16, left: 4, bottom: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="var(--grid)" />
          <XAxis type="number" tick={axisTick} tickFormatter={fmtCompact} />
          <YAxis type="category" dataKey="basis" tick={axisTick} width={150} />
          <Tooltip contentStyle={tooltipStyle} formatter={(v, n) => [fmtUsdM(Number(v)), t(`take.${String(n)}`)]} />
          <Legend formatter={(n) => t(`take.${String(n)}`)} wrapperStyle={{ fontSize: 12 }} />
          {PARTS.map((p) => (
            <Bar key={p} dataKey={p} stackId="take" fill={COLORS[p]} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
});

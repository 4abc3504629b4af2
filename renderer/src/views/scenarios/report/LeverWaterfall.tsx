// Why: "what is each policy answer worth?": NPV with every lever off, each enabled lever's increment, and the
// result. Every lever effect is an editable assumption, and the chart says so.
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { leverWaterfall, type EvaluateOptions, type Scenario } from '../../../../../shared/scenario';
import { fmtUsdM } from '../../../i18n/format';
import { useT } from '../useT';
import {
  axisName,
  axisTick,
  ChartFrame,
  DataTable,
  tooltipStyle,
  valueAxis,
} from '../../../components/chart/ChartFrame';

export const LeverWaterfall = memo(function LeverWaterfall({
  scenario,
  options,
  width,
  height = 250,
}: {
  scenario: Scenario;
  options?: EvaluateOptions;
  width?: number;
  height?: number;
}) {
  const t = useT();
  const steps = useMemo(() => leverWaterfall(scenario, options), [scenario, options]);
  const data = steps.map((s, i) => {
    const isEnd = s.id === 'base' || s.id === 'final';
    const prev = i > 0 ? steps[i - 1]!.cumulative : 0;
    const lo = isEnd ? Math.min(0, s.value) : Math.min(prev, s.cumulative);
    const hi = isEnd ? Math.max(0, s.value) : Math.max(prev, s.cumulative);
    const label =
      s.id === 'base' ? t('levers.allOff') : s.id === 'final' ? t('levers.withEnabled') : t(`leverName.${s.id}`);
    return { id: s.id, label, value: s.value, cumulative: s.cumulative, range: [lo, hi] as [number, number], isEnd };
  });
  const enabled = steps.length > 2;
  return (
    <ChartFrame
      title={t('charts.levers')}
      testId="lever-waterfall"
      width={width}
      height={height}
      yLabel={axisName(t('axis.npv'), 'USD m')}
      note={enabled ? t('levers.assumptionNote') : t('levers.noneEnabled')}
      table={
        <DataTable
          caption={t('charts.levers')}
          rowKey={(r) => r.id}
          rows={data}
          columns={[
            {
              key: 'l',
              header: t('levers.step'),
              render: (r) => `${r.label}${r.isEnd ? '' : ` (${t('tag.assumption')})`}`,
            },
            { key: 'v', header: t('levers.effect'), unit: 'USD m', numeric: true, value: (r) => r.value },
            { key: 'c', header: t('levers.running'), unit: 'USD m', numeric: true, value: (r) => r.cumulative },
          ]}
        />
      }
    >
      {(size) => (
        <BarChart {...size} data={data} margin={{ top: 12, right: 12, left: 4, bottom: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--grid)" />
          <XAxis tickMargin={6} dataKey="label" tick={axisTick} interval={0} height={56} />
          <YAxis tick={axisTick} {...valueAxis(data.flatMap((d) => d.range))} width={56} />
          <Tooltip
            contentStyle={tooltipStyle}
            formatter={(_v, _n, p) => [fmtUsdM((p.payload as { value: number }).value), t('levers.effect')]}
          />
          <ReferenceLine y={0} stroke="var(--text-muted)" />
          <Bar dataKey="range" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.id} fill={d.isEnd ? 'var(--accent-2)' : d.value >= 0 ? 'var(--accent)' : 'var(--badge-c)'} />
            ))}
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
});

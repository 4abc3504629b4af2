// Why: the Overview's one chart, split out so recharts loads after the headline figures have painted.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Figure } from '../../../../shared/model/sourced';
import { Provenance } from '../../components/Sourced';
import { axisTick, timeLayout, tooltipStyle, usePageDirection, valueAxis } from '../../components/chart/ChartFrame';
import { fmtQuantity } from '../../i18n/format';

export function ThroughputChart({ phase1, phase2, year2 }: { phase1: Figure; phase2: Figure; year2: Figure }) {
  const { t } = useTranslation('overview');
  // The phases follow each other in time: the chart frame's axes decide which way they run (right to left in Urdu).
  const time = timeLayout(usePageDirection());
  const data = [
    { phase: t('chart.phase1'), mtpa: phase1.value as number },
    { phase: t('chart.phase2', { year: String(year2.value) }), mtpa: phase2.value as number },
  ];
  const mtpa = (v: unknown) => fmtQuantity(Number(v), 'Mtpa');
  return (
    <figure className="chart-card" data-testid="throughput-chart" aria-labelledby="throughput-title">
      <figcaption id="throughput-title" className="chart-title">
        {t('chart.title')}
      </figcaption>
      <div className="chart-body chart-plot" dir="ltr" style={{ height: 220 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 24, right: 16, left: 0, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--grid)" />
            <XAxis tickMargin={6} dataKey="phase" tick={axisTick} reversed={time.reversed} interval={0} />
            <YAxis
              orientation={time.valueSide}
              tick={axisTick}
              width={56}
              {...valueAxis(
                data.map((d) => d.mtpa),
                { compact: false, suffix: ' Mtpa' },
              )}
            />
            <Tooltip formatter={(v) => [mtpa(v), t('chart.throughput')]} contentStyle={tooltipStyle} />
            <Bar dataKey="mtpa" fill="var(--accent)" radius={[4, 4, 0, 0]} isAnimationActive={false}>
              <LabelList dataKey="mtpa" position="top" formatter={mtpa} fill="var(--text)" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{t('chart.title')}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.phase}>
              <th scope="row">{d.phase}</th>
              <td>{mtpa(d.mtpa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Provenance figure={phase2} />
    </figure>
  );
}

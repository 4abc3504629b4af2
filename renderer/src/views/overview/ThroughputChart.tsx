// Why: the Overview's one chart, split out so recharts loads after the headline figures have painted.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Figure } from '../../../../shared/model/sourced';
import { Provenance } from '../../components/Sourced';

export function ThroughputChart({ phase1, phase2, year2 }: { phase1: Figure; phase2: Figure; year2: Figure }) {
  const { t } = useTranslation('overview');
  const rtl = document.documentElement.dir === 'rtl';
  const data = [
    { phase: t('chart.phase1'), mtpa: phase1.value as number },
    { phase: t('chart.phase2', { year: String(year2.value) }), mtpa: phase2.value as number },
  ];
  if (rtl) data.reverse();
  return (
    <figure className="chart-card" data-testid="throughput-chart" aria-labelledby="throughput-title">
      <figcaption id="throughput-title" className="chart-title">
        {t('chart.title')}
      </figcaption>
      <div className="chart-body" style={{ height: 220 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 24, right: 16, left: 0, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--grid)" />
            <XAxis dataKey="phase" tick={{ fill: 'var(--text-muted)', fontSize: 12 }} />
            <YAxis unit=" Mt" orientation={rtl ? 'right' : 'left'} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} width={56} />
            <Tooltip formatter={(v) => [`${String(v)} Mtpa`, t('chart.throughput')]} contentStyle={{ background: 'var(--surface)', color: 'var(--text)' }} />
            <Bar dataKey="mtpa" fill="var(--accent)" radius={[4, 4, 0, 0]} isAnimationActive={false}>
              <LabelList dataKey="mtpa" position="top" formatter={(v) => `${String(v)} Mtpa`} fill="var(--text)" />
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
              <td>{d.mtpa} Mtpa</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Provenance figure={phase2} />
    </figure>
  );
}

// Why: the executive summary: the headline figures, where sources disagree, the first consignment and Reko
// Diq at a glance. Built from the same trust components as the Overview view (FigureCard, ContestedCard), with
// the throughput chart on the shared chart frame, drawn at a fixed size so print never waits on a measurement.
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import {
  axisName,
  axisTick,
  ChartFrame,
  DataTable,
  timeLayout,
  usePageDirection,
  valueAxis,
} from '../../components/chart/ChartFrame';
import { fmtQuantity } from '../../i18n/format';
import { useTranslation } from 'react-i18next';
import { getContested, getDeposit, getFigure } from '../../../../shared/data';
import { formatDate } from '../../../../shared/format/date';
import { Bidi } from '../../components/Bidi';
import { ContestedCard, FigureCard, Provenance } from '../../components/Sourced';
import { CONSIGNMENT_FIGURE_IDS, HEADLINE_FIGURE_IDS, REKO_DIQ_FIGURE_IDS } from '../../../../shared/data/headline-ids';

/** Reko Diq's two phases on the shared chart frame, at the page's fixed width (print never measures a container). */
function ThroughputChart({ width }: { width: number }) {
  const { t } = useTranslation('briefing');
  const p1 = getFigure('reko-diq.throughput-phase1');
  const p2 = getFigure('reko-diq.throughput-phase2');
  const year2 = getFigure('reko-diq.phase2-year');
  // The phases follow each other in time: the frame's axes decide which way they run (right to left in Urdu).
  const time = timeLayout(usePageDirection());
  const data = [
    { phase: t('summary.phase1'), mtpa: p1.value as number },
    { phase: t('summary.phase2', { year: String(year2.value) }), mtpa: p2.value as number },
  ];
  const mtpa = (v: unknown) => fmtQuantity(Number(v), 'Mtpa');
  return (
    <ChartFrame
      title={t('summary.throughputTitle')}
      testId="print-throughput-chart"
      width={width}
      height={200}
      xLabel={t('summary.phaseAxis')}
      yLabel={axisName(t('summary.throughputAxis'), 'Mtpa')}
      valueSide={time.valueSide}
      note={<Provenance figure={p2} />}
      table={
        <DataTable
          caption={t('summary.throughputTitle')}
          rowKey={(r) => r.phase}
          rows={data}
          columns={[
            { key: 'phase', header: t('summary.phaseAxis'), render: (r) => r.phase },
            { key: 'mtpa', header: t('summary.throughputAxis'), unit: 'Mtpa', numeric: true, value: (r) => r.mtpa },
          ]}
        />
      }
    >
      {(size) => (
        <BarChart {...size} data={data} margin={{ top: 22, right: 16, left: 0, bottom: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--grid)" />
          <XAxis tickMargin={6} dataKey="phase" tick={axisTick} reversed={time.reversed} interval={0} />
          <YAxis
            orientation={time.valueSide}
            tick={axisTick}
            width={48}
            {...valueAxis(
              data.map((d) => d.mtpa),
              { compact: false },
            )}
          />
          <Bar dataKey="mtpa" fill="var(--accent)" isAnimationActive={false} maxBarSize={120}>
            <LabelList dataKey="mtpa" position="top" formatter={mtpa} fill="var(--text)" fontSize={12} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}

export function SummarySection({ contentWidth }: { contentWidth: number }) {
  const { t } = useTranslation('briefing');
  const rekoDiq = getDeposit('reko-diq');
  const latest = [...rekoDiq.statusNotes].sort((a, b) => b.date.localeCompare(a.date))[0];
  return (
    <>
      <h1>{t('sectionTitle.summary')}</h1>
      <p className="print-lede">{t('summary.lede')}</p>
      <div className="print-grid print-grid-headline" data-testid="print-headline">
        {HEADLINE_FIGURE_IDS.map((id) => (
          <FigureCard key={id} figure={getFigure(id)} emphasis />
        ))}
      </div>
      <h2>{t('summary.disagree')}</h2>
      <div className="print-grid print-grid-two">
        <ContestedCard contested={getContested('contested.gdp-share')} />
        <ContestedCard contested={getContested('contested.mineral-wealth')} />
      </div>
      <h2>{t('summary.consignment')}</h2>
      <div className="print-grid print-grid-three">
        {CONSIGNMENT_FIGURE_IDS.map((id) => (
          <FigureCard key={id} figure={getFigure(id)} />
        ))}
      </div>
      <h2>{t('summary.rekoDiq')}</h2>
      {latest && (
        <div className="status-note print-card">
          <strong>
            <Bidi>{`${formatDate(latest.date)}:`}</Bidi>
          </strong>{' '}
          <Bidi>{latest.text}</Bidi>
          <Provenance figure={{ sourceIds: latest.sourceIds, asOf: latest.date, confidence: latest.confidence }} />
        </div>
      )}
      <ThroughputChart width={Math.min(contentWidth, 520)} />
      <div className="print-grid print-grid-three">
        {REKO_DIQ_FIGURE_IDS.map((id) => (
          <FigureCard key={id} figure={getFigure(id)} />
        ))}
      </div>
    </>
  );
}

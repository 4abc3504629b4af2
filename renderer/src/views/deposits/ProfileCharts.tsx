// Why: ownership, planned output and financing are what investors ask about first. Each is drawn as a chart or
// table with a text equivalent, and every share, point and loan keeps its own source, as-of date and grade.
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Deposit } from '../../../../shared/model/dataset';
import type { Confidence } from '../../../../shared/model/sourced';
import { ConfidenceBadge, SourceLinks, useSources } from '../../components/Sourced';
import { useDepositLabels } from './useLabels';
import './profile.css';
import { axisTick, timeLayout, tooltipStyle, usePageDirection, valueAxis } from '../../components/chart/ChartFrame';
import { nameFigureRefs } from '../../components/figureRefs';

const SLICE_COLOURS = [
  'var(--accent)',
  'var(--accent-2)',
  'var(--mk-precious)',
  'var(--mk-ree)',
  'var(--mk-industrial)',
];

/**
 * Provenance for records the schema gives no as-of of their own (ownership shares, series points): the as-of
 * shown is the latest publication date among their sources, and says so when the sources are undated.
 */
export function SourcedLine({
  sourceIds,
  confidence,
  asOf,
}: {
  sourceIds: string[];
  confidence: Confidence;
  asOf?: string;
}) {
  const { t } = useTranslation('deposits');
  const { t: tc } = useTranslation();
  const L = useDepositLabels();
  const sources = useSources(sourceIds);
  const dated =
    asOf ??
    sources
      .map((s) => s.date)
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1);
  return (
    <span className="provenance provenance-inline" data-testid="provenance">
      <ConfidenceBadge grade={confidence} />
      <span className="asof">{dated ? tc('provenance.asOf', { date: L.date(dated) }) : t('charts.sourceUndated')}</span>
      <span className="sources" dir="auto">
        <SourceLinks sources={sources} />
      </span>
    </span>
  );
}

export function OwnershipChart({ deposit }: { deposit: Deposit }) {
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
  const data = deposit.ownership.map((o) => ({ name: o.holder, value: o.sharePct }));
  const total = data.reduce((s, d) => s + d.value, 0);
  return (
    <figure className="chart-card ownership" aria-labelledby="ownership-title" data-testid="ownership-chart">
      <figcaption id="ownership-title" className="chart-title">
        {t('charts.ownership')}
        {total < 99.5 ? t('charts.accountedFor', { pct: L.num(total) }) : ''}
      </figcaption>
      <div className="ownership-body">
        <div className="ownership-pie" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <PieChart accessibilityLayer={false}>
              <Pie
                rootTabIndex={-1}
                data={data}
                dataKey="value"
                nameKey="name"
                innerRadius="45%"
                outerRadius="90%"
                isAnimationActive={false}
                stroke="var(--surface)"
              >
                {data.map((d, i) => (
                  <Cell key={d.name} fill={SLICE_COLOURS[i % SLICE_COLOURS.length]} />
                ))}
              </Pie>
              <Tooltip
                formatter={(v) => [`${String(v)}%`, t('charts.share')]}
                contentStyle={{ background: 'var(--surface)', color: 'var(--text)' }}
              />
            </PieChart>
          </ResponsiveContainer>
        </div>
        <ul className="ownership-list">
          {deposit.ownership.map((o, i) => (
            <li key={o.holder} data-testid="ownership-share">
              <span
                className="swatch"
                style={{ background: SLICE_COLOURS[i % SLICE_COLOURS.length] }}
                aria-hidden="true"
              />
              <span className="share">{L.num(o.sharePct)}%</span> <bdi>{o.holder}</bdi>
              {o.note && (
                <div className="figure-note" dir="auto">
                  {nameFigureRefs(o.note)}
                </div>
              )}
              <SourcedLine sourceIds={o.sourceIds} confidence={o.confidence} />
            </li>
          ))}
        </ul>
      </div>
      {deposit.ownershipNote && (
        <p className="figure-note" data-testid="ownership-note" dir="auto">
          {deposit.ownershipNote}
        </p>
      )}
    </figure>
  );
}

export function SeriesChart({ series }: { series: Deposit['series'][number] }) {
  const L = useDepositLabels();
  // Years are time: the chart frame's axes decide which way they run (right to left in Urdu).
  const time = timeLayout(usePageDirection());
  const data = series.points.map((p) => ({ year: String(p.year), value: p.value }));
  return (
    <figure className="chart-card" aria-labelledby={`series-${series.id}`} data-testid={`series-${series.id}`}>
      <figcaption id={`series-${series.id}`} className="chart-title">
        <bdi>{L.figure(series.id, series.label)}</bdi> <bdi>({series.unit})</bdi>
      </figcaption>
      <div className="chart-plot" dir="ltr" style={{ height: 200 }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 24, right: 16, left: 16, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--grid)" />
            <XAxis tickMargin={6} dataKey="year" tick={axisTick} reversed={time.reversed} />
            <YAxis
              orientation={time.valueSide}
              tick={axisTick}
              width={48}
              {...valueAxis(
                data.map((d) => d.value),
                { compact: true },
              )}
            />
            <Tooltip
              formatter={(v) => [L.quantity(Number(v), series.unit), L.figure(series.id, series.label)]}
              contentStyle={tooltipStyle}
            />
            <Bar dataKey="value" fill="var(--accent)" radius={[4, 4, 0, 0]} isAnimationActive={false} maxBarSize={90}>
              <LabelList
                dataKey="value"
                position="top"
                formatter={(v) => L.quantity(Number(v), series.unit)}
                fill="var(--text)"
                fontSize={12}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="series-points">
        {series.points.map((p) => (
          <li key={p.year}>
            <strong>
              {p.year}: <bdi>{L.quantity(p.value, series.unit)}</bdi>
            </strong>
            {p.note && (
              <>
                {' '}
                <span className="muted" dir="auto">
                  — {nameFigureRefs(p.note)}
                </span>
              </>
            )}
            <div>
              <SourcedLine sourceIds={p.sourceIds} confidence={p.confidence} />
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}

const FINANCING_COLUMNS = ['lender', 'instrument', 'amount', 'date', 'status', 'source'] as const;

export function FinancingTable({ financing }: { financing: Deposit['financing'] }) {
  const { t } = useTranslation('deposits');
  const L = useDepositLabels();
  return (
    <div className="table-wrap">
      <table className="data-table financing-table" data-testid="financing-table">
        <caption className="chart-title">{t('charts.financingCaption')}</caption>
        <thead>
          <tr>
            {FINANCING_COLUMNS.map((c) => (
              <th key={c} scope="col" className={`c-${c}`}>
                {t(`charts.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {financing.map((f) => (
            <tr key={f.lender}>
              <th scope="row" dir="auto">
                {f.lender}
              </th>
              <td dir="auto">{f.instrument}</td>
              <td className="num" dir="auto">
                {f.amountText}
              </td>
              <td>{L.date(f.date)}</td>
              <td dir="auto">{f.status}</td>
              <td>
                <SourcedLine sourceIds={f.sourceIds} confidence={f.confidence} asOf={f.date} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

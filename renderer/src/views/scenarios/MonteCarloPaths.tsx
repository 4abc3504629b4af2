// Why: with annual price paths on, the analyst should see the price model, not only its NPV result: the band of
// simulated prices per year (named in the chosen percentile convention), a few whole paths, the deck price they
// start from and the long-term price they revert to.
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { percentileLabels, type PercentileConvention, type PricePathSample } from '../../../../shared/scenario';
import {
  axisName,
  axisTick,
  ChartFrame,
  DataTable,
  timeLayout,
  tooltipStyle,
  usePageDirection,
  valueAxis,
  yearTicks,
} from '../../components/chart/ChartFrame';
import { fmtNumber } from '../../i18n/format';
import { useT } from './useT';

const SAMPLE_COLOURS = ['var(--accent-2)', 'var(--badge-b)', 'var(--badge-c)', 'var(--text-muted)'];

export function MonteCarloPaths({ paths, convention }: { paths: PricePathSample; convention: PercentileConvention }) {
  const t = useT();
  const labels = percentileLabels(convention);
  const shown = Math.min(4, paths.samples.length);
  const data = paths.bands.map((b, y) => {
    const row: Record<string, number> = { year: b.year, q10: b.q10, q50: b.q50, q90: b.q90 };
    for (let k = 0; k < shown; k++) row[`s${k}`] = paths.samples[k]![y]!;
    return row;
  });
  const title = t('mc.pathsTitle', { product: paths.productName, unit: paths.priceUnit });
  const time = timeLayout(usePageDirection());
  const years = yearTicks(
    data.map((d) => d.year!),
    12,
  );
  const prices = valueAxis([
    paths.longTermPrice,
    ...data.flatMap((d) => Object.entries(d).flatMap(([k, v]) => (k === 'year' ? [] : [v]))),
  ]);
  const lowName = t('mc.pathBand', { p: labels.q10 });
  const highName = t('mc.pathBand', { p: labels.q90 });
  return (
    <ChartFrame
      title={title}
      testId="mc-paths"
      height={280}
      xLabel={t('axis.year')}
      yLabel={axisName(t('axis.price', { product: paths.productName }), paths.priceUnit)}
      valueSide={time.valueSide}
      note={
        <span data-testid="mc-paths-note">
          {t('mc.pathsNote', {
            deck: fmtNumber(paths.deckPrice),
            lt: fmtNumber(paths.longTermPrice),
            unit: paths.priceUnit,
            halfLife: fmtNumber(paths.halfLifeYears, 1),
            vol: fmtNumber(paths.annualVolPct, 0),
          })}{' '}
          {t(`mc.conventionShort.${convention}`)}
        </span>
      }
      table={
        <DataTable
          caption={title}
          rowKey={(r) => r.year}
          rows={paths.bands}
          columns={[
            { key: 'y', header: t('mc.year'), render: (r) => String(r.year) },
            { key: 'lo', header: lowName, unit: paths.priceUnit, numeric: true, render: (r) => fmtNumber(r.q10) },
            {
              key: 'mid',
              header: t('mc.pathBand', { p: labels.q50 }),
              unit: paths.priceUnit,
              numeric: true,
              render: (r) => fmtNumber(r.q50),
            },
            { key: 'hi', header: highName, unit: paths.priceUnit, numeric: true, render: (r) => fmtNumber(r.q90) },
          ]}
        />
      }
    >
      {(size) => (
        <LineChart
          {...size}
          data={data}
          margin={{ top: 16, right: 20, left: 20, bottom: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
          <XAxis
            dataKey="year"
            type="number"
            domain={['dataMin', 'dataMax']}
            tick={axisTick}
            ticks={years}
            interval={0}
            reversed={time.reversed}
          />
          <YAxis tick={axisTick} orientation={time.valueSide} width={56} {...prices} />
          <Tooltip
            contentStyle={tooltipStyle}
            formatter={(v, name) => [`${fmtNumber(Number(v))} ${paths.priceUnit}`, String(name)]}
          />
          {Array.from({ length: shown }, (_, k) => (
            <Line
              key={k}
              dataKey={`s${k}`}
              name={t('mc.samplePath', { n: k + 1 })}
              stroke={SAMPLE_COLOURS[k % SAMPLE_COLOURS.length]}
              strokeOpacity={0.55}
              strokeWidth={1}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          <Line
            dataKey="q10"
            name={lowName}
            stroke="var(--accent)"
            strokeDasharray="5 3"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="q50"
            name={t('mc.pathBand', { p: labels.q50 })}
            stroke="var(--accent)"
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="q90"
            name={highName}
            stroke="var(--accent)"
            strokeDasharray="5 3"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <ReferenceLine
            y={paths.longTermPrice}
            stroke="var(--text)"
            strokeDasharray="2 2"
            label={{
              value: t('mc.longTerm'),
              // At the latest years, whichever side time runs to.
              position: time.reversed ? 'insideTopLeft' : 'insideTopRight',
              fill: 'var(--text)',
              fontSize: 12,
            }}
          />
        </LineChart>
      )}
    </ChartFrame>
  );
}

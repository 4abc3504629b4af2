// Why: investors want the odds, not one number: a seeded ≥10,000-trial simulation in a Web Worker with progress and
// cancel, shown as a histogram, an S-curve and (with annual price paths) the paths themselves, with P-numbers named
// in the chosen convention (reserves by default: P90 = low case) and that convention stated on every chart.
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { percentileLabels, type EvaluateOptions, type Scenario } from '../../../../shared/scenario';
import { axisName, axisTick, ChartFrame, DataTable, tooltipStyle, valueAxis } from '../../components/chart/ChartFrame';
import { columnDigits } from '../../../../shared/format';
import { Num } from '../../components/Bidi';
import { fmtNumber, fmtPct, fmtRange, fmtUsdM } from '../../i18n/format';
import { SelectField } from './fields/ChoiceField';
import { useT } from './useT';
import { MonteCarloPaths } from './MonteCarloPaths';
import { driverLabel, mcExplanation } from './mcText';
import { useMonteCarlo } from './useMonteCarlo';

const TRIALS = [10_000, 25_000, 50_000, 100_000];

const PROB_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** The percentile markers both charts draw, as direct children (recharts finds its parts among them). */
function percentileLines(lines: { k: string; v: number }[], position: 'top' | 'insideTopLeft') {
  return lines.map((p) => (
    <ReferenceLine
      key={p.k}
      x={p.v}
      stroke="var(--badge-c)"
      strokeDasharray="4 3"
      label={{ value: p.k, position, fill: 'var(--text)', fontSize: 12 }}
    />
  ));
}

export function MonteCarloPanel({ scenario, options }: { scenario: Scenario; options: EvaluateOptions }) {
  const t = useT();
  const id = useId();
  const { state, run, cancel } = useMonteCarlo();
  const [trials, setTrials] = useState(10_000);
  const [seed, setSeed] = useState(1);
  const running = state.status === 'running';
  const s = state.status === 'done' ? state.summary : null;
  const stale = state.status === 'done' && state.scenario !== scenario;
  const labels = s ? percentileLabels(s.convention) : null;
  // Low case first, whatever the convention calls it.
  const pLines =
    s && labels
      ? [
          { k: labels.q10, v: s.q10, low: true },
          { k: labels.q50, v: s.q50, low: false },
          { k: labels.q90, v: s.q90, low: false },
        ]
      : [];
  const conventionNote = s ? (
    <span data-testid="mc-chart-convention">{t(`mc.conventionShort.${s.convention}`)}</span>
  ) : null;
  const hist = s ? s.histogram.map((b) => ({ mid: (b.x0 + b.x1) / 2, x0: b.x0, x1: b.x1, count: b.count })) : [];
  // One NPV axis for the histogram and the S-curve: the same range gets the same ticks in both.
  const npvAxis = valueAxis(s ? [...hist.flatMap((h) => [h.x0, h.x1]), ...s.sCurve.map((p) => p.npv)] : [], {
    includeZero: false,
  });
  return (
    <section className="scn-mc" data-testid="montecarlo-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('mc.title')}</h3>
      <div className="scn-mc-controls">
        <label>
          {t('mc.trials')}{' '}
          <select value={trials} onChange={(e) => setTrials(Number(e.target.value))} disabled={running}>
            {TRIALS.map((n) => (
              <option key={n} value={n}>
                {fmtNumber(n)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('mc.seed')}{' '}
          <input
            type="number"
            className="scn-number"
            min={0}
            step={1}
            value={seed}
            disabled={running}
            onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
          />
        </label>
        {running ? (
          <button type="button" className="btn" onClick={cancel} data-testid="mc-cancel">
            {t('mc.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => run(scenario, options, trials, seed)}
            data-testid="mc-run"
          >
            {state.status === 'done' ? t('mc.runAgain') : t('mc.run')}
          </button>
        )}
        {running && (
          <span className="scn-mc-progress" role="status">
            <progress max={state.total} value={state.done} aria-label={t('mc.progress')} />{' '}
            {t('mc.progressText', { done: fmtNumber(state.done), total: fmtNumber(state.total) })}
          </span>
        )}
        {state.status === 'cancelled' && <span role="status">{t('mc.cancelled')}</span>}
        {state.status === 'error' && (
          <span role="alert" className="scn-field-error">
            {state.message}
          </span>
        )}
      </div>
      <div className="scn-mc-controls">
        <SelectField
          path={['risk', 'pricePaths', 'mode']}
          label={t('mc.priceModel')}
          options={[
            { value: 'mean-reverting', label: t('mc.priceModelPaths') },
            { value: 'flat', label: t('mc.priceModelFlat') },
          ]}
        />
        <SelectField
          path={['risk', 'percentileConvention']}
          label={t('mc.convention')}
          options={[
            { value: 'reserves', label: t('mc.conventionReserves') },
            { value: 'statistical', label: t('mc.conventionStatistical') },
          ]}
        />
      </div>
      <p className="scn-small muted">{t('mc.inWorker')}</p>
      {s && (
        <>
          {stale && (
            <p className="status-note" role="status">
              {t('mc.stale')}
            </p>
          )}
          <div className="scn-metric-grid" data-testid="mc-results">
            {pLines.map((p) => (
              <div key={p.k} className="scn-metric" data-testid={`mc-${p.k.toLowerCase()}`}>
                <div className="scn-metric-label">
                  {t(p.low ? 'mc.npvPercentileLow' : 'mc.npvPercentile', { p: p.k })}
                </div>
                <div className="scn-metric-value">
                  <Num>{fmtUsdM(p.v)}</Num>
                </div>
              </div>
            ))}
            <div className="scn-metric" data-testid="mc-pneg">
              <div className="scn-metric-label">{t('mc.probNegative')}</div>
              <div className="scn-metric-value">{fmtPct(s.probNegative * 100)}</div>
            </div>
            <div className="scn-metric">
              <div className="scn-metric-label">{t('mc.mean')}</div>
              <div className="scn-metric-value">
                <Num>{fmtUsdM(s.mean)}</Num>
              </div>
              <div className="scn-metric-note">{t('mc.base', { base: fmtUsdM(s.baseNpv) })}</div>
            </div>
          </div>
          <p className="scn-small" data-testid="mc-convention">
            {mcExplanation(t, s)}{' '}
            {t('mc.meta', {
              trials: fmtNumber(s.trials),
              seed: s.seed,
              ms: state.status === 'done' ? fmtNumber(state.ms) : '',
            })}
          </p>
          <div className="scn-chart-row">
            <ChartFrame
              title={t('mc.histogram')}
              note={conventionNote}
              xLabel={axisName(t('axis.npv'), 'USD m')}
              yLabel={t('axis.runs')}
              testId="mc-histogram"
              table={
                <DataTable
                  caption={t('mc.histogram')}
                  rowKey={(r) => r.x0}
                  rows={hist}
                  columns={[
                    {
                      key: 'r',
                      header: t('mc.bin'),
                      unit: 'USD m',
                      render: (r) => fmtRange(r.x0, r.x1, columnDigits(hist.flatMap((h) => [h.x0, h.x1]))),
                    },
                    { key: 'c', header: t('mc.count'), numeric: true, render: (r) => fmtNumber(r.count) },
                  ]}
                />
              }
            >
              {(size) => (
                <BarChart
                  {...size}
                  data={hist}
                  barCategoryGap={1}
                  margin={{ top: 16, right: 12, left: 4, bottom: 4 }}
                  accessibilityLayer={false}
                >
                  <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--grid)" />
                  <XAxis tickMargin={6} dataKey="mid" tick={axisTick} {...npvAxis} />
                  <YAxis
                    tick={axisTick}
                    width={48}
                    {...valueAxis(
                      hist.map((h) => h.count),
                      { compact: false },
                    )}
                  />
                  <Tooltip
                    contentStyle={tooltipStyle}
                    labelFormatter={(v) => fmtUsdM(Number(v))}
                    formatter={(v) => [fmtNumber(Number(v)), t('mc.count')]}
                  />
                  <Bar dataKey="count" fill="var(--accent-2)" isAnimationActive={false} />
                  {percentileLines(pLines, 'top')}
                  <ReferenceLine x={0} stroke="var(--text)" />
                </BarChart>
              )}
            </ChartFrame>
            <ChartFrame
              title={t('mc.sCurve')}
              note={conventionNote}
              xLabel={axisName(t('axis.npv'), 'USD m')}
              yLabel={axisName(t('axis.probability'), '%')}
              testId="mc-scurve"
              table={
                <DataTable
                  caption={t('mc.sCurve')}
                  rowKey={(r) => r.cumulativeProb}
                  rows={s.sCurve.filter((_, i) => i % 5 === 0)}
                  columns={[
                    { key: 'p', header: t('mc.probability'), render: (r) => fmtPct(r.cumulativeProb * 100, 0) },
                    { key: 'n', header: t('metrics.npvAfterTax'), unit: 'USD m', numeric: true, value: (r) => r.npv },
                  ]}
                />
              }
            >
              {(size) => (
                <LineChart
                  {...size}
                  data={s.sCurve}
                  margin={{ top: 16, right: 12, left: 4, bottom: 4 }}
                  accessibilityLayer={false}
                >
                  <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
                  <XAxis tickMargin={6} dataKey="npv" tick={axisTick} {...npvAxis} />
                  <YAxis
                    dataKey="cumulativeProb"
                    tick={axisTick}
                    tickFormatter={(v: number) => fmtPct(v * 100, 0)}
                    width={48}
                    domain={[0, 1]}
                    ticks={PROB_TICKS}
                    interval={0}
                  />
                  <Tooltip
                    contentStyle={tooltipStyle}
                    labelFormatter={(v) => fmtUsdM(Number(v))}
                    formatter={(v) => [fmtPct(Number(v) * 100, 0), t('mc.probability')]}
                  />
                  {percentileLines(pLines, 'insideTopLeft')}
                  <Line
                    dataKey="cumulativeProb"
                    stroke="var(--accent)"
                    strokeWidth={2}
                    dot={false}
                    isAnimationActive={false}
                  />
                </LineChart>
              )}
            </ChartFrame>
          </div>
          {s.pricePaths && <MonteCarloPaths paths={s.pricePaths} convention={s.convention} />}
          <details className="scn-drivers">
            <summary>{t('mc.drivers')}</summary>
            <p className="scn-small muted">{t('mc.driversNote')}</p>
            <ul>
              {s.drivers.slice(0, 6).map((d) => (
                <li key={d.id}>
                  {driverLabel(t, state.status === 'done' ? state.scenario : scenario, d)}:{' '}
                  {fmtNumber(d.correlation, 2)}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}

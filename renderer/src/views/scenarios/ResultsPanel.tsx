// Why: the editor's right column: headline metrics always in view, and the charts in tabs so only the group the
// analyst is looking at re-renders on each keystroke (the Monte Carlo tab stays mounted so a run survives).
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { irrCautions, type EvaluateOptions, type Scenario, type ScenarioResult } from '../../../../shared/scenario';
import {
  CashFlowChart,
  CashFlowTable,
  LeverWaterfall,
  NpvVsPriceChart,
  NpvVsRateChart,
  PriceCapexTable,
  ScenarioMetrics,
  SpiderChart,
  TakeSplitChart,
  TornadoChart,
} from './report';
import { SkipLink } from '../../components/SkipLink';
import { useT } from './useT';
import { irrCautionText } from './irrText';
import { warningText } from './warningText';
import { MonteCarloPanel } from './MonteCarloPanel';
import { ReconciliationTable } from './report/ReconciliationTable';

const TABS = ['cashflow', 'table', 'npv', 'sensitivity', 'risk', 'take'] as const;
type Tab = (typeof TABS)[number];

function SensitivityTab({ scenario, options }: { scenario: Scenario; options: EvaluateOptions }) {
  const t = useT();
  const [range, setRange] = useState(20);
  return (
    <>
      <label className="scn-inline-control">
        {t('sens.range')}{' '}
        <select value={range} onChange={(e) => setRange(Number(e.target.value))} data-testid="tornado-range">
          {[5, 10, 20, 30, 50].map((r) => (
            <option key={r} value={r}>
              ±{r}%
            </option>
          ))}
        </select>
      </label>
      <div className="scn-chart-row">
        <TornadoChart scenario={scenario} options={options} rangePct={range} />
        <SpiderChart scenario={scenario} options={options} />
      </div>
      <PriceCapexTable scenario={scenario} options={options} />
    </>
  );
}

export const ResultsPanel = memo(function ResultsPanel({
  scenario,
  result,
  options,
}: {
  scenario: Scenario;
  result: ScenarioResult;
  options: EvaluateOptions;
}) {
  const t = useT();
  // The engine's IRR notes and cautions arrive as codes; they are worded here, in the reader's language.
  const warnings = [
    ...irrCautions(result).map((c) => irrCautionText(t, c)),
    ...result.warnings.map((w) => warningText(t, w)),
  ];
  const [tab, setTab] = useState<Tab>('cashflow');
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + TABS.length - 1) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(TABS[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div id="scn-results" className="scn-results skip-target" data-testid="scenario-results">
      <SkipLink to="#scn-inputs summary" inline testId="skip-to-inputs">
        {t('skip.inputs')}
      </SkipLink>
      <ScenarioMetrics scenario={scenario} result={result} />
      <ReconciliationTable scenario={scenario} result={result} />
      {warnings.length > 0 && (
        <ul className="scn-warnings" data-testid="scenario-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div role="tablist" aria-label={t('tabs.label')} className="scn-tabs" onKeyDown={onKey}>
        {TABS.map((k, i) => (
          <button
            key={k}
            ref={(el) => void (refs.current[i] = el)}
            type="button"
            role="tab"
            id={`scn-tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`scn-panel-${k}`}
            tabIndex={tab === k ? 0 : -1}
            className="scn-tab"
            data-testid={`tab-${k}`}
            onClick={() => setTab(k)}
          >
            {t(`tabs.${k}`)}
          </button>
        ))}
      </div>
      {TABS.map((k) => (
        <div
          key={k}
          role="tabpanel"
          id={`scn-panel-${k}`}
          aria-labelledby={`scn-tab-${k}`}
          hidden={tab !== k}
          className="scn-tabpanel"
        >
          {k === 'cashflow' && tab === k && <CashFlowChart result={result} />}
          {k === 'table' && tab === k && <CashFlowTable result={result} maxHeight={560} />}
          {k === 'npv' && tab === k && (
            <div className="scn-chart-row">
              <NpvVsRateChart scenario={scenario} result={result} options={options} />
              <NpvVsPriceChart scenario={scenario} result={result} options={options} />
            </div>
          )}
          {k === 'sensitivity' && tab === k && <SensitivityTab scenario={scenario} options={options} />}
          {k === 'risk' && <MonteCarloPanel scenario={scenario} options={options} />}
          {k === 'take' && tab === k && (
            <div className="scn-chart-row">
              <TakeSplitChart result={result} />
              <LeverWaterfall scenario={scenario} options={options} />
            </div>
          )}
        </div>
      ))}
    </div>
  );
});

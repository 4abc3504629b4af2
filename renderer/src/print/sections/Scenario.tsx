// Why: a scenario in a briefing is its feasibility-study summary: what went in (assumptions), what came out
// (metrics, annual cash flow) and how sensitive it is, printed with the Scenarios view's own report
// components at fixed chart widths. An edited scenario is stamped so no reader mistakes it for a study.
import { useTranslation } from 'react-i18next';
import {
  CashFlowChart,
  CashFlowTable,
  LeverWaterfall,
  NpvVsPriceChart,
  NpvVsRateChart,
  ScenarioAssumptions,
  ScenarioComparison,
  ScenarioMetrics,
  TakeSplitChart,
  type ComparedScenario,
} from '../../views/scenarios/report';
import type { Scenario } from '../../../../shared/scenario';
import { CitationMark, useCitationRegistry } from '../citations';
import type { ResolvedScenario } from '../../../../shared/workspace/scenario-refs';

/** Every dataset source behind a scenario's inputs, in input order. */
function inputSourceIds(s: Scenario): string[] {
  const ids: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.sourceIds) && typeof o.basis === 'string') ids.push(...(o.sourceIds as string[]));
      Object.values(o).forEach(walk);
    }
  };
  walk(s);
  return [...new Set(ids)];
}

export function Stamp() {
  const { t } = useTranslation('briefing');
  return (
    <p className="print-stamp" role="note" data-testid="print-stamp">
      {t('scenario.stamp')}
    </p>
  );
}

function Problem({ item }: { item: Extract<ResolvedScenario, { ok: false }> }) {
  const { t } = useTranslation('briefing');
  return (
    <p className="print-missing" role="note">
      {t('scenario.problem', { ref: item.ref, problem: item.problem })}
    </p>
  );
}

export function ScenarioSection({ item, contentWidth }: { item: ResolvedScenario; contentWidth: number }) {
  const { t } = useTranslation('briefing');
  const registry = useCitationRegistry();
  if (!item.ok) {
    return (
      <>
        <h1>{t('sectionTitle.scenario', { name: item.label })}</h1>
        <Problem item={item} />
      </>
    );
  }
  const { scenario, result, options, preset, edited } = item;
  const half = Math.floor((contentWidth - 16) / 2);
  const sourceIds = inputSourceIds(scenario);
  return (
    <>
      <h1>{t('sectionTitle.scenario', { name: scenario.meta.name })}</h1>
      {edited && <Stamp />}
      {scenario.meta.description && <p className="print-lede">{scenario.meta.description}</p>}
      <h2>{t('scenario.metrics')}</h2>
      <ScenarioMetrics scenario={scenario} result={result} />
      <h2>{t('scenario.cashFlow')}</h2>
      <CashFlowChart result={result} width={contentWidth} height={250} />
      <CashFlowTable result={result} maxHeight="none" />
      <h2>{t('scenario.sensitivity')}</h2>
      <div className="print-chart-row">
        <NpvVsRateChart scenario={scenario} result={result} options={options} width={half} height={220} />
        <NpvVsPriceChart scenario={scenario} result={result} options={options} width={half} height={220} />
      </div>
      <div className="print-chart-row">
        <TakeSplitChart result={result} width={half} height={220} />
        <LeverWaterfall scenario={scenario} options={options} width={half} height={220} />
      </div>
      <h2>{t('scenario.assumptions')}</h2>
      {edited && preset && <p className="print-lede">{t('scenario.editedNote')}</p>}
      <ScenarioAssumptions scenario={scenario} source={preset} />
      {registry && sourceIds.length > 0 && (
        <p className="print-sources-line">
          {t('scenario.inputSources')} <CitationMark registry={registry} ids={sourceIds} />
        </p>
      )}
    </>
  );
}

export function ComparisonSection({ items, contentWidth }: { items: ResolvedScenario[]; contentWidth: number }) {
  const { t } = useTranslation('briefing');
  const ok = items.filter((i): i is Extract<ResolvedScenario, { ok: true }> => i.ok);
  const compared: ComparedScenario[] = ok.map((i) => ({
    label: i.edited ? `${i.label} *` : i.label,
    scenario: i.scenario,
    result: i.result,
    options: i.options,
  }));
  return (
    <>
      <h1>{t('sectionTitle.comparison')}</h1>
      {items.filter((i) => !i.ok).map((i) => !i.ok && <Problem key={i.ref} item={i} />)}
      {ok.some((i) => i.edited) && <p className="print-lede">{t('comparison.editedNote')}</p>}
      {compared.length >= 2 ? (
        <ScenarioComparison items={compared} width={Math.floor((contentWidth - 16) / 2)} />
      ) : (
        <p className="print-missing">{t('comparison.tooFew')}</p>
      )}
    </>
  );
}

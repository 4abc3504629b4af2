// Why: the headline economics a feasibility study reports, in one printable block: NPV (pre/after tax, at the
// chosen rate and at 0/5/8/10%), IRRs (or why there is none, never NaN), paybacks, funding need, breakeven, unit
// costs, government vs investor take and each stakeholder's attributable NPV.
import { memo } from 'react';
import type { IrrDetail } from '../../../../../shared/finance';
import type { Scenario, ScenarioResult } from '../../../../../shared/scenario';
import { fmtNumber, fmtPct, fmtQuantity, fmtUsdM, fmtYears } from '../../../i18n/format';
import { useT, type TFn } from '../useT';
import { irrNoteText } from '../irrText';
import { Bidi } from '../../../components/Bidi';
import { DataTable } from '../../../components/chart/ChartFrame';
import './report.css';

/**
 * The IRR or the engine's reason it is undefined (never NaN). A multiple-root caution is shown only when more than
 * one root is plausible (> -50%): a root near -100% caused by closure costs is arithmetic, as the engine notes.
 */
function irrText(t: TFn, d: IrrDetail | null): { value: string; note?: string } {
  if (!d) return { value: t('metrics.notApplicable') };
  if (d.value === null) return { value: t('metrics.irrUndefined'), note: d.note ? irrNoteText(t, d.note) : '' };
  const ambiguous = d.multipleRoots && d.roots.filter((r) => r > -0.5).length > 1;
  return { value: fmtPct(d.value * 100), ...(ambiguous && d.note ? { note: irrNoteText(t, d.note) } : {}) };
}

/** Government/investor shares are only meaningful while the state's take stays within the pre-fiscal value. */
export function takeText(take: { governmentPct: number | null; investorPct: number | null }): string | null {
  if (take.governmentPct === null || take.investorPct === null || take.governmentPct > 100 || take.investorPct < 0)
    return null;
  return `${fmtPct(take.governmentPct, 0)} / ${fmtPct(take.investorPct, 0)}`;
}

function Metric({
  label,
  value,
  unit,
  note,
  testId,
  lead,
  negative,
}: {
  label: string;
  value: string;
  unit?: string;
  note?: string;
  testId: string;
  lead?: boolean;
  negative?: boolean;
}) {
  return (
    <div
      className={`scn-metric${lead ? ' scn-metric-lead' : ''}${negative ? ' is-negative' : ''}`}
      data-testid={testId}
    >
      <div className="scn-metric-label">{label}</div>
      <div className="scn-metric-value">
        <Bidi testId={`${testId}-value`}>{value}</Bidi>
        {unit && <span className="scn-metric-unit"> {unit}</span>}
      </div>
      {note && <div className="scn-metric-note">{note}</div>}
    </div>
  );
}

export const ScenarioMetrics = memo(function ScenarioMetrics({
  scenario,
  result,
}: {
  scenario: Scenario;
  result: ScenarioResult;
}) {
  const t = useT();
  const rate = fmtNumber(result.discountRatePct, 1);
  const irrAfter = irrText(t, result.irr.afterTax);
  const irrPre = irrText(t, result.irr.preTax);
  const irrEq = irrText(t, result.irr.equity);
  const take = result.governmentTake.discounted;
  const be = result.breakeven;
  const uc = result.unitCosts;
  const main = scenario.products.find((p) => p.id === be?.productId);
  return (
    <section className="scn-metrics" aria-label={t('metrics.title')} data-testid="scenario-metrics">
      <div className="scn-metric-grid">
        <Metric
          lead
          negative={result.npv.afterTax < 0}
          testId="metric-npv-after"
          label={t('metrics.npvAfterTaxAt', { rate })}
          value={fmtUsdM(result.npv.afterTax)}
        />
        <Metric testId="metric-npv-pre" label={t('metrics.npvPreTaxAt', { rate })} value={fmtUsdM(result.npv.preTax)} />
        <Metric testId="metric-irr-after" label={t('metrics.irrAfter')} value={irrAfter.value} note={irrAfter.note} />
        <Metric testId="metric-irr-pre" label={t('metrics.irrPre')} value={irrPre.value} note={irrPre.note} />
        <Metric
          testId="metric-irr-equity"
          label={t('metrics.irrEquity')}
          value={irrEq.value}
          note={result.irr.equity ? irrEq.note : t('metrics.noDebt')}
        />
        <Metric testId="metric-npv-equity" label={t('metrics.npvEquity')} value={fmtUsdM(result.npv.equity)} />
        <Metric
          testId="metric-payback"
          label={t('metrics.payback')}
          value={result.payback.years === null ? t('metrics.neverPaysBack') : fmtYears(result.payback.years)}
          unit={result.payback.years === null ? undefined : t('units.years')}
          note={
            result.payback.fromFirstProductionYears === null
              ? t('metrics.neverPaysBack')
              : t('metrics.fromFirstProduction', { years: fmtYears(result.payback.fromFirstProductionYears) })
          }
        />
        <Metric
          testId="metric-dpayback"
          label={t('metrics.discountedPayback')}
          value={
            result.payback.discountedYears === null
              ? t('metrics.neverPaysBack')
              : fmtYears(result.payback.discountedYears)
          }
          unit={result.payback.discountedYears === null ? undefined : t('units.years')}
        />
        <Metric
          testId="metric-npv-capex"
          label={t('metrics.npvToCapex')}
          value={fmtNumber(result.npvToCapex, 2)}
          unit="×"
        />
        <Metric
          testId="metric-peak-funding"
          label={t('metrics.peakFunding')}
          value={fmtUsdM(result.peakFunding.usdM)}
          note={result.peakFunding.year ? t('metrics.inYear', { year: result.peakFunding.year }) : undefined}
        />
        <Metric
          testId="metric-breakeven"
          label={t('metrics.breakeven', { product: main?.name ?? '' })}
          value={be ? fmtQuantity(be.price, be.priceUnit, be.price < 100 ? 2 : 0) : t('metrics.none')}
          note={be ? t('metrics.ofDeck', { pct: fmtNumber(be.priceMultiplier * 100) }) : undefined}
        />
        <Metric
          testId="metric-c1"
          label={t('metrics.c1')}
          value={uc ? fmtQuantity(uc.c1, uc.unit, 0) : fmtNumber(null)}
        />
        <Metric
          testId="metric-aisc"
          label={t('metrics.aisc')}
          value={uc ? fmtQuantity(uc.aisc, uc.unit, 0) : fmtNumber(null)}
        />
        <Metric
          testId="metric-take"
          label={t('metrics.take')}
          value={takeText(take) ?? t('metrics.notMeaningful')}
          note={takeText(take) ? t('metrics.takeNote', { rate }) : t('metrics.takeNotMeaningful', { rate })}
        />
      </div>
      <div className="scn-metric-tables">
        <DataTable
          caption={t('metrics.npvAtRates')}
          rowKey={(r) => r.ratePct}
          rows={result.npv.atRates}
          columns={[
            { key: 'r', header: t('table.discountRate'), unit: '%', render: (r) => fmtNumber(r.ratePct) },
            { key: 'pre', header: t('metrics.npvPreTax'), unit: 'USD m', numeric: true, value: (r) => r.preTax },
            { key: 'post', header: t('metrics.npvAfterTax'), unit: 'USD m', numeric: true, value: (r) => r.afterTax },
          ]}
        />
        {result.attributable.length > 0 && (
          <DataTable
            caption={t(result.npv.equity === null ? 'metrics.attributable' : 'metrics.attributableEquity')}
            rowKey={(r) => r.name}
            rows={result.attributable}
            columns={[
              { key: 'n', header: t('table.stakeholder'), render: (r) => r.name },
              { key: 's', header: t('table.share'), unit: '%', numeric: true, render: (r) => fmtNumber(r.sharePct, 1) },
              { key: 'v', header: t('table.attributableNpv'), unit: 'USD m', numeric: true, value: (r) => r.npvUsdM },
            ]}
          />
        )}
      </div>
      <p className="scn-small muted">
        {t(`convention.${result.convention}`)} {t('metrics.realTerms')}
      </p>
    </section>
  );
});

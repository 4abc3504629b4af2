// Why: the annual cash-flow table of a feasibility study (revenue down to free cash flow and its cumulative),
// with units in the header and a sticky header so a 40-year table stays readable on screen and in print.
import { memo } from 'react';
import type { AnnualColumn, RowPhase, ScenarioResult } from '../../../../../shared/scenario';
import { columnDigits } from '../../../../../shared/format';
import { fmtNumber } from '../../../i18n/format';
import { useT, type TFn } from '../useT';
import './report.css';

/** Columns shared by the on-screen table, the CSV and the XLSX "Annual cash flows" sheet. */
export const CASH_FLOW_COLUMNS: { key: AnnualColumn; label: string }[] = [
  { key: 'revenue', label: 'revenue' },
  { key: 'tcrcFreight', label: 'tcrcFreight' },
  { key: 'royalties', label: 'royalties' },
  { key: 'opex', label: 'opex' },
  { key: 'ebitda', label: 'ebitda' },
  { key: 'tax', label: 'tax' },
  { key: 'capex', label: 'capex' },
  { key: 'workingCapitalChange', label: 'workingCapital' },
  { key: 'preTaxFcf', label: 'preTaxFcf' },
  { key: 'afterTaxFcf', label: 'afterTaxFcf' },
  { key: 'cumulative', label: 'cumulative' },
  { key: 'discounted', label: 'discounted' },
];

export const phaseLabel = (t: TFn, phase: RowPhase) => t(`phase.${phase}`);

export const CashFlowTable = memo(function CashFlowTable({
  result,
  maxHeight = 420,
}: {
  result: ScenarioResult;
  maxHeight?: number | 'none';
}) {
  const t = useT();
  // One format per column (the totals included), so a column never mixes 75.2 with 1,383, and zero reads "0".
  const table = result.table;
  const digits = Object.fromEntries(CASH_FLOW_COLUMNS.map((c) => [c.key, columnDigits(table[c.key])]));
  const totals = Object.fromEntries(CASH_FLOW_COLUMNS.map((c) => [c.key, table[c.key].reduce((a, v) => a + v, 0)]));
  return (
    <div
      className="scn-table-scroll"
      style={maxHeight === 'none' ? undefined : { maxHeight }}
      tabIndex={0}
      role="region"
      aria-label={t('table.cashFlowTitle')}
      data-testid="cashflow-table"
    >
      <table className="data-table scn-table scn-cf-table">
        <caption>{t('table.cashFlowCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.year')}</th>
            <th scope="col">{t('table.phase')}</th>
            {CASH_FLOW_COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="num">
                {t(`table.${c.label}`)}
                <span className="unit"> (USD m)</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.year.map((year, i) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              <td>{phaseLabel(t, table.phase[i]!)}</td>
              {CASH_FLOW_COLUMNS.map((c) => {
                const v = table[c.key][i]!;
                return (
                  <td key={c.key} className={`num${v < -1e-9 ? ' neg' : ''}`}>
                    {fmtNumber(v, digits[c.key])}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('table.total')}</th>
            <td />
            {CASH_FLOW_COLUMNS.map((c) => (
              <td key={c.key} className="num">
                {c.key === 'cumulative' ? '' : fmtNumber(totals[c.key], digits[c.key])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
});

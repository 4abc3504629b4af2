// Why: the exported workbook is a live model an analyst can audit and change in Excel. Cash-flow lines that are
// simple functions of other cells or of the Inputs sheet (revenue, royalties, EBITDA, free cash flow, discounting)
// and the Results sheet's NPVs (project and equity), IRRs, paybacks, totals, NPV/capex, peak funding and unit costs
// are written as formulas with the app's values cached, and the discounting convention is in the formula itself.
// Everything else stays a value (tax, with its loss carry-forward; the breakeven price, solved by iteration).
import type { IrrDetail, IrrNote } from '../../../../shared/finance';
import type { FormulaCell } from '../../../../shared/ipc/contract';
import type { AnnualColumn, AnnualRow, Scenario, ScenarioResult } from '../../../../shared/scenario';

/** Excel column letter of a 0-based column index. */
export function colLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const f = (formula: string, result: number | null): FormulaCell => ({
  formula,
  result: result !== null && Number.isFinite(result) ? result : null,
});

/** Where the formulas find things: the Inputs sheet's value cell of a field, and the cash-flow sheet's columns. */
export interface WorkbookLayout {
  /** `Inputs!C7` for a field path key ('fiscal.royaltyPct'), or undefined if the field is not on the sheet. */
  input: (pathKey: string) => string | undefined;
  /** Column letter of a cash-flow column key ('revenue', 'afterTaxFcf', 'period', ...). */
  col: (key: string) => string;
  /** Number of model years (cash-flow rows 2..years+1). */
  years: number;
}

/** The cash-flow sheet's formula cells for `row`, model year i; keys the caller's columns use. */
export function cashFlowFormulas(
  s: Scenario,
  row: AnnualRow,
  L: WorkbookLayout,
  i: number,
): Record<string, FormulaCell> {
  const n = i + 2;
  const c = (k: string) => `${L.col(k)}${n}`;
  const out: Record<string, FormulaCell> = {};
  const prices = s.products.map((_, j) => L.input(`products.${j}.price`));
  if (prices.every((p) => p !== undefined)) {
    const terms = s.products.map((_, j) => `${c(`payable${j}`)}*${prices[j]}`);
    out.revenue = f(`(${terms.join('+') || '0'})/1000000`, row.revenue);
  }
  const roy = L.input('fiscal.royaltyPct');
  const fed = L.input('fiscal.federalNsrPct');
  const epz = L.input('fiscal.epzSurchargePct');
  if (roy && fed && epz) {
    const nsr = `MAX(0,${c('revenue')}-${c('tcrcFreight')})`;
    const base = s.fiscal.royaltyBase === 'nsr' ? nsr : c('revenue');
    out.royalties = f(`${roy}/100*${base}+${fed}/100*${nsr}+${epz}/100*${c('revenue')}`, row.royalties);
  }
  out.ebitda = f(`${c('revenue')}-${c('tcrcFreight')}-${c('royalties')}-${c('opex')}`, row.ebitda);
  out.preTaxFcf = f(`${c('ebitda')}-${c('capex')}-${c('workingCapitalChange')}`, row.preTaxFcf);
  out.afterTaxFcf = f(`${c('preTaxFcf')}-${c('tax')}`, row.afterTaxFcf);
  out.cumulative = f(i === 0 ? c('afterTaxFcf') : `${L.col('cumulative')}${n - 1}+${c('afterTaxFcf')}`, row.cumulative);
  const rate = L.input('discounting.ratePct');
  if (rate) {
    const df = row.afterTaxFcf !== 0 ? row.discounted / row.afterTaxFcf : i === 0 ? 1 : Number.NaN;
    // The stated convention, in the formula: end-of-year (1+r)^-t, or mid-year (1+r)^-(t-0.5) for t >= 1.
    out.discountFactor =
      s.discounting.convention === 'mid-year'
        ? f(`IF(${c('period')}=0,1,1/(1+${rate}/100)^(${c('period')}-0.5))`, Number.isFinite(df) ? df : null)
        : f(`1/(1+${rate}/100)^${c('period')}`, Number.isFinite(df) ? df : null);
    out.discounted = f(`${c('afterTaxFcf')}*${c('discountFactor')}`, row.discounted);
    out.cumulativeDiscounted = f(
      i === 0 ? c('discounted') : `${L.col('cumulativeDiscounted')}${n - 1}+${c('discounted')}`,
      row.cumulativeDiscounted,
    );
    out.negativeDiscountedYear = f(
      `IF(${c('cumulativeDiscounted')}<0,${c('period')},-1)`,
      row.cumulativeDiscounted < 0 ? i : -1,
    );
  }
  out.negativeYear = f(`IF(${c('cumulative')}<0,${c('period')},-1)`, row.cumulative < 0 ? i : -1);
  return out;
}

type ResultRow = [string, string | number | null | FormulaCell, string, string?];

/** Results-sheet formulas: NPV (chosen rate and 0/5/8/10%), IRRs, payback and totals over the cash-flow sheet. */
export function resultFormulas(
  s: Scenario,
  r: ScenarioResult,
  L: WorkbookLayout,
  sheet: string,
  label: {
    npvAfter: (rate: number) => string;
    npvPre: (rate: number) => string;
    irrAfter: string;
    irrPre: string;
    payback: string;
    total: (item: string) => string;
    items: Partial<Record<AnnualColumn, string>>;
    undefinedIrr: string;
    /** The engine's IRR note in the reader's words (irrText). */
    irrNote: (n: IrrNote) => string;
    never: string;
    npvEquity: string;
    irrEquity: string;
    equityRate: (rate: number) => string;
    discountedPayback: string;
    years: string;
    npvToCapex: string;
    peakFunding: string;
    c1: string;
    aisc: string;
  },
): ResultRow[] {
  const q = `'${sheet}'!`;
  const last = L.years + 1;
  const range = (k: string) => `${q}${L.col(k)}2:${L.col(k)}${last}`;
  const first = (k: string) => `${q}${L.col(k)}2`;
  const rest = (k: string) => `${q}${L.col(k)}3:${L.col(k)}${last}`;
  const rateCell = L.input('discounting.ratePct');
  const mid = s.discounting.convention === 'mid-year';
  // Excel's NPV discounts its first value one period: flows[0] + NPV(r, flows[1..]), times (1+r)^0.5 for mid-year.
  const npv = (k: string, r100: string) =>
    `${first(k)}+NPV(${r100}/100,${rest(k)})${mid ? `*(1+${r100}/100)^0.5` : ''}`;
  const out: ResultRow[] = [];
  const chosen = rateCell ?? String(r.discountRatePct);
  out.push([label.npvAfter(r.discountRatePct), f(npv('afterTaxFcf', chosen), r.npv.afterTax), 'USD m']);
  out.push([label.npvPre(r.discountRatePct), f(npv('preTaxFcf', chosen), r.npv.preTax), 'USD m']);
  for (const a of r.npv.atRates) {
    out.push([label.npvAfter(a.ratePct), f(npv('afterTaxFcf', String(a.ratePct)), a.afterTax), 'USD m']);
    out.push([label.npvPre(a.ratePct), f(npv('preTaxFcf', String(a.ratePct)), a.preTax), 'USD m']);
  }
  // IRR seeded at the app's value, so Excel lands on the root the app quotes (the + to - NPV crossing).
  const irrRow = (name: string, k: string, d: IrrDetail): ResultRow => [
    name,
    d.value === null
      ? `${label.undefinedIrr}: ${d.note ? label.irrNote(d.note) : ''}`
      : f(`IRR(${range(k)},${d.value})*100`, d.value * 100),
    '%',
  ];
  out.push(irrRow(label.irrAfter, 'afterTaxFcf', r.irr.afterTax));
  out.push(irrRow(label.irrPre, 'preTaxFcf', r.irr.preTax));
  // Payback: the last period with a negative cumulative, plus the share of the next year's flow that clears it.
  const paybackFormula = (negCol: string, cumCol: string, flowCol: string) => {
    const neg = `MAX(${range(negCol)})`;
    return `IF(${neg}<0,0,${neg}-INDEX(${range(cumCol)},${neg}+1)/INDEX(${range(flowCol)},${neg}+2))`;
  };
  out.push([
    label.payback,
    r.payback.years === null
      ? label.never
      : f(paybackFormula('negativeYear', 'cumulative', 'afterTaxFcf'), r.payback.years),
    'years',
  ]);
  for (const [k, name] of Object.entries(label.items)) {
    const total = r.table[k as AnnualColumn].reduce((acc, v) => acc + v, 0);
    out.push([label.total(name), f(`SUM(${range(k)})`, total), 'USD m']);
  }
  // Equity (levered) cash flows, discounted at the cost of equity the app used (stated in the note).
  if (r.npv.equity !== null) {
    out.push([
      label.npvEquity,
      f(npv('equityFcf', String(r.equityRatePct)), r.npv.equity),
      'USD m',
      label.equityRate(r.equityRatePct),
    ]);
  } else out.push([label.npvEquity, null, 'USD m']);
  const eq = r.irr.equity;
  out.push(eq ? irrRow(label.irrEquity, 'equityFcf', eq) : [label.irrEquity, null, '%']);
  out.push([
    label.discountedPayback,
    r.payback.discountedYears === null || !rateCell
      ? null
      : f(paybackFormula('negativeDiscountedYear', 'cumulativeDiscounted', 'discounted'), r.payback.discountedYears),
    label.years,
  ]);
  out.push([
    label.npvToCapex,
    r.npvToCapex === null ? null : f(`(${npv('afterTaxFcf', chosen)})/SUM(${range('capexInitial')})`, r.npvToCapex),
    '×',
  ]);
  out.push([label.peakFunding, f(`MAX(0,-MIN(${range('cumulative')}))`, r.peakFunding.usdM), 'USD m']);
  // Unit costs per payable unit of the main product: C1 = (opex + TC/RC and freight - by-product revenue) / payable;
  // AISC adds royalties and sustaining capex. By-product revenue is payable x price from the Inputs sheet.
  const main = s.products.findIndex((p) => p.id === r.unitCosts?.productId);
  const prices = s.products.map((_, j) => L.input(`products.${j}.price`));
  if (r.unitCosts && main >= 0 && prices.every((p) => p !== undefined)) {
    const by = s.products
      .map((_, j) => (j === main ? '' : `-SUM(${range(`payable${j}`)})*${prices[j]}/1000000`))
      .join('');
    const payable = `SUM(${range(`payable${main}`)})`;
    const c1 = `(SUM(${range('opex')})+SUM(${range('tcrcFreight')})${by})*1000000/${payable}`;
    out.push([label.c1, f(c1, r.unitCosts.c1), r.unitCosts.unit]);
    const aisc = `${c1}+(SUM(${range('royalties')})+SUM(${range('capexSustaining')}))*1000000/${payable}`;
    out.push([label.aisc, f(aisc, r.unitCosts.aisc), r.unitCosts.unit]);
  } else {
    out.push([label.c1, null, r.unitCosts?.unit ?? ''], [label.aisc, null, r.unitCosts?.unit ?? '']);
  }
  return out;
}

// Why: the exported workbook is a live model an analyst can audit and change in Excel. Cash-flow lines that are
// simple functions of other cells or of the Inputs sheet (revenue, royalties, EBITDA, free cash flow, discounting)
// and the Results sheet's NPVs, IRRs, payback and totals are written as formulas with the app's values cached, and
// the discounting convention is in the formula itself. Everything else stays a value.
import type { FormulaCell } from '../../../../shared/ipc/contract';
import type { Scenario, ScenarioResult } from '../../../../shared/scenario';

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

/** The cash-flow sheet's formula cells for row i (model year i); keys the caller's columns use. */
export function cashFlowFormulas(
  s: Scenario,
  r: ScenarioResult,
  L: WorkbookLayout,
  i: number,
): Record<string, FormulaCell> {
  const n = i + 2;
  const c = (k: string) => `${L.col(k)}${n}`;
  const row = r.rows[i]!;
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
  }
  out.negativeYear = f(`IF(${c('cumulative')}<0,${c('period')},-1)`, row.cumulative < 0 ? i : -1);
  return out;
}

type ResultRow = [string, string | number | null | FormulaCell, string];

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
    items: Record<string, string>;
    undefinedIrr: string;
    never: string;
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
  const irrRow = (name: string, k: string, v: number | null, reason?: string): ResultRow => [
    name,
    v === null ? `${label.undefinedIrr}: ${reason ?? ''}` : f(`IRR(${range(k)},${v})*100`, v * 100),
    '%',
  ];
  out.push(irrRow(label.irrAfter, 'afterTaxFcf', r.irr.afterTax.value, r.irr.afterTax.reason));
  out.push(irrRow(label.irrPre, 'preTaxFcf', r.irr.preTax.value, r.irr.preTax.reason));
  const neg = `MAX(${range('negativeYear')})`;
  const cum = range('cumulative');
  const at = range('afterTaxFcf');
  out.push([
    label.payback,
    r.payback.years === null
      ? label.never
      : f(`IF(${neg}<0,0,${neg}-INDEX(${cum},${neg}+1)/INDEX(${at},${neg}+2))`, r.payback.years),
    'years',
  ]);
  for (const [k, name] of Object.entries(label.items)) {
    const total = r.rows.reduce((acc, x) => acc + (x[k as keyof typeof x] as number), 0);
    out.push([label.total(name), f(`SUM(${range(k)})`, total), 'USD m']);
  }
  return out;
}

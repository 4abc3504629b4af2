// Why: analysts take a scenario into Excel: Inputs (value, unit, basis, source), Annual cash flows (with units,
// one row per model year) and Results, written by main through its save dialog (the renderer never touches disk).
// The workbook is live: see workbookFormulas.ts for which cells are formulas (with the app's values cached).
import type { FormulaCell, TableExport } from '../../../../shared/ipc/contract';
import { annualRows, type Scenario, type ScenarioResult } from '../../../../shared/scenario';
import { cleanFileStem } from '../../../../shared/workspace/names';
import { CASH_FLOW_COLUMNS } from './report/CashFlowTable';
import { catalogue, fieldLabel } from './catalogue/catalogue';
import { getIn, isInput, numberAt, pathKey } from './catalogue/paths';
import { provenanceOf } from './catalogue/provenance';
import { irrNoteText } from './irrText';
import { cashFlowFormulas, colLetter, resultFormulas, type WorkbookLayout } from './workbookFormulas';

type T = (k: string, o?: Record<string, string | number>) => string;
type Row = Record<string, string | number | null | FormulaCell>;
const CF_SHEET = 'Annual cash flows';

const round = (x: number, d = 4) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

function cashFlowColumns(t: T, s: Scenario) {
  return [
    { key: 'year', header: t('table.year') },
    { key: 'phase', header: t('table.phase') },
    ...CASH_FLOW_COLUMNS.map((c) => ({ key: c.key, header: t(`table.${c.label}`), unit: 'USD m' })),
    { key: 'oreMt', header: t('table.ore'), unit: 'Mt' },
    { key: 'period', header: t('export.period') },
    { key: 'discountFactor', header: t('export.discountFactor') },
    { key: 'negativeYear', header: t('export.negativeYear') },
    ...s.products.map((p, j) => ({
      key: `payable${j}`,
      header: t('export.payable', { product: p.name }),
      unit: p.priceUnit.replace('USD/', ''),
    })),
    { key: 'capexInitial', header: t('export.capexInitial'), unit: 'USD m' },
    { key: 'capexSustaining', header: t('export.capexSustaining'), unit: 'USD m' },
    { key: 'equityFcf', header: t('export.equityFcf'), unit: 'USD m' },
    { key: 'cumulativeDiscounted', header: t('export.cumulativeDiscounted'), unit: 'USD m' },
    { key: 'negativeDiscountedYear', header: t('export.negativeDiscountedYear') },
  ];
}

/** `layout` present (XLSX): formula cells over the Inputs sheet and the row's own cells; absent (CSV): values only. */
function cashFlowSheet(t: T, s: Scenario, r: ScenarioResult, layout?: WorkbookLayout) {
  const columns = cashFlowColumns(t, s);
  const rows: Row[] = annualRows(r.table).map((row, i) => ({
    year: row.year,
    phase: t(`phase.${row.phase}`),
    oreMt: round(row.oreMt),
    period: i,
    ...Object.fromEntries(CASH_FLOW_COLUMNS.map((c) => [c.key, round(row[c.key] as number)])),
    ...Object.fromEntries(s.products.map((_, j) => [`payable${j}`, round(row.payable[j] ?? 0)])),
    capexInitial: round(row.capexInitial),
    capexSustaining: round(row.capexSustaining),
    equityFcf: round(row.equityFcf),
    cumulativeDiscounted: round(row.cumulativeDiscounted),
    negativeDiscountedYear: row.cumulativeDiscounted < 0 ? i : -1,
    ...(layout ? cashFlowFormulas(s, row, layout, i) : {}),
  }));
  return { columns, rows };
}

function inputsSheet(t: T, s: Scenario, source: Scenario | null) {
  const columns = [
    { key: 'group', header: t('export.group') },
    { key: 'input', header: t('assumptions.input') },
    { key: 'value', header: t('assumptions.value') },
    { key: 'unit', header: t('assumptions.unit') },
    { key: 'basis', header: t('assumptions.basis') },
    { key: 'figure', header: t('export.figure') },
    { key: 'source', header: t('export.source') },
    { key: 'note', header: t('export.note') },
    { key: 'sourceCase', header: t('export.sourceCase') },
  ];
  const rows: Row[] = catalogue(s).map((f) => {
    const raw = getIn(s, f.path);
    const p = isInput(raw) ? provenanceOf(raw) : null;
    const before = source ? numberAt(source, f.path) : undefined;
    return {
      group: t(`group.${f.group}`),
      input: fieldLabel(t, f),
      value: numberAt(s, f.path) ?? null,
      unit: f.unit,
      basis: p ? t(`basis.${p.basis}`) : t('basis.setting'),
      figure: p?.figure?.id ?? '',
      source: p?.sourceText ?? '',
      note: p?.note ?? '',
      sourceCase: before ?? null,
    };
  });
  rows.push(
    {
      group: t('group.discounting'),
      input: t('field.convention'),
      value: s.discounting.convention,
      unit: '',
      basis: t('basis.setting'),
      figure: '',
      source: '',
      note: t(`convention.${s.discounting.convention}`),
      sourceCase: source?.discounting.convention ?? null,
    },
    {
      group: t('group.timing'),
      input: t('field.followRoadmap'),
      value: String(s.timing.followRoadmap),
      unit: '',
      basis: t('basis.setting'),
      figure: '',
      source: '',
      note: '',
      sourceCase: source ? String(source.timing.followRoadmap) : null,
    },
    {
      group: t('group.timing'),
      input: t('field.productionStartsIn'),
      value: String(getIn(s, ['timing', 'productionStartsIn']) ?? 'demonstration'),
      unit: '',
      basis: t('basis.setting'),
      figure: '',
      source: '',
      note: '',
      sourceCase: source ? String(getIn(source, ['timing', 'productionStartsIn']) ?? 'demonstration') : null,
    },
  );
  return { columns, rows };
}

function resultsSheet(t: T, s: Scenario, r: ScenarioResult, layout: WorkbookLayout) {
  const live = resultFormulas(s, r, layout, CF_SHEET, {
    npvAfter: (rate) => t('metrics.npvAfterTaxAt', { rate }),
    npvPre: (rate) => t('metrics.npvPreTaxAt', { rate }),
    irrAfter: t('metrics.irrAfter'),
    irrPre: t('metrics.irrPre'),
    payback: t('metrics.payback'),
    total: (item) => t('export.total', { item }),
    items: Object.fromEntries(
      (['revenue', 'royalties', 'tax', 'capex', 'preTaxFcf', 'afterTaxFcf'] as const).map((k) => [
        k,
        t(`table.${CASH_FLOW_COLUMNS.find((c) => c.key === k)!.label}`),
      ]),
    ),
    undefinedIrr: t('metrics.irrUndefined'),
    irrNote: (n) => irrNoteText(t, n),
    never: t('metrics.never'),
    npvEquity: t('metrics.npvEquity'),
    irrEquity: t('metrics.irrEquity'),
    equityRate: (rate) => t('export.equityRate', { rate }),
    discountedPayback: t('metrics.discountedPayback'),
    years: t('units.years'),
    npvToCapex: t('metrics.npvToCapex'),
    peakFunding: t('metrics.peakFunding'),
    c1: t('metrics.c1'),
    aisc: t('metrics.aisc'),
  });
  const m: [string, string | number | null | FormulaCell, string, string?][] = [
    ...live,
    [
      t('metrics.breakeven', { product: s.products.find((p) => p.id === r.breakeven?.productId)?.name ?? '' }),
      r.breakeven ? round(r.breakeven.price, 2) : null,
      r.breakeven?.priceUnit ?? '',
      t('export.solvedByApp'),
    ],
    [
      t('take.governmentPct'),
      r.governmentTake.discounted.governmentPct === null ? null : round(r.governmentTake.discounted.governmentPct, 2),
      '%',
    ],
    ...r.attributable.map((a): [string, number | null, string] => [
      `${t('table.attributableNpv')}: ${a.name}`,
      round(a.npvUsdM, 2),
      'USD m',
    ]),
  ];
  const rows: Row[] = m.map(([metric, value, unit, note]) => ({ metric, value, unit, note: note ?? '' }));
  rows.push(
    { metric: t('export.convention'), value: t(`convention.${r.convention}`), unit: '' },
    { metric: t('export.stampLabel'), value: t('stamp'), unit: '' },
  );
  return {
    columns: [
      { key: 'metric', header: t('compare.metric') },
      { key: 'value', header: t('assumptions.value') },
      { key: 'unit', header: t('assumptions.unit') },
      { key: 'note', header: t('export.note') },
    ],
    rows,
  };
}

export function buildExport(
  format: 'xlsx' | 'csv',
  t: T,
  s: Scenario,
  source: Scenario | null,
  r: ScenarioResult,
): TableExport {
  const suggestedName = cleanFileStem(s.meta.name, 'scenario', 70);
  if (format === 'csv') {
    const cf = cashFlowSheet(t, s, r);
    return {
      format,
      suggestedName: `${suggestedName} cash flows`.slice(0, 80),
      sheetName: CF_SHEET,
      columns: cf.columns,
      rows: cf.rows,
      extraSheets: [],
    };
  }
  const inputs = inputsSheet(t, s, source);
  // Inputs rows start at spreadsheet row 2; the value is the third column (C).
  const inputRow = new Map(catalogue(s).map((f, i) => [pathKey(f.path), i + 2]));
  const cfKeys = cashFlowColumns(t, s).map((c) => c.key);
  const layout: WorkbookLayout = {
    input: (k) => (inputRow.has(k) ? `Inputs!C${inputRow.get(k)}` : undefined),
    col: (k) => colLetter(cfKeys.indexOf(k)),
    years: r.table.years,
  };
  return {
    format,
    suggestedName,
    sheetName: 'Inputs',
    columns: inputs.columns,
    rows: inputs.rows,
    extraSheets: [
      { name: CF_SHEET, ...cashFlowSheet(t, s, r, layout) },
      { name: 'Results', ...resultsSheet(t, s, r, layout) },
    ],
  };
}

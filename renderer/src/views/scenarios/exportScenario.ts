// Why: analysts take a scenario into Excel: Inputs (value, unit, basis, source), Annual cash flows (with units,
// one row per model year) and Results, written by main through its save dialog (the renderer never touches disk).
import type { TableExport } from '../../../../shared/ipc/contract';
import type { Scenario, ScenarioResult } from '../../../../shared/scenario';
import { CASH_FLOW_COLUMNS } from './report/CashFlowTable';
import { catalogue, fieldLabel } from './lib/catalogue';
import { getIn, isInput, numberAt } from './lib/paths';
import { provenanceOf } from './lib/provenance';

type T = (k: string, o?: Record<string, string | number>) => string;
type Row = Record<string, string | number | null>;

const round = (x: number, d = 4) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

export function safeExportName(name: string): string {
  return name.replace(/[^\w .()-]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 70) || 'scenario';
}

function cashFlowSheet(t: T, r: ScenarioResult) {
  const columns = [
    { key: 'year', header: t('table.year') },
    { key: 'phase', header: t('table.phase') },
    ...CASH_FLOW_COLUMNS.map((c) => ({ key: c.key, header: t(`table.${c.label}`), unit: 'USD m' })),
    { key: 'oreMt', header: t('table.ore'), unit: 'Mt' },
  ];
  const rows: Row[] = r.rows.map((row) => ({
    year: row.year,
    phase: t(`phase.${row.phase}`),
    oreMt: round(row.oreMt),
    ...Object.fromEntries(CASH_FLOW_COLUMNS.map((c) => [c.key, round(row[c.key] as number)])),
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
    { group: t('group.discounting'), input: t('field.convention'), value: s.discounting.convention, unit: '', basis: t('basis.setting'), figure: '', source: '', note: t(`convention.${s.discounting.convention}`), sourceCase: source?.discounting.convention ?? null },
    { group: t('group.timing'), input: t('field.followRoadmap'), value: String(s.timing.followRoadmap), unit: '', basis: t('basis.setting'), figure: '', source: '', note: '', sourceCase: source ? String(source.timing.followRoadmap) : null },
    { group: t('group.timing'), input: t('field.productionStartsIn'), value: String(getIn(s, ['timing', 'productionStartsIn']) ?? 'demonstration'), unit: '', basis: t('basis.setting'), figure: '', source: '', note: '', sourceCase: source ? String(getIn(source, ['timing', 'productionStartsIn']) ?? 'demonstration') : null },
  );
  return { columns, rows };
}

function resultsSheet(t: T, s: Scenario, r: ScenarioResult) {
  const irr = (v: number | null, reason?: string) => (v === null ? `${t('metrics.irrUndefined')}: ${reason ?? ''}` : round(v * 100, 2));
  const m: [string, string | number | null, string][] = [
    [t('metrics.npvAfterTaxAt', { rate: r.discountRatePct }), round(r.npv.afterTax, 2), 'USD m'],
    [t('metrics.npvPreTaxAt', { rate: r.discountRatePct }), round(r.npv.preTax, 2), 'USD m'],
    ...r.npv.atRates.flatMap((a): [string, number | null, string][] => [
      [t('metrics.npvAfterTaxAt', { rate: a.ratePct }), round(a.afterTax, 2), 'USD m'],
      [t('metrics.npvPreTaxAt', { rate: a.ratePct }), round(a.preTax, 2), 'USD m'],
    ]),
    [t('metrics.npvEquity'), r.npv.equity === null ? null : round(r.npv.equity, 2), 'USD m'],
    [t('metrics.irrAfter'), irr(r.irr.afterTax.value, r.irr.afterTax.reason), '%'],
    [t('metrics.irrPre'), irr(r.irr.preTax.value, r.irr.preTax.reason), '%'],
    [t('metrics.irrEquity'), r.irr.equity ? irr(r.irr.equity.value, r.irr.equity.reason) : null, '%'],
    [t('metrics.payback'), r.payback.years === null ? null : round(r.payback.years, 2), t('units.years')],
    [t('metrics.discountedPayback'), r.payback.discountedYears === null ? null : round(r.payback.discountedYears, 2), t('units.years')],
    [t('metrics.npvToCapex'), r.npvToCapex === null ? null : round(r.npvToCapex, 3), '×'],
    [t('metrics.peakFunding'), round(r.peakFunding.usdM, 2), 'USD m'],
    [t('metrics.breakeven', { product: s.products.find((p) => p.id === r.breakeven?.productId)?.name ?? '' }), r.breakeven ? round(r.breakeven.price, 2) : null, r.breakeven?.priceUnit ?? ''],
    [t('metrics.c1'), r.unitCosts ? round(r.unitCosts.c1, 2) : null, r.unitCosts?.unit ?? ''],
    [t('metrics.aisc'), r.unitCosts ? round(r.unitCosts.aisc, 2) : null, r.unitCosts?.unit ?? ''],
    [t('take.governmentPct'), r.governmentTake.discounted.governmentPct === null ? null : round(r.governmentTake.discounted.governmentPct, 2), '%'],
    ...r.attributable.map((a): [string, number | null, string] => [`${t('table.attributableNpv')}: ${a.name}`, round(a.npvUsdM, 2), 'USD m']),
  ];
  const rows: Row[] = m.map(([metric, value, unit]) => ({ metric, value, unit }));
  rows.push({ metric: t('export.convention'), value: t(`convention.${r.convention}`), unit: '' }, { metric: t('export.stampLabel'), value: t('stamp'), unit: '' });
  return { columns: [{ key: 'metric', header: t('compare.metric') }, { key: 'value', header: t('assumptions.value') }, { key: 'unit', header: t('assumptions.unit') }], rows };
}

export function buildExport(format: 'xlsx' | 'csv', t: T, s: Scenario, source: Scenario | null, r: ScenarioResult): TableExport {
  const cf = cashFlowSheet(t, r);
  const suggestedName = safeExportName(s.meta.name);
  if (format === 'csv') return { format, suggestedName: `${suggestedName} cash flows`.slice(0, 80), sheetName: 'Annual cash flows', columns: cf.columns, rows: cf.rows, extraSheets: [] };
  const inputs = inputsSheet(t, s, source);
  return {
    format,
    suggestedName,
    sheetName: 'Inputs',
    columns: inputs.columns,
    rows: inputs.rows,
    extraSheets: [{ name: 'Annual cash flows', ...cf }, { name: 'Results', ...resultsSheet(t, s, r) }],
  };
}

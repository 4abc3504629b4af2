// Why: one list of every numeric input of a scenario (group, label, path, unit, slider range). The editor, the
// "diff vs source" list, the printable assumptions table and the XLSX Inputs sheet all read it, so an input can
// never be editable but missing from the export, or exported under another name.
import type { Scenario } from '../../../../../shared/scenario';
import { LEVER_DEFINITIONS, RiskCategoryIdSchema } from '../../../../../shared/scenario';
import { getIn, isInput, type Path } from './paths';
import { commodityLabel } from '../structure/edits';

export const GROUPS = [
  'timing',
  'products',
  'throughput',
  'capex',
  'opex',
  'fiscal',
  'debt',
  'discounting',
  'levers',
  'risk',
] as const;
export type GroupId = (typeof GROUPS)[number];

export interface FieldDef {
  group: GroupId;
  path: Path;
  /** i18n key under `field.` and its parameters (product or tranche name). */
  label: string;
  params?: Record<string, string>;
  /** Unit shown beside the field; an Input's own unit wins. */
  unit: string;
  /** Whole numbers only (years, offsets). */
  integer?: boolean;
  /** Slider range; the typed value may go beyond it within the schema's bounds. */
  slider: [number, number];
  step: number;
}

const PCT: [number, number] = [0, 100];

/** Slider range around a value with no natural bound: 0 .. twice the value (or 1 when zero). */
function around(v: number): [number, number] {
  const hi = v > 0 ? v * 2 : 1;
  return [0, Number(hi.toPrecision(2))];
}

function stepFor(range: [number, number], integer?: boolean): number {
  if (integer) return 1;
  const span = range[1] - range[0];
  const raw = span / 200;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  return Number((Math.ceil(raw / p) * p).toPrecision(1));
}

export function catalogue(s: Scenario): FieldDef[] {
  const out: FieldDef[] = [];
  const add = (
    group: GroupId,
    path: Path,
    label: string,
    o: { unit?: string; slider?: [number, number]; integer?: boolean; params?: Record<string, string> } = {},
  ) => {
    const raw = getIn(s, path);
    const value = isInput(raw) ? raw.value : typeof raw === 'number' ? raw : 0;
    const slider = o.slider ?? around(value);
    out.push({
      group,
      path,
      label,
      unit: (isInput(raw) ? raw.unit : undefined) ?? o.unit ?? '',
      slider,
      step: stepFor(slider, o.integer),
      ...(o.integer ? { integer: true } : {}),
      ...(o.params ? { params: o.params } : {}),
    });
  };

  add('timing', ['timing', 'startYear'], 'startYear', { unit: 'year', slider: [2020, 2050], integer: true });
  add('timing', ['timing', 'startDelayYears'], 'startDelayYears', { slider: [0, 10], integer: true });
  add('timing', ['timing', 'lifeYears'], 'lifeYears', { slider: [1, 60], integer: true });
  for (const ph of ['demonstration', 'scaling', 'impact'] as const) {
    add('timing', ['timing', 'phases', ph, 'startOffsetYears'], `phaseStart.${ph}`, {
      unit: 'years',
      slider: [0, 30],
      integer: true,
    });
    add('timing', ['timing', 'phases', ph, 'durationYears'], `phaseDuration.${ph}`, {
      unit: 'years',
      slider: [0, 40],
      integer: true,
    });
  }

  s.products.forEach((p, i) => {
    const params = { product: p.name };
    const base = ['products', i] as const;
    add('products', [...base, 'price'], 'price', { params });
    if (p.mode === 'ore') {
      add('products', [...base, 'grade'], 'grade', {
        params,
        slider:
          p.grade.unit === '%' ? [0, Math.max(1, Number((p.grade.value * 3).toPrecision(2)))] : around(p.grade.value),
      });
      add('products', [...base, 'recovery'], 'recovery', { params, slider: PCT });
    } else {
      add('products', [...base, 'directTonnesPerYear'], 'directTonnesPerYear', { params });
    }
    add('products', [...base, 'payability'], 'payability', { params, slider: PCT });
    add('products', [...base, 'tcrc', 'value'], p.tcrc.mode === 'per-unit' ? 'tcrcPerUnit' : 'tcrcPct', {
      params,
      ...(p.tcrc.mode === 'pct-revenue' ? { slider: [0, 30] as [number, number] } : {}),
    });
    add('products', [...base, 'freight'], 'freight', { params });
    if (p.concentrateGradePct)
      add('products', [...base, 'concentrateGradePct'], 'concentrateGrade', { params, slider: [1, 100] });
  });

  for (const k of ['demonstrationMtpa', 'scalingMtpa', 'fullMtpa'] as const) add('throughput', ['throughput', k], k);
  add('throughput', ['throughput', 'rampUpYears'], 'rampUpYears', { slider: [0, 10] });

  s.costs.capexTranches.forEach((t, i) => {
    const params = { tranche: t.label };
    add('capex', ['costs', 'capexTranches', i, 'amountUsdM'], 'trancheAmount', { params });
    add('capex', ['costs', 'capexTranches', i, 'startOffsetYears'], 'trancheStart', {
      params,
      unit: 'years',
      slider: [-10, 10],
      integer: true,
    });
    add('capex', ['costs', 'capexTranches', i, 'spreadYears'], 'trancheSpread', {
      params,
      unit: 'years',
      slider: [1, 10],
      integer: true,
    });
  });
  add(
    'capex',
    ['costs', 'sustaining', 'value'],
    s.costs.sustaining.mode === 'pct-initial' ? 'sustainingPct' : 'sustainingUsd',
    s.costs.sustaining.mode === 'pct-initial' ? { slider: [0, 10] } : {},
  );
  add('capex', ['costs', 'closureUsdM'], 'closureUsdM');

  add('opex', ['costs', 'opexPerTonneOre'], 'opexPerTonneOre');
  add('opex', ['costs', 'fixedOpexUsdMPerYear'], 'fixedOpexUsdMPerYear');
  add('opex', ['costs', 'power', 'value'], s.costs.power.mode === 'usd-per-t' ? 'powerPerT' : 'powerUsdM');
  add('opex', ['costs', 'waterUsdMPerYear'], 'waterUsdMPerYear');
  add('opex', ['costs', 'workingCapitalPctOfRevenue'], 'workingCapitalPct', { slider: [0, 30] });

  for (const k of ['royaltyPct', 'federalNsrPct', 'epzSurchargePct'] as const)
    add('fiscal', ['fiscal', k], k, { slider: [0, 15] });
  add('fiscal', ['fiscal', 'corporateTaxPct'], 'corporateTaxPct', { slider: [0, 50] });
  add('fiscal', ['fiscal', 'superTaxPct'], 'superTaxPct', { slider: [0, 20] });
  add('fiscal', ['fiscal', 'depreciationYears'], 'depreciationYears', { slider: [1, 30] });
  add('fiscal', ['fiscal', 'lossCarryForwardYears'], 'lossCarryForwardYears', { slider: [0, 20] });
  add('fiscal', ['fiscal', 'dividendWhtPct'], 'dividendWhtPct', { slider: [0, 30] });
  add('fiscal', ['fiscal', 'foreignEquityPct'], 'foreignEquityPct', { slider: PCT });
  add('fiscal', ['fiscal', 'stateEquityPct'], 'stateEquityPct', { slider: PCT });
  s.fiscal.stakeholders.forEach((k, i) =>
    add('fiscal', ['fiscal', 'stakeholders', i, 'sharePct'], 'stakeholderShare', {
      unit: '%',
      slider: PCT,
      params: { name: k.name },
    }),
  );

  add('debt', ['debt', 'shareOfCapexPct'], 'debtShare', { slider: [0, 80] });
  add('debt', ['debt', 'ratePct'], 'debtRate', { slider: [0, 20] });
  add('debt', ['debt', 'tenorYears'], 'debtTenor', { slider: [1, 30] });

  add('discounting', ['discounting', 'ratePct'], 'discountRate', { slider: [0, 20] });

  for (const d of LEVER_DEFINITIONS) {
    for (const k of Object.keys(s.levers[d.id])) {
      if (k === 'enabled') continue;
      const bounded = k.endsWith('Pct') || k.endsWith('Pp');
      add('levers', ['levers', d.id, k], `lever.${k}`, {
        params: { lever: d.id },
        ...(bounded ? { slider: [0, k.endsWith('Pp') ? 10 : 100] as [number, number] } : {}),
      });
    }
  }

  add('risk', ['risk', 'defaultPriceSigmaPct'], 'priceSigma', { slider: [0, 80] });
  s.risk.priceSigmaPct.forEach((p, i) =>
    add('risk', ['risk', 'priceSigmaPct', i, 'sigma'], 'priceSigmaFor', {
      slider: [0, 80],
      params: { commodity: commodityLabel(s, p.commodityPriceId) },
    }),
  );
  add('risk', ['risk', 'priceCorrelation'], 'priceCorrelation', { slider: [-0.9, 0.9] });
  add('risk', ['risk', 'pricePaths', 'halfLifeYears'], 'pathHalfLife', { slider: [0.5, 20] });
  add('risk', ['risk', 'pricePaths', 'defaultAnnualVolPct'], 'pathVol', { slider: [0, 80] });
  s.risk.pricePaths.annualVolPct.forEach((p, i) =>
    add('risk', ['risk', 'pricePaths', 'annualVolPct', i, 'sigma'], 'pathVolFor', {
      slider: [0, 80],
      params: { commodity: commodityLabel(s, p.commodityPriceId) },
    }),
  );
  s.risk.pricePaths.longTermPctOfDeck.forEach((p, i) =>
    add('risk', ['risk', 'pricePaths', 'longTermPctOfDeck', i, 'pct'], 'pathLongTermFor', {
      slider: [20, 200],
      params: { commodity: commodityLabel(s, p.commodityPriceId) },
    }),
  );
  add('risk', ['risk', 'capexLowPct'], 'capexLowPct', { slider: [-50, 0] });
  add('risk', ['risk', 'capexHighPct'], 'capexHighPct', { slider: [0, 100] });
  add('risk', ['risk', 'opexLowPct'], 'opexLowPct', { slider: [-50, 0] });
  add('risk', ['risk', 'opexHighPct'], 'opexHighPct', { slider: [0, 100] });
  add('risk', ['risk', 'delayProbabilityPct'], 'delayProbabilityPct', { slider: PCT });
  add('risk', ['risk', 'delayMaxYears'], 'delayMaxYears', { slider: [0, 10], integer: true });
  for (const c of RiskCategoryIdSchema.options) {
    if (!s.risk.categories[c]) continue;
    add('risk', ['risk', 'categories', c, 'likelihood'], 'riskLikelihood', {
      slider: [1, 5],
      integer: true,
      params: { category: c },
    });
    add('risk', ['risk', 'categories', c, 'impact'], 'riskImpact', {
      slider: [1, 5],
      integer: true,
      params: { category: c },
    });
  }
  return out;
}

/** The field's label in the UI language (risk categories and levers are named by id in the params). */
export function fieldLabel(
  t: (k: string, o?: Record<string, string>) => string,
  f: Pick<FieldDef, 'label' | 'params'>,
): string {
  const p: Record<string, string> = { ...f.params };
  if (p.category) p.category = t(`riskCategory.${p.category}`);
  if (p.lever) p.lever = t(`leverName.${p.lever}`);
  return t(`field.${f.label}`, p);
}

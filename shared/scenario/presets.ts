// Why: ready-made scenarios for the projects the briefing covers. Values come from the dataset by figure id;
// everything the fact sheet does not give is an explicit, editable assumption with a note.
import type { Scenario } from './model';
import { a, baseScenario, fig, generalTaxes, price, product, setRisk, type ScenarioPreset } from './preset-helpers';
import { rekoDiqCurrentPrices, rekoDiqRevisedCost, rekoDiqReview, rekoDiqStudy2025 } from './presets-reko-diq';

export type { ScenarioPreset } from './preset-helpers';

function ussm(): Scenario {
  const s = baseScenario(
    'ussm-export-programme',
    'USSM export programme (demonstration scale)',
    'The USD 500 million USSM–FWO programme modelled as a small direct-shipping operation selling antimony, copper concentrate and NdPr oxide. Tonnages, costs and the capex split are assumptions: none is sourced.',
  );
  s.timing.phases = {
    demonstration: { startOffsetYears: 1, durationYears: 3 },
    scaling: { startOffsetYears: 4, durationYears: 6 },
    impact: { startOffsetYears: 10, durationYears: 15 },
  };
  s.timing.lifeYears = a(25, 'years', 'Assumed programme life.');
  const t = (n: number, what: string) => a(n, 't/yr', `Assumed ${what} at full scale; no tonnage is sourced.`);
  s.products = [
    product({
      id: 'sb',
      name: 'Antimony',
      commodityPriceId: 'antimony',
      mode: 'direct',
      priceUnit: 'USD/t',
      price: {
        ...price('antimony', 60250, 'USD/t'),
        note: 'Latest verified price (24 Jun 2025). The late-2025 price is UNVERIFIED; the fact sheet suggests a USD 40–60k/t scenario band.',
      },
      directTonnesPerYear: t(1500, 'antimony output'),
      payability: a(95, '%', 'Assumed.'),
      tcrc: { mode: 'pct-revenue', value: a(5, '% of revenue', 'Assumed trader/processing discount.') },
      freight: a(150, 'USD/t', 'Assumed.'),
    }),
    product({
      id: 'cu-conc',
      name: 'Copper concentrate (contained Cu)',
      commodityPriceId: 'copper',
      mode: 'direct',
      priceUnit: 'USD/t',
      price: price('copper', 12350, 'USD/t'),
      directTonnesPerYear: t(8000, 'contained copper'),
      payability: a(96, '%', 'Assumed.'),
      tcrc: { mode: 'per-unit', value: a(450, 'USD/t payable Cu', 'Assumed.') },
      freight: a(120, 'USD/t concentrate', 'Assumed.'),
      concentrateGradePct: a(25, '% Cu', 'Assumed.'),
    }),
    product({
      id: 'ndpr',
      name: 'NdPr oxide',
      commodityPriceId: 'ndpr-oxide',
      mode: 'direct',
      priceUnit: 'USD/kg',
      price: price('ndpr-oxide', 86, 'USD/kg'),
      directTonnesPerYear: t(150, 'NdPr oxide'),
      payability: a(90, '%', 'Assumed.'),
      freight: a(200, 'USD/t', 'Assumed.'),
    }),
  ];
  s.throughput = {
    demonstrationMtpa: a(0.2, 'Mtpa', 'Assumed ore handled; scales product output (direct mode).'),
    scalingMtpa: a(0.6, 'Mtpa', 'Assumed.'),
    fullMtpa: a(1, 'Mtpa', 'Assumed.'),
    rampUpYears: a(1, 'years', 'Assumed.'),
  };
  s.costs.capexTranches = [
    {
      id: 'demo',
      label: 'Demonstration (40% of programme)',
      phase: 'demonstration',
      amountUsdM: {
        ...fig(
          'headline.ussm-agreement',
          500,
          'USD m',
          'Assumption: the MoU headline size, not committed or spent capex (the amount invested is UNVERIFIED); the 40/60 split by phase is also assumed.',
          0.4,
        ),
        basis: 'assumption',
      },
      startOffsetYears: -1,
      spreadYears: 2,
    },
    {
      id: 'scale',
      label: 'Scaling (60% of programme)',
      phase: 'scaling',
      amountUsdM: {
        ...fig(
          'headline.ussm-agreement',
          500,
          'USD m',
          'Assumption: the MoU headline size, not committed or spent capex (the amount invested is UNVERIFIED); the 40/60 split by phase is also assumed.',
          0.6,
        ),
        basis: 'assumption',
      },
      startOffsetYears: -1,
      spreadYears: 2,
    },
  ];
  Object.assign(s.costs, {
    sustaining: { mode: 'pct-initial', value: a(3, '% of initial capex/yr', 'Assumed.') },
    opexPerTonneOre: a(40, 'USD/t ore', 'Assumed.'),
    fixedOpexUsdMPerYear: a(20, 'USD m/yr', 'Assumed.'),
    power: { mode: 'usd-per-t', value: a(5, 'USD/t ore', 'Assumed.') },
    waterUsdMPerYear: a(3, 'USD m/yr', 'Assumed.'),
    closureUsdM: a(30, 'USD m', 'Assumed.'),
    workingCapitalPctOfRevenue: a(10, '%', 'Assumed.'),
  });
  Object.assign(s.fiscal, {
    royaltyPct: {
      ...fig('fiscal.saindak-royalty', 6.5, '%'),
      basis: 'assumption' as const,
      note: "Saindak's 6.5% used as a benchmark: generic provincial royalty schedules are UNVERIFIED.",
    },
    ...generalTaxes(),
    foreignEquityPct: a(50, '%', 'Assumed USSM share.'),
    stateEquityPct: a(50, '%', 'Assumed FWO (state) share.'),
    stakeholders: [
      { name: 'USSM', sharePct: 50 },
      { name: 'FWO', sharePct: 50 },
    ],
  });
  s.discounting = { ratePct: a(10, '%', 'Assumed real rate for an early-stage programme.'), convention: 'end-of-year' };
  setRisk(
    s,
    { 'security-governance': [4, 4], 'technical-industrial': [4, 4], 'geopolitical-strategic': [4, 3] },
    'Analyst score for an early-stage export programme.',
  );
  return s;
}

function saindak(): Scenario {
  const s = baseScenario(
    'saindak',
    'Saindak (blister copper, lease to 2037)',
    'Producing copper-gold operation leased to MCC (MRDL) to 31 Oct 2037, modelled at its blister-copper design capacity. Silver is left out (no silver price in the deck). Costs are assumptions.',
  );
  s.timing.phases = {
    demonstration: { startOffsetYears: 0, durationYears: 0 },
    scaling: { startOffsetYears: 0, durationYears: 0 },
    impact: { startOffsetYears: 0, durationYears: 12 },
  };
  s.timing.lifeYears = a(12, 'years', '2026 to the lease end in 2037 (saindak.lease).');
  s.products = [
    product({
      id: 'blister-cu',
      name: 'Blister copper',
      commodityPriceId: 'copper',
      mode: 'direct',
      priceUnit: 'USD/t',
      price: price('copper', 12350, 'USD/t'),
      directTonnesPerYear: fig(
        'saindak.design-capacity',
        15800,
        't/yr',
        'Design capacity (2005); 2021 output was 16,426 t.',
      ),
      payability: a(97, '%', 'Assumed blister payability.'),
      tcrc: { mode: 'per-unit', value: a(150, 'USD/t payable Cu', 'Assumed refining charge for blister.') },
      freight: a(100, 'USD/t', 'Assumed.'),
    }),
    product({
      id: 'au',
      name: 'Gold in blister',
      commodityPriceId: 'gold',
      mode: 'direct',
      priceUnit: 'USD/oz',
      price: price('gold', 4310, 'USD/oz'),
      directTonnesPerYear: a(
        1.5,
        't/yr',
        'Design blister contains ≈1.5 t Au a year (Dawn 2005, with saindak.design-capacity); entered as an assumption.',
      ),
      payability: a(90, '%', 'Assumed.'),
    }),
  ];
  s.mainProductId = 'blister-cu';
  const ore = a(4.25, 'Mtpa', 'South Ore Body design rate (saindak.sob-design note); assumed for the life.');
  s.throughput = {
    demonstrationMtpa: ore,
    scalingMtpa: ore,
    fullMtpa: ore,
    rampUpYears: a(0, 'years', 'Already producing.'),
  };
  s.costs.capexTranches = [
    {
      id: 'mcc',
      label: 'MCC additional investment',
      phase: 'impact',
      amountUsdM: fig(
        'saindak.mcc-additional-investment',
        45.5,
        'USD m',
        'Up to USD 45.5 m; spread over 2026–2027 (assumption).',
      ),
      startOffsetYears: 0,
      spreadYears: 2,
    },
  ];
  Object.assign(s.costs, {
    sustaining: { mode: 'usd-m-per-year', value: a(10, 'USD m/yr', 'Assumed.') },
    opexPerTonneOre: a(25, 'USD/t ore', 'Assumed mining, milling and smelting cost.'),
    fixedOpexUsdMPerYear: a(25.7, 'USD m/yr', 'Assumed; includes the USD 0.7 m annual rent (saindak.annual-rent).'),
    power: { mode: 'usd-per-t', value: a(4, 'USD/t ore', 'Assumed.') },
    waterUsdMPerYear: a(2, 'USD m/yr', 'Assumed.'),
    closureUsdM: a(50, 'USD m', 'Assumed.'),
    workingCapitalPctOfRevenue: a(10, '%', 'Assumed.'),
  });
  Object.assign(s.fiscal, {
    royaltyPct: fig('fiscal.saindak-royalty', 6.5, '%', '% of sales revenue.'),
    ...generalTaxes(),
    foreignEquityPct: a(47, '%', 'MCC share of profit (saindak.profit-split 53:47); a lease, not equity.'),
    stateEquityPct: a(53, '%', 'SML (GoP) share of profit (saindak.profit-split).'),
    stakeholders: [
      { name: 'Saindak Metals Ltd (GoP)', sharePct: 53 },
      { name: 'MCC (MRDL)', sharePct: 47 },
    ],
  });
  s.discounting = { ratePct: a(10, '%', 'Assumed.'), convention: 'end-of-year' };
  return s;
}

function blank(): Scenario {
  const s = baseScenario(
    'blank',
    'Blank project',
    'A custom project: every input is an assumption set to zero or a neutral default. Fill it in.',
  );
  s.products = [
    product({
      id: 'product-1',
      name: 'Product 1',
      commodityPriceId: 'copper',
      mode: 'ore',
      priceUnit: 'USD/t',
      price: a(0, 'USD/t'),
      grade: a(0, '%'),
      recovery: a(85, '%', 'Typical recovery, assumed: enter the project’s own.'),
      payability: a(95, '%', 'Typical payability, assumed: enter the project’s own.'),
    }),
  ];
  return s;
}

/** The bundled presets. */
export const presets: readonly ScenarioPreset[] = [
  {
    id: 'reko-diq-study-2025',
    name: 'Reko Diq — 2025 study case',
    description:
      'The 2025 feasibility study reproduced: its USD 4.03/lb copper deck and published production profile, reconciled to the published NPV8, IRR, payable metal and free cash flow.',
    build: rekoDiqStudy2025,
    reconcile: 'reko-diq-2025-study',
  },
  {
    id: 'reko-diq',
    name: 'Reko Diq — current prices case (Phase 1 + 2)',
    description:
      "The study plan at the deck's end-2025 spot prices: 45 → 90 Mtpa, first production 2028 (following the roadmap: at its Phase 2, 90 Mtpa at its Phase 3).",
    build: rekoDiqCurrentPrices,
  },
  {
    id: 'reko-diq-review-2026',
    name: 'Reko Diq (2026 review case)',
    description: 'Current prices case with first production 2030 and Phase 1 capex +20% (analyst judgement).',
    build: rekoDiqReview,
  },
  {
    id: 'reko-diq-revised-cost-2025',
    name: 'Reko Diq (revised Phase 1 cost, ECC Sep 2025)',
    description:
      'Current prices case with Phase 1 at USD 5.8 bn capex + USD 1.92 bn financing and contingencies (USD 7.723 bn), USD 3.5 bn debt.',
    build: rekoDiqRevisedCost,
  },
  {
    id: 'ussm-export-programme',
    name: 'USSM export programme',
    description: 'USD 500 million programme at demonstration scale; tonnages assumed.',
    build: ussm,
  },
  {
    id: 'saindak',
    name: 'Saindak',
    description: 'Blister copper at design capacity, royalty 6.5%, lease to 2037.',
    build: saindak,
  },
  { id: 'blank', name: 'Blank project', description: 'All inputs are assumptions to fill in.', build: blank },
];

/**
 * A fresh, independent scenario from a preset. `now` (ISO) stamps createdAt/updatedAt; `id` names the new scenario
 * (default: the preset id). Throws for an unknown preset id.
 */
export function createScenarioFromPreset(presetId: string, opts: { id?: string; now?: string } = {}): Scenario {
  const p = presets.find((x) => x.id === presetId);
  if (!p) throw new Error(`Unknown scenario preset: ${presetId}`);
  const s = p.build();
  const now = opts.now ?? s.meta.createdAt;
  s.meta = { ...s.meta, id: opts.id ?? s.meta.id, presetId, createdAt: now, updatedAt: now };
  return s;
}

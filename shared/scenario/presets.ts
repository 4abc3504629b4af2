// Why: ready-made scenarios for the projects the briefing covers. Values come from the dataset by figure id;
// everything the fact sheet does not give is an explicit, editable assumption with a note.
import type { RiskCategoryId, Scenario } from './model';
import { a, baseScenario, fig, figValue, generalTaxes, price, product } from './preset-helpers';

export interface ScenarioPreset {
  id: string;
  name: string;
  description: string;
  build: () => Scenario;
}

function setRisk(s: Scenario, scores: Partial<Record<RiskCategoryId, [number, number]>>, why: string): void {
  for (const [id, [l, i]] of Object.entries(scores) as [RiskCategoryId, [number, number]][]) {
    s.risk.categories[id] = { likelihood: a(l, 'score 1–5', why), impact: a(i, 'score 1–5', why) };
  }
}

function rekoDiq(): Scenario {
  const s = baseScenario(
    'reko-diq',
    'Reko Diq (Phase 1 + 2 feasibility)',
    'Copper-gold porphyry, Chagai. 2025 feasibility study: 45 Mtpa from end-2028, 90 Mtpa from 2034, 37-year life. Costs, recoveries and payabilities are assumptions (not in the fact sheet).',
  );
  const start = 2026;
  // First production end-2028 (reko-diq.first-production is text, so the offset is written here), modelled from 2028
  // with a ramp-up. The roadmap's phases map onto the project: demonstration = construction (2026–2027), scaling =
  // Phase 1 at 45 Mtpa, impact = Phase 2 at 90 Mtpa. Following the roadmap, first production moves with its Phase 2
  // and the expansion with its Phase 3.
  const firstProdOffset = 2;
  const impactOffset = figValue('reko-diq.phase2-year', 2034) - start;
  s.timing.productionStartsIn = 'scaling';
  s.timing.phases = {
    demonstration: { startOffsetYears: 0, durationYears: firstProdOffset },
    scaling: { startOffsetYears: firstProdOffset, durationYears: impactOffset - firstProdOffset },
    impact: { startOffsetYears: impactOffset, durationYears: 37 - (impactOffset - firstProdOffset) },
  };
  s.timing.lifeYears = fig('reko-diq.mine-life', 37, 'years', 'Counted from first production, end-2028 (reko-diq.first-production, pre-review target), at the start of the scaling phase; the demonstration phase is construction.');
  s.products = [
    product({
      id: 'cu', name: 'Copper', commodityPriceId: 'copper', mode: 'ore', priceUnit: 'USD/t', price: price('copper', 12350, 'USD/t'),
      grade: fig('reko-diq.grade-cu', 0.48, '%', 'Reserve grade, used as the life-of-mine head grade.'),
      recovery: a(89, '%', 'Assumed porphyry flotation recovery; not in the fact sheet.'),
      payability: a(96.5, '%', 'Assumed copper-concentrate payability; not in the fact sheet.'),
      tcrc: { mode: 'per-unit', value: a(450, 'USD/t payable Cu', 'Assumed TC/RC (≈USD 80/dmt TC + 8 c/lb RC); not in the fact sheet.') },
      freight: a(90, 'USD/t concentrate', 'Assumed rail to Port Qasim plus sea freight; not in the fact sheet.'),
      concentrateGradePct: a(25, '% Cu', 'Assumed; consistent with ≈800 kt/yr concentrate (reko-diq.concentrate) for ≈200 kt/yr copper.'),
    }),
    product({
      id: 'au', name: 'Gold', commodityPriceId: 'gold', mode: 'ore', priceUnit: 'USD/oz', price: price('gold', 4310, 'USD/oz'),
      grade: fig('reko-diq.grade-au', 0.28, 'g/t', 'Reserve grade, used as the life-of-mine head grade.'),
      recovery: a(70, '%', 'Assumed gold recovery to copper concentrate; not in the fact sheet.'),
      payability: a(92, '%', 'Assumed gold payability in concentrate; not in the fact sheet.'),
      tcrc: { mode: 'per-unit', value: a(6, 'USD/oz', 'Assumed gold refining charge.') },
    }),
  ];
  s.mainProductId = 'cu';
  s.throughput = {
    demonstrationMtpa: a(0, 'Mtpa', 'Construction phase: production starts with the scaling phase (timing.productionStartsIn), so this is not used.'),
    scalingMtpa: fig('reko-diq.throughput-phase1', 45, 'Mtpa', 'Phase 1 nameplate from first production (end-2028) until Phase 2.'),
    fullMtpa: fig('reko-diq.throughput-phase2', 90, 'Mtpa'),
    rampUpYears: a(2, 'years', 'Assumed ramp-up to each nameplate.'),
  };
  s.costs = {
    capexTranches: [
      { id: 'phase-1', label: 'Phase 1 (45 Mtpa)', phase: 'scaling', amountUsdM: fig('reko-diq.capex-phase1', 5800, 'USD m', 'Midpoint of Barrick\'s USD 5.6–6.0 bn (100%); spread over the two years before first production and the first production year (2026–2028).'), startOffsetYears: -2, spreadYears: 3 },
      { id: 'phase-2', label: 'Phase 2 (to 90 Mtpa)', phase: 'impact', amountUsdM: fig('reko-diq.capex-phase2', 3260, 'USD m', 'Spread over the three years before 2034.'), startOffsetYears: -3, spreadYears: 3 },
    ],
    sustaining: { mode: 'pct-initial', value: a(2, '% of initial capex/yr', 'Assumed sustaining capex; not in the fact sheet.') },
    opexPerTonneOre: a(8.5, 'USD/t ore', 'Assumed mining + processing cost for a large open-pit porphyry (excl. power); not in the fact sheet.'),
    fixedOpexUsdMPerYear: a(120, 'USD m/yr', 'Assumed site G&A, camp and security.'),
    power: { mode: 'usd-per-t', value: a(1.5, 'USD/t ore', 'Assumed; the project plans solar-based power (reko-diq.power).') },
    waterUsdMPerYear: a(15, 'USD m/yr', 'Assumed water supply cost.'),
    closureUsdM: a(600, 'USD m', 'Assumed closure and rehabilitation cost at end of life.'),
    workingCapitalPctOfRevenue: a(8, '%', 'Assumed working capital.'),
  };
  Object.assign(s.fiscal, {
    royaltyPct: fig('fiscal.reko-diq-royalty', 5, '%', 'Base not stated in the source; applied to gross revenue.'),
    royaltyBase: 'gross' as const,
    federalNsrPct: fig('fiscal.reko-diq-federal-nsr', 1, '%'),
    epzSurchargePct: fig('fiscal.reko-diq-epz', 0.5, '%', 'Applied to gross revenue (base not stated).'),
    ...generalTaxes('Assumption: the Reko Diq stabilised corporate income-tax rate is UNVERIFIED (FIPPA 2022 exemptions may apply), so the general 29% rate is used.', true),
    foreignEquityPct: a(50, '%', 'Barrick 50% (reko-diq.owners).'),
    stateEquityPct: a(50, '%', 'Federal SOEs 25% + Balochistan 25% (reko-diq.owners).'),
    stakeholders: [
      { name: 'Barrick', sharePct: 50 },
      { name: 'Federal SOEs (OGDCL, PPL, GHPL)', sharePct: 25 },
      { name: 'Government of Balochistan', sharePct: 25 },
    ],
  });
  s.debt = {
    enabled: true,
    shareOfCapexPct: a(50, '%', '50:50 debt:equity as reported for Phase 1 financing (reko-diq.financing-required); applied to all initial capex.'),
    ratePct: a(7, '%', 'Assumed blended real rate of the IFI/ECA package.'),
    tenorYears: a(12, 'years', 'Assumed tenor.'),
  };
  s.discounting = { ratePct: a(8, '%', 'Assumed; the technical report is read as quoting NPV at 8% (reko-diq.npv8).'), convention: 'end-of-year' };
  setRisk(s, { 'security-governance': [4, 4] }, 'Analyst score: Barrick began a full review after security incidents in Balochistan (Feb 2026).');
  return s;
}

function rekoDiqReview(): Scenario {
  const s = rekoDiq();
  s.meta = { ...s.meta, id: 'reko-diq-review-2026', presetId: 'reko-diq-review-2026', name: 'Reko Diq (2026 review case)', description: 'Reko Diq with the 2026 review reflected: first production 2030 and Phase 1 capex +20% (analyst judgement per the fact sheet: "first production ≥ 2029–2030, capex sensitivity above USD 6.0 billion"; not sourced).' };
  s.timing.startDelayYears = a(2, 'years', 'Assumed: first production 2030 instead of end-2028 (analyst judgement, not sourced).');
  const t = s.costs.capexTranches[0]!;
  s.costs.capexTranches[0] = { ...t, amountUsdM: fig('reko-diq.capex-phase1', 5800, 'USD m', 'Midpoint of USD 5.6–6.0 bn plus 20% (analyst judgement, not sourced).', 1.2) };
  setRisk(s, { 'security-governance': [5, 4] }, 'Analyst score for the review case.');
  return s;
}

/** The feasibility case with the ECC's revised Phase 1 cost (Sep 2025): every changed input is read from the dataset. */
function rekoDiqRevisedCost(): Scenario {
  const s = rekoDiq();
  s.meta = { ...s.meta, id: 'reko-diq-revised-cost-2025', presetId: 'reko-diq-revised-cost-2025', name: 'Reko Diq (revised Phase 1 cost, ECC Sep 2025)', description: 'Feasibility case with the Phase 1 cost the ECC approved in Sep 2025: USD 5.8 bn capex plus USD 1.92 bn financing charges and contingencies (USD 7.723 bn, up from USD 6.765 bn in Mar 2025) and USD 3.5 bn of project debt. First production stays end-2028 (RDMC, Nov 2025: processing from late 2028, first export Q1 2029); the 2026 review is not in this case.' };
  const [phase1, ...rest] = s.costs.capexTranches;
  s.costs.capexTranches = [
    { ...phase1!, label: 'Phase 1 capex (ECC, Sep 2025)', amountUsdM: fig('reko-diq.phase1-capex-ecc', 5800, 'USD m', 'Phase 1 capital expenditure within the ECC\'s USD 7.723 bn (Sep 2025); spread over 2026–2028 as in the base case.') },
    { id: 'phase-1-financing-contingency', label: 'Phase 1 financing charges & contingencies (ECC)', phase: 'scaling', amountUsdM: fig('reko-diq.phase1-financing-contingency', 1923, 'USD m', 'USD 7.723 bn total less USD 5.8 bn capex (derived). Spent like capex here; part of it is financing charges, which the debt input also models, so this case is conservative.'), startOffsetYears: -2, spreadYears: 3 },
    ...rest,
  ];
  s.debt = { ...s.debt, shareOfCapexPct: fig('reko-diq.project-finance-size', 3.5, '%', 'USD 3.5 bn project debt (ECC, Sep 2025) ÷ USD 7.723 bn Phase 1 cost = 45.3% (derived); the model applies one share to all initial capex, Phase 2 included.', 100 / figValue('reko-diq.phase1-total-cost', 7.723)) };
  return s;
}

function ussm(): Scenario {
  const s = baseScenario(
    'ussm-export-programme',
    'USSM export programme (demonstration scale)',
    'The USD 500 million USSM–FWO programme modelled as a small direct-shipping operation selling antimony, copper concentrate and NdPr oxide. Tonnages, costs and the capex split are assumptions: none is sourced.',
  );
  s.timing.phases = { demonstration: { startOffsetYears: 1, durationYears: 3 }, scaling: { startOffsetYears: 4, durationYears: 6 }, impact: { startOffsetYears: 10, durationYears: 15 } };
  s.timing.lifeYears = a(25, 'years', 'Assumed programme life.');
  const t = (n: number, what: string) => a(n, 't/yr', `Assumed ${what} at full scale; no tonnage is sourced.`);
  s.products = [
    product({ id: 'sb', name: 'Antimony', commodityPriceId: 'antimony', mode: 'direct', priceUnit: 'USD/t', price: { ...price('antimony', 60250, 'USD/t'), note: 'Latest verified price (24 Jun 2025). The late-2025 price is UNVERIFIED; the fact sheet suggests a USD 40–60k/t scenario band.' }, directTonnesPerYear: t(1500, 'antimony output'), payability: a(95, '%', 'Assumed.'), tcrc: { mode: 'pct-revenue', value: a(5, '% of revenue', 'Assumed trader/processing discount.') }, freight: a(150, 'USD/t', 'Assumed.') }),
    product({ id: 'cu-conc', name: 'Copper concentrate (contained Cu)', commodityPriceId: 'copper', mode: 'direct', priceUnit: 'USD/t', price: price('copper', 12350, 'USD/t'), directTonnesPerYear: t(8000, 'contained copper'), payability: a(96, '%', 'Assumed.'), tcrc: { mode: 'per-unit', value: a(450, 'USD/t payable Cu', 'Assumed.') }, freight: a(120, 'USD/t concentrate', 'Assumed.'), concentrateGradePct: a(25, '% Cu', 'Assumed.') }),
    product({ id: 'ndpr', name: 'NdPr oxide', commodityPriceId: 'ndpr-oxide', mode: 'direct', priceUnit: 'USD/kg', price: price('ndpr-oxide', 86, 'USD/kg'), directTonnesPerYear: t(150, 'NdPr oxide'), payability: a(90, '%', 'Assumed.'), freight: a(200, 'USD/t', 'Assumed.') }),
  ];
  s.throughput = { demonstrationMtpa: a(0.2, 'Mtpa', 'Assumed ore handled; scales product output (direct mode).'), scalingMtpa: a(0.6, 'Mtpa', 'Assumed.'), fullMtpa: a(1, 'Mtpa', 'Assumed.'), rampUpYears: a(1, 'years', 'Assumed.') };
  s.costs.capexTranches = [
    { id: 'demo', label: 'Demonstration (40% of programme)', phase: 'demonstration', amountUsdM: { ...fig('headline.ussm-agreement', 500, 'USD m', 'Assumption: the MoU headline size, not committed or spent capex (the amount invested is UNVERIFIED); the 40/60 split by phase is also assumed.', 0.4), basis: 'assumption' }, startOffsetYears: -1, spreadYears: 2 },
    { id: 'scale', label: 'Scaling (60% of programme)', phase: 'scaling', amountUsdM: { ...fig('headline.ussm-agreement', 500, 'USD m', 'Assumption: the MoU headline size, not committed or spent capex (the amount invested is UNVERIFIED); the 40/60 split by phase is also assumed.', 0.6), basis: 'assumption' }, startOffsetYears: -1, spreadYears: 2 },
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
    royaltyPct: { ...fig('fiscal.saindak-royalty', 6.5, '%'), basis: 'assumption' as const, note: 'Saindak\'s 6.5% used as a benchmark: generic provincial royalty schedules are UNVERIFIED.' },
    ...generalTaxes(),
    foreignEquityPct: a(50, '%', 'Assumed USSM share.'),
    stateEquityPct: a(50, '%', 'Assumed FWO (state) share.'),
    stakeholders: [{ name: 'USSM', sharePct: 50 }, { name: 'FWO', sharePct: 50 }],
  });
  s.discounting = { ratePct: a(10, '%', 'Assumed real rate for an early-stage programme.'), convention: 'end-of-year' };
  setRisk(s, { 'security-governance': [4, 4], 'technical-industrial': [4, 4], 'geopolitical-strategic': [4, 3] }, 'Analyst score for an early-stage export programme.');
  return s;
}

function saindak(): Scenario {
  const s = baseScenario('saindak', 'Saindak (blister copper, lease to 2037)', 'Producing copper-gold operation leased to MCC (MRDL) to 31 Oct 2037, modelled at its blister-copper design capacity. Silver is left out (no silver price in the deck). Costs are assumptions.');
  s.timing.phases = { demonstration: { startOffsetYears: 0, durationYears: 0 }, scaling: { startOffsetYears: 0, durationYears: 0 }, impact: { startOffsetYears: 0, durationYears: 12 } };
  s.timing.lifeYears = a(12, 'years', '2026 to the lease end in 2037 (saindak.lease).');
  s.products = [
    product({ id: 'blister-cu', name: 'Blister copper', commodityPriceId: 'copper', mode: 'direct', priceUnit: 'USD/t', price: price('copper', 12350, 'USD/t'), directTonnesPerYear: fig('saindak.design-capacity', 15800, 't/yr', 'Design capacity (2005); 2021 output was 16,426 t.'), payability: a(97, '%', 'Assumed blister payability.'), tcrc: { mode: 'per-unit', value: a(150, 'USD/t payable Cu', 'Assumed refining charge for blister.') }, freight: a(100, 'USD/t', 'Assumed.') }),
    product({ id: 'au', name: 'Gold in blister', commodityPriceId: 'gold', mode: 'direct', priceUnit: 'USD/oz', price: price('gold', 4310, 'USD/oz'), directTonnesPerYear: a(1.5, 't/yr', 'Design blister contains ≈1.5 t Au a year (Dawn 2005, with saindak.design-capacity); entered as an assumption.'), payability: a(90, '%', 'Assumed.') }),
  ];
  s.mainProductId = 'blister-cu';
  const ore = a(4.25, 'Mtpa', 'South Ore Body design rate (saindak.sob-design note); assumed for the life.');
  s.throughput = { demonstrationMtpa: ore, scalingMtpa: ore, fullMtpa: ore, rampUpYears: a(0, 'years', 'Already producing.') };
  s.costs.capexTranches = [{ id: 'mcc', label: 'MCC additional investment', phase: 'impact', amountUsdM: fig('saindak.mcc-additional-investment', 45.5, 'USD m', 'Up to USD 45.5 m; spread over 2026–2027 (assumption).'), startOffsetYears: 0, spreadYears: 2 }];
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
    stakeholders: [{ name: 'Saindak Metals Ltd (GoP)', sharePct: 53 }, { name: 'MCC (MRDL)', sharePct: 47 }],
  });
  s.discounting = { ratePct: a(10, '%', 'Assumed.'), convention: 'end-of-year' };
  return s;
}

function blank(): Scenario {
  const s = baseScenario('blank', 'Blank project', 'A custom project: every input is an assumption set to zero or a neutral default. Fill it in.');
  s.products = [product({ id: 'product-1', name: 'Product 1', commodityPriceId: 'copper', mode: 'ore', priceUnit: 'USD/t', price: a(0, 'USD/t'), grade: a(0, '%'), recovery: a(85, '%', 'Placeholder recovery.'), payability: a(95, '%', 'Placeholder payability.') })];
  return s;
}

/** The bundled presets. */
export const presets: readonly ScenarioPreset[] = [
  { id: 'reko-diq', name: 'Reko Diq (Phase 1 + 2 feasibility)', description: 'Feasibility-study case: 45 → 90 Mtpa, first production 2028 (following the roadmap: at its Phase 2, 90 Mtpa at its Phase 3).', build: rekoDiq },
  { id: 'reko-diq-review-2026', name: 'Reko Diq (2026 review case)', description: 'First production 2030, Phase 1 capex +20% (analyst judgement).', build: rekoDiqReview },
  { id: 'reko-diq-revised-cost-2025', name: 'Reko Diq (revised Phase 1 cost, ECC Sep 2025)', description: 'Phase 1 at USD 5.8 bn capex + USD 1.92 bn financing and contingencies (USD 7.723 bn), USD 3.5 bn debt.', build: rekoDiqRevisedCost },
  { id: 'ussm-export-programme', name: 'USSM export programme', description: 'USD 500 million programme at demonstration scale; tonnages assumed.', build: ussm },
  { id: 'saindak', name: 'Saindak', description: 'Blister copper at design capacity, royalty 6.5%, lease to 2037.', build: saindak },
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

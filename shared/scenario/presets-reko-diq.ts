// Why: Reko Diq is the project the briefing turns on, so it has three presets: the 2025 study reproduced at its own
// deck (reconciled to the published figures, see reconcile-reko-diq.ts), the same plan at current prices, and the
// 2026 review case. A later case (e.g. a revised Phase 1 cost) is one more builder over `rekoDiqStudy2025`'s options.
import type { Product, Scenario } from './model';
import { a, baseScenario, calibrated, fig, figValue, generalTaxes, price, product, setRisk } from './preset-helpers';

/** RDMC's holders (reko-diq.owners): Balochistan's 10% of its 25% is free-carried, the other 15% paid via BMRL. */
function rekoDiqStakeholders(): Scenario['fiscal']['stakeholders'] {
  return [
    { name: 'Barrick', sharePct: 50 },
    { name: 'Federal SOEs (OGDCL, PPL, GHPL)', sharePct: 25 },
    {
      name: 'Government of Balochistan',
      sharePct: 25,
      freeCarriedPct: 10,
      note: '10% free-carried (pays no capex) + 15% via BMRL, funded by the federal government (reko-diq.owners, Barrick framework release 20 Mar 2022).',
    },
  ];
}

const COST_OF_EQUITY = () =>
  a(
    10,
    '%',
    'Assumed real cost of equity for the levered equity cash flows (above the 8% project rate for leverage and country risk); not sourced.',
  );

/** The study's mine plan at the deck's end-2025 spot prices (the earlier 'feasibility' preset, named for what it is). */
export function rekoDiqCurrentPrices(): Scenario {
  const s = baseScenario(
    'reko-diq',
    'Reko Diq — current prices case (Phase 1 + 2)',
    "Copper-gold porphyry, Chagai. The 2025 feasibility study's plan (45 Mtpa from end-2028, 90 Mtpa from 2034, 37-year life, flat reserve grade) at the deck's end-2025 spot prices, not the study's own deck; see the 2025 study case for that. Costs, recoveries and payabilities are assumptions (not in the fact sheet).",
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
  s.timing.lifeYears = fig(
    'reko-diq.mine-life',
    37,
    'years',
    'Counted from first production, end-2028 (reko-diq.first-production, pre-review target), at the start of the scaling phase; the demonstration phase is construction.',
  );
  s.products = [
    product({
      id: 'cu',
      name: 'Copper',
      commodityPriceId: 'copper',
      mode: 'ore',
      priceUnit: 'USD/t',
      price: price('copper', 12350, 'USD/t'),
      grade: fig('reko-diq.grade-cu', 0.48, '%', 'Reserve grade, used as the life-of-mine head grade.'),
      recovery: a(89, '%', 'Assumed porphyry flotation recovery; not in the fact sheet.'),
      payability: a(96.5, '%', 'Assumed copper-concentrate payability; not in the fact sheet.'),
      tcrc: {
        mode: 'per-unit',
        value: a(450, 'USD/t payable Cu', 'Assumed TC/RC (≈USD 80/dmt TC + 8 c/lb RC); not in the fact sheet.'),
      },
      freight: a(90, 'USD/t concentrate', 'Assumed rail to Port Qasim plus sea freight; not in the fact sheet.'),
      concentrateGradePct: a(
        25,
        '% Cu',
        'Assumed; consistent with ≈800 kt/yr concentrate (reko-diq.concentrate) for ≈200 kt/yr copper.',
      ),
    }),
    product({
      id: 'au',
      name: 'Gold',
      commodityPriceId: 'gold',
      mode: 'ore',
      priceUnit: 'USD/oz',
      price: price('gold', 4310, 'USD/oz'),
      grade: fig('reko-diq.grade-au', 0.28, 'g/t', 'Reserve grade, used as the life-of-mine head grade.'),
      recovery: a(70, '%', 'Assumed gold recovery to copper concentrate; not in the fact sheet.'),
      payability: a(92, '%', 'Assumed gold payability in concentrate; not in the fact sheet.'),
      tcrc: { mode: 'per-unit', value: a(6, 'USD/oz', 'Assumed gold refining charge.') },
    }),
  ];
  s.mainProductId = 'cu';
  s.throughput = {
    demonstrationMtpa: a(
      0,
      'Mtpa',
      'Construction phase: production starts with the scaling phase (the "Production starts in" setting), so this is not used.',
    ),
    scalingMtpa: fig(
      'reko-diq.throughput-phase1',
      45,
      'Mtpa',
      'Phase 1 nameplate from first production (end-2028) until Phase 2.',
    ),
    fullMtpa: fig('reko-diq.throughput-phase2', 90, 'Mtpa'),
    rampUpYears: a(2, 'years', 'Assumed ramp-up to each nameplate.'),
  };
  s.costs = {
    capexTranches: [
      {
        id: 'phase-1',
        label: 'Phase 1 (45 Mtpa)',
        phase: 'scaling',
        amountUsdM: fig(
          'reko-diq.capex-phase1',
          5800,
          'USD m',
          "Midpoint of Barrick's USD 5.6–6.0 bn (100%); spread over the two years before first production and the first production year (2026–2028).",
        ),
        startOffsetYears: -2,
        spreadYears: 3,
      },
      {
        id: 'phase-2',
        label: 'Phase 2 (to 90 Mtpa)',
        phase: 'impact',
        amountUsdM: fig('reko-diq.capex-phase2', 3260, 'USD m', 'Spread over the three years before 2034.'),
        startOffsetYears: -3,
        spreadYears: 3,
      },
    ],
    sustaining: {
      mode: 'pct-initial',
      value: a(2, '% of initial capex/yr', 'Assumed sustaining capex; not in the fact sheet.'),
    },
    opexPerTonneOre: a(
      8.5,
      'USD/t ore',
      'Assumed mining + processing cost for a large open-pit porphyry (excl. power); not in the fact sheet.',
    ),
    fixedOpexUsdMPerYear: a(120, 'USD m/yr', 'Assumed site G&A, camp and security.'),
    power: {
      mode: 'usd-per-t',
      value: a(1.5, 'USD/t ore', 'Assumed; the project plans solar-based power (reko-diq.power).'),
    },
    waterUsdMPerYear: a(15, 'USD m/yr', 'Assumed water supply cost.'),
    closureUsdM: a(600, 'USD m', 'Assumed closure and rehabilitation cost at end of life.'),
    workingCapitalPctOfRevenue: a(8, '%', 'Assumed working capital.'),
  };
  Object.assign(s.fiscal, {
    royaltyPct: fig('fiscal.reko-diq-royalty', 5, '%', 'Base not stated in the source; applied to gross revenue.'),
    royaltyBase: 'gross' as const,
    federalNsrPct: fig('fiscal.reko-diq-federal-nsr', 1, '%'),
    epzSurchargePct: fig('fiscal.reko-diq-epz', 0.5, '%', 'Applied to gross revenue (base not stated).'),
    ...generalTaxes(
      'Assumption: the Reko Diq stabilised corporate income-tax rate is UNVERIFIED (FIPPA 2022 exemptions may apply), so the general 29% rate is used.',
      true,
    ),
    foreignEquityPct: a(50, '%', 'Barrick 50% (reko-diq.owners).'),
    stateEquityPct: a(50, '%', 'Federal SOEs 25% + Balochistan 25% (reko-diq.owners).'),
    stakeholders: rekoDiqStakeholders(),
  });
  s.debt = {
    enabled: true,
    shareOfCapexPct: a(
      50,
      '%',
      '50:50 debt:equity as reported for Phase 1 financing (reko-diq.financing-required); applied to all initial capex.',
    ),
    ratePct: a(7, '%', 'Assumed blended real rate of the IFI/ECA package.'),
    tenorYears: a(12, 'years', 'Assumed tenor.'),
  };
  s.discounting = {
    ratePct: a(8, '%', 'Assumed; the technical report is read as quoting NPV at 8% (reko-diq.npv8).'),
    convention: 'end-of-year',
    costOfEquityPct: COST_OF_EQUITY(),
  };
  setRisk(
    s,
    { 'security-governance': [4, 4] },
    'Analyst score: Barrick began a full review after security incidents in Balochistan (Feb 2026).',
  );
  // Annual price paths from today's spot deck back towards the study's long-term copper price.
  const cuSpot = s.products[0]!.price.value;
  const cuLong = fig('price.copper.reko-diq-fs-usd-t', 8885, 'USD/t').value;
  s.risk.pricePaths = {
    ...s.risk.pricePaths,
    mode: 'mean-reverting',
    longTermPctOfDeck: [
      {
        commodityPriceId: 'copper',
        pct: {
          value: Math.round((1000 * cuLong) / cuSpot) / 10,
          unit: '% of deck',
          basis: 'derived',
          figureId: 'price.copper.reko-diq-fs-usd-t',
          note: "The study's long-term copper price (USD 4.03/lb) as a share of the deck's spot price: spot is taken to revert to it.",
        },
      },
      {
        commodityPriceId: 'gold',
        pct: a(100, '% of deck', 'Assumed: gold reverts to the deck price (no sourced long-term gold price).'),
      },
    ],
  };
  return s;
}

export function rekoDiqReview(): Scenario {
  const s = rekoDiqCurrentPrices();
  s.meta = {
    ...s.meta,
    id: 'reko-diq-review-2026',
    presetId: 'reko-diq-review-2026',
    name: 'Reko Diq (2026 review case)',
    description:
      'Reko Diq with the 2026 review reflected: first production 2030 and Phase 1 capex +20% (analyst judgement per the fact sheet: "first production ≥ 2029–2030, capex sensitivity above USD 6.0 billion"; not sourced).',
  };
  s.timing.startDelayYears = a(
    2,
    'years',
    'Assumed: first production 2030 instead of end-2028 (analyst judgement, not sourced).',
  );
  const t = s.costs.capexTranches[0]!;
  s.costs.capexTranches[0] = {
    ...t,
    amountUsdM: fig(
      'reko-diq.capex-phase1',
      5800,
      'USD m',
      'Midpoint of USD 5.6–6.0 bn plus 20% (analyst judgement, not sourced).',
      1.2,
    ),
  };
  setRisk(s, { 'security-governance': [5, 4] }, 'Analyst score for the review case.');
  return s;
}

/** The current-prices case with the ECC's revised Phase 1 cost (Sep 2025): every changed input is read from the dataset. */
export function rekoDiqRevisedCost(): Scenario {
  const s = rekoDiqCurrentPrices();
  s.meta = {
    ...s.meta,
    id: 'reko-diq-revised-cost-2025',
    presetId: 'reko-diq-revised-cost-2025',
    name: 'Reko Diq (revised Phase 1 cost, ECC Sep 2025)',
    description:
      'Current prices case with the Phase 1 cost the ECC approved in Sep 2025: USD 5.8 bn capex plus USD 1.92 bn financing charges and contingencies (USD 7.723 bn, up from USD 6.765 bn in Mar 2025) and USD 3.5 bn of project debt. First production stays end-2028 (RDMC, Nov 2025: processing from late 2028, first export Q1 2029); the 2026 review is not in this case.',
  };
  const [phase1, ...rest] = s.costs.capexTranches;
  s.costs.capexTranches = [
    {
      ...phase1!,
      label: 'Phase 1 capex (ECC, Sep 2025)',
      amountUsdM: fig(
        'reko-diq.phase1-capex-ecc',
        5800,
        'USD m',
        "Phase 1 capital expenditure within the ECC's USD 7.723 bn (Sep 2025); spread over 2026–2028 as in the base case.",
      ),
    },
    {
      id: 'phase-1-financing-contingency',
      label: 'Phase 1 financing charges & contingencies (ECC)',
      phase: 'scaling',
      amountUsdM: fig(
        'reko-diq.phase1-financing-contingency',
        1923,
        'USD m',
        'USD 7.723 bn total less USD 5.8 bn capex (derived). Spent like capex here; part of it is financing charges, which the debt input also models, so this case is conservative.',
      ),
      startOffsetYears: -2,
      spreadYears: 3,
    },
    ...rest,
  ];
  s.debt = {
    ...s.debt,
    shareOfCapexPct: fig(
      'reko-diq.project-finance-size',
      3.5,
      '%',
      'USD 3.5 bn project debt (ECC, Sep 2025) ÷ USD 7.723 bn Phase 1 cost = 45.3% (derived); the model applies one share to all initial capex, Phase 2 included.',
      100 / figValue('reko-diq.phase1-total-cost', 7.723),
    ),
  };
  return s;
}

/**
 * Values fitted so the study case reproduces the published study (fact sheet §1.3–1.4). Each is labelled
 * 'calibrated' in the scenario with the published figure it was fitted to; the reconciliation table shows the fit.
 */
const CAL = {
  /** Head grades by period (Cu %, Au g/t): Phase 1, first ten years of Phase 2, rest of the life. */
  cuGrade: [0.57, 0.556, 0.462] as const,
  auGrade: [0.322, 0.274, 0.28] as const,
  opexPerT: 5.5,
  sustainingPct: 2,
};

const PHASE1_OUT = 'Phase 1 output, 200 (GoP) – 240 (Barrick) kt Cu a year';
const PHASE2_OUT = 'Phase 2 output, 400 (GoP) – 460 (Barrick) kt Cu a year from 2034';
const LOM_CU = 'life-of-mine payable copper 13.1 Mt (reko-diq.lom-payable-cu)';
const LOM_AU = 'life-of-mine payable gold 17.9 Moz (reko-diq.lom-payable-au)';
const NPV_FCF =
  'after-tax NPV8 USD 13.0 bn (reko-diq.npv8) and life-of-mine free cash flow USD 74 bn real (reko-diq.free-cash-flow)';

/** The grade steps of one product: Phase 1 from first production, Phase 2's early years from year 6, then the rest. */
function profile(
  unit: string,
  g: readonly [number, number, number],
  to: [string, string, string],
): Product['gradeProfile'] {
  return [
    { fromYear: 0, grade: calibrated(g[0], unit, to[0], 'Phase 1 head grade (early high-grade years).') },
    { fromYear: 6, grade: calibrated(g[1], unit, to[1], 'Head grade in the first ten years of Phase 2.') },
    {
      fromYear: 16,
      grade: calibrated(
        g[2],
        unit,
        to[2],
        'Head grade for the rest of the life, fitted so the life-of-mine payable metal matches the study.',
      ),
    },
  ];
}

/**
 * The 2025 feasibility study at its own deck: USD 4.03/lb copper, the published output by phase (early high-grade
 * years) and life-of-mine payable metal, valued at the study date (2025) in real terms at 8%.
 */
export function rekoDiqStudy2025(): Scenario {
  const s = rekoDiqCurrentPrices();
  s.meta = {
    ...s.meta,
    id: 'reko-diq-study-2025',
    presetId: 'reko-diq-study-2025',
    name: 'Reko Diq — 2025 study case',
    description:
      'The 2025 feasibility study reproduced at its own deck (USD 4.03/lb copper) with the published production profile, valued at the study date. Inputs the fact sheet does not give are calibrated to the published results and labelled so; the reconciliation table compares the two.',
  };
  s.timing.startYear = 2025;
  // Construction 2025–2027 (after FS approval in Apr 2025), first production 2028, Phase 2 (90 Mtpa) from 2034.
  const impactOffset = figValue('reko-diq.phase2-year', 2034) - 2025;
  s.timing.phases = {
    demonstration: { startOffsetYears: 0, durationYears: 3 },
    scaling: { startOffsetYears: 3, durationYears: impactOffset - 3 },
    impact: { startOffsetYears: impactOffset, durationYears: 37 - (impactOffset - 3) },
  };
  s.timing.followRoadmap = false;
  const cu = s.products[0]!;
  const au = s.products[1]!;
  s.products = [
    {
      ...cu,
      price: {
        ...fig(
          'price.copper.reko-diq-fs-usd-t',
          8885,
          'USD/t',
          "The study's long-term copper price, USD 4.03/lb (fact sheet §1.4).",
        ),
      },
      gradeProfile: profile('%', CAL.cuGrade, [PHASE1_OUT, PHASE2_OUT, LOM_CU]),
    },
    {
      ...au,
      price: {
        ...fig('price.gold.average-2024', 2386, 'USD/oz'),
        basis: 'assumption',
        note: "Assumption: the study's gold price is not in the fact sheet; the 2024 LBMA average (the year the study was completed) stands in for it.",
      },
      gradeProfile: profile('g/t', CAL.auGrade, [
        'Phase 1 output, 297 (Barrick) – 300 (GoP) koz Au a year',
        'Phase 2 output, 500 (GoP) – 520 (Barrick) koz Au a year',
        LOM_AU,
      ]),
    },
  ];
  s.throughput.rampUpYears = a(1, 'years', 'Assumed one-year ramp-up to each nameplate.');
  const [p1, p2] = s.costs.capexTranches;
  s.costs.capexTranches = [
    {
      ...p1!,
      startOffsetYears: -3,
      spreadYears: 4,
      amountUsdM: fig(
        'reko-diq.capex-phase1',
        5800,
        'USD m',
        "Midpoint of Barrick's USD 5.6–6.0 bn (100%), spread over construction 2025–2027 and the first production year; the technical report gives ≈USD 5.57 bn.",
      ),
    },
    {
      ...p2!,
      amountUsdM: fig(
        'reko-diq.capex-phase2',
        3260,
        'USD m',
        'Spread over the three years before Phase 2 (2031–2033); depreciated from 2034, when it enters service.',
      ),
    },
  ];
  s.costs.opexPerTonneOre = calibrated(
    CAL.opexPerT,
    'USD/t ore',
    NPV_FCF,
    'Mining + processing cost excl. power; not in the fact sheet.',
  );
  s.costs.sustaining = {
    mode: 'pct-initial',
    value: calibrated(CAL.sustainingPct, '% of initial capex/yr', NPV_FCF, 'Sustaining capex; not in the fact sheet.'),
  };
  Object.assign(s.fiscal, {
    superTaxPct: {
      ...fig('fiscal.super-tax', 10, '%'),
      value: 0,
      basis: 'assumption' as const,
      note: 'Assumption: not applied. The 2022 mineral agreement stabilises the fiscal regime (fiscal.reko-diq-stability) and FIPPA 2022 exempts the project from certain taxes (fiscal.fippa); whether super tax is covered is UNVERIFIED.',
    },
  });
  s.discounting = {
    ...s.discounting,
    ratePct: a(8, '%', "The rate of the study's quoted NPV8 (reko-diq.npv8), read as real, end-of-year."),
  };
  setRisk(s, { 'security-governance': [3, 4] }, 'Analyst score at the study date (before the 2026 review).');
  s.risk.pricePaths = {
    ...s.risk.pricePaths,
    longTermPctOfDeck: [
      {
        commodityPriceId: 'copper',
        pct: a(100, '% of deck', 'The study deck is its long-term price: paths revert to it.'),
      },
      { commodityPriceId: 'gold', pct: a(100, '% of deck', 'Assumed: gold reverts to the stand-in deck price.') },
    ],
  };
  return s;
}

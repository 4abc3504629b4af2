// Why: one plain project whose every cash flow can be written out by hand, and that hand reference model itself,
// shared by the engine and Monte Carlo oracle tests so both check against the same independent arithmetic.
import { assumption as a, type Scenario } from './model';
import { baseScenario, product } from './preset-helpers';

/** Revenue 20,000 t × USD 10,000 = 200; opex 30; EBITDA 170; depreciation 50; taxable 120; tax 36; after tax 134. */
export function plain(): Scenario {
  const s = baseScenario('plain', 'Plain', 'reference-model project');
  s.timing.phases = {
    demonstration: { startOffsetYears: 1, durationYears: 0 },
    scaling: { startOffsetYears: 1, durationYears: 0 },
    impact: { startOffsetYears: 1, durationYears: 4 },
  };
  s.timing.lifeYears = a(4, 'years');
  s.products = [
    product({
      id: 'cu',
      name: 'Copper',
      commodityPriceId: 'copper',
      mode: 'ore',
      priceUnit: 'USD/t',
      price: a(10000, 'USD/t'),
      grade: a(2, '%'),
      recovery: a(100, '%'),
      payability: a(100, '%'),
    }),
  ];
  s.throughput = {
    demonstrationMtpa: a(1, 'Mtpa'),
    scalingMtpa: a(1, 'Mtpa'),
    fullMtpa: a(1, 'Mtpa'),
    rampUpYears: a(0, 'years'),
  };
  s.costs.capexTranches = [
    {
      id: 'c',
      label: 'Initial',
      phase: 'demonstration',
      amountUsdM: a(200, 'USD m'),
      startOffsetYears: -1,
      spreadYears: 1,
    },
  ];
  s.costs.opexPerTonneOre = a(30, 'USD/t');
  s.fiscal.corporateTaxPct = a(30, '%');
  s.fiscal.depreciationYears = a(4, 'years');
  s.fiscal.lossCarryForwardYears = a(0, 'years');
  s.discounting.ratePct = a(10, '%');
  s.levers['digital-tracking'].baselineLeakagePct = a(0, '%');
  return s;
}

/** The reference model: after-tax flows for given revenue, opex, capex, royalty and tax rate, 2026–2031. */
export function reference({
  revenue = 200,
  opex = 30,
  capex = 200,
  royalty = 0,
  rate = 0.3,
  credit = 0,
} = {}): number[] {
  const taxable = revenue - royalty - opex - capex / 4;
  let pool = credit;
  const years = [1, 2, 3, 4].map(() => {
    const gross = Math.max(0, taxable) * rate;
    const used = Math.min(pool, gross);
    pool -= used;
    return revenue - royalty - opex - (gross - used);
  });
  return [-capex, ...years, 0];
}
export const pv = (r: number, flows: number[], mid = false) =>
  flows.reduce((acc, f, t) => acc + f / (1 + r) ** (t === 0 ? 0 : mid ? t - 0.5 : t), 0);

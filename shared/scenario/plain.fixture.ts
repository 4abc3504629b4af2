// Why: one plain project whose every cash flow can be written out by hand, and that hand reference model itself,
// shared by the engine and Monte Carlo oracle tests so both check against the same independent arithmetic.
import { assumption as a, type CapexTranche, type Product, type Scenario } from './model';
import { baseScenario, product } from './preset-helpers';

/**
 * The frame every hand-checkable project shares: production from model year 1 for `lifeYears` years at 1 Mt/yr of
 * ore, one copper product in ore mode at USD 10,000/t (its grade, recovery, payability and any extras given), and
 * one initial capex tranche spent in the year before production. Each test then sets the costs it checks by hand.
 */
export function copperProject(
  id: string,
  name: string,
  description: string,
  opts: {
    lifeYears: number;
    product: Partial<Product> & Pick<Product, 'grade' | 'recovery' | 'payability'>;
    capex: { amountUsdM: number; phase: CapexTranche['phase'] };
  },
): Scenario {
  const s = baseScenario(id, name, description);
  s.timing.phases = {
    demonstration: { startOffsetYears: 1, durationYears: 0 },
    scaling: { startOffsetYears: 1, durationYears: 0 },
    impact: { startOffsetYears: 1, durationYears: opts.lifeYears },
  };
  s.timing.lifeYears = a(opts.lifeYears, 'years');
  s.products = [
    product({
      id: 'cu',
      name: 'Copper',
      commodityPriceId: 'copper',
      mode: 'ore',
      priceUnit: 'USD/t',
      price: a(10000, 'USD/t'),
      ...opts.product,
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
      phase: opts.capex.phase,
      amountUsdM: a(opts.capex.amountUsdM, 'USD m'),
      startOffsetYears: -1,
      spreadYears: 1,
    },
  ];
  return s;
}

/** Revenue 20,000 t × USD 10,000 = 200; opex 30; EBITDA 170; depreciation 50; taxable 120; tax 36; after tax 134. */
export function plain(): Scenario {
  const s = copperProject('plain', 'Plain', 'reference-model project', {
    lifeYears: 4,
    product: { grade: a(2, '%'), recovery: a(100, '%'), payability: a(100, '%') },
    capex: { amountUsdM: 200, phase: 'demonstration' },
  });
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

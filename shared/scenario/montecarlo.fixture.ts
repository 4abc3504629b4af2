// Why: the Monte Carlo oracle tests need a project whose every trial's NPV can be written out by hand: the plain
// reference project sold in direct mode (so recovery draws change nothing), with no freight or power (so logistics
// draws change nothing) and no price, cost or delay spread unless a test sets one.
import { assumption as a, type Product, type RiskCategoryId, type Scenario } from './model';
import { plain } from './plain.fixture';
import { product } from './preset-helpers';
import { RISK_CATEGORY_EFFECTS } from './risk';

const CATS = Object.keys(RISK_CATEGORY_EFFECTS) as RiskCategoryId[];

/** Plain, direct mode, no price, cost or delay spread, every category 1/1 unless `scores` says otherwise. */
export function quiet(scores: Partial<Record<RiskCategoryId, [number, number]>> = {}): Scenario {
  const s = plain();
  s.products[0] = { ...s.products[0]!, mode: 'direct', directTonnesPerYear: a(20_000, 't/yr'), grade: a(0, '%') };
  s.risk.priceSigmaPct = [{ commodityPriceId: 'copper', sigma: a(0, '%') }];
  s.risk.capexLowPct = a(0, '%');
  s.risk.capexHighPct = a(0, '%');
  s.risk.opexLowPct = a(0, '%');
  s.risk.opexHighPct = a(0, '%');
  s.risk.delayProbabilityPct = a(0, '%');
  for (const id of CATS) {
    const [l, i] = scores[id] ?? [1, 1];
    s.risk.categories[id] = { likelihood: a(l, 'score'), impact: a(i, 'score') };
  }
  return s;
}

/** A second metal, gold, sold like the quiet project's copper: 20,000 t a year at USD 10,000/t, direct. */
export function gold(): Product {
  return product({
    id: 'au',
    name: 'Gold',
    commodityPriceId: 'gold',
    mode: 'direct',
    priceUnit: 'USD/t',
    price: a(1e4, 'USD/t'),
    directTonnesPerYear: a(20_000, 't/yr'),
  });
}

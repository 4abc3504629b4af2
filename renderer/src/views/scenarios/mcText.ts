// Why: the Monte Carlo engine returns data and keys (percentile convention, price model, half-life, driver ids);
// the words a reader sees beside the results are written here, once, in the reader's language, and a driver is
// named by its product, never by an internal id.
import type { MonteCarloDriver, PercentileConvention, Scenario } from '../../../../shared/scenario';

type T = (k: string, o?: Record<string, string | number>) => string;

/** The statement printed with every simulation: percentile convention, price model, the fixed discount rate. */
export function mcExplanation(
  t: T,
  r: { convention: PercentileConvention; priceModel: 'flat' | 'mean-reverting'; halfLifeYears: number | null },
): string {
  return [
    t(`mc.conventionText.${r.convention}`),
    t(`mc.priceModelNote.${r.priceModel}`, { halfLife: r.halfLifeYears ?? '' }),
    t('mc.discountRateNote'),
  ].join(' ');
}

/** A driver's label: "Copper price" for the price driver (its product's name), a worded key for the others. */
export function driverLabel(t: T, s: Scenario, d: MonteCarloDriver): string {
  if (d.id !== 'price') return t(`mc.driver.${d.id}`);
  const name = s.products.find((p) => p.id === d.productId)?.name;
  return name ? t('mc.driver.price', { product: name }) : t('mc.driver.priceMain');
}

// Why: a scenario's commodity prices default to the dataset's reference readings, which are "as of" their sources.
// The editor and the preset list flag any price input older than 90 days, so nobody presents a stale price as
// today's; the age rule itself is the shared one (shared/data/staleness).
import { figureById, isPriceFigureId } from '../../../../../shared/data';
import { ageInDays, PRICE_MAX_AGE_DAYS } from '../../../../../shared/data/staleness';
import type { Input, Scenario } from '../../../../../shared/scenario';

export interface StalePrice {
  productName: string;
  figureId: string;
  asOf: string;
  days: number;
}

/** The price reading behind an input, with its age, when it is a dataset price older than 90 days. */
export function stalePriceOf(input: Input, today: Date): Omit<StalePrice, 'productName'> | null {
  if (!input.figureId || !isPriceFigureId(input.figureId)) return null;
  const figure = figureById(input.figureId);
  if (!figure) return null;
  const days = ageInDays(figure.asOf, today);
  return days > PRICE_MAX_AGE_DAYS ? { figureId: figure.id, asOf: figure.asOf, days } : null;
}

/** Every product price in a scenario that is older than 90 days on `today`. */
export function stalePrices(scenario: Scenario, today: Date): StalePrice[] {
  return scenario.products.flatMap((p) => {
    const stale = stalePriceOf(p.price, today);
    return stale ? [{ productName: p.name, ...stale }] : [];
  });
}

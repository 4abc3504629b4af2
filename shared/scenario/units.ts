// Why: grade and price units differ by commodity (% Cu priced per tonne, g/t Au priced per ounce); every
// conversion lives here so a product's payable quantity is always expressed in its own price unit.
import type { PriceUnit } from './model';

/** Grams per troy ounce. */
export const GRAMS_PER_TROY_OZ = 31.1034768;
/** Grams per avoirdupois pound. */
export const GRAMS_PER_LB = 453.59237;

/** How many price units (t, oz, kg, lb) are in one gram. */
export function priceUnitsPerGram(unit: PriceUnit): number {
  switch (unit) {
    case 'USD/t':
      return 1e-6;
    case 'USD/kg':
      return 1e-3;
    case 'USD/oz':
      return 1 / GRAMS_PER_TROY_OZ;
    case 'USD/lb':
      return 1 / GRAMS_PER_LB;
  }
}

/** Tonnes in one price unit (e.g. 1 oz = 3.11e-5 t). */
export function tonnesPerPriceUnit(unit: PriceUnit): number {
  return priceUnitsPerGram(unit) === 0 ? 0 : 1e-6 / priceUnitsPerGram(unit);
}

/** Grams of contained commodity per tonne of ore for a grade in '%' or 'g/t' / 'ppm'. */
export function gramsPerTonneOre(grade: number, unit: string): number {
  return unit === '%' ? grade * 1e4 : grade;
}

/** Short label of the physical unit behind a price unit ('t', 'oz', 'kg', 'lb'). */
export function quantityUnit(unit: PriceUnit): string {
  return unit.slice(4);
}

// Why: presets take their VALUES from the bundled dataset (so a data correction flows into every scenario); this is
// the one place that reads it, turning ranges into midpoints.
import { figureById, priceById } from '../data';
import type { Figure } from '../model/sourced';

export interface ResolvedNumber {
  /** Number, or the midpoint of a range. */
  value: number;
  unit: string;
  sourceIds: string[];
  isRange: boolean;
  figureId: string;
}

function toNumber(f: Figure | undefined): ResolvedNumber | undefined {
  if (!f || f.value === null || typeof f.value === 'string') return undefined;
  const isRange = typeof f.value === 'object';
  const value = typeof f.value === 'number' ? f.value : (f.value.min + f.value.max) / 2;
  return { value, unit: f.unit, sourceIds: [...f.sourceIds], isRange, figureId: f.id };
}

/** Numeric value of a dataset figure (range midpoint), or undefined when missing, textual or unverified. */
export function figureNumber(id: string): ResolvedNumber | undefined {
  return toNumber(figureById(id));
}

/** The reference reading of a commodity price (range midpoint), or undefined. */
export function priceReference(priceId: string): ResolvedNumber | undefined {
  return toNumber(priceById(priceId)?.reference);
}

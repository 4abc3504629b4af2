// Why: the data is "as of" its sources, never live. Readers need to see how old a figure is, and the scenario model
// must flag a default commodity price older than 90 days. One pure helper for both; "today" is always passed in, so
// the same figure reads the same age in a test, on screen and in a printed briefing of a given date.
import { AsOfSchema } from '../model/sourced';

const DAY_MS = 86_400_000;

/** Commodity prices older than this are flagged as stale in the scenario editor and the presets. */
export const PRICE_MAX_AGE_DAYS = 90;

/**
 * The last day an as-of date can mean: "2025-12-29" is itself, "2025-12" is 31 Dec 2025, "2025" is 31 Dec 2025.
 * Ages are counted from it, so a coarse date is never reported older than it may be.
 */
export function asOfEnd(asOf: string): Date {
  const parsed = AsOfSchema.safeParse(asOf);
  if (!parsed.success) throw new Error(`"${asOf}" is not an as-of date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [y, m, d] = asOf.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return new Date(Date.UTC(y, m! - 1, d));
  if (m !== undefined) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, 11, 31));
}

/** Whole days from the as-of date to `today` (UTC calendar days); negative for a date still to come (a target). */
export function ageInDays(asOf: string, today: Date): number {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((day - asOfEnd(asOf).getTime()) / DAY_MS);
}

/** True when the figure is more than `maxDays` old on `today`. */
export function isOlderThan(asOf: string, maxDays: number, today: Date): boolean {
  return ageInDays(asOf, today) > maxDays;
}

export type AgeUnit = 'days' | 'months' | 'years';

/** An age a reader takes in at a glance: days under two months, months under two years, then years (rounded down). */
export function ageParts(days: number): { count: number; unit: AgeUnit } {
  if (days < 60) return { count: Math.max(0, days), unit: 'days' };
  if (days < 730) return { count: Math.floor(days / 30.4375), unit: 'months' };
  return { count: Math.floor(days / 365.25), unit: 'years' };
}

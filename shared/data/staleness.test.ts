// Why: a figure's age and the 90-day price flag are what tell a delegate the data is not live; they must count from
// the right day for coarse dates and never call a fresh price stale.
import { describe, expect, it } from 'vitest';
import { ageInDays, ageParts, asOfEnd, isOlderThan, PRICE_MAX_AGE_DAYS } from './staleness';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('figure age', () => {
  it('counts whole days from the as-of date, coarse dates from their last day', () => {
    expect(ageInDays('2025-12-29', day('2026-01-05'))).toBe(7);
    expect(asOfEnd('2025-12').toISOString().slice(0, 10)).toBe('2025-12-31');
    expect(asOfEnd('2024-02').toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(ageInDays('2025', day('2026-01-01'))).toBe(1);
    expect(ageInDays('2029-03', day('2026-06-30'))).toBeLessThan(0);
  });

  it('flags a price only once it is more than 90 days old', () => {
    expect(PRICE_MAX_AGE_DAYS).toBe(90);
    expect(isOlderThan('2026-02-05', PRICE_MAX_AGE_DAYS, day('2026-05-06'))).toBe(false);
    expect(isOlderThan('2026-02-05', PRICE_MAX_AGE_DAYS, day('2026-05-07'))).toBe(true);
    expect(isOlderThan('2026-01', PRICE_MAX_AGE_DAYS, day('2026-04-30'))).toBe(false);
  });

  it('reads as days, months or years', () => {
    expect(ageParts(7)).toEqual({ count: 7, unit: 'days' });
    expect(ageParts(-3)).toEqual({ count: 0, unit: 'days' });
    expect(ageParts(339)).toEqual({ count: 11, unit: 'months' });
    expect(ageParts(800)).toEqual({ count: 2, unit: 'years' });
  });

  it('refuses something that is not an as-of date', () => {
    expect(() => ageInDays('Dec 2025', day('2026-01-01'))).toThrow(/Dec 2025/);
  });
});

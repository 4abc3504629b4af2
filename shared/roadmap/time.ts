// Why: the roadmap is edited in fractional years after an anchor date, while milestones carry ISO dates of mixed
// precision and the scenario engine counts whole model years. These conversions are the one place that maps between them.

import { formatDate } from '../format/date';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Calendar date as a fractional year (2025-10-02 → 2025.75). A month-only date sits mid-month and a year-only date
 * at 1 January, because sources say "from 2034" for the start of a year and "Sep 2025" for somewhere in that month.
 */
export function dateToYear(iso: string): number {
  const [ys, ms, ds] = iso.split('-');
  const y = Number(ys);
  if (!ms) return y;
  const m = Number(ms) - 1;
  const day = ds ? Number(ds) : 15;
  const dayOfYear = (Date.UTC(y, m, day) - Date.UTC(y, 0, 1)) / 86_400_000;
  return y + dayOfYear / (isLeap(y) ? 366 : 365);
}

/** Fractional year back to a UTC date (inverse of {@link dateToYear} for full dates). */
export function yearToDate(year: number): Date {
  const y = Math.floor(year);
  const days = Math.round((year - y) * (isLeap(y) ? 366 : 365));
  return new Date(Date.UTC(y, 0, 1) + days * 86_400_000);
}

/** A JS Date (e.g. today) as a fractional year, in UTC so the marker does not move with the user's time zone. */
export function jsDateToYear(d: Date): number {
  return dateToYear(d.toISOString().slice(0, 10));
}

/** "Oct 2028": month precision is all a roadmap in quarter-year steps can honestly claim. */
export function formatYearMonth(year: number, locale = 'en-GB'): string {
  return formatDate(yearToDate(year).toISOString().slice(0, 7), locale);
}

/** "26 Nov 2026". */
export function formatDay(d: Date, locale = 'en-GB'): string {
  return formatDate(d, locale);
}

/** Years for people: "one year", "half a year", "2.5 years". */
export function formatYears(n: number): string {
  const a = Math.abs(n);
  const words: Record<string, string> = {
    '0.25': 'a quarter year',
    '0.5': 'half a year',
    '0.75': 'three quarters of a year',
    '1': 'one year',
  };
  const key = String(Math.round(a * 100) / 100);
  return words[key] ?? `${Number(a.toFixed(2))} years`;
}

/** Rounds away binary noise from repeated quarter-year steps so saved files read 3.25, not 3.2500000000000004. */
export function tidy(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

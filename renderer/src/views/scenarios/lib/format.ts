// Why: money, percentages and years are formatted the same way in the editor, the report components, the
// compare table and the exports, in the reader's locale; a missing value shows a dash, never NaN.
import { currentLocale } from '../../../i18n';

const cache = new Map<string, Intl.NumberFormat>();
function nf(digits: number): Intl.NumberFormat {
  const key = `${currentLocale()}|${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: digits, minimumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

export const DASH = '—';

export function fmtNumber(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined || !Number.isFinite(x) ? DASH : nf(digits).format(Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x);
}

/** USD m with sensible precision: whole millions above 100, one decimal below. */
export function fmtUsdM(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return fmtNumber(x, Math.abs(x) >= 100 ? 0 : 1);
}

export function fmtPct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? DASH : `${fmtNumber(x, digits)}%`;
}

/** A ratio (0.123) as a percentage. */
export const fmtRatioPct = (x: number | null | undefined, digits = 1) => fmtPct(x === null || x === undefined ? x : x * 100, digits);

export function fmtYears(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? DASH : fmtNumber(x, 1);
}

/** Input values as typed into a field: full precision, no grouping (so the text parses back). */
export function fmtInputValue(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x * 1e9) / 1e9) : '';
}

/** Compact axis ticks (12k, 1.2M) for charts in USD m. */
export function fmtAxis(x: number): string {
  const a = Math.abs(x);
  if (a >= 1000) return `${fmtNumber(x / 1000, a >= 10_000 || Number.isInteger(x / 1000) ? 0 : 1)}k`;
  return fmtNumber(x, a < 10 && a > 0 ? 1 : 0);
}

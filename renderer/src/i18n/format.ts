// Why: the one formatter (shared/format) bound to the reader's language, for React code: the same names
// everywhere in the renderer, a dash for a missing value (never NaN), word units named in the reader's language.
// Nothing here formats on its own; each function is shared/format with the current locale filled in.
import {
  DASH,
  formatCompact,
  formatDate,
  formatDateTime,
  monthNames,
  formatNumber,
  formatPercent,
  formatRange,
  formatUsdM,
  withUnit,
  type NumberStyle,
} from '../../../shared/format';
import { currentLocale, unitName } from './index';

export { unitName };

export { DASH };

type Maybe = number | null | undefined;
const ok = (x: Maybe): x is number => typeof x === 'number' && Number.isFinite(x);

/** "1,234.5"; `digits` fixes the fraction digits (one format per column), omitted = by magnitude. */
export const fmtNumber = (x: Maybe, style: NumberStyle | number = 0): string =>
  ok(x) ? formatNumber(x, currentLocale(), style) : DASH;

export const fmtRange = (min: number, max: number, style: NumberStyle | number = {}): string =>
  formatRange(min, max, currentLocale(), style);

export const fmtPct = (x: Maybe, style: NumberStyle | number = 1): string =>
  ok(x) ? formatPercent(x, currentLocale(), style) : DASH;

/** A ratio (0.123) as a percentage. */
export const fmtRatioPct = (x: Maybe, digits = 1): string => fmtPct(ok(x) ? x * 100 : x, digits);

/** Years with one decimal ("8.5"); the unit is written by the caller or by `fmtQuantity`. */
export const fmtYears = (x: Maybe): string => fmtNumber(x, 1);

/** "USD 412 m", "USD 18.32 bn", signed: "+USD 3.2 m" / "−USD 1.41 bn". */
export const fmtUsdM = (x: Maybe, opts: { signed?: boolean } = {}): string =>
  ok(x) ? formatUsdM(x, currentLocale(), opts) : DASH;

/** Chart tick text: "12k", "1.5k"; pass the tick step so neighbouring ticks are told apart. */
export const fmtCompact = (x: number, step?: number): string => formatCompact(x, currentLocale(), step);

/** "2 Oct 2025" (or "Sep 2025", "2019"). */
export const fmtDate = (d: string | number | Date): string => formatDate(d, currentLocale());

/** Month names as fmtDate writes them, for the date field's month list. */
export const fmtMonthNames = (): string[] => monthNames(currentLocale());

/** "1 Dec 2026, 09:53" in the user's time zone (file modification times, drafts). */
export const fmtDateTime = (d: string | number | Date): string => formatDateTime(d, currentLocale());

/** A number with its unit placed the one way: "USD 1,922/t", "32% Fe", "8.5 years" / "8.5 سال". */
export function fmtQuantity(x: Maybe, unit: string, style: NumberStyle | number = {}): string {
  return ok(x) ? withUnit(formatNumber(x, currentLocale(), style), unit, unitName, x) : DASH;
}

/** Input values as typed into a field: full precision, no grouping (so the text parses back). */
export function fmtInputValue(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x * 1e9) / 1e9) : '';
}

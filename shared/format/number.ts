// Why: one way to write a number anywhere (screens, PDFs, slides, exports): the reader's locale, one minus sign
// (U+2212, never a hyphen that a right-to-left line can move), no "−0", a sign written out when asked, ranges
// with an en dash, percentages and USD millions that switch to billions. Every other formatter builds on this.
export const MINUS = '\u2212';
export const RANGE_DASH = '\u2013';
/** What a missing or non-finite value shows: a dash, never "NaN". */
export const DASH = '\u2014';

export interface NumberStyle {
  /** Exact fraction digits. Omitted: by magnitude (0 from 100, 1 from 10, else 2), trailing zeros dropped. */
  digits?: number;
  /** 'always' writes "+" before positives and "±" before a value that rounds to zero. */
  sign?: 'auto' | 'always';
  /** Digit grouping: international (1,234,567) or South Asian (12,34,567, for lakh and crore). */
  grouping?: 'international' | 'lakh-crore';
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, min: number, max: number, grouping: NumberStyle['grouping']): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}|${grouping ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    // South Asian grouping comes from the en-IN rules; the digits stay Latin in every supported language.
    const loc = grouping === 'lakh-crore' ? 'en-IN' : locale;
    f = new Intl.NumberFormat(loc, { minimumFractionDigits: min, maximumFractionDigits: max, numberingSystem: 'latn' });
    cache.set(key, f);
  }
  return f;
}

const autoDigits = (a: number) => (a >= 100 ? 0 : a >= 10 ? 1 : 2);

/** The magnitude as text, without any sign ("1,234.5"), and whether it rounds to zero. */
function magnitude(n: number, locale: string, style: NumberStyle): { text: string; zero: boolean } {
  const a = Math.abs(n);
  const fixed = style.digits !== undefined;
  const max = style.digits ?? autoDigits(a);
  // Strip any direction marks a locale adds (ur-PK writes U+200E before a sign); isolation is done by bidi.ts.
  const text = nf(locale, fixed ? max : 0, max, style.grouping)
    .format(a)
    .replace(/[\u200e\u200f\u061c]/g, '');
  return { text, zero: Math.round(a * 10 ** max) === 0 };
}

/** "1,234", "−0.35", "+12.5" (sign: 'always'); a value that rounds to zero is "0", never "−0". */
export function formatNumber(n: number, locale = 'en-GB', style: NumberStyle | number = {}): string {
  if (!Number.isFinite(n)) return DASH;
  const s: NumberStyle = typeof style === 'number' ? { digits: style } : style;
  const { text, zero } = magnitude(n, locale, s);
  const sign = zero ? (s.sign === 'always' ? '±' : '') : n < 0 ? MINUS : s.sign === 'always' ? '+' : '';
  return sign + text;
}

/** "5.6–6" — one number when both ends round the same. */
export function formatRange(min: number, max: number, locale = 'en-GB', style: NumberStyle | number = {}): string {
  const a = formatNumber(min, locale, style);
  const b = formatNumber(max, locale, style);
  return a === b ? a : `${a}${RANGE_DASH}${b}`;
}

/** "12.5%", "−30%", "+4.0%" — the percent sign stays glued to its number in both directions. */
export function formatPercent(pct: number, locale = 'en-GB', style: NumberStyle | number = 1): string {
  return Number.isFinite(pct) ? `${formatNumber(pct, locale, style)}%` : DASH;
}

/** A ratio (0.123) as a percentage ("12.3%"). */
export function formatRatioPercent(ratio: number, locale = 'en-GB', style: NumberStyle | number = 1): string {
  return formatPercent(ratio * 100, locale, style);
}

/**
 * USD millions for people: "USD 412 m", "USD 3.2 m", "USD 19.07 bn" (sign: 'always' → "+USD 412 m", "−USD 1.41 bn").
 * The same amount reads the same in the editor, the roadmap, compare and the briefing.
 */
export function formatUsdM(m: number, locale = 'en-GB', opts: { signed?: boolean } = {}): string {
  if (!Number.isFinite(m)) return DASH;
  const a = Math.abs(m);
  const [value, digits, unit] = a >= 999.5 ? [a / 1000, 2, 'bn'] : a >= 9.95 ? [a, 0, 'm'] : [a, 1, 'm'];
  const { text, zero } = magnitude(value, locale, { digits });
  const sign = zero ? (opts.signed ? '±' : '') : m < 0 ? MINUS : opts.signed ? '+' : '';
  return `${sign}USD ${text} ${unit}`;
}

/** One fraction-digit count for a whole table column, so 75.2, 150 and 1,383 are never mixed in one column. */
export function columnDigits(values: readonly (number | null | undefined)[]): number {
  const max = Math.max(
    0,
    ...values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).map(Math.abs),
  );
  return max >= 100 ? 0 : 1;
}

/** Compact numbers for chart ticks: "12k", "1.5k", "2.5M"; `step` (the tick spacing) sets the precision. */
export function formatCompact(n: number, locale = 'en-GB', step?: number): string {
  const a = Math.abs(n);
  const scaleOf = (x: number) => (x >= 1e6 ? 1e6 : x >= 1e3 ? 1e3 : 1);
  const scale = scaleOf(Math.max(a, step ?? 0));
  const suffix = scale === 1e6 ? 'M' : scale === 1e3 ? 'k' : '';
  // Enough digits to tell neighbouring ticks apart: a 500 step at the thousands scale needs one decimal.
  const unitStep = (step ?? a) / scale;
  const digits = step === undefined ? (a / scale >= 10 || Number.isInteger(a / scale) ? 0 : 1) : decimalsOf(unitStep);
  return formatNumber(n / scale, locale, { digits }) + (n === 0 ? '' : suffix);
}

/** Fraction digits a step like 0.25 or 500 needs to be written exactly (0.25 → 2, 500 → 0). */
export function decimalsOf(step: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 6;
}

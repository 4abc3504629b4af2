// Why: a figure reads the same in the app, the PDF, the slides and the exports: values, ranges, units and as-of
// dates are written by the one formatter in this folder (number.ts, units.ts, date.ts), so "USD 5.6–6 bn"
// never appears two different ways.
import type { Confidence, Figure, Source } from '../model/sourced';
import { formatDate } from './date';
import { formatNumber, formatRange } from './number';
import { withUnit, type UnitNamer } from './units';

export { formatNumber } from './number';
export { withUnit } from './units';

export type PkrGrouping = 'international' | 'lakh-crore';

const PKR_SCALE: Record<string, number> = { 'PKR bn': 1e9, 'PKR m': 1e6, 'PKR bn/yr': 1e9, 'PKR m/yr': 1e6 };

/** Rupee amounts the way Pakistani readers often count them: "PKR 1,312.5 crore" instead of "PKR 13.1 bn". */
function formatPkrLakhCrore(f: Pick<Figure, 'value' | 'unit'>, locale: string): string | null {
  const scale = PKR_SCALE[f.unit];
  if (scale === undefined || f.value === null || typeof f.value === 'string') return null;
  const perYear = f.unit.endsWith('/yr') ? '/yr' : '';
  const min = typeof f.value === 'number' ? f.value : f.value.min;
  const unit = min * scale >= 1e7 ? { size: 1e7, name: 'crore' } : { size: 1e5, name: 'lakh' };
  // At most one decimal ("1,312.5"), with the South Asian digit grouping that goes with lakh and crore.
  const g = (n: number) => {
    const v = Math.round(((n * scale) / unit.size) * 10) / 10;
    return formatNumber(v, locale, { grouping: 'lakh-crore', digits: Number.isInteger(v) ? 0 : 1 });
  };
  const text = typeof f.value === 'number' ? g(f.value) : `${g(f.value.min)}–${g(f.value.max)}`;
  return `PKR ${text} ${unit.name}${perYear}`;
}

export function formatFigureValue(
  f: Pick<Figure, 'value' | 'unit' | 'unverified'>,
  locale = 'en-GB',
  pkr: PkrGrouping = 'international',
  unitName?: UnitNamer,
): string {
  if (f.unverified || f.value === null) return 'Unverified';
  if (pkr === 'lakh-crore') {
    const lakhCrore = formatPkrLakhCrore(f, locale);
    if (lakhCrore) return lakhCrore;
  }
  if (typeof f.value === 'string') return f.value;
  // A calendar year is a label, not a quantity: "2034", never "2,034 year".
  if (typeof f.value === 'number' && f.unit === 'year') return String(f.value);
  if (typeof f.value === 'number') return withUnit(formatNumber(f.value, locale), f.unit, unitName, f.value);
  const { min, max } = f.value;
  return withUnit(formatRange(min, max, locale), f.unit, unitName, max);
}

/** "2 Oct 2025", "Sep 2025" or "2019" depending on the precision the source gives, in the reader's locale. */
export function formatAsOf(asOf: string, locale = 'en-GB'): string {
  return formatDate(asOf, locale);
}

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  A: 'A: primary or official source',
  B: 'B: secondary press reporting a primary source',
  C: 'C: low-reliability source, check before use',
};

/**
 * A source line's two runs, publisher and date. Where text may run right to left each is set as its own isolated
 * run (<Bidi>, or `isolate`): "Dawn, 27 فروری 2026" as one run would read "Dawn, 27 2026 فروری".
 */
export function sourceLineParts(s: Source, locale = 'en-GB'): { publisher: string; date: string | null } {
  return { publisher: s.publisher, date: s.date ? formatAsOf(s.date, locale) : null };
}

/** "Reuters via Dawn, 7 Feb 2025" — names the original publication, per the fact sheet's mirror rule. */
export function formatSourceLine(s: Source, locale = 'en-GB'): string {
  const { publisher, date } = sourceLineParts(s, locale);
  return date ? `${publisher}, ${date}` : publisher;
}

// Why: a figure reads the same in the app, the PDF, the slides and the exports: one formatter for
// values, ranges, units and as-of dates, so "USD 5.6–6.0 bn" never appears two different ways.
import type { Confidence, Figure, Source } from '../model/sourced';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatNumber(n: number, locale = 'en-US', maxFractionDigits?: number): string {
  const digits = maxFractionDigits ?? (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
}

/** Puts currency units in front ("USD 8 tn") and others behind ("45 Mtpa"). */
export function withUnit(value: string, unit: string): string {
  if (!unit) return value;
  const m = /^(USD|PKR|CNY)\s*(.*)$/.exec(unit);
  if (m) return `${m[1]} ${value}${m[2] ? ` ${m[2]}` : ''}`;
  if (unit === '%') return `${value}%`;
  return `${value} ${unit}`;
}

export type PkrGrouping = 'international' | 'lakh-crore';

const PKR_SCALE: Record<string, number> = { 'PKR bn': 1e9, 'PKR m': 1e6, 'PKR bn/yr': 1e9, 'PKR m/yr': 1e6 };

/** Rupee amounts the way Pakistani readers often count them: "PKR 1,312.5 crore" instead of "PKR 13.1 bn". */
function formatPkrLakhCrore(f: Pick<Figure, 'value' | 'unit'>): string | null {
  const scale = PKR_SCALE[f.unit];
  if (scale === undefined || f.value === null || typeof f.value === 'string') return null;
  const perYear = f.unit.endsWith('/yr') ? '/yr' : '';
  const min = typeof f.value === 'number' ? f.value : f.value.min;
  const unit = min * scale >= 1e7 ? { size: 1e7, name: 'crore' } : { size: 1e5, name: 'lakh' };
  // Indian-style digit grouping (12,34,567) goes with lakh and crore.
  const grouped = (n: number) => new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 }).format((n * scale) / unit.size);
  const text = typeof f.value === 'number' ? grouped(f.value) : `${grouped(f.value.min)}–${grouped(f.value.max)}`;
  return `PKR ${text} ${unit.name}${perYear}`;
}

export function formatFigureValue(f: Pick<Figure, 'value' | 'unit' | 'unverified'>, locale = 'en-US', pkr: PkrGrouping = 'international'): string {
  if (f.unverified || f.value === null) return 'Unverified';
  if (pkr === 'lakh-crore') {
    const lakhCrore = formatPkrLakhCrore(f);
    if (lakhCrore) return lakhCrore;
  }
  if (typeof f.value === 'string') return f.value;
  // A calendar year is a label, not a quantity: "2034", never "2,034 year".
  if (typeof f.value === 'number' && f.unit === 'year') return String(f.value);
  if (typeof f.value === 'number') return withUnit(formatNumber(f.value, locale), f.unit);
  const { min, max } = f.value;
  return withUnit(min === max ? formatNumber(min, locale) : `${formatNumber(min, locale)}–${formatNumber(max, locale)}`, f.unit);
}

/** "2 Oct 2025", "Sep 2025" or "2019" depending on the precision the source gives, in the reader's locale. */
export function formatAsOf(asOf: string, locale = 'en-GB'): string {
  const [y, m, d] = asOf.split('-');
  if (!m) return y ?? asOf;
  if (!locale.startsWith('en')) {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
    return new Intl.DateTimeFormat(locale, d ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  A: 'A: primary or official source',
  B: 'B: secondary press reporting a primary source',
  C: 'C: low-reliability source, check before use',
};

/** "Reuters via Dawn, 7 Feb 2025" — names the original publication, per the fact sheet's mirror rule. */
export function formatSourceLine(s: Source, locale = 'en-GB'): string {
  return `${s.publisher}${s.date ? `, ${formatAsOf(s.date, locale)}` : ''}`;
}

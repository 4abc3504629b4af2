// Why: in a right-to-left page a number, a unit, a date or a Latin name must keep its own reading order
// ("USD 18,317 m", "−30%", "Dawn, 27 Feb 2026"), whatever text surrounds it. The one rule for which direction
// a run takes lives here; React markup uses it through <Bidi>/<Num> (renderer/src/components/Bidi.tsx), and
// plain strings where no markup is possible (SVG text, window titles, aria-labels, exports) use `isolate`.
export type Direction = 'ltr' | 'rtl';

/** Unicode isolates (UAX #9): LRI / RLI … PDI. */
export const LRI = '\u2066';
export const RLI = '\u2067';
export const PDI = '\u2069';

const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const STRONG_LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/**
 * The direction a run reads in: that of its first strong letter (Urdu → rtl, Latin → ltr). A run with no letters
 * at all ("−30%", "12,270–12,430", "2034") is ltr: digits, signs and ranges always read left to right.
 */
export function directionOf(text: string): Direction {
  for (const ch of text) {
    if (STRONG_RTL.test(ch)) return 'rtl';
    if (STRONG_LTR.test(ch)) return 'ltr';
  }
  return 'ltr';
}

/** Wraps a plain string in an isolate of its own direction, for text where no element can be used. */
export function isolate(text: string, dir: Direction = directionOf(text)): string {
  if (!text) return text;
  return `${dir === 'rtl' ? RLI : LRI}${text}${PDI}`;
}

/** Removes isolates and direction marks (for file names, comparisons and tests that read text back). */
export function stripBidi(text: string): string {
  return text.replace(/[\u2066-\u2069\u200e\u200f\u061c\u202a-\u202e]/g, '');
}

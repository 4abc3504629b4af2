// Why: the one place that decides how a chart axis reads: 1-2-5 ticks from shared/format/ticks with labels that
// state each tick's exact value, and the direction time runs. Time runs in the reading direction: left to right in
// English, right to left in Urdu, in every chart with a time axis and in the roadmap timeline alike. The plot itself
// is always laid out left to right (SVG text anchors hold); a mirrored time axis is a reversed scale with the value
// axis on the right, so nothing else in a chart needs to know the language.
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../../shared/format/bidi';
import { niceTicks, type Ticks } from '../../../../shared/format/ticks';
import { fmtCompact, fmtNumber } from '../../i18n/format';

export type PageDirection = 'ltr' | 'rtl';

/** Whether time axes run right to left (latest year on the left edge) in a page of direction `dir`. */
export function timeAxisMirrored(dir: PageDirection): boolean {
  return dir === 'rtl';
}

/** The page's reading direction (follows the language). */
export function usePageDirection(): PageDirection {
  return useTranslation().i18n.dir() === 'rtl' ? 'rtl' : 'ltr';
}

/** recharts props for a time (year) axis and the side its value axis sits on, for a page of direction `dir`. */
export function timeLayout(dir: PageDirection): {
  reversed: boolean;
  valueSide: 'left' | 'right';
  otherSide: 'left' | 'right';
} {
  const m = timeAxisMirrored(dir);
  return { reversed: m, valueSide: m ? 'right' : 'left', otherSide: m ? 'left' : 'right' };
}

export interface AxisProps {
  domain: [number, number];
  ticks: number[];
  tickFormatter: (v: number) => string;
  interval: 0;
  type: 'number';
  allowDataOverflow: boolean;
}

/** recharts props for a value axis covering `values`: nice ticks, an exact label per tick, nothing recomputed. */
export function valueAxis(
  values: readonly (number | null | undefined)[],
  opts: { includeZero?: boolean; maxTicks?: number; compact?: boolean; suffix?: string } = {},
): AxisProps {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const t: Ticks = niceTicks(xs.length ? Math.min(...xs) : 0, xs.length ? Math.max(...xs) : 1, opts);
  const digits = Math.max(0, -Math.floor(Math.log10(t.step) + 1e-9));
  const suffix = opts.suffix ?? '';
  const tickFormatter =
    opts.compact === false
      ? (v: number) => fmtNumber(v, digits) + suffix
      : (v: number) => fmtCompact(v, t.step) + suffix;
  return { domain: t.domain, ticks: t.ticks, tickFormatter, interval: 0, type: 'number', allowDataOverflow: false };
}

/** Ticks for a year axis: whole years, at most `max` labels, evenly spaced. */
export function yearTicks(years: readonly number[], max = 12): number[] {
  if (years.length === 0) return [];
  const step = Math.max(1, Math.ceil(years.length / max));
  return years.filter((_, i) => i % step === 0);
}

/** An axis name with its unit: "After-tax NPV (USD m)"; the unit is an isolated run inside Urdu words. */
export function axisName(name: string, unit?: string): string {
  return unit ? `${name} (${isolate(unit)})` : name;
}

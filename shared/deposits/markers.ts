// Why: the map encodes three things per deposit (group by colour, stage by shape, size by area on a log
// scale) and the legend must draw exactly what the map draws. Both use these pure functions.
import type { Deposit, Stage } from '../model/dataset';

export const MARKER_R_MIN = 5;
export const MARKER_R_MAX = 15;
/** Deposits whose size is not comparable (null) get this fixed, small marker, and the legend says so. */
export const MARKER_R_UNSIZED = 4;

export interface SizeScale {
  /** Radius for a size value; values outside the domain are clamped. */
  radius(value: number | null): number;
  min: number;
  max: number;
  /** Round values (powers of ten) inside the domain, for the legend. */
  ticks: number[];
}

export function sizeScale(deposits: readonly Pick<Deposit, 'size'>[]): SizeScale {
  const values = deposits.map((d) => d.size?.value).filter((v): v is number => (v ?? 0) > 0);
  const min = values.length ? Math.min(...values) : 1;
  const max = values.length ? Math.max(...values) : 1;
  const lo = Math.log10(min);
  const span = Math.log10(max) - lo;
  const radius = (value: number | null) => {
    // Missing, zero, negative or NaN: not comparable.
    const v = value ?? 0;
    if (!(v > 0)) return MARKER_R_UNSIZED;
    if (span <= 0) return (MARKER_R_MIN + MARKER_R_MAX) / 2;
    const t = Math.min(1, Math.max(0, (Math.log10(v) - lo) / span));
    // Area, not radius, grows linearly with log(size), so big deposits do not swamp the map.
    return Math.sqrt(MARKER_R_MIN ** 2 + t * (MARKER_R_MAX ** 2 - MARKER_R_MIN ** 2));
  };
  const ticks: number[] = [];
  for (let e = Math.ceil(lo); e <= Math.floor(Math.log10(max)); e++) ticks.push(10 ** e);
  // Keep the legend short: at most three steps, always including both ends of the range.
  const legend = ticks.length < 4 ? ticks : [ticks[0]!, ticks[Math.floor(ticks.length / 2)]!, ticks.at(-1)!];
  return { radius, min, max, ticks: legend };
}

/** SVG path for a stage's shape centred on 0,0 with roughly the area of a circle of radius r. */
export function stageShapePath(stage: Stage, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (stage) {
    case 'producing':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'development': {
      const s = f(r * 0.886);
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'exploration': {
      const a = r * 1.347;
      return `M0,${f(-a * 1.1547)}L${f(a)},${f(a * 0.5774)}L${f(-a)},${f(a * 0.5774)}Z`;
    }
    case 'prospect': {
      const d = f(r * 1.253);
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
  }
}

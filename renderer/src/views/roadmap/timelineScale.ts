// Why: the timeline squeezes 1993–2024 history into a narrow band and gives the roadmap years most of the width;
// this is the one mapping from years to SVG x, plus the lane stacking that keeps close milestones from overlapping.
import type { Milestone } from '../../../../shared/model/dataset';
import { dateToYear } from '../../../../shared/roadmap/time';

/** The drawing's width at which its text is at its design size; on screen the view draws at its own width. */
export const VIEW_W = 1200;
/** Narrower than this, the screen timeline scrolls sideways instead of squeezing the years (or shrinking text). */
export const MIN_VIEW_W = 720;
export const GUTTER = 250; // history band and phase names
export const MAIN_X0 = 262;
export const MAIN_X1 = 1180;
export const HISTORY_START = 1993;
export const HISTORY_BREAK = 2018; // years before this are compressed
export const MAIN_START = 2025;

const HX0 = 24;
const HX_BREAK = 74;
const HX1 = MAIN_X0 - 12;

export interface Scale {
  x(year: number): number;
  /** The drawing's width and where the main years end (the impact phase's arrow). */
  width: number;
  mainX1: number;
  mainEnd: number;
  ticks: { year: number; x: number; history: boolean }[];
}

export function makeScale(lastPhaseStart: number, width = VIEW_W): Scale {
  // Leave room after the open-ended impact phase for its fade, and never end before 2042 so charts compare.
  const mainEnd = Math.max(2042, Math.ceil(lastPhaseStart) + 6);
  const mainX1 = Math.max(MIN_VIEW_W, width) - (VIEW_W - MAIN_X1);
  const perYear = (mainX1 - MAIN_X0) / (mainEnd - MAIN_START);
  const x = (year: number): number => {
    if (year >= MAIN_START) return MAIN_X0 + (Math.min(year, mainEnd) - MAIN_START) * perYear;
    if (year >= HISTORY_BREAK)
      return HX_BREAK + ((year - HISTORY_BREAK) / (MAIN_START - HISTORY_BREAK)) * (HX1 - HX_BREAK);
    return HX0 + ((Math.max(year, HISTORY_START) - HISTORY_START) / (HISTORY_BREAK - HISTORY_START)) * (HX_BREAK - HX0);
  };
  const every = perYear < 40 ? 2 : 1;
  const ticks: Scale['ticks'] = [1993, 2019, 2022].map((year) => ({ year, x: x(year), history: true }));
  for (let y = MAIN_START; y <= mainEnd; y += every) ticks.push({ year: y, x: x(y), history: false });
  return { x, width: mainX1 + (VIEW_W - MAIN_X1), mainX1, mainEnd, ticks };
}

export interface PlacedMilestone {
  m: Milestone;
  n: number;
  x: number;
  lane: number;
}

/** Numbers milestones chronologically and stacks any closer than `gap` px into the next free lane. */
export function placeMilestones(
  ms: readonly Milestone[],
  scale: Scale,
  gap = 22,
): { placed: PlacedMilestone[]; lanes: number } {
  const sorted = [...ms].sort((a, b) => a.date.localeCompare(b.date));
  const laneEnds: number[] = [];
  const placed = sorted.map((m, i) => {
    const x = scale.x(dateToYear(m.date));
    let lane = laneEnds.findIndex((end) => x - end >= gap);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(x);
    } else laneEnds[lane] = x;
    return { m, n: i + 1, x, lane };
  });
  return { placed, lanes: Math.max(1, laneEnds.length) };
}

// Why: phases follow one another (the article's "progress is expected in phases"), so moving or lengthening one
// phase moves the later ones with it; field edits and keyboard edits on the chart both go through these rules.
import type { RoadmapState } from './state';
import { PHASE_IDS, type RoadmapPhaseId } from './defaults';
import { tidy } from './time';

/** One keyboard step: a quarter year, the finest timing the article's year ranges make meaningful. */
export const STEP_YEARS = 0.25;
export const MAX_YEARS = 40;
export const MIN_DURATION = 0.5;

function indexOf(id: RoadmapPhaseId): number {
  return PHASE_IDS.indexOf(id);
}

function mapPhases(
  state: RoadmapState,
  fn: (p: RoadmapState['phases'][number], i: number) => RoadmapState['phases'][number],
): RoadmapState {
  const phases = PHASE_IDS.map((id, i) => {
    const p = state.phases.find((x) => x.id === id)!;
    return fn(p, i);
  });
  return { ...state, phases };
}

/** Moves a phase's start by `delta` years and every later phase with it; never before the anchor. */
export function shiftStart(state: RoadmapState, id: RoadmapPhaseId, delta: number): RoadmapState {
  const k = indexOf(id);
  const current = state.phases.find((p) => p.id === id)!.startOffsetYears;
  const d = Math.max(-current, delta);
  const last = Math.max(...PHASE_IDS.slice(k).map((x) => state.phases.find((p) => p.id === x)!.startOffsetYears));
  const dd = Math.min(d, MAX_YEARS - last);
  return mapPhases(state, (p, i) => (i >= k ? { ...p, startOffsetYears: tidy(p.startOffsetYears + dd) } : p));
}

export function setStart(state: RoadmapState, id: RoadmapPhaseId, start: number): RoadmapState {
  const current = state.phases.find((p) => p.id === id)!.startOffsetYears;
  return shiftStart(state, id, start - current);
}

/** Sets a phase's duration; phases after it move by the change so they still follow it. */
export function setDuration(state: RoadmapState, id: RoadmapPhaseId, years: number): RoadmapState {
  const k = indexOf(id);
  const target = Math.min(MAX_YEARS, Math.max(MIN_DURATION, years));
  const delta = target - state.phases.find((p) => p.id === id)!.durationYears;
  const moved = mapPhases(state, (p, i) => (i === k ? { ...p, durationYears: tidy(target) } : p));
  return k + 1 < PHASE_IDS.length ? shiftStart(moved, PHASE_IDS[k + 1]!, delta) : moved;
}

export function changeDuration(state: RoadmapState, id: RoadmapPhaseId, delta: number): RoadmapState {
  return setDuration(state, id, state.phases.find((p) => p.id === id)!.durationYears + delta);
}

export function setNote(state: RoadmapState, id: RoadmapPhaseId, note: string): RoadmapState {
  return mapPhases(state, (p) => (p.id === id ? { ...p, note } : p));
}

// Why: the roadmap is meant to drive the project economics, not sit beside them. These pure functions turn the
// roadmap (an anchor date plus fractional-year offsets) into the scenario engine's whole-year phase timing.
import type { EvaluateOptions } from '../scenario/compile';
import type { Phases, Scenario } from '../scenario/model';
import type { RoadmapState } from './state';
import { PHASE_IDS, roadmapPhase } from './defaults';
import { dateToYear } from './time';

/** The engine's phase offsets are whole years in [0, 80]. */
const MAX_OFFSET = 80;

/**
 * Calendar year (fractional) to a whole model-year offset. Rounds half up to the nearest year, i.e. to the model year
 * that holds the larger part of the phase's first twelve months: a phase starting in October 2028 (2028.75) counts
 * from model year 2029, one starting in March 2028 from 2028. Years before the scenario start clamp to year 0.
 */
export function toModelOffset(year: number, scenarioStartYear: number): number {
  // The epsilon keeps 2.4999999 (binary noise from quarter steps) from rounding the other way from 2.5.
  const raw = Math.floor(year - scenarioStartYear + 0.5 + 1e-9);
  return Math.min(MAX_OFFSET, Math.max(0, raw));
}

/** Absolute (fractional-year) start and end of each roadmap phase, kept in order: a phase never starts before the one before it. */
export function phaseYears(state: RoadmapState): Record<(typeof PHASE_IDS)[number], { start: number; end: number }> {
  const anchor = dateToYear(state.anchorDate);
  let prevStart = -Infinity;
  const out = {} as Record<(typeof PHASE_IDS)[number], { start: number; end: number }>;
  for (const id of PHASE_IDS) {
    const p = roadmapPhase(state, id);
    const start = Math.max(prevStart, anchor + p.startOffsetYears);
    out[id] = { start, end: start + p.durationYears };
    prevStart = start;
  }
  return out;
}

/**
 * Roadmap → scenario `timing.phases` for a scenario whose model year 0 is `scenarioStartYear`.
 * Starts and ends are rounded to whole model years with {@link toModelOffset}; each duration is the difference of the
 * rounded end and start, so back-to-back roadmap phases stay back to back in the model (no engine warning) and a
 * quarter-year edit changes the model only when it crosses a year boundary.
 */
export function phasesFromRoadmap(state: RoadmapState, scenarioStartYear: number): Phases {
  const years = phaseYears(state);
  const out = {} as Phases;
  for (const id of PHASE_IDS) {
    const start = toModelOffset(years[id].start, scenarioStartYear);
    const end = Math.max(start, toModelOffset(years[id].end, scenarioStartYear));
    out[id] = { startOffsetYears: start, durationYears: Math.min(MAX_OFFSET, end - start) };
  }
  // The roadmap allows a zero-length rounding of the impact phase; the engine only needs it non-negative.
  return out;
}

/**
 * The one way to link a scenario to the roadmap: pass these options to any engine call (evaluate, NPV, Monte Carlo,
 * sensitivity, levers). The engine applies the roadmap's phases only when the scenario follows the roadmap
 * (`timing.followRoadmap`, decided in shared/scenario/compile.ts `phasesFor`), so callers never check it themselves.
 */
export function roadmapEvaluateOptions(scenario: Scenario, state: RoadmapState): EvaluateOptions {
  return { roadmapPhases: phasesFromRoadmap(state, scenario.timing.startYear) };
}

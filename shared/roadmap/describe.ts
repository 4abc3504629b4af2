// Why: an NPV difference means little without its cause; these sentences say what changed in the roadmap and by how
// much money, with the sign always written out, so the Roadmap view and the briefing read the same way.
import type { RoadmapState } from './state';
import { PHASE_IDS, phaseById } from './defaults';
import { phaseYears } from './link';
import { dateToYear, formatDay, formatYears, yearToDate } from './time';

const EPS = 1e-6;
/** A change of more than the tolerance; differences of fractional-year sums never land on it exactly. */
// Stryker disable next-line EqualityOperator: a difference of exactly EPS is the tolerance's own boundary, never reached
const moved = (years: number) => Math.abs(years) > EPS;

/** The words of a roadmap-change sentence, so each language phrases the same analysis its own way. */
export interface ChangeWording {
  anchor(date: string): string;
  phase(index: number): string;
  /** `years` is signed: later (> 0) or earlier (< 0). */
  shift(years: number): string;
  /** `years` is signed: longer (> 0) or shorter (< 0). */
  resize(years: number): string;
  item(phase: string, bits: string[]): string;
  follows(who: string[], all: boolean): string;
  join(parts: string[]): string;
  same: string;
}

export const ENGLISH_CHANGE_WORDING: ChangeWording = {
  anchor: (date) => `Anchor moved to ${date}`,
  phase: (index) => `Phase ${index}`,
  // Stryker disable next-line EqualityOperator: only called for a shift or resize that moved, so d is never 0
  shift: (d) => `${formatYears(d)} ${d > 0 ? 'later' : 'earlier'}`,
  // Stryker disable next-line EqualityOperator: only called for a shift or resize that moved, so d is never 0
  resize: (d) => `${formatYears(d)} ${d > 0 ? 'longer' : 'shorter'}`,
  item: (phase, bits) => `${phase} ${bits.join(' and ')}`,
  follows: (who, all) => `${all ? 'all phases' : who.join(', ')} ${who.length > 1 ? 'follow' : 'follows'}`,
  join: (parts) => parts.join('; '),
  same: 'Same as the article defaults',
};

/**
 * What differs between two roadmaps, e.g. "Phase 2 one year later (Phase 3 follows)". A later phase that only moved
 * with the phase before it is folded into "(… follows)" instead of being listed as a change of its own.
 */
export function describeRoadmapChange(
  base: RoadmapState,
  edited: RoadmapState,
  w: ChangeWording = ENGLISH_CHANGE_WORDING,
  day: (d: Date) => string = formatDay,
): string {
  const b = phaseYears(base);
  const e = phaseYears(edited);
  const parts: string[] = [];
  const anchorShift = dateToYear(edited.anchorDate) - dateToYear(base.anchorDate);
  // A phase that moved exactly as much as the end of the one before it (or the anchor, for phase 1) only followed.
  let carried = anchorShift;
  let follows: string[] = [];
  const flush = () => {
    if (follows.length && parts.length)
      parts[parts.length - 1] += ` (${w.follows(follows, follows.length === PHASE_IDS.length)})`;
    follows = [];
  };
  if (moved(anchorShift)) parts.push(w.anchor(day(yearToDate(dateToYear(edited.anchorDate)))));
  for (const id of PHASE_IDS) {
    const label = w.phase(phaseById(id).index);
    const dStart = e[id].start - b[id].start;
    const dDur = e[id].end - e[id].start - (b[id].end - b[id].start);
    // A phase that kept its date while the phase before it ended earlier or later did not shift: only the gap changed.
    const ownShift = moved(dStart - carried) && moved(dStart);
    if (!ownShift && !moved(dDur)) {
      if (moved(dStart)) follows.push(label);
    } else {
      flush();
      const bits: string[] = [];
      if (ownShift) bits.push(w.shift(dStart));
      if (moved(dDur)) bits.push(w.resize(dDur));
      parts.push(w.item(label, bits));
    }
    carried = dStart + dDur;
  }
  flush();
  return parts.length ? w.join(parts) : w.same;
}

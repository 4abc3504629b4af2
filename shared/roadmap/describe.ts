// Why: an NPV difference means little without its cause; these sentences say what changed in the roadmap and by how
// much money, with the sign always written out, so the Roadmap view and the briefing read the same way.
import type { RoadmapState } from '../workspace/state-files';
import { PHASE_IDS, phaseById } from './defaults';
import { phaseYears } from './link';
import { dateToYear, formatDay, formatYears, yearToDate } from './time';

const MINUS = '\u2212';

/** USD millions for people: "USD 412 m", "USD 19.07 bn"; `signed` writes "+" or "−" (and "±" for zero). */
export function formatUsdM(m: number, opts: { signed?: boolean } = {}): string {
  const a = Math.abs(m);
  const body = a >= 1000 ? `USD ${(a / 1000).toFixed(2)} bn` : a >= 10 ? `USD ${Math.round(a)} m` : `USD ${a.toFixed(1)} m`;
  const rounded = a >= 1000 ? Number((a / 1000).toFixed(2)) : a >= 10 ? Math.round(a) : Number(a.toFixed(1));
  const sign = rounded === 0 ? (opts.signed ? '±' : '') : m < 0 ? MINUS : opts.signed ? '+' : '';
  return `${sign}${body}`;
}

const EPS = 1e-6;
const later = (d: number) => `${formatYears(d)} ${d > 0 ? 'later' : 'earlier'}`;
const longer = (d: number) => `${formatYears(d)} ${d > 0 ? 'longer' : 'shorter'}`;

/**
 * What differs between two roadmaps, e.g. "Phase 2 one year later (Phase 3 follows)". A later phase that only moved
 * with the phase before it is folded into "(… follows)" instead of being listed as a change of its own.
 */
export function describeRoadmapChange(base: RoadmapState, edited: RoadmapState): string {
  const b = phaseYears(base);
  const e = phaseYears(edited);
  const parts: string[] = [];
  const anchorShift = dateToYear(edited.anchorDate) - dateToYear(base.anchorDate);
  // A phase that moved exactly as much as the end of the one before it (or the anchor, for phase 1) only followed.
  let carried = anchorShift;
  let follows: string[] = [];
  const flush = () => {
    const who = follows.length === PHASE_IDS.length ? 'all phases' : follows.join(', ');
    if (follows.length && parts.length) parts[parts.length - 1] += ` (${who} ${follows.length > 1 ? 'follow' : 'follows'})`;
    follows = [];
  };
  if (Math.abs(anchorShift) > EPS) {
    parts.push(`Anchor moved to ${formatDay(yearToDate(dateToYear(edited.anchorDate)))}`);
  }
  for (const id of PHASE_IDS) {
    const label = `Phase ${phaseById(id).index}`;
    const dStart = e[id].start - b[id].start;
    const dDur = e[id].end - e[id].start - (b[id].end - b[id].start);
    const ownShift = Math.abs(dStart - carried) > EPS;
    if (!ownShift && Math.abs(dDur) < EPS) {
      if (Math.abs(dStart) > EPS) follows.push(label);
    } else {
      flush();
      const bits: string[] = [];
      if (ownShift) bits.push(later(dStart));
      if (Math.abs(dDur) > EPS) bits.push(longer(dDur));
      parts.push(`${label} ${bits.join(' and ')}`);
    }
    carried = dStart + dDur;
  }
  flush();
  return parts.length ? parts.join('; ') : 'Same as the article defaults';
}

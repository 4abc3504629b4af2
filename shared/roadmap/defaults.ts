// Why: "Reset to article defaults" and first start need one roadmap built from the article's own phases, and the
// scenario model needs to compare an edited roadmap against exactly that baseline.
import { dataset } from '../data';
import type { Phase } from '../model/dataset';
import type { RoadmapState } from './state';

export type RoadmapPhaseId = Phase['id'];
export const PHASE_IDS: readonly RoadmapPhaseId[] = ['demonstration', 'scaling', 'impact'];

/** The date of a dataset milestone; a dataset without it is refused by name rather than replaced by a guess. */
function milestoneDate(id: string): string {
  const m = dataset.milestones.find((x) => x.id === id);
  if (!m) throw new Error(`Dataset has no milestone "${id}"`);
  return m.date;
}

/** The first consignment to USSM: the article dates the roadmap from this shipment. */
export const DEFAULT_ANCHOR_DATE = milestoneDate('first-consignment');

/**
 * The impact phase is open-ended ("after a decade"). The file format still needs a length, and the scenario engine uses
 * it only for a consistency warning (the last phase runs to the end of mine life), so this horizon is never shown as a figure.
 */
export const IMPACT_HORIZON_YEARS = 20;

/** The article's range for a phase: duration in years, and for impact the earliest start ("after a decade"). */
export interface ArticleRange {
  minYears: number;
  maxYears: number | null;
  wording: string;
}

export function articleRange(id: RoadmapPhaseId): ArticleRange {
  const p = phaseById(id);
  return { minYears: p.durationYears.min, maxYears: p.durationYears.max, wording: p.articleWording };
}

export function phaseById(id: RoadmapPhaseId): Phase {
  const p = dataset.phases.find((x) => x.id === id);
  if (!p) throw new Error(`Dataset has no roadmap phase "${id}"`);
  return p;
}

/**
 * Phases back to back from the anchor, each at the top of its range: 3 years + 7 years puts "significant impact"
 * exactly a decade after the first consignment, the only reading under which all three of the article's phrases agree.
 */
export function defaultRoadmapState(): RoadmapState {
  const demo = phaseById('demonstration');
  const scaling = phaseById('scaling');
  const demoYears = demo.durationYears.max ?? demo.durationYears.min;
  const scalingYears = scaling.durationYears.max ?? scaling.durationYears.min;
  return {
    schemaVersion: 1,
    kind: 'roadmap',
    anchorDate: DEFAULT_ANCHOR_DATE,
    phases: [
      { id: 'demonstration', startOffsetYears: 0, durationYears: demoYears, note: '' },
      { id: 'scaling', startOffsetYears: demoYears, durationYears: scalingYears, note: '' },
      { id: 'impact', startOffsetYears: demoYears + scalingYears, durationYears: IMPACT_HORIZON_YEARS, note: '' },
    ],
  };
}

/** Roadmap phase by id (the file keeps them in order, but a hand-edited file might not). */
export function roadmapPhase(state: RoadmapState, id: RoadmapPhaseId): RoadmapState['phases'][number] {
  const p = state.phases.find((x) => x.id === id);
  if (!p) throw new Error(`Roadmap has no phase "${id}"`);
  return p;
}

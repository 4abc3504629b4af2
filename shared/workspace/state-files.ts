// Why: the roadmap timing and the risk heatmap scores are user edits that must survive a restart and be
// shareable, so they are workspace files with a schema like everything else. Each has one fixed file name in
// state/; the domain types come from their own modules.
import { RoadmapStateSchema, type RoadmapState } from '../roadmap/state';
import { RiskScoresSchema, type RiskScores } from '../risks/scores';
import type { DocumentKind } from './documents';

export const roadmapKind: DocumentKind<RoadmapState> = {
  kind: 'roadmap',
  dir: 'state',
  label: 'roadmap file',
  fixedName: 'roadmap.json',
  currentVersion: 1,
  migrations: [],
  schema: RoadmapStateSchema,
};

export const riskScoresKind: DocumentKind<RiskScores> = {
  kind: 'risk-scores',
  dir: 'state',
  label: 'risk scores file',
  fixedName: 'risk-scores.json',
  currentVersion: 1,
  migrations: [],
  schema: RiskScoresSchema,
};

// Why: one registry of every workspace document kind, so main, tests and tools agree on folders and schemas,
// and one typed map from kind to content, so a read or write of a kind carries that kind's type end to end.
import { z } from 'zod';
import { BriefingSpecSchema, briefingKind, type BriefingSpec } from '../briefing/spec';
import { RiskScoresSchema, type RiskScores } from '../risks/scores';
import { RoadmapStateSchema, type RoadmapState } from '../roadmap/state';
import { DataPackSchema, dataPackKind, type DataPack } from './data-pack';
import type { DocumentKind } from './documents';
import type { DocKind } from './files';
import { ScenarioFileSchema, scenarioKind, type ScenarioFile } from './scenario-file';
import { riskScoresKind, roadmapKind } from './state-files';

/** The content type of each document kind. */
export interface DocumentTypes {
  scenario: ScenarioFile;
  briefing: BriefingSpec;
  'data-pack': DataPack;
  roadmap: RoadmapState;
  'risk-scores': RiskScores;
}
export type DocContent<K extends DocKind> = DocumentTypes[K];

export const documentKinds: { [K in DocKind]: DocumentKind<DocumentTypes[K]> } = {
  scenario: scenarioKind,
  briefing: briefingKind,
  'data-pack': dataPackKind,
  roadmap: roadmapKind,
  'risk-scores': riskScoresKind,
};

/** Any workspace document; every kind's content names its kind, so the union is discriminated by `kind`. */
export const WorkspaceDocumentSchema = z.discriminatedUnion('kind', [
  ScenarioFileSchema,
  BriefingSpecSchema,
  DataPackSchema,
  RoadmapStateSchema,
  RiskScoresSchema,
]);
export type WorkspaceDocument = z.infer<typeof WorkspaceDocumentSchema>;

/** Narrows a document to one kind (main guarantees a read of kind K returns K; this proves it to the compiler). */
export function isDocumentOf<K extends DocKind>(
  kind: K,
  doc: WorkspaceDocument,
): doc is DocContent<K> & WorkspaceDocument {
  return doc.kind === kind;
}

// Why: one registry of every workspace document kind, so main, tests and tools agree on folders and schemas.
import type { DocKind } from '../ipc/contract';
import type { DocumentKind } from './documents';
import { dataPackKind } from './data-pack';
import { riskScoresKind, roadmapKind } from './state-files';
import { scenarioKind } from './scenario-file';
import { briefingKind } from '../briefing/spec';

export const documentKinds: Partial<Record<DocKind, DocumentKind<unknown>>> = {
  scenario: scenarioKind as DocumentKind<unknown>,
  briefing: briefingKind as DocumentKind<unknown>,
  'data-pack': dataPackKind as DocumentKind<unknown>,
  roadmap: roadmapKind as DocumentKind<unknown>,
  'risk-scores': riskScoresKind as DocumentKind<unknown>,
};

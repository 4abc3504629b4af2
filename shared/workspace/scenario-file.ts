// Why: a scenario is a file the analyst owns, shares and re-opens; this is its on-disk envelope and the
// versioned decoder every read goes through.
import { z } from 'zod';
import { ScenarioSchema } from '../scenario/model';
import type { DocumentKind } from './documents';

export const ScenarioFileSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('scenario'),
  scenario: ScenarioSchema,
});
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;

export const scenarioKind: DocumentKind<ScenarioFile> = {
  kind: 'scenario',
  dir: 'scenarios',
  label: 'scenario file',
  currentVersion: 1,
  migrations: [],
  schema: ScenarioFileSchema,
};

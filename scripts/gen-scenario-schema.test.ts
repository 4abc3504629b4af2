// Why: the published JSON Schema must describe the files the app actually reads; regenerating it in memory and
// comparing with the committed copy catches a model change that was not followed by `npx tsx scripts/gen-scenario-schema.ts`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from '../shared/scenario';
import { SCHEMA_PATH, scenarioFileSchemaText } from './gen-scenario-schema';

describe('docs/scenario-file.schema.json', () => {
  it('is up to date with the zod model (run `npx tsx scripts/gen-scenario-schema.ts` if not)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(scenarioFileSchemaText());
  });
  it('describes the envelope and the scenario sections a file carries', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(schema.required).toEqual(['schemaVersion', 'kind', 'scenario']);
    const file = { schemaVersion: 1, kind: 'scenario', scenario: createScenarioFromPreset('reko-diq') };
    for (const key of Object.keys(file.scenario))
      expect(Object.keys(schema.properties.scenario.properties)).toContain(key);
  });
});

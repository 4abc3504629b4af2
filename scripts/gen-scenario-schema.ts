// Why: scenario files are meant to be shared and hand-edited; a published JSON Schema (generated from the same zod
// model the app validates with, so it cannot drift) lets editors and other tools check a file before the app does.
// Run: npx tsx scripts/gen-scenario-schema.ts   (scripts/gen-scenario-schema.test.ts fails when the file is stale)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ScenarioFileSchema } from '../shared/workspace/scenario-file';

export const SCHEMA_PATH = path.join(import.meta.dirname, '../docs/scenario-file.schema.json');

/** The schema text exactly as committed: input shape (what a file may contain; defaults may be omitted). */
export function scenarioFileSchemaText(): string {
  const schema = z.toJSONSchema(ScenarioFileSchema, { io: 'input', unrepresentable: 'any' });
  const doc = {
    ...schema,
    $id: 'https://pakistan-minerals-briefing.invalid/schemas/scenario-file.schema.json',
    title: 'Pakistan Minerals Briefing scenario file',
    description:
      'A scenario file in <workspace>/scenarios/*.json. Generated from shared/workspace/scenario-file.ts by scripts/gen-scenario-schema.ts; do not edit by hand. Value checks that JSON Schema cannot express (e.g. state + foreign equity <= 100%, unique product ids) are enforced by the app on read.',
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_PATH, scenarioFileSchemaText());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_PATH)}`);
}

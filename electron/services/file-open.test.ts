import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from '../../shared/scenario/presets';
import { documentKinds } from '../../shared/workspace/kinds';
import { importScenarioFile, scenarioPathsFromArgv } from './file-open';
import { WorkspaceStore } from './workspace/store';

async function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pmb-open-'));
  const store = new WorkspaceStore(path.join(dir, 'ws'), documentKinds);
  await store.init();
  return { dir, store };
}
const file = () => ({ schemaVersion: 1, kind: 'scenario', scenario: createScenarioFromPreset('saindak') });

describe('opening a scenario file from outside the app', () => {
  it('copies a valid file into the workspace once, and opens the same copy again', async () => {
    const { dir, store } = await setup();
    const outside = path.join(dir, 'Saindak case.pmbscenario');
    writeFileSync(outside, JSON.stringify(file()));
    expect(await importScenarioFile(outside, store)).toEqual({ name: 'Saindak case.json' });
    expect(await importScenarioFile(outside, store)).toEqual({ name: 'Saindak case.json' });
    expect(
      JSON.parse(readFileSync(path.join(store.root, 'scenarios/Saindak case.json'), 'utf8')).scenario.meta.presetId,
    ).toBe('saindak');
  });

  it('refuses a damaged file with its name and leaves the workspace unchanged', async () => {
    const { dir, store } = await setup();
    const outside = path.join(dir, 'broken.pmbscenario');
    writeFileSync(outside, '{"schemaVersion":1,"kind":"scenario"');
    await expect(importScenarioFile(outside, store)).rejects.toMatchObject({
      code: 'DAMAGED_FILE',
      message: expect.stringContaining('broken.pmbscenario'),
    });
    expect(await store.list('scenario')).toEqual([]);
  });

  it('finds file arguments on a command line', () => {
    expect(
      scenarioPathsFromArgv(['/opt/app/electron', '.', '--no-sandbox', '/home/a/x.pmbscenario', '/home/a/notes.txt']),
    ).toEqual(['/home/a/x.pmbscenario']);
  });
});

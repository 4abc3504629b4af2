// Bad input gets a clear message naming the file or field, and loses nothing: damaged, truncated and
// newer-version files are listed and left byte-for-byte untouched; traversal paths and wrongly typed IPC
// payloads from the page are refused; a save over a file changed on disk is caught as a conflict.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from '../../shared/scenario/presets';
import { launchApp, waitForView } from './harness';

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** Calls main from inside the page through the real preload API, exactly as the renderer does. */
function invokeFromPage(page: Page, channel: string, payload: unknown): Promise<Envelope> {
  return page.evaluate(
    ([c, p]) =>
      (window as unknown as { briefing: { invoke(c: string, p: unknown): Promise<Envelope> } }).briefing.invoke(c, p),
    [channel, payload] as const,
  );
}

function scenarioFile() {
  return { schemaVersion: 1, kind: 'scenario', scenario: createScenarioFromPreset('reko-diq') };
}

describe('bad input', () => {
  it('lists malformed, truncated and newer-version files by name and problem, and never touches them', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pmb-bad-'));
    mkdirSync(path.join(ws, 'scenarios'), { recursive: true });
    const good = JSON.stringify(scenarioFile(), null, 2);
    const malformed = JSON.stringify({
      ...scenarioFile(),
      scenario: {
        ...scenarioFile().scenario,
        discounting: { ratePct: { value: 'eight', unit: '%', basis: 'assumption' } },
      },
    });
    const truncated = good.slice(0, Math.floor(good.length / 2));
    const newer = JSON.stringify({ ...scenarioFile(), schemaVersion: 7 });
    const files = {
      'good.json': good,
      'malformed.json': malformed,
      'truncated.json': truncated,
      'from-the-future.json': newer,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(ws, 'scenarios', name), text);

    const app = await launchApp({ workspaceDir: ws });
    try {
      const banner = app.page.getByTestId('workspace-problems');
      await banner.waitFor();
      const text = await banner.innerText();
      expect(text).toContain('3 workspace files could not be loaded');
      expect(text).toMatch(/scenarios\/malformed\.json.*ratePct/);
      expect(text).toMatch(/scenarios\/truncated\.json.*not valid JSON/);
      expect(text).toMatch(/scenarios\/from-the-future\.json.*newer version of the app \(schemaVersion 7/);
      expect(text).not.toContain('good.json');
      // The rest of the app still works.
      await waitForView(app.page, 'overview');

      const listed = await invokeFromPage(app.page, 'workspace:list-files', { kind: 'scenario' });
      expect(
        listed.ok && (listed.value as { name: string; status: string }[]).map((f) => `${f.name}:${f.status}`),
      ).toEqual([
        'from-the-future.json:newer-version',
        'good.json:ok',
        'malformed.json:damaged',
        'truncated.json:damaged',
      ]);
      // Saving over a damaged file is refused; the bytes on disk stay as they were.
      const overwrite = await invokeFromPage(app.page, 'workspace:write-file', {
        kind: 'scenario',
        name: 'truncated.json',
        content: scenarioFile(),
      });
      expect(overwrite).toMatchObject({
        ok: false,
        error: { code: 'DAMAGED_FILE', message: expect.stringContaining('never overwritten') },
      });
      for (const [name, text] of Object.entries(files))
        expect(readFileSync(path.join(ws, 'scenarios', name), 'utf8')).toBe(text);
    } finally {
      await app.close();
    }
  });

  it('refuses traversal paths and wrongly typed payloads from the renderer with a message naming the field', async () => {
    const app = await launchApp();
    try {
      const traversal = await invokeFromPage(app.page, 'workspace:read-file', {
        kind: 'scenario',
        name: '../../../etc/passwd.json',
      });
      expect(traversal).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: expect.stringContaining('name: must be a plain file name') },
      });
      const wrongType = await invokeFromPage(app.page, 'workspace:write-file', {
        kind: 'scenario',
        name: 'x.json',
        content: {},
        expectedRevision: 42,
      });
      expect(wrongType).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: expect.stringContaining('expectedRevision') },
      });
      const wrongKind = await invokeFromPage(app.page, 'workspace:list-files', { kind: 'passwords' });
      expect(wrongKind).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: expect.stringContaining('kind') },
      });
      const unknown = await invokeFromPage(app.page, 'fs:read-file', { path: '/etc/passwd' });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      const invalidScenario = await invokeFromPage(app.page, 'workspace:write-file', {
        kind: 'scenario',
        name: 'bad.json',
        content: { schemaVersion: 1, kind: 'scenario', scenario: { meta: {} } },
      });
      expect(invalidScenario).toMatchObject({
        ok: false,
        // The contract types content per document kind, so the gate refuses it and names the bad fields.
        error: { code: 'BAD_INPUT', message: expect.stringContaining('content.scenario.meta.id') },
      });
      expect(existsSync(path.join(app.workspaceDir, 'scenarios', 'bad.json'))).toBe(false);
      expect(JSON.stringify([traversal, wrongType, unknown])).not.toMatch(/\.ts:\d+|node_modules/);
    } finally {
      await app.close();
    }
  });

  it('catches a file changed on disk since it was opened, and reports the change live', async () => {
    const app = await launchApp();
    try {
      const created = await invokeFromPage(app.page, 'workspace:write-file', {
        kind: 'scenario',
        name: 'shared.json',
        content: scenarioFile(),
        expectedRevision: null,
      });
      expect(created.ok).toBe(true);
      const opened = (await invokeFromPage(app.page, 'workspace:read-file', {
        kind: 'scenario',
        name: 'shared.json',
      })) as { ok: true; value: { revision: string } };
      // Subscribe to change events the way the renderer does, then a colleague's sync client edits the file.
      await app.page.evaluate(() => {
        const w = window as unknown as {
          briefing: { on(e: string, l: (p: unknown) => void): void };
          __changes: unknown[];
        };
        w.__changes = [];
        w.briefing.on('workspace:changed', (p) => w.__changes.push(p));
      });
      const theirs = scenarioFile();
      theirs.scenario.meta.name = 'Edited by a colleague';
      writeFileSync(path.join(app.workspaceDir, 'scenarios/shared.json'), JSON.stringify(theirs, null, 2));
      await app.page.waitForFunction(() =>
        (window as unknown as { __changes: { name: string }[] }).__changes.some((c) => c.name === 'shared.json'),
      );
      const mine = scenarioFile();
      mine.scenario.meta.name = 'My edit';
      const save = await invokeFromPage(app.page, 'workspace:write-file', {
        kind: 'scenario',
        name: 'shared.json',
        content: mine,
        expectedRevision: opened.value.revision,
      });
      expect(save).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('changed on disk since you opened it') },
      });
      expect(
        JSON.parse(readFileSync(path.join(app.workspaceDir, 'scenarios/shared.json'), 'utf8')).scenario.meta.name,
      ).toBe('Edited by a colleague');
    } finally {
      await app.close();
    }
  });
});

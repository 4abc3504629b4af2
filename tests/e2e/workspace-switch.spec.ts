// The workspace as a whole: a folder holding both state files opens without a false "damaged" banner, and
// switching to another folder is an event every view follows: the roadmap, the risk scores, the scenario library
// and the data packs all show the new folder's state, not the old one's. Unsaved edits are asked about first, in
// the app's language.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../../shared/data';
import { editionLabel } from '../../shared/edition/label';
import { defaultRiskScores } from '../../shared/risks/defaults';
import type { RoadmapState } from '../../shared/roadmap/state';
import type { RiskScores } from '../../shared/risks/scores';
import { createScenarioFromPreset } from '../../shared/scenario';
import { ARTIFACTS, launchApp, waitForView, type LaunchedApp } from './harness';

const PRICE = '[data-testid="input-products.0.price"]';
const PACK = path.join(import.meta.dirname, '../fixtures/packs/hunza-ruby.json');

const roadmap2030: RoadmapState = {
  schemaVersion: 1,
  kind: 'roadmap',
  anchorDate: '2030-01-15',
  phases: [
    { id: 'demonstration', startOffsetYears: 0, durationYears: 3, note: '' },
    { id: 'scaling', startOffsetYears: 3, durationYears: 6, note: '' },
    { id: 'impact', startOffsetYears: 9, durationYears: 10, note: '' },
  ],
};
const risks = (): RiskScores => {
  const r = defaultRiskScores();
  r.scores['security-governance'] = { likelihood: 5, impact: 4, note: 'from folder A' };
  return r;
};

const briefing = (title: string) => ({
  schemaVersion: 2,
  kind: 'briefing',
  title,
  subtitle: '',
  audience: 'Forum',
  date: '2026-03-20',
  preparedBy: '',
  classification: '',
  sections: [{ type: 'cover' }],
});

function workspace(opts: { state?: boolean; scenario?: string; pack?: boolean; briefing?: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pmb-switch-'));
  for (const sub of ['state', 'scenarios', 'data', 'briefings']) mkdirSync(path.join(dir, sub));
  if (opts.briefing) {
    const file = path.join(dir, 'briefings', `${opts.briefing}.json`);
    writeFileSync(file, `${JSON.stringify(briefing(opts.briefing), null, 2)}\n`);
  }
  if (opts.state) {
    writeFileSync(path.join(dir, 'state/roadmap.json'), `${JSON.stringify(roadmap2030, null, 2)}\n`);
    writeFileSync(path.join(dir, 'state/risk-scores.json'), `${JSON.stringify(risks(), null, 2)}\n`);
  }
  if (opts.scenario) {
    const s = createScenarioFromPreset('reko-diq', { now: '2026-03-01T00:00:00.000Z' });
    const file = { schemaVersion: 1, kind: 'scenario', scenario: { ...s, meta: { ...s.meta, name: opts.scenario } } };
    writeFileSync(path.join(dir, 'scenarios', `${opts.scenario}.json`), JSON.stringify(file));
  }
  if (opts.pack) copyFileSync(PACK, path.join(dir, 'data/hunza-ruby.json'));
  return dir;
}

async function show(app: LaunchedApp, view: 'roadmap' | 'risks' | 'scenarios' | 'deposits' | 'briefing') {
  await app.page.getByTestId(`nav-${view}`).click();
  await waitForView(app.page, view);
}

/** Opens the settings panel unless it is open (a click elsewhere may have closed it). */
async function openSettings(app: LaunchedApp): Promise<void> {
  if ((await app.page.getByTestId('settings-panel').count()) === 0) await app.page.getByTestId('settings-open').click();
}

const likelihood = (app: LaunchedApp) => app.page.getByTestId('score-security-governance-likelihood').inputValue();
const savedBriefing = (app: LaunchedApp, name: string) =>
  app.page.locator(`[data-testid="saved-briefing"][data-name="${name}"]`).count();
const hasPackDeposit = (app: LaunchedApp) =>
  app.page.locator('[data-testid="deposit-row"][data-id="hunza-ruby"]').count();

describe('Workspace folder', () => {
  it('opens a workspace holding valid roadmap.json and risk-scores.json with no problem banner', async () => {
    const app = await launchApp({ route: '#/roadmap', workspaceDir: workspace({ state: true }) });
    try {
      await waitForView(app.page, 'roadmap');
      await expect.poll(() => app.page.getByTestId('phase-table').innerText()).toContain('Jan 2030');
      await show(app, 'risks');
      await expect.poll(() => likelihood(app)).toBe('5');
      expect(await app.page.getByTestId('workspace-problems').count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('after a folder switch the roadmap, risk scores, scenarios and packs all show the new folder', async () => {
    const first = workspace({ state: true, scenario: 'Alpha', pack: true, briefing: 'alpha-pack' });
    const second = workspace({ scenario: 'Beta', briefing: 'beta-pack' });
    const app = await launchApp({ route: '#/roadmap', workspaceDir: first });
    try {
      await waitForView(app.page, 'roadmap');
      await expect.poll(() => app.page.getByTestId('phase-table').innerText()).toContain('Jan 2030');
      await show(app, 'risks');
      await expect.poll(() => likelihood(app)).toBe('5');
      await show(app, 'scenarios');
      await app.page.getByTestId('file-Alpha.json').waitFor();
      await show(app, 'deposits');
      await expect.poll(() => hasPackDeposit(app)).toBe(1);
      await show(app, 'briefing');
      await expect.poll(() => savedBriefing(app, 'alpha-pack.json')).toBe(1);

      await app.page.getByTestId('settings-open').click();
      app.dialogs.folderAnswers.push(second);
      await app.page.getByTestId('workspace-choose').click();
      await expect.poll(() => app.page.getByTestId('workspace-path').innerText()).toBe(second);

      // Every store reloaded: the briefings and the pack's deposit are the new folder's, its scenario is listed,
      // and the state files show their defaults.
      await expect.poll(() => savedBriefing(app, 'beta-pack.json')).toBe(1);
      expect(await savedBriefing(app, 'alpha-pack.json')).toBe(0);
      await show(app, 'deposits');
      await expect.poll(() => hasPackDeposit(app)).toBe(0);
      await show(app, 'scenarios');
      await app.page.getByTestId('file-Beta.json').waitFor();
      expect(await app.page.getByTestId('file-Alpha.json').count()).toBe(0);
      await show(app, 'risks');
      const expected = String(defaultRiskScores().scores['security-governance']!.likelihood);
      await expect.poll(() => likelihood(app)).toBe(expected);
      await show(app, 'roadmap');
      await expect.poll(() => app.page.getByTestId('phase-table').innerText()).toContain('Oct 2025');
      expect(await app.page.getByTestId('phase-table').innerText()).not.toContain('Jan 2030');
      expect(await app.page.getByTestId('workspace-problems').count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('asks before a switch would lose unsaved edits, in the app language; staying keeps folder and edits', async () => {
    const first = workspace({ scenario: 'Alpha' });
    const second = workspace({ scenario: 'Beta' });
    const app = await launchApp({ route: '#/scenarios/Alpha.json', workspaceDir: first });
    try {
      const { page } = app;
      await waitForView(page, 'scenarios');
      await page.fill(PRICE, '14000');
      await page.getByTestId('diff-products.0.price').waitFor();
      await page.getByTestId('language-select').selectOption('ur');

      await page.getByTestId('settings-open').click();
      app.dialogs.folderAnswers.push(second);
      await page.getByTestId('workspace-choose').click();
      const prompt = page.getByTestId('folder-switch-prompt');
      await prompt.waitFor();
      // Urdu, naming the document with unsaved edits; nothing was switched while it asks.
      expect(await prompt.innerText()).toContain('غیر محفوظ');
      expect(await page.getByTestId('folder-switch-unsaved').innerText()).toContain('Alpha.json');
      expect(await page.getByTestId('folder-switch-unsaved').innerText()).toContain('منظرنامہ');
      await page.screenshot({ path: path.join(ARTIFACTS, 'folder-switch-prompt-ur.png') });
      expect(app.dialogs.folderAnswers).toEqual([second]);

      // Staying keeps the folder and the edit.
      await page.getByTestId('folder-switch-keep').click();
      await prompt.waitFor({ state: 'detached' });
      expect(await page.inputValue(PRICE)).toBe('14000');
      await openSettings(app);
      expect(await page.getByTestId('workspace-path').innerText()).toBe(first);

      // Switching anyway shows the new folder, whose library does not hold Alpha.json: the editor says so.
      await page.getByTestId('workspace-choose').click();
      await page.getByTestId('folder-switch-confirm').click();
      await page.getByTestId('deleted-banner').waitFor();
      await openSettings(app);
      await expect.poll(() => page.getByTestId('workspace-path').innerText()).toBe(second);
    } finally {
      await app.close();
    }
  });

  it('a folder using another data edition restarts the window on that edition', async () => {
    const first = workspace({});
    const second = workspace({});
    const app = await launchApp({ route: '#/overview', workspaceDir: first });
    try {
      const { page } = app;
      await waitForView(page, 'overview');
      const later = JSON.parse(JSON.stringify(bundledEdition)) as typeof bundledEdition;
      later.meta = { ...later.meta, id: '2099-01', publishedAt: '2099-01-31', asOf: '2099-01-15' };
      later.meta.previousId = bundledEdition.meta.id;
      const file = path.join(app.userDataDir, '2099-01.json');
      writeFileSync(file, JSON.stringify(later));
      app.dialogs.fileAnswers.push(file);
      await openSettings(app);
      await Promise.all([page.waitForEvent('load'), page.getByTestId('edition-import').click()]);
      await page.waitForSelector('html[data-app-ready="true"]', { state: 'attached' });
      const label = () => page.getByTestId('edition-label').first().innerText();
      await expect.poll(label).toContain(editionLabel({ id: '2099-01', asOf: '2099-01-15' }));

      // The other folder uses the bundled edition: the window starts again on it.
      await openSettings(app);
      app.dialogs.folderAnswers.push(second);
      await Promise.all([page.waitForEvent('load'), page.getByTestId('workspace-choose').click()]);
      await page.waitForSelector('html[data-app-ready="true"]', { state: 'attached' });
      await expect.poll(label).toContain(editionLabel(bundledEdition.meta));
    } finally {
      await app.close();
    }
  });
});

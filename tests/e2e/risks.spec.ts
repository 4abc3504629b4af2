// The Risks & Policy view from the production build: the article's matrix word for word, solutions priced through
// their levers, a heatmap edit that survives a restart (and a valid file on disk), policy statuses, and axe-core.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/data';
import { RiskScoresSchema } from '../../shared/risks/scores';
import { seriousViolations } from './axe';
import { ARTIFACTS, launchApp, waitForView } from './harness';
import { parseUsdM } from './money';

describe('Risks & Policy', () => {
  it('shows the six challenge categories and their solutions word for word, with the source and lever effects', async () => {
    const app = await launchApp({ route: '#/risks' });
    try {
      const { page } = app;
      await waitForView(page, 'risks');
      const matrix = page.getByTestId('challenge-matrix');
      const text = await matrix.innerText();
      expect(text).toContain(
        'Implement digital tracking systems for mining output to curb illegal extraction and revenue leakages.',
      );
      for (const c of dataset.challenges) {
        const row = await page.getByTestId(`challenge-${c.id}`).innerText();
        expect(row).toContain(c.category);
        expect(row).toContain(c.keyIssues);
        for (const s of c.solutions) expect(row).toContain(s);
      }
      expect(await matrix.locator('tbody tr').count()).toBe(6);
      expect(await matrix.getByTestId('provenance').innerText()).toContain('Source article');

      // A modelled solution names its lever and an explicit-sign NPV; an unmodelled one says so.
      const mg = await page.getByTestId('lever-infrastructure-logistics-0').innerText();
      expect(mg).toMatch(/Renewable-powered microgrids → power opex −30%/);
      expect(mg).toMatch(/NPV [+\u2212±]USD [\d.]+ (m|bn)/);
      const dt = await page.getByTestId('lever-security-governance-0').innerText();
      expect(parseUsdM(dt.split('NPV')[1]!)).toBeGreaterThan(0);
      expect(await page.getByTestId('lever-environmental-social-0').innerText()).toContain('Not modelled');
      expect(await page.getByTestId('active-scenario').innerText()).toContain('Reko Diq');

      // Default scores are labelled as assumptions; each category says what it does in the model.
      const secRow = await page.getByTestId('score-row-security-governance').innerText();
      expect(secRow).toContain('Assumption');
      expect(secRow).toMatch(/start delay/i);
      expect(secRow).toMatch(/capex/i);

      // Policies with sources; the Saudi interest is flagged as talks only.
      const saudi = page.getByTestId('policy-status-saudi-manara');
      expect(await saudi.innerText()).toContain('no signed deal');
      expect(await saudi.getAttribute('class')).toContain('tentative');
      for (const id of [
        'nmp-2013',
        'nmp-update',
        'pmif-2025',
        'nmhf-2025',
        'fippa-2022',
        'provincial-acts-2025',
        'cpec-mining',
        'us-exim-project-vault',
      ]) {
        expect(await page.getByTestId(`policy-${id}`).getByTestId('provenance').count()).toBe(1);
      }

      await page.screenshot({ path: path.join(ARTIFACTS, 'risks.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('a heatmap edit made with the keyboard survives a restart and the file on disk validates', async () => {
    const workspaceDir = mkdtempSync(path.join(tmpdir(), 'pmb-risks-'));
    try {
      const first = await launchApp({ route: '#/risks', workspaceDir });
      try {
        const { page } = first;
        await waitForView(page, 'risks');
        const select = page.getByTestId('score-security-governance-likelihood');
        await select.focus();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => select.inputValue()).toBe('5');
        await page.getByTestId('score-security-governance-impact').selectOption('4');
        expect(await page.getByTestId('rating-security-governance').innerText()).toContain('20 · Very high');
        expect(await page.getByTestId('cell-5-4').getByTestId('chip-security-governance').count()).toBe(1);
        expect(await page.getByTestId('score-row-security-governance').innerText()).toContain('Your score');
        await page.waitForSelector('[data-testid="risks-save-status"][data-status="saved"]');
        expect(await page.getByTestId('risks-save-status').innerText()).toContain('Saved');
      } finally {
        await first.close();
      }
      const onDisk = RiskScoresSchema.parse(
        JSON.parse(readFileSync(path.join(workspaceDir, 'state/risk-scores.json'), 'utf8')),
      );
      expect(onDisk.scores['security-governance']).toMatchObject({ likelihood: 5, impact: 4 });

      const second = await launchApp({ route: '#/risks', workspaceDir });
      try {
        const { page } = second;
        await waitForView(page, 'risks');
        await expect.poll(() => page.getByTestId('score-security-governance-likelihood').inputValue()).toBe('5');
        expect(await page.getByTestId('score-security-governance-impact').inputValue()).toBe('4');
        expect(await page.getByTestId('cell-5-4').getByTestId('chip-security-governance').count()).toBe(1);
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(workspaceDir, { recursive: true, force: true });
    }
  });

  it('offers "Reload theirs" and "Overwrite" when the file changed on disk during an edit', async () => {
    const app = await launchApp({ route: '#/risks' });
    try {
      const { page } = app;
      await waitForView(page, 'risks');
      const colleagueSaves = async (impact: number) => {
        const theirs = {
          schemaVersion: 1,
          kind: 'risk-scores',
          scores: { 'policy-regulation': { likelihood: 2, impact, note: 'colleague' } },
        };
        // As a sync client would: straight to disk, behind the app's back.
        writeFileSync(path.join(app.workspaceDir, 'state/risk-scores.json'), `${JSON.stringify(theirs, null, 2)}\n`);
      };
      mkdirSync(path.join(app.workspaceDir, 'state'), { recursive: true });
      // Our edit is pending (autosave is debounced) when a colleague's copy lands: the save must not overwrite it.
      await page.getByTestId('score-policy-regulation-impact').selectOption('4');
      await colleagueSaves(2);
      await page.waitForSelector('[data-testid="risks-save-status"][data-status="conflict"]');
      expect(await page.getByTestId('risks-save-status-conflict').innerText()).toContain('changed on disk');
      await page.getByTestId('risks-save-status-reload').click();
      await expect.poll(() => page.getByTestId('score-policy-regulation-impact').inputValue()).toBe('2');
      expect(await page.getByTestId('score-policy-regulation-likelihood').inputValue()).toBe('2');

      // Again, and this time keep ours.
      await page.getByTestId('score-policy-regulation-impact').selectOption('5');
      await colleagueSaves(1);
      await page.waitForSelector('[data-testid="risks-save-status"][data-status="conflict"]');
      await page.getByTestId('risks-save-status-overwrite').click();
      await page.waitForSelector('[data-testid="risks-save-status"][data-status="saved"]');
      const onDisk = RiskScoresSchema.parse(
        JSON.parse(readFileSync(path.join(app.workspaceDir, 'state/risk-scores.json'), 'utf8')),
      );
      expect(onDisk.scores['policy-regulation']).toMatchObject({ likelihood: 2, impact: 5 });
    } finally {
      await app.close();
    }
  });
});

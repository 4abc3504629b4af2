// The Roadmap view from the production build: three phases and the dated milestones with sources, keyboard editing of
// a phase that moves the linked Reko Diq NPV the right way, autosave to state/roadmap.json, and no axe violations.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/data';
import { RoadmapStateSchema } from '../../shared/roadmap/state';
import { seriousViolations } from './axe';
import { ARTIFACTS, launchApp, waitForView } from './harness';
import { parseUsdM } from './money';

describe('Roadmap', () => {
  it('shows the three phases and the dated milestones with their sources', async () => {
    const app = await launchApp({ route: '#/roadmap' });
    try {
      const { page } = app;
      await waitForView(page, 'roadmap');
      for (const id of ['demonstration', 'scaling', 'impact']) {
        expect(await page.getByTestId(`phase-bar-${id}`).count()).toBe(1);
      }
      const table = await page.getByTestId('phase-table').innerText();
      expect(table).toContain('Demonstration');
      expect(table).toContain('Moderate commercial scaling');
      expect(table).toContain('Significant impact');
      expect(table).toMatch(/Oct 2025[\s\S]*Oct 2028[\s\S]*Oct 2035/);

      const list = page.getByTestId('milestone-list');
      const text = (await list.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('2 Oct 2025');
      expect(text).toContain('First consignment to USSM');
      expect(text).toContain('Sep 2025');
      expect(text).toContain('USSM–FWO MoUs signed');
      expect(text).toMatch(/Dec 2028 Reko Diq first production/);
      expect(text).toMatch(/end-2028/i);
      expect(text).toContain('2034');
      expect(text).toContain('90 Mtpa');
      expect(text).toMatch(/Jul 2019 ICSID award/);
      expect(text).toContain('USD 5.84 billion');
      expect(text).toContain('mid-2027');
      // Every milestone carries provenance (grade + as-of).
      const items = list.locator('li');
      expect(await items.count()).toBe(dataset.milestones.length);
      for (let i = 0; i < dataset.milestones.length; i++)
        expect(await items.nth(i).getByTestId('provenance').innerText()).toMatch(/\b[ABC]\b[\s\S]*as of/);
      // Today is marked with its date; the ICSID award sits in the history band.
      expect(await page.getByTestId('today-marker').textContent()).toMatch(/Today · \d{1,2} [A-Z][a-z]{2} \d{4}/);
      expect(await page.getByTestId('phase-card-scaling').innerText()).toMatch(/5–7 years/);
      expect(await page.getByTestId('gate-impact-geopolitical-strategic').innerText()).toBe(
        'Geopolitical & Strategic Risks',
      );

      // The anchor date reads the app's one way, never the browser's 10/02/2025; a day that does not exist says
      // so under the field and keeps the saved anchor.
      expect(await page.getByTestId('roadmap-anchor-text').innerText()).toContain('2 Oct 2025');
      expect(await page.getByTestId('roadmap-anchor-month').inputValue()).toBe('9');
      await page.getByTestId('roadmap-anchor-day').fill('31');
      await page.getByTestId('roadmap-anchor-month').selectOption({ label: 'Feb' });
      expect(await page.getByTestId('roadmap-anchor-error').innerText()).toMatch(/Anchor date.*no such date/i);
      await page.getByTestId('roadmap-anchor-day').fill('2');
      await page.getByTestId('roadmap-anchor-month').selectOption({ label: 'Oct' });
      expect(await page.getByTestId('roadmap-anchor-text').innerText()).toContain('2 Oct 2025');

      await page.screenshot({ path: path.join(ARTIFACTS, 'roadmap.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('moving Phase 2 later by keyboard lowers the linked Reko Diq NPV, autosaves, and flags ranges', async () => {
    const app = await launchApp({ route: '#/roadmap' });
    try {
      const { page } = app;
      await waitForView(page, 'roadmap');
      const row = page.getByTestId('linked-preset:reko-diq');
      const before = parseUsdM(await row.getByTestId('linked-npv-edited').innerText());
      expect(parseUsdM(await row.getByTestId('linked-npv-default').innerText())).toBe(before);

      // Tab from the anchor field into the chart: the first phase bar, then the second.
      await page.getByTestId('reset-roadmap').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'phase-bar-demonstration',
      );
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('phase-bar-scaling');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('phase-start-scaling').inputValue()).toBe('4');
      expect(await page.getByTestId('phase-bar-scaling').getAttribute('aria-valuetext')).toContain('Oct 2029');

      const after = parseUsdM(await row.getByTestId('linked-npv-edited').innerText());
      expect(after).toBeLessThan(before);
      const delta = await row.getByTestId('linked-delta').innerText();
      expect(delta).toContain('Phase 2 one year later');
      expect(parseUsdM(delta.split('NPV')[1]!)).toBeLessThan(0);
      // Each figure is shown to USD 10 m ("USD 16.35 bn"), so the displayed delta may differ from the difference of
      // the two displayed NPVs by up to 5 + 5 + 5 = USD 15 m of rounding.
      expect(Math.abs(parseUsdM(delta.split('NPV')[1]!) - (after - before))).toBeLessThanOrEqual(15);

      // Shift+Arrow changes the duration; beyond 7 years is allowed but flagged.
      for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => page.getByTestId('phase-duration-scaling').inputValue()).toBe('8');
      expect(await page.getByTestId('phase-duration-scaling-warning').innerText()).toContain(
        "Outside the article's range of 5–7 years",
      );

      // A milestone is reachable by Tab and shows its popover.
      await page.getByTestId('phase-bar-impact').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toMatch(
        /^milestone-marker-/,
      );
      await page.getByTestId('milestone-marker-first-consignment').focus();
      expect(await page.getByTestId('milestone-tooltip').innerText()).toContain('2 Oct 2025');

      // Autosave: the file on disk is a valid roadmap with the edit.
      await page.waitForSelector('[data-testid="roadmap-save-status"][data-status="saved"]');
      const onDisk = RoadmapStateSchema.parse(
        JSON.parse(readFileSync(path.join(app.workspaceDir, 'state/roadmap.json'), 'utf8')),
      );
      expect(onDisk.phases.find((p) => p.id === 'scaling')).toMatchObject({ startOffsetYears: 4, durationYears: 8 });

      // Field validation: refused with a message, nothing saved.
      await page.getByTestId('phase-duration-demonstration').fill('-2');
      expect(await page.getByTestId('phase-duration-demonstration-error').innerText()).toBe(
        'The duration cannot be negative',
      );
      await page.getByTestId('phase-duration-demonstration').fill('abc');
      expect(await page.getByTestId('phase-duration-demonstration-error').innerText()).toContain('must be a number');

      await page.getByTestId('reset-roadmap').click();
      await expect.poll(() => row.getByTestId('linked-delta').innerText()).toContain('Same as the article defaults');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('moving Phase 2 via the start field works the same and survives a restart', async () => {
    const workspaceDir = mkdtempSync(path.join(tmpdir(), 'pmb-roadmap-'));
    try {
      const first = await launchApp({ route: '#/roadmap', workspaceDir });
      try {
        const { page } = first;
        await waitForView(page, 'roadmap');
        await page.getByTestId('phase-start-scaling').fill('5');
        await page.waitForSelector('[data-testid="roadmap-save-status"][data-status="saved"]');
        const delta = await page.getByTestId('linked-preset:reko-diq').getByTestId('linked-delta').innerText();
        expect(delta).toContain('Phase 2 2 years later');
        expect(parseUsdM(delta.split('NPV')[1]!)).toBeLessThan(0);
      } finally {
        await first.close();
      }
      const second = await launchApp({ route: '#/roadmap', workspaceDir });
      try {
        await waitForView(second.page, 'roadmap');
        await expect.poll(() => second.page.getByTestId('phase-start-scaling').inputValue()).toBe('5');
        expect(await second.page.getByTestId('roadmap-save-status').getAttribute('data-status')).toBe('loaded');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(workspaceDir, { recursive: true, force: true });
    }
  });
});

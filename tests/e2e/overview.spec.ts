// The Overview from the production build: headline figures with their sources, the conflicting GDP-share
// readings side by side, Reko Diq's chart drawn, and not one request leaving the machine.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, launchApp, waitForView } from './harness';

describe('Overview', () => {
  it('shows the headline figures with source, as-of date and confidence, offline', async () => {
    const app = await launchApp();
    try {
      const { page } = app;
      await waitForView(page, 'overview');
      const headline = page.getByTestId('headline-figures');
      const text = await headline.innerText();
      for (const expected of ['USD 8 tn', '600,000 km²', '92', '52', 'USD 500 m']) expect(text).toContain(expected);
      // Every headline card carries provenance: a grade badge, an as-of date and a named source.
      const cards = headline.locator('figure');
      expect(await cards.count()).toBe(5);
      for (let i = 0; i < 5; i++) {
        const prov = await cards.nth(i).getByTestId('provenance').innerText();
        expect(prov).toMatch(/\b[ABC]\b/);
        expect(prov).toMatch(/as of \S+/);
      }
      expect(await page.getByTestId('data-asof').innerText()).toContain('not live');

      // Mining's share of GDP: all three readings shown, none picked.
      const gdp = await page.getByTestId('contested-contested.gdp-share').innerText();
      expect(gdp).toContain('Sources disagree');
      for (const reading of ['<3%', '2.1%', '3.2%']) expect(gdp.replace(/\s+/g, ' ')).toContain(reading);

      const consignment = await page.getByTestId('consignment').innerText();
      expect(consignment).toContain('2 October 2025');
      expect(consignment).toMatch(/antimony/i);

      const rd = await page.getByTestId('reko-diq-summary').innerText();
      expect(rd).toContain('Barrick');
      expect(rd).toContain('50%');
      expect(rd).toMatch(/37\s*years/);
      // The chart is drawn: two bars with their labels.
      await page.waitForSelector('[data-testid="throughput-chart"] .recharts-bar-rectangle path');
      expect(await page.locator('[data-testid="throughput-chart"] .recharts-bar-rectangle').count()).toBe(2);
      expect(await page.getByTestId('throughput-chart').innerText()).toContain('90 Mtpa');

      // The sources panel lists the publications behind the page, with URLs.
      await page.getByTestId('sources-panel').locator('summary').click();
      expect(await page.getByTestId('sources-panel').innerText()).toMatch(/https?:\/\//);

      await page.screenshot({ path: path.join(ARTIFACTS, 'overview.png'), fullPage: true });
      expect(app.escapedRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('opens a source link in the system browser, never inside the app', async () => {
    const app = await launchApp();
    try {
      const { page } = app;
      await waitForView(page, 'overview');
      const link = page.getByTestId('headline-figures').locator('a.source-name').first();
      const href = await link.getAttribute('href');
      await link.click();
      await expect.poll(() => app.openedExternal).toEqual([href]);
      // The app page itself did not navigate.
      expect(page.url()).toMatch(/^https:\/\/briefing\.invalid\/index\.html/);
      expect(page.url()).not.toContain(String(href));
    } finally {
      await app.close();
    }
  });

  it('navigates between views from the keyboard', async () => {
    const app = await launchApp();
    try {
      const { page } = app;
      await waitForView(page, 'overview');
      await page.getByTestId('nav-roadmap').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-view-ready="roadmap"]');
      expect(page.url()).toContain('#/roadmap');
      await page.goBack();
      await waitForView(page, 'overview');
    } finally {
      await app.close();
    }
  });
});

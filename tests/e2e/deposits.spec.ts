// Why: the deposit explorer is the heart of the briefing; these drive it in Chromium against the production
// build and a real temp workspace: filters (table and map agree), the Reko Diq profile, CSV export with
// sources, data packs good and bad, the URL hash across a reload, axe-core, and keyboard-only use.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dataset, getDeposit, getFigure, getSource } from '../../shared/data';
import { sizeFigure } from '../../shared/deposits/export';
import { ARTIFACTS, launchApp, waitForView, type LaunchOptions } from './harness';

const PACKS = path.join(import.meta.dirname, '../fixtures/packs');
const TOTAL = dataset.deposits.length;
/** The bundled antimony deposits (the mid-2026 edition adds the Zhob block to Chitral and Qila Abdullah). */
const ANTIMONY = dataset.deposits
  .filter((d) => d.minerals.includes('Sb'))
  .map((d) => d.id)
  .sort();

async function rowIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="deposit-row"]', (rows) => rows.map((r) => (r as HTMLElement).dataset.id ?? ''));
}

async function visibleMarkerIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="map-marker"]', (ms) =>
    ms.filter((m) => getComputedStyle(m).visibility !== 'hidden').map((m) => (m as SVGGElement).dataset.id ?? ''),
  );
}

async function waitForCount(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('[data-testid="deposits-count"]')?.textContent === t, text);
}

/** Launches on the deposits view with the given packs copied into <workspace>/data first. */
async function launchWithPacks(files: string[], options: LaunchOptions = {}) {
  const workspaceDir = mkdtempSync(path.join(tmpdir(), 'pmb-ws-dep-'));
  mkdirSync(path.join(workspaceDir, 'data'), { recursive: true });
  for (const f of files) copyFileSync(path.join(PACKS, f), path.join(workspaceDir, 'data', f));
  const app = await launchApp({ route: '#/deposits', ...options, workspaceDir });
  return {
    app,
    async close() {
      try {
        await app.close();
      } finally {
        rmSync(workspaceDir, { recursive: true, force: true });
      }
    },
  };
}

describe('deposit explorer', () => {
  it('filtering by antimony lists the Chitral, Qila Abdullah and Zhob occurrences and nothing else, in the table and on the map', async () => {
    const app = await launchApp({ route: '#/deposits' });
    try {
      const { page } = app;
      await waitForView(page, 'deposits');
      await waitForCount(page, `${TOTAL} of ${TOTAL} deposits`);
      await page.selectOption('[data-testid="filter-mineral"]', 'Sb');
      expect(ANTIMONY).toEqual(['chitral-antimony', 'qila-abdullah-antimony', 'zhob-antimony']);
      await waitForCount(page, `${ANTIMONY.length} of ${TOTAL} deposits`);
      expect((await rowIds(page)).sort()).toEqual(ANTIMONY);
      expect((await visibleMarkerIds(page)).sort()).toEqual(ANTIMONY);
      await page.waitForFunction(() => location.hash.includes('mineral=Sb'));
      await page.click('[data-testid="filter-reset"]');
      await waitForCount(page, `${TOTAL} of ${TOTAL} deposits`);
      // marble-granite has no location: listed in the table, not drawn.
      expect(await rowIds(page)).toContain('marble-granite');
      expect(await visibleMarkerIds(page)).not.toContain('marble-granite');
      await page.fill('[data-testid="filter-search"]', 'no such deposit anywhere');
      await page.waitForSelector('[data-testid="deposits-empty"]');
      await page.click('[data-testid="empty-reset"]');
      await waitForCount(page, `${TOTAL} of ${TOTAL} deposits`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'deposits-map.png') });
    } finally {
      await app.close();
    }
  });

  it("selecting Reko Diq shows Barrick's 50%, the 37-year mine life, the feasibility-study source and both output readings", async () => {
    const app = await launchApp({ route: '#/deposits' });
    try {
      const { page } = app;
      await waitForView(page, 'deposits');
      await page.click('[data-testid="deposit-row"][data-id="reko-diq"] .row-select');
      await page.waitForSelector('[data-testid="deposit-profile"][data-deposit-id="reko-diq"]');
      expect(await page.evaluate(() => location.hash)).toMatch(/^#\/deposits\/reko-diq/);
      const shares = await page.$$eval('[data-testid="ownership-share"]', (li) => li.map((l) => l.textContent ?? ''));
      expect(shares.some((s) => s.includes('50%') && s.includes('Barrick'))).toBe(true);
      expect(await page.textContent('[data-testid="ownership-note"]')).toContain('10% free-carried');
      expect(await page.textContent('[data-testid="figure-reko-diq.mine-life"]')).toContain('37 years');
      const feasibility = getFigure('reko-diq.feasibility');
      const fsText =
        (await page.textContent('[data-testid="figure-reko-diq.feasibility"] [data-testid="provenance"]')) ?? '';
      for (const id of feasibility.sourceIds) expect(fsText).toContain(getSource(id).publisher);
      const contested = (await page.textContent('[data-testid="contested-reko-diq.output-phase1"]')) ?? '';
      expect(contested).toContain('Sources disagree');
      expect(await page.textContent('[data-testid="status-notes"]')).toContain('review');
      const financing = (await page.textContent('[data-testid="financing-table"]')) ?? '';
      for (const lender of ['IFC', 'ADB', 'EXIM', 'JBIC']) expect(financing).toContain(lender);
      // The calculator exists, so the profile offers to model the deposit (tested in model-deposit.spec.ts).
      expect(await page.$('[data-testid="model-deposit"]')).not.toBeNull();
      expect(
        await page.$eval('[data-testid="map-marker"][data-id="reko-diq"]', (m) => m.classList.contains('is-selected')),
      ).toBe(true);
      // The profile is long (every field); the artifact shows its first 1,600 px: status, disagreements, ownership, output, financing.
      const top = await page.$eval(
        '[data-testid="deposit-profile"]',
        (el) => el.getBoundingClientRect().top + window.scrollY,
      );
      await page.evaluate(() => window.scrollTo(0, 0)); // keeps the sticky app header out of the clip
      await page.screenshot({
        path: path.join(ARTIFACTS, 'deposits-profile.png'),
        fullPage: true,
        clip: { x: 0, y: Math.max(0, top - 16), width: 1360, height: 1600 },
      });
    } finally {
      await app.close();
    }
  });

  it('exports the filtered table as CSV with the rows and their source URLs, under <workspace>/exports', async () => {
    const app = await launchApp({ route: '#/deposits?mineral=Sb' });
    try {
      const { page } = app;
      await waitForView(page, 'deposits');
      await waitForCount(page, `${ANTIMONY.length} of ${TOTAL} deposits`);
      await page.click('[data-testid="export-csv"]');
      const saved = (await (await page.waitForSelector('[data-testid="export-path"]')).textContent()) ?? '';
      expect(path.dirname(saved)).toBe(path.join(app.workspaceDir, 'exports'));
      const csv = readFileSync(saved, 'utf8');
      const lines = csv.trim().split(/\r?\n/);
      expect(lines).toHaveLength(ANTIMONY.length + 1);
      expect(lines[0]).toContain('Size source URL');
      for (const id of ANTIMONY) {
        const d = getDeposit(id);
        expect(csv).toContain(d.name);
        for (const sid of sizeFigure(d)?.sourceIds ?? []) {
          const url = getSource(sid).url;
          if (url) expect(csv).toContain(url);
        }
      }
      expect(csv).not.toContain('Reko Diq');
      await page.click('[data-testid="export-xlsx"]');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="export-path"]')?.textContent?.endsWith('.xlsx'),
      );
      app.dialogs.saveAnswers.push(null);
      await page.click('[data-testid="export-csv"]');
      await page.waitForFunction(() => !document.querySelector('[data-testid="export-status"]')?.textContent);
      expect(await page.$('[data-testid="export-error"]')).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('shows a data pack deposit on the map and in the list, marked as user data', async () => {
    const { app, close } = await launchWithPacks(['hunza-ruby.json']);
    try {
      const { page } = app;
      await waitForView(page, 'deposits');
      await waitForCount(page, `${TOTAL + 1} of ${TOTAL + 1} deposits`);
      expect(await page.textContent('[data-testid="deposit-row"][data-id="hunza-ruby"]')).toContain(
        'User data: Field team: GB gemstones',
      );
      expect(await visibleMarkerIds(page)).toContain('hunza-ruby');
      await page.hover('[data-testid="map-marker"][data-id="hunza-ruby"]');
      expect(await (await page.waitForSelector('[data-testid="map-tooltip"]')).textContent()).toContain(
        'User data: Field team: GB gemstones',
      );
      await page.click('[data-testid="deposit-row"][data-id="hunza-ruby"] .row-select');
      expect(await (await page.waitForSelector('[data-testid="profile-user-badge"]')).textContent()).toContain(
        'Field team: GB gemstones',
      );
      expect(await page.textContent('[data-testid="profile-location"]')).toContain('Approximate location');
    } finally {
      await close();
    }
  });

  it('names the file and field of a malformed data pack while the bundled deposits still show', async () => {
    const { app, close } = await launchWithPacks(['bad-stage.json']);
    try {
      const { page } = app;
      await waitForView(page, 'deposits');
      const banner = (await (await page.waitForSelector('[data-testid="workspace-problems"]')).textContent()) ?? '';
      expect(banner).toContain('data/bad-stage.json');
      expect(banner).toMatch(/stage/);
      expect(await page.textContent('[data-testid="deposits-pack-errors"]')).toContain('data/bad-stage.json');
      await waitForCount(page, `${TOTAL} of ${TOTAL} deposits`);
      expect(await rowIds(page)).toContain('reko-diq');
    } finally {
      await close();
    }
  });

  it('restores filters, search and sort from the URL hash after a reload', async () => {
    const app = await launchApp({ route: '#/deposits' });
    try {
      const { page } = app;
      await waitForView(page, 'deposits');
      await page.selectOption('[data-testid="filter-critical"]', 'yes');
      await page.selectOption('[data-testid="filter-province"]', 'Balochistan');
      await page.click('[data-testid="sort-size"]');
      await page.click('[data-testid="sort-size"]');
      await page.fill('[data-testid="filter-search"]', 'antimony');
      await waitForCount(page, `2 of ${TOTAL} deposits`);
      // The hash follows a change once typing pauses.
      await page.waitForFunction(() => location.hash.includes('q=antimony'));
      const hash = await page.evaluate(() => location.hash);
      expect(hash).toContain('critical=yes');
      expect(hash).toContain('sort=-size');
      await page.reload();
      await page.waitForSelector('html[data-app-ready="true"]');
      await waitForView(page, 'deposits');
      await waitForCount(page, `2 of ${TOTAL} deposits`);
      // Sorted by size, largest first; the Zhob block has no size figure, so it comes last.
      expect(await rowIds(page)).toEqual(['qila-abdullah-antimony', 'zhob-antimony']);
      expect(await page.inputValue('[data-testid="filter-search"]')).toBe('antimony');
      expect(await page.inputValue('[data-testid="filter-critical"]')).toBe('yes');
      expect(await page.inputValue('[data-testid="filter-province"]')).toBe('Balochistan');
      expect(await page.getAttribute('th[aria-sort]', 'aria-sort')).toBe('descending');
      expect((await visibleMarkerIds(page)).sort()).toEqual(['qila-abdullah-antimony', 'zhob-antimony']);
    } finally {
      await app.close();
    }
  });

  it('has no serious or critical axe-core violations (list, profile and comparison open)', async () => {
    const app = await launchApp({ route: '#/deposits/reko-diq?cmp=reko-diq,saindak' });
    try {
      const { page } = app;
      await waitForView(page, 'deposits');
      await page.waitForSelector('[data-testid="compare-panel"]');
      // The app's CSP (script-src 'self') blocks addScriptTag's inline script, so axe is evaluated through the
      // DevTools protocol instead, which CSP does not govern.
      await page.evaluate(
        readFileSync(path.join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'),
      );
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                ctx: unknown,
                opts: unknown,
              ): Promise<{
                violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[];
              }>;
            };
          }
        ).axe;
        const res = await axe.run(document, { resultTypes: ['violations'] });
        return res.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
        }));
      });
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('works from the keyboard: zoom the map, tab to a marker or a row, select with Enter', async () => {
    const app = await launchApp({ route: '#/deposits' });
    try {
      const { page } = app;
      await waitForView(page, 'deposits');
      await page.focus('[data-testid="map-focus"]');
      const before = await page.getAttribute('.map-zoom', 'transform');
      await page.keyboard.press('+');
      await page.waitForFunction((b) => document.querySelector('.map-zoom')?.getAttribute('transform') !== b, before);
      await page.keyboard.press('0');
      await page.keyboard.press('Tab');
      const markerId = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? null);
      expect(markerId).toBeTruthy();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
      await page.keyboard.press('Enter');
      await page.waitForSelector(`[data-testid="deposit-profile"][data-deposit-id="${markerId}"]`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('profile-title');

      await page.focus('[data-testid="sort-confidence"]');
      await page.keyboard.press('Tab'); // first row's compare checkbox
      await page.keyboard.press('Space');
      await page.waitForFunction(() => location.hash.includes('cmp='));
      await page.keyboard.press('Tab'); // first row's name
      const rowId = await page.evaluate(
        () =>
          (document.activeElement?.closest('[data-testid="deposit-row"]') as HTMLElement | null)?.dataset.id ?? null,
      );
      expect(rowId).toBeTruthy();
      await page.keyboard.press('Enter');
      await page.waitForSelector(`[data-testid="deposit-profile"][data-deposit-id="${rowId}"]`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('profile-title');
    } finally {
      await app.close();
    }
  });
});

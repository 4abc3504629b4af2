// The Deposits, Roadmap and Risks & Policy views in Urdu: their headings and buttons come from the Urdu locale files
// (imported here, so the test never duplicates a string), no English heading is left behind, the layout is
// right-to-left (the roadmap's time runs right to left, and its arrow keys follow), and a screenshot of each is kept.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../shared/data';
import { stripBidi } from '../../shared/format/bidi';
import { ARTIFACTS, launchApp, waitForView } from './harness';

interface Tree {
  [key: string]: string | Tree;
}
const LOCALES = path.join(import.meta.dirname, '../../renderer/src/i18n/locales');
/** A view's strings, read from the same JSON the app bundles. */
function strings(lang: 'en' | 'ur', ns: string): (key: string) => string {
  const tree = JSON.parse(readFileSync(path.join(LOCALES, lang, `${ns}.json`), 'utf8')) as Tree;
  return (key) => {
    // data.json is flat (figure ids with '~'); view files nest by dotted path.
    if (ns === 'data') return String(tree[key]);
    const value = key
      .split('.')
      .reduce<string | Tree | undefined>((node, k) => (typeof node === 'object' ? node[k] : undefined), tree);
    if (typeof value !== 'string') throw new Error(`No string ${lang}/${ns}:${key}`);
    return value;
  };
}
const enDeposits = strings('en', 'deposits');
const urDeposits = strings('ur', 'deposits');
const enRoadmap = strings('en', 'roadmap');
const urRoadmap = strings('ur', 'roadmap');
const enRisks = strings('en', 'risks');
const urRisks = strings('ur', 'risks');
const urData = strings('ur', 'data');

async function openInUrdu(view: 'deposits' | 'roadmap' | 'risks') {
  const app = await launchApp({ route: `#/${view}` });
  await app.page.getByTestId('language-select').selectOption('ur');
  await app.page.waitForSelector('html[dir="rtl"][lang="ur"]', { state: 'attached' });
  await waitForView(app.page, view);
  await app.page.evaluate(() => document.fonts.ready);
  return app;
}

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().innerText()).trim();
}

/** None of these English UI strings may remain visible anywhere on the page. */
async function expectNoEnglish(page: Page, strings: string[]): Promise<void> {
  const body = await page.locator('body').innerText();
  for (const s of strings) expect(body, `English UI string still visible: "${s}"`).not.toContain(s);
}

describe('views in Urdu (right-to-left)', () => {
  it('deposits: headings, filters, table and legend are Urdu; the map keeps its geography', async () => {
    const app = await openInUrdu('deposits');
    const { page } = app;
    try {
      expect(await text(page, '#deposits-title')).toBe(urDeposits('title'));
      expect(await text(page, '#deposit-list-title')).toBe(urDeposits('listTitle'));
      expect(await text(page, '#prices-title')).toBe(urDeposits('prices.title'));
      expect(await text(page, '[data-testid="filter-reset"]')).toBe(urDeposits('resetFilters'));
      expect(await text(page, '[data-testid="export-csv"]')).toBe(urDeposits('export.csv'));
      expect(await text(page, '[data-testid="sort-name"]')).toContain(urDeposits('table.name'));
      const total = dataset.deposits.length;
      // Interpolated numbers are isolated direction runs in Urdu (issue 17); compare the words and digits.
      expect(stripBidi(await text(page, '[data-testid="deposits-count"]'))).toBe(
        urDeposits('count_other').replace('{{total}}', String(total)).replace('{{shown}}', String(total)),
      );
      expect(await page.getByTestId('map-legend').innerText()).toContain(urDeposits('legend.group'));
      expect(await page.getByTestId('map-zoom-in').getAttribute('aria-label')).toBe(urDeposits('map.zoomIn'));
      // Province names and map labels follow the language; deposit names stay as in the data.
      expect(await page.locator('#filter-province option[value="Balochistan"]').innerText()).toBe(
        urData('province~Balochistan'),
      );
      expect(await page.locator('.map-label-province').allTextContents()).toContain(
        urDeposits('map.labels.Balochistan'),
      );
      expect(await page.getByTestId('deposit-table').innerText()).toContain('Reko Diq');
      // Controls sit at the inline end (the left, in Urdu) of the map; table headers align to the start (right).
      const frame = (await page.getByTestId('deposit-map').boundingBox())!;
      const zoom = (await page.getByTestId('map-zoom-in').boundingBox())!;
      expect(zoom.x - frame.x).toBeLessThan(frame.width / 2);
      expect(
        await page.locator('.deposit-table thead th.col-name').evaluate((el) => getComputedStyle(el).textAlign),
      ).toMatch(/start|right/);
      await expectNoEnglish(page, [
        enDeposits('title'),
        enDeposits('listTitle'),
        enDeposits('prices.title'),
        enDeposits('resetFilters'),
        enDeposits('export.csv'),
        enDeposits('legend.group'),
        enDeposits('filters.search'),
      ]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'deposits-urdu.png'), fullPage: true });
      // The profile opens in Urdu too.
      await page.locator('[data-testid="deposit-row"][data-id="reko-diq"] .row-select').click();
      await page.waitForSelector('[data-testid="deposit-profile"]');
      expect(await text(page, '[data-testid="profile-close"]')).toBe(urDeposits('profile.close'));
      expect(await page.getByTestId('financing-table').innerText()).toContain(urDeposits('charts.lender'));
      await page.getByTestId('deposit-profile').screenshot({ path: path.join(ARTIFACTS, 'deposits-profile-urdu.png') });
    } finally {
      await app.close();
    }
  });

  it('roadmap: Urdu headings and controls; time runs right to left and the arrow keys follow', async () => {
    const app = await openInUrdu('roadmap');
    const { page } = app;
    try {
      expect(await text(page, '#roadmap-title')).toBe(urRoadmap('title'));
      expect(await text(page, '#linked-title')).toBe(urRoadmap('linked.title'));
      expect(await text(page, '#milestones-title')).toBe(urRoadmap('milestonesTitle'));
      expect(await text(page, '[data-testid="reset-roadmap"]')).toBe(urRoadmap('resetDefaults'));
      expect(await page.getByTestId('phase-table').innerText()).toContain(urData('phase~demonstration'));
      expect(await page.getByTestId('gate-impact-geopolitical-strategic').innerText()).toBe(
        urData('challenge~geopolitical-strategic'),
      );
      expect(await page.getByTestId('today-marker').textContent()).toContain(
        urRoadmap('timeline.today').split(' ')[0]!,
      );
      // The earlier phase is drawn to the right of the later one.
      const demo = (await page.getByTestId('phase-bar-demonstration').boundingBox())!;
      const scaling = (await page.getByTestId('phase-bar-scaling').boundingBox())!;
      expect(demo.x + demo.width).toBeGreaterThan(scaling.x + scaling.width);
      // Left arrow moves a phase later in right-to-left.
      const before = Number(await page.getByTestId('phase-bar-scaling').getAttribute('aria-valuenow'));
      await page.getByTestId('phase-bar-scaling').focus();
      await page.keyboard.press('ArrowLeft');
      await expect
        .poll(async () => Number(await page.getByTestId('phase-bar-scaling').getAttribute('aria-valuenow')))
        .toBe(before + 0.25);
      // Field errors and warnings are worded in Urdu.
      await page.getByTestId('phase-duration-demonstration').fill('-1');
      expect(await text(page, '[data-testid="phase-duration-demonstration-error"]')).toBe(
        urRoadmap('fieldError.duration.negative'),
      );
      await page.getByTestId('phase-duration-demonstration').fill('2');
      await expectNoEnglish(page, [
        enRoadmap('title'),
        enRoadmap('sectionPhases'),
        enRoadmap('milestonesTitle'),
        enRoadmap('linked.title'),
        enRoadmap('resetDefaults'),
        enRoadmap('timeline.history'),
      ]);
      await page.keyboard.press('Tab');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(ARTIFACTS, 'roadmap-urdu.png'), fullPage: true });
    } finally {
      await app.close();
    }
  });

  it('risks: Urdu headings; the challenge matrix stays the article’s English words, with a translated caption', async () => {
    const app = await openInUrdu('risks');
    const { page } = app;
    try {
      expect(await text(page, '#risks-title')).toBe(urRisks('title'));
      expect(await text(page, '#matrix-title')).toBe(urRisks('matrixTitle'));
      expect(await text(page, '#heatmap-title')).toBe(urRisks('heatmapTitle'));
      expect(await text(page, '#policy-title')).toBe(urRisks('policyTitle'));
      expect(await text(page, '[data-testid="reset-risks"]')).toBe(urRisks('resetDefaults'));
      const matrix = await page.getByTestId('challenge-matrix').innerText();
      expect(matrix).toContain(urRisks('matrix.quoted'));
      for (const c of dataset.challenges) {
        const row = await page.getByTestId(`challenge-${c.id}`).innerText();
        expect(row).toContain(urData(`challenge~${c.id}`));
        expect(row).toContain(c.keyIssues);
        for (const s of c.solutions) expect(row).toContain(s);
      }
      expect(await page.getByTestId('rating-security-governance').innerText()).toContain(
        urRisks('heatmap.band.medium'),
      );
      await expectNoEnglish(page, [
        enRisks('title'),
        enRisks('matrixTitle'),
        enRisks('heatmapTitle'),
        enRisks('policyTitle'),
        enRisks('resetDefaults'),
        enRisks('notModelled'),
      ]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'risks-urdu.png'), fullPage: true });
    } finally {
      await app.close();
    }
  });
});

// The analyst's calculator end to end, in Chromium against the production build and a real temp workspace:
// live results, undo, save/reopen/relaunch with identical values, XLSX read back with exceljs, field-level
// errors that keep the last valid NPV, a file changed on disk while open, Monte Carlo in a worker, compare,
// "Model this deposit" routes and axe-core.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { parseUsdM } from './money';
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset, evaluateScenario, ScenarioSchema } from '../../shared/scenario';
import { ARTIFACTS, launchApp, waitForView } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PRICE = '[data-testid="input-products.0.price"]';
const ROYALTY = '[data-testid="input-fiscal.royaltyPct"]';
const NPV = '[data-testid="metric-npv-after-value"]';

const text = (page: Page, sel: string) => page.locator(sel).innerText();
const chartSvg = (page: Page) =>
  page.locator('[data-testid="cashflow-chart"] .recharts-wrapper > svg.recharts-surface').first().innerHTML();

async function waitForTextChange(page: Page, sel: string, before: string): Promise<string> {
  await page.waitForFunction(([s, b]) => document.querySelector(s!)?.textContent !== b, [sel, before] as const);
  return text(page, sel);
}

/** Every numeric field shown in the editor, as {path: value}, read from the DOM. */
async function shownFields(page: Page): Promise<Record<string, string>> {
  return page.$$eval('input[data-testid^="input-"]', (els) =>
    Object.fromEntries(
      els.map((e) => [(e as HTMLInputElement).dataset.testid!.slice(6), (e as HTMLInputElement).value]),
    ),
  );
}

function valueAt(obj: unknown, dotted: string): number {
  const v = dotted.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
  return typeof v === 'number' ? v : (v as { value: number }).value;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // The CSP refuses an injected <script>, so axe is evaluated through the DevTools protocol instead.
  await page.evaluate(axeSource);
  const res = await page.evaluate(async () =>
    (
      window as unknown as {
        axe: {
          run(
            c: Document,
            o: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] }),
  );
  return res.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

function writeScenarioFile(
  ws: string,
  name: string,
  mutate?: (s: ReturnType<typeof createScenarioFromPreset>) => void,
) {
  const s = createScenarioFromPreset('reko-diq');
  mutate?.(s);
  mkdirSync(path.join(ws, 'scenarios'), { recursive: true });
  writeFileSync(
    path.join(ws, 'scenarios', name),
    `${JSON.stringify({ schemaVersion: 1, kind: 'scenario', scenario: s }, null, 2)}\n`,
  );
}

describe('scenario editor', () => {
  it('edits live with undo, refuses bad values at the field, saves, reopens and relaunches identically, and exports XLSX', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pmb-scn-'));
    const out = mkdtempSync(path.join(tmpdir(), 'pmb-scn-out-'));
    let app = await launchApp({ workspaceDir: ws, route: '#/scenarios/reko-diq' });
    try {
      let { page } = app;
      await waitForView(page, 'scenarios');
      await page.waitForSelector('[data-testid="cashflow-chart"] .recharts-wrapper > svg.recharts-surface');
      const price0 = await page.inputValue(PRICE);
      const npv0 = await text(page, NPV);
      const svg0 = await chartSvg(page);
      expect(Number(price0)).toBeGreaterThan(1000);

      // A higher copper price moves NPV and redraws the chart.
      await page.fill(PRICE, String(Number(price0) + 2500));
      const npv1 = await waitForTextChange(page, NPV, npv0);
      expect(await chartSvg(page)).not.toBe(svg0);
      await page.getByTestId('illustrative-stamp').waitFor();
      await page.getByTestId('diff-products.0.price').waitFor();

      // Undo restores the field and the NPV (button, then redo/undo by keyboard).
      await page.getByTestId('undo').click();
      await page.waitForFunction(([s, v]) => (document.querySelector(s!) as HTMLInputElement).value === v, [
        PRICE,
        price0,
      ] as const);
      expect(await text(page, NPV)).toBe(npv0);
      await page.locator('body').press('Control+Shift+Z');
      await page.waitForFunction(([s, v]) => document.querySelector(s!)?.textContent === v, [NPV, npv1] as const);
      await page.locator('body').press('Control+z');
      await page.waitForFunction(([s, v]) => document.querySelector(s!)?.textContent === v, [NPV, npv0] as const);

      // Bad values are refused at the field with a message naming it; the last valid NPV stays.
      for (const [sel, bad, expected] of [
        [PRICE, 'abc', /Copper price: enter a number/],
        [PRICE, '-5', /Copper price: product price must not be negative/],
        [ROYALTY, '250', /Provincial royalty: fiscal\.royaltyPct must be between 0 and 100/],
      ] as const) {
        await page.fill(sel, bad);
        const err = page.locator(`[data-testid="error-${sel.slice(20, -2)}"]`);
        await err.waitFor();
        expect(await err.innerText()).toMatch(expected);
        expect(await page.getAttribute(sel, 'aria-invalid')).toBe('true');
        expect(await text(page, NPV)).toBe(npv0);
      }
      await page.fill(ROYALTY, '5');
      await page.fill(PRICE, '13000');
      await waitForTextChange(page, NPV, npv0);
      expect(await page.locator('[data-testid^="error-"]').count()).toBe(0);
      // Show the products group from its heading, with the edited price field and the page header in view.
      await page.evaluate(() => {
        document.querySelector('[data-testid="group-products"]')?.scrollIntoView({ block: 'start' });
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-editor.png'), fullPage: false });

      // Save (asks for a name the first time), then leave and come back.
      await page.getByTestId('save').click();
      await page.getByTestId('save-as-name').fill('Reko base');
      await page.getByTestId('save-as-confirm').click();
      await page.waitForFunction(() => location.hash === '#/scenarios/Reko%20base.json');
      await page.getByTestId('save-status').filter({ hasText: 'Saved to Reko base.json' }).waitFor();
      const file = JSON.parse(readFileSync(path.join(ws, 'scenarios/Reko base.json'), 'utf8'));
      expect(ScenarioSchema.safeParse(file.scenario).success).toBe(true);
      expect(file.scenario.products[0].price.value).toBe(13000);
      expect(file.scenario.products[0].price.basis).toBe('assumption');
      const fieldsSaved = await shownFields(page);
      const npvSaved = await text(page, NPV);

      await page.getByTestId('nav-overview').click();
      await waitForView(page, 'overview');
      await page.getByTestId('nav-scenarios').click();
      await page.locator('[data-testid="file-Reko base.json"] a').click();
      await waitForView(page, 'scenarios');
      await page.waitForSelector(PRICE);
      expect(await shownFields(page)).toEqual(fieldsSaved);
      await app.close();

      app = await launchApp({ workspaceDir: ws, route: '#/scenarios/Reko%20base.json' });
      page = app.page;
      await waitForView(page, 'scenarios');
      await page.waitForSelector(PRICE);
      const fields = await shownFields(page);
      expect(fields).toEqual(fieldsSaved);
      expect(await text(page, NPV)).toBe(npvSaved);
      for (const [p, v] of Object.entries(fields)) expect(Number(v), p).toBeCloseTo(valueAt(file.scenario, p), 9);
      expect(Object.keys(fields).length).toBeGreaterThan(60);

      // XLSX: Inputs, Annual cash flows (units, one row per model year) and Results, read back with exceljs.
      const xlsx = path.join(out, 'reko.xlsx');
      app.dialogs.saveAnswers.push(xlsx);
      await page.getByTestId('export-xlsx').click();
      await page.getByTestId('export-result').filter({ hasText: 'reko.xlsx' }).waitFor();
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      expect(book.worksheets.map((w) => w.name)).toEqual(['Inputs', 'Annual cash flows', 'Results', 'Data edition']);
      const cf = book.getWorksheet('Annual cash flows')!;
      const header = (cf.getRow(1).values as unknown[]).filter(Boolean).map(String);
      expect(header).toContain('Revenue (USD m)');
      expect(header).toContain('After-tax FCF (USD m)');
      const expectedYears = evaluateScenario(ScenarioSchema.parse(file.scenario)).table.year;
      expect(cf.rowCount - 1).toBe(expectedYears.length);
      expect(expectedYears.map((y, i) => Number(cf.getRow(i + 2).getCell(1).value) === y).every(Boolean)).toBe(true);
      const inputs = book.getWorksheet('Inputs')!;
      const inputRows = (inputs.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.map(String).join('|'));
      expect(inputRows.some((r) => r.includes('Copper price') && r.includes('13000') && r.includes('USD/t'))).toBe(
        true,
      );
      expect(inputRows.some((r) => r.includes('Federal NSR royalty') && r.includes('Sourced'))).toBe(true);
      // A cancelled export is silent.
      app.dialogs.saveAnswers.push(null);
      await page.getByTestId('export-csv').click();
      expect(existsSync(path.join(out, 'reko.csv'))).toBe(false);
    } finally {
      await app.close();
      rmSync(ws, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('reloads a clean editor when the file changes on disk, and offers reload/keep when there are edits, losing nothing', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pmb-scn-disk-'));
    writeScenarioFile(ws, 'shared.json');
    const app = await launchApp({ workspaceDir: ws, route: '#/scenarios/shared.json' });
    try {
      const { page } = app;
      await waitForView(page, 'scenarios');
      await page.waitForSelector(PRICE);
      // No edits: a colleague's change simply shows up.
      writeScenarioFile(ws, 'shared.json', (s) => (s.products[0]!.price.value = 11000));
      await page.waitForFunction((s) => (document.querySelector(s) as HTMLInputElement).value === '11000', PRICE);
      expect(await page.getByTestId('conflict-banner').count()).toBe(0);

      // With an edit: the banner offers the choice and my value stays in the field.
      await page.fill(PRICE, '14000');
      await page.getByTestId('diff-products.0.price').waitFor();
      writeScenarioFile(ws, 'shared.json', (s) => (s.meta.name = 'Edited by a colleague'));
      await page.getByTestId('conflict-banner').waitFor();
      expect(await page.inputValue(PRICE)).toBe('14000');
      // Saving now would overwrite theirs silently: it does not; "Keep mine" writes mine deliberately.
      await page.getByTestId('keep-mine').click();
      await page.getByTestId('conflict-banner').waitFor({ state: 'detached' });
      const disk = JSON.parse(readFileSync(path.join(ws, 'scenarios/shared.json'), 'utf8'));
      expect(disk.scenario.products[0].price.value).toBe(14000);

      // A save that hits a conflict shows the same choice; "Reload theirs" keeps mine one Undo away.
      await page.fill(PRICE, '15000');
      writeScenarioFile(ws, 'shared.json', (s) => (s.products[0]!.price.value = 9000));
      await page.getByTestId('conflict-banner').waitFor();
      await page.getByTestId('reload-theirs').click();
      await page.waitForFunction((s) => (document.querySelector(s) as HTMLInputElement).value === '9000', PRICE);
      await page.getByTestId('undo').click();
      await page.waitForFunction((s) => (document.querySelector(s) as HTMLInputElement).value === '15000', PRICE);
    } finally {
      await app.close();
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('runs Monte Carlo in a Web Worker and shows P90/P50/P10 in the reserves convention, stated', async () => {
    const app = await launchApp({ route: '#/scenarios/reko-diq' });
    try {
      const { page } = app;
      await waitForView(page, 'scenarios');
      await page.getByTestId('tab-risk').click();
      const worker = page.waitForEvent('worker');
      await page.getByTestId('mc-run').click();
      expect((await worker).url()).toContain('montecarlo.worker');
      for (const p of ['p10', 'p50', 'p90']) await page.getByTestId(`mc-${p}`).waitFor();
      const [p10, p50, p90] = await Promise.all(
        ['p10', 'p50', 'p90'].map(async (p) =>
          Number((await text(page, `[data-testid="mc-${p}"] .scn-metric-value`)).replace(/[^\d.-]/g, '')),
        ),
      );
      // Issue 13: P-numbers follow the reserves convention by default, so P90 is the low case and P10 the high one.
      expect(p90!).toBeLessThan(p50!);
      expect(p50!).toBeLessThan(p10!);
      expect(await text(page, '[data-testid="mc-convention"]')).toMatch(
        /Reserves convention.*P90 is the low case.*10,000 trials, seed 1/s,
      );
      await page.getByTestId('mc-histogram').locator('.recharts-wrapper > svg.recharts-surface').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('keeps the inputs panel below the editor bar when the bar wraps (Urdu, 1024 px)', async () => {
    const app = await launchApp({ route: '#/scenarios/new?preset=reko-diq', viewport: { width: 1024, height: 700 } });
    try {
      const { page } = app;
      await waitForView(page, 'scenarios');
      await page.getByTestId('language-select').selectOption('ur');
      await page.getByTestId('save').waitFor();
      await page.mouse.wheel(0, 400);
      await page.waitForFunction(() => window.scrollY > 0);
      const box = await page.evaluate(() => ({
        bar: document.querySelector('.scn-toolbar')!.getBoundingClientRect().bottom,
        inputs: document.querySelector('.scn-inputs')!.getBoundingClientRect().top,
      }));
      expect(box.inputs).toBeGreaterThanOrEqual(box.bar);
    } finally {
      await app.close();
    }
  });

  it('compares two scenarios side by side, from the library selection', async () => {
    const app = await launchApp({ route: '#/scenarios' });
    try {
      const { page } = app;
      await waitForView(page, 'scenarios');
      await page.locator('[data-testid="preset-reko-diq"] input[type="checkbox"]').check();
      await page.locator('[data-testid="preset-reko-diq-review-2026"] input[type="checkbox"]').check();
      await page.getByTestId('compare-selected').click();
      await page.getByTestId('compare-metrics').waitFor();
      const head = await page.locator('[data-testid="compare-metrics"] thead th').allInnerTexts();
      // Compare explains itself (issue 17): a difference column, and the inputs that differ.
      expect(head).toEqual([
        'Metric',
        'Reko Diq — current prices case (Phase 1 + 2)',
        'Reko Diq (2026 review case)',
        'Difference',
      ]);
      const npvRow = await page
        .locator('[data-testid="compare-metrics"] tbody tr')
        .first()
        .locator('td')
        .allInnerTexts();
      expect(npvRow).toHaveLength(3);
      expect(npvRow[0]).not.toBe(npvRow[1]);
      // Each amount is rounded to USD 10 m in billions, so the shown difference agrees within that rounding.
      expect(Math.abs(parseUsdM(npvRow[2]!) - (parseUsdM(npvRow[1]!) - parseUsdM(npvRow[0]!)))).toBeLessThan(15);
      // Breakeven and government take have a difference too (in the price unit and in percentage points).
      const rowCells = async (label: string) =>
        page
          .locator('[data-testid="compare-metrics"] tbody tr', { has: page.getByRole('rowheader', { name: label }) })
          .locator('td')
          .allInnerTexts();
      const be = await rowCells('Breakeven main-product price');
      expect(be[2]).toMatch(/^USD [+−-][\d.,]+\/t$|^no breakeven in |^prices in different units$/);
      expect(be[2]).not.toBe('—');
      const take = await rowCells('Government / investor take');
      expect(take[2]).toMatch(/^[+−-]?\d[\d.]* pp$|^take not meaningful in /);
      expect((await page.getByTestId('compare-inputs').innerText()).length).toBeGreaterThan(0);
      await page.locator('[data-testid="compare-cumulative"] .recharts-wrapper > svg.recharts-surface').waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-compare.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('models a deposit from the Deposits view route, deletes and restores a file, and has no serious axe violations', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pmb-scn-lib-'));
    writeScenarioFile(ws, 'to-delete.json');
    const app = await launchApp({ workspaceDir: ws, route: '#/scenarios/new?preset=blank&deposit=duddar' });
    try {
      const { page } = app;
      await waitForView(page, 'scenarios');
      expect(await text(page, '[data-testid="scenario-name"]')).toBe('Duddar');
      expect(await seriousViolations(page)).toEqual([]);
      await page.evaluate(() => (location.hash = '#/scenarios/new?deposit=chitral-antimony'));
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="scenario-name"]')?.textContent?.startsWith('USSM export programme'),
      );

      await page.evaluate(() => (location.hash = '#/scenarios'));
      await page.getByTestId('delete-to-delete.json').click();
      await page.getByTestId('deleted-undo').waitFor();
      expect(existsSync(path.join(ws, 'scenarios/to-delete.json'))).toBe(false);
      await page.getByTestId('undo-delete').click();
      await page.getByTestId('file-to-delete.json').waitFor();
      expect(existsSync(path.join(ws, 'scenarios/to-delete.json'))).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.close();
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('builds a custom project from the Blank preset: products, capex tranches and stakeholders, undoable', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pmb-scn-structure-'));
    const app = await launchApp({ workspaceDir: ws, route: '#/scenarios/blank' });
    try {
      const { page } = app;
      await waitForView(page, 'scenarios');
      await page.getByTestId('scenario-editor').waitFor();
      // The NPV tile writes its unit with the amount ("USD 1.41 bn", issue 17): read it the way a user does.
      const isFinite = (s: string) => Number.isFinite(parseUsdM(s));

      const npv0 = await text(page, NPV);
      // Add an ore-mode copper product: the price comes from the dataset deck with its source.
      await page.getByTestId('add-product').click();
      await page.getByTestId('new-product-name').fill('Copper');
      await page.getByTestId('new-product-priceref').selectOption('copper');
      await page.getByTestId('new-product-mode').selectOption('ore');
      await page.getByTestId('add-product-submit').click();
      await page.getByTestId('product-copper').waitFor();
      expect(Number(await page.inputValue('[data-testid="input-products.1.price"]'))).toBeGreaterThan(10000);
      expect(await text(page, '[data-testid="field-products.1.price"]')).toContain('Reuters');
      expect(await text(page, '[data-testid="diff-product-added-copper"]')).toContain('Copper');
      await page.getByTestId('illustrative-stamp').waitFor();

      // Throughput, grade and a capex tranche: NPV is a finite number that moves.
      await page.fill('[data-testid="input-products.1.grade"]', '0.5');
      await page.locator('[data-testid="group-throughput"] > summary').click();
      for (const k of ['demonstrationMtpa', 'scalingMtpa', 'fullMtpa'])
        await page.fill(`[data-testid="input-throughput.${k}"]`, '20');
      const npvBeforeCapex = await waitForTextChange(page, NPV, npv0);
      await page.locator('[data-testid="group-capex"] > summary').click();
      await page.getByTestId('add-tranche').click();
      await page.getByTestId('new-tranche-label').fill('Mine and plant');
      await page.getByTestId('new-tranche-amount').fill('900');
      await page.getByTestId('add-tranche-submit').click();
      await page.getByTestId('tranche-capex-mine-and-plant').waitFor();
      const npv = await waitForTextChange(page, NPV, npvBeforeCapex);
      expect(isFinite(npv)).toBe(true);
      expect(await page.inputValue('[data-testid="input-costs.capexTranches.0.amountUsdM"]')).toBe('900');

      // Remove the product by its accessible name; undo brings it back with the same NPV.
      await page.getByRole('button', { name: 'Remove product Copper' }).click();
      await page.getByTestId('product-copper').waitFor({ state: 'detached' });
      expect(await page.getByTestId('add-product').count()).toBe(1);
      await page.getByTestId('undo').click();
      await page.getByTestId('product-copper').waitFor();
      await page.waitForFunction(([s, v]) => document.querySelector(s!)?.textContent === v, [NPV, npv] as const);

      // Stakeholders: add, rename (the attributable-NPV table follows), and shares over 100% are refused.
      await page.getByTestId('add-stakeholder').click();
      await page.getByTestId('new-stakeholder-name').fill('Investor A');
      await page.getByTestId('new-stakeholder-share').fill('60');
      await page.getByTestId('add-stakeholder-submit').click();
      await page.fill('[data-testid="name-fiscal.stakeholders.0.name"]', 'Barrick consortium');
      await page.locator('table', { hasText: 'Barrick consortium' }).waitFor();
      await page.getByTestId('add-stakeholder').click();
      await page.getByTestId('new-stakeholder-name').fill('State');
      await page.getByTestId('new-stakeholder-share').fill('50');
      await page.getByTestId('add-stakeholder-submit').click();
      expect(await text(page, '[data-testid="add-stakeholder-error"]')).toContain('must not add up to more than 100%');
      await page.getByTestId('new-stakeholder-share').fill('30');
      await page.getByTestId('add-stakeholder-submit').click();
      await page.getByTestId('stakeholder-1').waitFor();
      const npvOk = await text(page, NPV);
      await page.fill('[data-testid="input-fiscal.stakeholders.0.sharePct"]', '80');
      expect(await text(page, '[data-testid="error-fiscal.stakeholders.0.sharePct"]')).toContain(
        'must not add up to more than 100%',
      );
      expect(await text(page, NPV)).toBe(npvOk);

      // The new controls, for review: the placeholder product removed, the copper card and the add form open.
      await page.getByRole('button', { name: 'Remove product Product 1' }).click();
      await page.getByTestId('product-product-1').waitFor({ state: 'detached' });
      await page.setViewportSize({ width: 1360, height: 1500 });
      await page.getByTestId('add-product').click();
      await page.getByTestId('new-product-priceref').selectOption('custom');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page
        .locator('[data-testid="group-products"]')
        .evaluate((el) => el.closest('.scn-inputs')!.scrollTo(0, (el as HTMLElement).offsetTop));
      await page.screenshot({ path: path.join(ARTIFACTS, 'scenario-products.png') });
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.close();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

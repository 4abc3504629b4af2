// Why: a reader must always know which data edition a screen, slide, PDF or spreadsheet shows, and a team must
// be able to move to a newer edition from a file without a release. These drive both in Chromium with a temp
// workspace: the label on every view, import (signed, tampered), trusting a signer, What changed, the PDF read
// back with pdftotext, the XLSX and CSV exports, and going back to the bundled edition.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledEdition, bundledEditions } from '../../shared/data';
import { diffDatasets } from '../../shared/edition/diff';
import { editionLabel } from '../../shared/edition/label';
import { VIEWS } from '../../renderer/src/app/router';
import { generateEditionKeyPair, signEditionContent } from '../../electron/services/edition-signature';
import { ARTIFACTS, launchApp, waitForView, type LaunchedApp } from './harness';
import { pdfPageTexts } from './pdf-tools';

const BUNDLED_LABEL = editionLabel(bundledEdition.meta);
const keys = generateEditionKeyPair();

/** A later edition derived from the bundled one: new id and date, one headline figure revised. */
function laterEdition(): Record<string, unknown> {
  const e = JSON.parse(JSON.stringify(bundledEdition)) as typeof bundledEdition;
  e.meta = {
    ...e.meta,
    id: '2099-01',
    publishedAt: '2099-01-31',
    asOf: '2099-01-15',
    previousId: bundledEdition.meta.id,
    publisher: 'E2E test publisher',
  };
  e.dataset.compiledAsOf = '2099-01';
  const fig = e.dataset.headline.find((f) => typeof f.value === 'number')!;
  fig.value = (fig.value as number) + 1;
  fig.asOf = '2099-01';
  return e as unknown as Record<string, unknown>;
}
const LATER_LABEL = editionLabel({ id: '2099-01', asOf: '2099-01-15' });
const REVISED = bundledEdition.dataset.headline.find((f) => typeof f.value === 'number')!;

async function labelText(page: Page): Promise<string> {
  return (await page.getByTestId('edition-label').first().innerText()).trim();
}

async function openSettings(page: Page): Promise<void> {
  if (
    !(await page
      .getByTestId('settings-panel')
      .isVisible()
      .catch(() => false))
  )
    await page.getByTestId('settings-open').click();
  await page.getByTestId('edition-settings').waitFor();
}

/** Import reloads the window on the new edition; wait for it to be ready again. */
async function importFile(app: LaunchedApp, file: string): Promise<void> {
  app.dialogs.fileAnswers.push(file);
  await openSettings(app.page);
  await Promise.all([app.page.waitForEvent('load'), app.page.getByTestId('edition-import').click()]);
  await app.page.waitForSelector('html[data-app-ready="true"]', { state: 'attached' });
}

describe('data editions', () => {
  let app: LaunchedApp;
  let signed = '';
  let tampered = '';

  beforeAll(async () => {
    app = await launchApp({ route: '#/overview' });
    const content = laterEdition();
    const withSig = { ...content, signature: signEditionContent(content, keys.privateKeyPem) };
    signed = path.join(app.userDataDir, '2099-01.json');
    writeFileSync(signed, JSON.stringify(withSig, null, 2));
    const bad = JSON.parse(JSON.stringify(withSig));
    bad.dataset.headline[0].label = 'Altered after signing';
    tampered = path.join(app.userDataDir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(bad));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('names the bundled edition on every view and in presentation mode', async () => {
    const { page } = app;
    for (const view of VIEWS) {
      await page.getByTestId(`nav-${view}`).click();
      await waitForView(page, view);
      expect(await labelText(page), view).toBe(BUNDLED_LABEL);
    }
    await page.getByTestId('present-open').click();
    await waitForView(page, 'present');
    expect(await page.locator('.slide [data-testid="edition-label"]').innerText()).toBe(BUNDLED_LABEL);
    await page.getByTestId('present-exit').click();
  });

  it('lists every change between the bundled editions in What changed, filterable by topic', async () => {
    const { page } = app;
    const all = diffDatasets(bundledEditions[0]!.dataset, bundledEdition.dataset);
    await page.getByTestId('nav-changes').click();
    await waitForView(page, 'changes');
    expect(await page.getByTestId('changes-from').innerText()).toBe(
      `From ${editionLabel(bundledEditions[0]!.meta)} to ${BUNDLED_LABEL}`,
    );
    expect(await page.getByTestId('change').count()).toBe(all.length);
    await page.screenshot({ path: path.join(ARTIFACTS, 'edition-what-changed.png') });
    await page.getByTestId('changes-topic').selectOption('prices');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="change"]').length === n,
      all.filter((c) => c.topic === 'prices').length,
    );
    const gold = page.locator('[data-change-key="figure:price.gold.record-spot-2025-12-26"]');
    const goldText = (await gold.innerText()).replace(/\s+/g, ' ');
    expect(goldText).toMatch(
      /Before USD 4,550\/oz .*as of 26 Dec 2025 CNBC Now USD 5,589\/oz .*as of 28 Jan 2026 CBS News/i,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'edition-what-changed-prices.png'), fullPage: false });
    expect(page.url()).toContain('topic=prices');
  });

  it('refuses a tampered file, naming it, and changes nothing', async () => {
    const { page } = app;
    app.dialogs.fileAnswers.push(tampered);
    await openSettings(page);
    await page.getByTestId('edition-import').click();
    expect(await page.getByTestId('edition-error').innerText()).toMatch(
      /^tampered\.json has a signature that does not match its content/,
    );
    expect(await labelText(page)).toBe(BUNDLED_LABEL);
  });

  it('imports a signed edition: label everywhere, publisher unknown until trusted, and What changed lists the revision', async () => {
    const { page } = app;
    await importFile(app, signed);
    await page.getByTestId('edition-label').first().waitFor();
    expect(await labelText(page)).toMatch(new RegExp(`^${LATER_LABEL} · Signed, but the publisher is unknown`));
    await openSettings(page);
    expect(await page.getByTestId('edition-origin').innerText()).toContain(signed);
    await page.getByTestId('trust-name').first().fill('E2E data unit');
    await page.getByTestId('trust-signer').click();
    await page.getByTestId('trusted-list').waitFor();
    await page.getByTestId('edition-label').first().filter({ hasText: 'trusted publisher)' }).waitFor();
    expect(await labelText(page)).toBe(`${LATER_LABEL} · Signed by E2E data unit (trusted publisher)`);
    await page.getByTestId('settings-panel').screenshot({ path: path.join(ARTIFACTS, 'edition-settings.png') });
    await page.getByTestId('settings-open').click();

    await page.getByTestId('nav-changes').click();
    await waitForView(page, 'changes');
    expect(await page.getByTestId('changes-from').innerText()).toContain(BUNDLED_LABEL);
    const changed = page.locator('[data-testid="change"][data-change-kind="changed"]');
    expect(await changed.count()).toBe(1);
    const revised = (await changed.innerText()).replace(/\s+/g, ' ');
    expect(revised).toContain(REVISED.label);
    expect(revised).toContain('as of Jan 2099');
    await page.screenshot({ path: path.join(ARTIFACTS, 'edition-what-changed-import.png') });
  });

  it('prints the imported edition on the PDF cover, every page footer and the What changed section', async () => {
    const { page } = app;
    await page.getByTestId('nav-briefing').click();
    await waitForView(page, 'briefing');
    // The optional section: what changed since the previous edition.
    await page.getByTestId('add-section-type').selectOption('changes');
    await page.getByTestId('add-section').click();
    await page.getByTestId('export-pdf').click();
    const outcome = await page.waitForSelector('[data-testid="export-done"], [data-testid="export-error"]', {
      timeout: 90_000,
    });
    expect(await outcome.getAttribute('data-testid'), await outcome.innerText()).toBe('export-done');
    const pdf = await page.getByTestId('export-path').innerText();
    copyFileSync(pdf, path.join(ARTIFACTS, 'edition-briefing.pdf'));
    const pages = pdfPageTexts(pdf).filter((p) => p.trim());
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    expect(pages.length).toBeGreaterThan(1);
    // The cover names it in its body and footer; every later page in its footer.
    for (const [i, p] of pages.entries()) expect(flat(p), `page ${i + 1}`).toContain(LATER_LABEL);
    expect(flat(pages[0]!).split(LATER_LABEL).length - 1).toBeGreaterThanOrEqual(2);
    // The cover's contents name the section too; its own page carries the lede.
    const changes = pages.find((p) => flat(p).includes('that differs from the previous data edition'));
    expect(changes, 'the What changed section is printed').toBeDefined();
    expect(flat(changes!)).toContain(`From ${BUNDLED_LABEL} to ${LATER_LABEL}`);
    expect(flat(changes!)).toContain(REVISED.label);
  });

  it('keeps data packs working on the imported edition, and names the edition in XLSX and CSV exports', async () => {
    const { page } = app;
    copyFileSync(
      path.join(import.meta.dirname, '../fixtures/packs/hunza-ruby.json'),
      path.join(app.workspaceDir, 'data', 'hunza-ruby.json'),
    );
    await page.getByTestId('nav-deposits').click();
    await waitForView(page, 'deposits');
    await page.waitForSelector('[data-testid="deposit-row"][data-id="hunza-ruby"]');
    expect(await labelText(page)).toMatch(new RegExp(`^${LATER_LABEL}`));
    await page.getByTestId('export-xlsx').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="export-path"]')?.textContent?.endsWith('.xlsx'),
    );
    const xlsx = await page.getByTestId('export-path').innerText();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('Data edition')!;
    expect(String(sheet.getRow(1).getCell(1).value)).toBe(LATER_LABEL);
    expect(String(sheet.getRow(3).getCell(1).value)).toContain(signed);
    await page.getByTestId('export-csv').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="export-path"]')?.textContent?.endsWith('.csv'),
    );
    const csv = readFileSync(await page.getByTestId('export-path').innerText(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toMatch(/,Data edition$/);
    expect(csv.slice(1).every((l) => l.endsWith(`"${LATER_LABEL}"`))).toBe(true);
    expect(csv.some((l) => l.includes('Hunza'))).toBe(true);
  });

  it('goes back to the bundled edition', async () => {
    const { page } = app;
    await openSettings(page);
    await Promise.all([page.waitForEvent('load'), page.getByTestId('edition-use-bundled').click()]);
    await page.waitForSelector('html[data-app-ready="true"]', { state: 'attached' });
    expect(await labelText(page)).toBe(BUNDLED_LABEL);
  });
});

// The briefing builder end to end: a full briefing (every section type, two scenarios, one edited) built in
// the UI and exported through main's pipeline, then judged with poppler like any reader's tools would:
// metadata, tagging, text, fonts, outline and rendered pixels. Also: cancel leaves no file, a read-only
// target fails clearly with nothing written, and a saved spec re-exports in one click.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../shared/data';
import { formatAsOf } from '../../shared/format/figures';
import { createScenarioFromPreset } from '../../shared/scenario/presets';
import { makeReadOnly } from '../fixtures/read-only-dir';
import { ARTIFACTS, launchApp, waitForView, type LaunchedApp } from './harness';
import {
  countColour,
  countInk,
  pdfFonts,
  pdfInfo,
  pdfOutline,
  pdfPageTexts,
  pdfText,
  rasterPage,
  renderPage,
  wordBoxes,
} from './pdf-tools';

const TITLE = 'Pakistan Critical Minerals Forum Pack';
const EDITED_NAME = 'Reko Diq review, 10% discount (analyst case)';
const HEADINGS = [
  'Executive summary',
  'Deposits: map and table',
  'Deposit profiles',
  'Phase roadmap',
  'Risks and policy matrix',
  'Scenario: Reko Diq — current prices case (Phase 1 + 2)',
  `Scenario: ${EDITED_NAME}`,
  'Scenario comparison',
  'Sources',
];

function editedScenarioFile() {
  const s = createScenarioFromPreset('reko-diq-review-2026');
  s.meta.name = EDITED_NAME;
  s.discounting.ratePct.value = 10;
  return { schemaVersion: 1, kind: 'scenario', scenario: s };
}

async function exportAndWait(page: Page): Promise<string> {
  await page.getByTestId('export-pdf').click();
  const outcome = await page.waitForSelector(
    '[data-testid="export-done"], [data-testid="export-error"], [data-testid="export-cancelled"]',
    { timeout: 60_000 },
  );
  expect(await outcome.getAttribute('data-testid'), await outcome.innerText()).toBe('export-done');
  return page.getByTestId('export-path').innerText();
}

const pdfsIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.pdf') || n.includes('.pmb-tmp-')) : [];

describe('briefing builder and PDF export', () => {
  let app: LaunchedApp;
  let pdf = '';

  beforeAll(async () => {
    app = await launchApp({ route: '#/briefing' });
    writeFileSync(
      path.join(app.workspaceDir, 'scenarios', 'review-edited.json'),
      JSON.stringify(editedScenarioFile(), null, 2),
    );
    writeFileSync(
      path.join(app.workspaceDir, 'briefings', 'broken.json'),
      '{"schemaVersion": 1, "kind": "briefing", "title": ',
    );
    await waitForView(app.page, 'briefing');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('builds a full briefing in the UI: settings with field-level validation, sections ordered by keyboard', async () => {
    const { page } = app;
    await page.getByTestId('field-title').fill('');
    await expect.poll(() => page.getByTestId('error-title').innerText()).toContain('title is required');
    expect(await page.getByTestId('export-pdf').isDisabled()).toBe(true);
    await page.getByTestId('field-title').fill(TITLE);
    await page.getByTestId('field-subtitle').fill('Antimony, copper and rare earths after the first U.S. consignment');
    await page.getByTestId('field-audience').fill('Pakistan Minerals Investment Forum');
    await page.getByTestId('field-date-day').fill('20');
    await page.getByTestId('field-date-month').selectOption({ label: 'Mar' });
    await page.getByTestId('field-date-year').fill('2026');
    expect(await page.getByTestId('field-date-text').innerText()).toContain('20 Mar 2026');
    await page.getByTestId('field-preparedBy').fill('Investment Desk, Board of Investment');
    await page.getByTestId('field-classification').fill('Confidential');
    expect(await page.getByTestId('error-title').count()).toBe(0);

    // Every section type is there by default; add a second scenario (the edited workspace file).
    const types = () =>
      page.getByTestId('section-item').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type));
    expect(await types()).toEqual([
      'cover',
      'summary',
      'deposits',
      'profiles',
      'roadmap',
      'risks',
      'scenario',
      'comparison',
      'sources',
    ]);
    await page.getByTestId('add-section-type').selectOption('scenario');
    await page.getByTestId('add-section').click();
    const added = page.getByTestId('section-item').nth(9);
    await added.getByTestId('scenario-source').selectOption('review-edited.json');
    // Keyboard: Alt+↑ twice moves it above the comparison and the appendix, and says so.
    await added.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.getByTestId('order-announcer').innerText()).toContain('position 8 of 10');
    expect(await types()).toEqual([
      'cover',
      'summary',
      'deposits',
      'profiles',
      'roadmap',
      'risks',
      'scenario',
      'scenario',
      'comparison',
      'sources',
    ]);
    // Move buttons do the same by mouse: down then up again leaves the order as it was.
    await page.getByTestId('section-item').nth(1).getByTestId('move-down').click();
    expect((await types()).slice(1, 3)).toEqual(['deposits', 'summary']);
    await page.getByTestId('section-item').nth(2).getByTestId('move-up').click();
    expect((await types()).slice(1, 3)).toEqual(['summary', 'deposits']);

    // Compare the preset with the edited file; profile Saindak too.
    const comparison = page.locator('[data-testid="section-item"][data-type="comparison"]');
    await comparison.locator('input[value="preset:reko-diq-review-2026"]').uncheck();
    await comparison.locator('input[value="review-edited.json"]').check();
    await page.locator('[data-testid="profile-choices"] input[value="saindak"]').check();

    // Saved as a workspace spec; the damaged one is listed with its problem and left untouched.
    await page.getByTestId('save-briefing').click();
    await expect
      .poll(() => page.getByTestId('briefing-message').innerText())
      .toContain('Saved as pakistan-critical-minerals-forum-pack.json');
    const broken = page.locator('[data-testid="saved-briefing"][data-name="broken.json"]');
    expect(await broken.getAttribute('data-status')).toBe('damaged');
    expect(await broken.getByTestId('saved-problem').innerText()).toContain('not valid JSON');
    expect(readFileSync(path.join(app.workspaceDir, 'briefings', 'broken.json'), 'utf8')).toBe(
      '{"schemaVersion": 1, "kind": "briefing", "title": ',
    );
    // The live preview renders the same document.
    // The edited scenario file is read after the sources render, so its section may arrive last: wait for every one.
    await page.locator('.live-preview [data-section="sources"] .print-sources li').first().waitFor();
    await expect
      .poll(() => page.getByTestId('live-preview').locator('[data-testid="print-document"] h1').allInnerTexts())
      .toEqual(expect.arrayContaining(HEADINGS));
    // Nothing is wider than the page's content box: one wide element would make Chromium shrink every page.
    const overflowing = await page.evaluate(() => {
      const zoom = Number((document.querySelector('[data-testid="preview-zoom"]') as HTMLElement).style.zoom);
      return [...document.querySelectorAll('.live-preview .print-section')].flatMap((sec) => {
        const edge = sec.getBoundingClientRect().right - parseFloat(getComputedStyle(sec).paddingRight) * zoom;
        return [...sec.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > edge + 1)
          .map((el) => `${(sec as HTMLElement).dataset.section}: ${el.tagName}.${el.getAttribute('class')}`);
      });
    });
    expect(overflowing).toEqual([]);
  });

  it('exports a tagged, titled PDF with every section, headline figure, citation and page number', async () => {
    // Export time is a budget in bench/briefing.ts, not a timed assertion here.
    pdf = await exportAndWait(app.page);
    expect(app.dialogs.savesShown.at(-1)?.defaultPath).toBe(
      path.join(app.workspaceDir, 'briefings', 'pakistan-critical-minerals-forum-pack-2026-03-20.pdf'),
    );
    expect(pdf).toBe(app.dialogs.savesShown.at(-1)?.defaultPath);

    const info = pdfInfo(pdf);
    // Ten sections, two deposit profiles and two full scenario reports (assumptions and 40-year tables).
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(20);
    expect(Number(info.Pages)).toBeLessThanOrEqual(70);
    expect(info.Title).toBe(TITLE);
    expect(info.Author).toBe('Investment Desk, Board of Investment');
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('A4');
    expect(Number(info['File size']?.split(' ')[0])).toBeLessThan(5 * 1024 * 1024);

    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    for (const s of [
      TITLE,
      'USD 8 tn',
      '92 minerals',
      '52 minerals',
      'USD 500 m',
      `Data as of ${formatAsOf(dataset.compiledAsOf)} — not live`,
      ...HEADINGS,
    ])
      expect(text).toContain(s);
    expect(pdfText(pdf, 1)).toMatch(new RegExp(`Page 1 of ${info.Pages}`));
    expect(pdfText(pdf, 1)).toContain('CONFIDENTIAL');
    expect(text).toContain('Illustrative — not a technical report');
    // The appendix: numbered entries with URLs, mirrors saying where they were retrieved from.
    const pages = pdfPageTexts(pdf);
    const appendix = pages
      .slice(pages.findIndex((p) => /^\s*.*\n\s*Sources\s*\n/m.test(p) && p.includes('[1]')))
      .join('\n');
    expect(appendix).toMatch(/\[1\]/);
    expect(appendix).toContain('https://brecorder.com/news/40352446');
    expect(appendix).toMatch(/Retrieved from [a-z.]+:/);
    expect(appendix).toMatch(/Confidence [ABC]/);
    // Figures carry their reference number.
    expect(pages[1]).toMatch(/\[\d+(, \d+|–\d+)*\]/);

    // Printed at 100%: Chromium shrinks every page when any element is wider than the page. The cover's
    // as-of note sits at the foot of a full-height cover, and body text is at its specified size.
    const cover = wordBoxes(pdf, 1);
    expect(cover.find((w) => w.word === 'Data')!.yMin).toBeGreaterThan(700);
    const title = cover.find((w) => w.word === 'Forum' && w.yMin > 60)!;
    expect(title.yMax - title.yMin).toBeGreaterThan(30); // 28 pt title
    const header = cover.find((w) => w.word === 'CONFIDENTIAL' && w.yMin < 40)!;
    expect(header.yMax - header.yMin).toBeGreaterThan(9); // 9 pt header text, not Chromium's 5 pt default

    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);

    const outline = pdfOutline(pdf);
    for (const h of HEADINGS) expect(outline).toContain(h);
  });

  it('draws the charts and the map (pixels, not blank boxes) and saves sample pages to look at', async () => {
    const pages = pdfPageTexts(pdf);
    // Skip the cover: its contents list names every section.
    const find = (needle: string) => pages.findIndex((p, i) => i > 0 && p.includes(needle)) + 1;
    const summaryPage = find('Reko Diq ore throughput');
    const depositPage = find('Deposits in this briefing');
    const scenarioPage = find('Annual after-tax cash flow');
    expect([summaryPage, depositPage, scenarioPage].every((p) => p > 0)).toBe(true);

    // Summary chart bars are the accent green (#0b6b3a), the cash-flow bars the accent blue (#0a4f8a).
    expect(countColour(rasterPage(pdf, summaryPage), [11, 107, 58], 30)).toBeGreaterThan(1500);
    expect(countColour(rasterPage(pdf, scenarioPage), [10, 79, 138], 30)).toBeGreaterThan(1500);
    // The map fills the top half of the deposits page with drawn outlines, land and markers.
    expect(countInk(rasterPage(pdf, depositPage), { x0: 0.1, y0: 0.1, x1: 0.9, y1: 0.5 })).toBeGreaterThan(20_000);

    mkdirSync(ARTIFACTS, { recursive: true });
    renderPage(pdf, 1, path.join(ARTIFACTS, 'briefing-cover.png'), 80);
    renderPage(pdf, depositPage, path.join(ARTIFACTS, 'briefing-deposit.png'), 80);
    renderPage(pdf, scenarioPage, path.join(ARTIFACTS, 'briefing-scenario.png'), 80);
    renderPage(pdf, find('Deposit profiles'), path.join(ARTIFACTS, 'briefing-profile.png'), 80);
  });

  it('opens and shows only files this session exported', async () => {
    await app.page.getByTestId('export-open').click();
    await app.page.getByTestId('export-show').click();
    await expect.poll(() => app.openedPaths).toEqual([pdf]);
    expect(app.shownInFolder).toEqual([pdf]);
    const refused = await app.invoke('shell:open-path', { path: '/etc/passwd' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('exported in this session') },
    });
  });

  it('cancelling the save dialog writes nothing', async () => {
    const before = pdfsIn(path.join(app.workspaceDir, 'briefings'));
    app.dialogs.saveAnswers.push(null);
    await app.page.getByTestId('export-pdf').click();
    await expect.poll(() => app.page.getByTestId('export-panel').count()).toBe(0);
    expect(pdfsIn(path.join(app.workspaceDir, 'briefings'))).toEqual(before);
  });

  it('cancelling during the export closes the print page and leaves no file', async () => {
    const target = path.join(app.workspaceDir, 'briefings', 'cancelled.pdf');
    app.dialogs.saveAnswers.push(target);
    // Press Cancel as soon as main reports the print page is loading (a user's click, timed deterministically).
    await app.page.evaluate(() => {
      const w = window as unknown as {
        briefing: { on(e: string, l: (p: { stage: string }) => void): () => void };
        __stopCancel?: () => void;
      };
      w.__stopCancel = w.briefing.on('briefing:export-progress', (p) => {
        if (p.stage === 'loading')
          (document.querySelector('[data-testid="export-cancel"]') as HTMLButtonElement | null)?.click();
      });
    });
    await app.page.getByTestId('export-pdf').click();
    await app.page.getByTestId('export-cancelled').waitFor({ timeout: 30_000 });
    await app.page.evaluate(() => (window as unknown as { __stopCancel(): void }).__stopCancel());
    expect(await app.page.getByTestId('export-cancelled').innerText()).toContain('No file was written');
    expect(existsSync(target)).toBe(false);
    expect(pdfsIn(path.dirname(target)).some((n) => n.startsWith('.cancelled'))).toBe(false);
    expect(app.printPages?.every((p) => p.isClosed())).toBe(true);
  });

  it('a read-only target folder fails with a message naming the file and the reason, and writes nothing', async () => {
    const locked = path.join(app.workspaceDir, 'locked');
    mkdirSync(locked);
    const restore = makeReadOnly(locked);
    if (!restore) return; // cannot make a read-only folder on this machine; the unit tests cover the missing-folder case
    try {
      app.dialogs.saveAnswers.push(path.join(locked, 'pack.pdf'));
      await app.page.getByTestId('export-pdf').click();
      const error = app.page.getByTestId('export-error');
      await error.waitFor({ timeout: 60_000 });
      expect(await error.innerText()).toMatch(
        /Could not save "pack\.pdf" in the folder "locked": (permission was denied|the operation is not permitted).*No file was written/,
      );
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      restore();
    }
  });

  it('re-exports a saved spec in one click', async () => {
    const again = path.join(app.workspaceDir, 'briefings', 're-exported.pdf');
    app.dialogs.saveAnswers.push(again);
    await app.page
      .locator('[data-testid="saved-briefing"][data-name="pakistan-critical-minerals-forum-pack.json"]')
      .getByTestId('re-export')
      .click();
    await app.page.getByTestId('export-done').waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('export-path').innerText()).toBe(again);
    expect(pdfInfo(again).Title).toBe(TITLE);
    expect(pdfText(again)).toContain(`Scenario: ${EDITED_NAME}`);
  });
});

describe('Urdu briefing', () => {
  it('prints right to left in Urdu with the bundled Naskh font embedded', async () => {
    const app = await launchApp({ route: '#/briefing' });
    try {
      await waitForView(app.page, 'briefing');
      await app.page.getByTestId('field-language').selectOption('ur');
      await app.page.getByTestId('field-title').fill('پاکستان کی اہم معدنیات');
      // A short pack: untick everything after the summary.
      const items = app.page.getByTestId('section-item');
      for (let i = 2; i < (await items.count()); i++) await items.nth(i).getByTestId('section-enabled').uncheck();
      const pdf = await exportAndWait(app.page);
      // Extracted Arabic-script text comes out in visual order; the outline keeps the headings' logical text.
      expect(pdfOutline(pdf).some((t) => t.includes('خلاصہ'))).toBe(true);
      expect(pdfText(pdf)).toContain('USD 8 tn');
      // pdftotext yields Urdu (Arabic-script) text, not boxes or images of it.
      expect((pdfText(pdf).match(/[\u0600-\u06FF]/g) ?? []).length).toBeGreaterThan(200);
      expect(pdfInfo(pdf).Title).toBe('پاکستان کی اہم معدنیات');
      const fonts = pdfFonts(pdf);
      expect(fonts.some((f) => /NotoNaskhArabic/i.test(f.name))).toBe(true);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      renderPage(pdf, 2, path.join(ARTIFACTS, 'briefing-urdu-summary.png'), 60);
    } finally {
      await app.close();
    }
  });
});

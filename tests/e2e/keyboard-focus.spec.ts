// Why: keyboard users must never lose their place (issue 17). Focus returns to the control the user was on after
// Settings closes, after leaving presentation mode and after an export (scenario and briefing, through the in-app
// save dialog); the editor's skip links jump between inputs and results; and at the 960 px minimum window the
// header's "More" menu holds the views that do not fit, operable by keyboard, in English and Urdu.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, waitForView, type LaunchedApp } from './harness';

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);

describe('focus and the adaptive header', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp({ route: '#/overview', inAppDialog: true });
    await waitForView(app.page, 'overview');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Settings: Escape from inside the panel returns focus to the Settings button', async () => {
    const { page } = app;
    await page.getByTestId('settings-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('theme-select').focus();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('settings-panel').count()).toBe(0);
    expect(await focusedTestId(page)).toBe('settings-open');
  });

  it('leaving Present returns focus to the Present button', async () => {
    const { page } = app;
    await page.getByTestId('present-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('presentation').waitFor();
    await page.keyboard.press('Escape');
    await waitForView(page, 'overview');
    await expect.poll(() => focusedTestId(page)).toBe('present-open');
  });

  it('a scenario export through the save dialog returns focus to its button', async () => {
    const { page } = app;
    await page.evaluate(() => (location.hash = '#/scenarios/reko-diq'));
    await waitForView(page, 'scenarios');
    await page.getByTestId('export-csv').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('file-dialog').waitFor();
    await page.getByTestId('file-dialog-save').click();
    await page.getByTestId('export-result').waitFor();
    expect(await page.getByTestId('export-result').innerText()).toMatch(/\.csv/);
    expect(await focusedTestId(page)).toBe('export-csv');
  });

  it('the editor skip links jump from the toolbar to the result tabs and back to the inputs', async () => {
    const { page } = app;
    await page.getByTestId('share-scenario').focus();
    // From the toolbar, the skip links are the next stops (not a hundred inputs away).
    let presses = 0;
    while ((await focusedTestId(page)) !== 'skip-to-tabs' && presses < 6) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusedTestId(page)).toBe('skip-to-tabs');
    expect(await page.getByTestId('skip-to-tabs').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
    // The focused tab is in view below the sticky header.
    const inView = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.top >= document.querySelector('.app-header')!.getBoundingClientRect().bottom && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await page.getByTestId('skip-to-inputs').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await focusedTestId(page)).toBe('group-timing');
  });

  it('a briefing export returns focus to the export button when it ends', async () => {
    const { page } = app;
    await page.evaluate(() => (location.hash = '#/briefing'));
    await waitForView(page, 'briefing');
    await page.getByTestId('export-pdf').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('file-dialog').waitFor();
    await page.getByTestId('file-dialog-name').fill('focus check');
    await page.keyboard.press('Enter');
    await page.getByTestId('export-done').waitFor({ timeout: 120_000 });
    await expect.poll(() => focusedTestId(page)).toBe('export-pdf');
  }, 150_000);

  for (const lang of ['en', 'ur'] as const)
    for (const width of [960, 1024])
      it(`${lang} at ${width} px: every view is reachable, in the bar or in "More", and nothing leaves the header`, async () => {
        const { page } = app;
        await page.setViewportSize({ width, height: 700 });
        await page.getByTestId('language-select').selectOption(lang);
        await page.waitForSelector(`html[lang="${lang}"]`, { state: 'attached' });
        await page.evaluate(() => document.fonts.ready);
        const views = ['overview', 'deposits', 'roadmap', 'scenarios', 'risks', 'briefing', 'changes'];
        const inBar = async () =>
          page.evaluate(() =>
            [...document.querySelectorAll('.app-header .nav-list > li > .nav-link[data-testid]')].map((a) =>
              a.getAttribute('data-testid')!.replace('nav-', ''),
            ),
          );
        const bar = await inBar();
        const more = page.getByTestId('nav-more');
        let menu: string[] = [];
        if (await more.count()) {
          await more.focus();
          await page.keyboard.press('Enter');
          menu = await page.evaluate(() =>
            [...document.querySelectorAll('[data-testid="nav-more-list"] .nav-link')].map((a) =>
              a.getAttribute('data-testid')!.replace('nav-', ''),
            ),
          );
        }
        // Every view once, in order, split between the bar and the menu.
        expect([...bar, ...menu]).toEqual(views);
        const escapes = await page.evaluate(() => {
          const h = document.querySelector('.app-header')!.getBoundingClientRect();
          return [
            ...document.querySelectorAll(
              '.app-header > .brand, .app-header nav > .nav-list > li, .header-controls > *',
            ),
          ]
            .map((el) => ({ text: (el.textContent ?? '').trim(), r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.left < h.left - 0.5 || r.right > h.right + 0.5 || r.bottom > h.bottom + 0.5)
            .map(({ text }) => text);
        });
        expect(escapes).toEqual([]);
        // Labels keep their size (no shrinking to fit): at least 14 px.
        const smallest = await page.evaluate(() =>
          Math.min(
            ...[...document.querySelectorAll('.app-header .nav-link')].map((a) =>
              parseFloat(getComputedStyle(a).fontSize),
            ),
          ),
        );
        expect(smallest).toBeGreaterThanOrEqual(14);
        if (menu.length > 0) {
          // A view from the menu, by keyboard: it opens, the menu closes and focus is back on "More".
          const last = menu[menu.length - 1]!;
          await page.getByTestId(`nav-${last}`).focus();
          await page.keyboard.press('Enter');
          await waitForView(page, last);
          expect(await page.getByTestId('nav-more-list').count()).toBe(0);
          expect(await focusedTestId(page)).toBe('nav-more');
          expect(await more.getAttribute('data-current')).toBe('true');
          // Escape closes an open menu and keeps focus on its button.
          await page.keyboard.press('Enter');
          await page.getByTestId('nav-more-list').waitFor();
          await page.keyboard.press('Escape');
          expect(await page.getByTestId('nav-more-list').count()).toBe(0);
          expect(await focusedTestId(page)).toBe('nav-more');
        }
        if (lang === 'en' && width === 960) expect(menu.length).toBeGreaterThan(0);
      });
});

// The presenter view with two windows: the audience window opens the presenter's window, whose keyboard drives
// both (and the audience window's drives the presenter's); notes typed there are saved in the talk's briefing file
// in the workspace, the slide order and hidden slides too, and all of it is there again after a restart.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BriefingSpecSchema } from '../../shared/briefing/spec';
import { ARTIFACTS, launchApp } from './harness';
import { fontProblems, pdfFonts, pdfInfo, pdfPageTexts } from './pdf-tools';

const FILE = 'forum-talk.json';
const NOTE = 'Open with the first consignment; pause on the USD 500 m figure.';
const LAST_WORD = 'Close on the policy answers; invite questions.';
const CLOSING_WORD = 'Thank the hosts.';

function briefingFile() {
  return BriefingSpecSchema.parse({
    schemaVersion: 2,
    kind: 'briefing',
    title: 'Forum talk',
    date: '2026-03-20',
    sections: [{ type: 'cover' }],
  });
}

const readTalk = (dir: string) =>
  BriefingSpecSchema.parse(JSON.parse(readFileSync(path.join(dir, 'briefings', FILE), 'utf8'))).talk;
const atSlide = (page: Page, i: number) =>
  page.waitForSelector(`[data-testid="presentation"][data-slide-index="${i}"]`);

describe('presenter view', () => {
  it(
    'runs in a second window, drives both windows by keyboard, and keeps notes and order in the briefing across a restart',
    { timeout: 180_000 },
    async () => {
      // The test owns the workspace folder, so it outlives the first launch (the restart reopens it).
      const workspaceDir = mkdtempSync(path.join(tmpdir(), 'pmb-ws-talk-'));
      let app = await launchApp({ workspaceDir, route: '#/overview', viewport: { width: 1600, height: 900 } });
      writeFileSync(path.join(workspaceDir, 'briefings', FILE), JSON.stringify(briefingFile(), null, 2));
      try {
        const audience = app.page;
        await audience.evaluate((f) => (location.hash = `#/present?briefing=${f}`), FILE);
        await audience.waitForSelector('[data-testid="presentation"][data-slide-ready="true"]');

        await audience.getByTestId('present-presenter').click();
        await expect.poll(() => app.presenterPages?.length ?? 0).toBe(1);
        const presenter = app.presenterPages![0]!;
        await presenter.waitForSelector('[data-testid="presenter-view"]');
        expect(await presenter.getByTestId('presenter-timer').innerText()).toMatch(/^\d+:\d\d$/);

        // The presenter's keyboard moves both windows; the audience window's moves the presenter's.
        await presenter.keyboard.press('ArrowRight');
        await atSlide(audience, 1);
        await atSlide(presenter, 1);
        expect(await presenter.getByTestId('presenter-current').innerText()).toContain('Key figures');
        expect(await presenter.getByTestId('presenter-next').innerText()).toContain('The first consignment');
        await audience.keyboard.press('ArrowRight');
        await atSlide(presenter, 2);
        await presenter.keyboard.press('ArrowLeft');
        await atSlide(audience, 1);

        // Notes for the current slide, saved with the briefing.
        await presenter.getByTestId('presenter-notes').fill(NOTE);
        await expect.poll(() => readTalk(workspaceDir).notes.figures, { timeout: 10_000 }).toBe(NOTE);
        await presenter.screenshot({ path: path.join(ARTIFACTS, 'presenter-view.png') });

        // Order and hide slides from the audience window's menu: saved with the briefing too.
        await audience.getByTestId('present-jump').click();
        await audience.getByTestId('slide-up-map').click();
        await audience.getByTestId('slide-show-risks').uncheck();
        await expect.poll(() => readTalk(workspaceDir).hidden, { timeout: 10_000 }).toEqual(['risks']);
        expect(readTalk(workspaceDir).order.slice(0, 4)).toEqual(['title', 'figures', 'map', 'consignment']);

        // The slides as a PDF, through the briefing print engine: 16:9, one slide a page, fonts embedded, sources.
        await audience.getByTestId('deck-export').click();
        const done = await audience.waitForSelector(
          '[data-testid="deck-export-done"], [data-testid="deck-export-error"]',
          { timeout: 60_000 },
        );
        expect(await done.getAttribute('data-testid'), await done.innerText()).toBe('deck-export-done');
        const pdf = (await done.innerText()).replace(/^[^:]*:\s*/, '').trim();
        const info = pdfInfo(pdf);
        const fonts = pdfFonts(pdf);
        const pages = pdfPageTexts(pdf).filter((p) => p.trim());
        console.log(
          `slide deck: ${info.Pages} pages, ${info['Page size']}, fonts ${fonts.map((f) => `${f.name}${f.embedded ? '' : ' (NOT embedded)'}`).join(', ')}`,
        );
        expect(Number(info.Pages)).toBe(7);
        expect(info['Page size']).toMatch(/^1440 x 810 pts/);
        expect(fonts.length).toBeGreaterThan(0);
        expect(fonts.filter((f) => !f.embedded)).toEqual([]);
        expect(fontProblems(fonts)).toEqual([]);
        expect(pages.length).toBe(7);
        for (const text of pages) expect(text).toMatch(/Sources:/);
        expect(pages[2]).toContain('Where the deposits are');
        expect(pages.join('\n')).not.toContain('Challenges and policy answers');
        writeFileSync(path.join(ARTIFACTS, 'slide-deck.pdf'), readFileSync(pdf));

        // A note typed the instant before the presenter leaves is not lost to the save delay. Esc leaves the notes
        // field, a second Esc closes the presenter's window at once: the note is in the briefing file all the same.
        await presenter.getByTestId('presenter-timer').click();
        await presenter.keyboard.press('End');
        await atSlide(presenter, 6);
        await presenter.getByTestId('presenter-notes').fill(LAST_WORD);
        await presenter.keyboard.press('Escape');
        // The window closes on the key going down, so the key's release has no page to go to.
        await presenter.keyboard.down('Escape').catch(() => undefined);
        await expect.poll(() => presenter.isClosed(), { timeout: 10_000 }).toBe(true);
        await expect.poll(() => readTalk(workspaceDir).notes.scenario, { timeout: 10_000 }).toBe(LAST_WORD);
        // Closed from the window's own close button (the page unloads): the same.
        await audience.getByTestId('present-presenter').click();
        await expect.poll(() => app.presenterPages?.filter((p) => !p.isClosed()).length ?? 0).toBe(1);
        const again = app.presenterPages!.find((p) => !p.isClosed())!;
        await again.waitForSelector('[data-testid="presenter-notes"]:not([disabled])');
        // A new presenter window opens on the audience's slide, with the note read back from the file.
        expect(await again.getByTestId('presentation').getAttribute('data-slide')).toBe('scenario');
        expect(await again.getByTestId('presenter-notes').inputValue()).toBe(LAST_WORD);
        await again.getByTestId('presenter-notes').fill(CLOSING_WORD);
        await again.close({ runBeforeUnload: true });
        await expect.poll(() => readTalk(workspaceDir).notes.scenario, { timeout: 10_000 }).toBe(CLOSING_WORD);
        expect(readTalk(workspaceDir).notes.figures).toBe(NOTE);

        await audience.keyboard.press('Escape');
        expect(await audience.getByTestId('present-count').innerText()).toMatch(/7/);
      } finally {
        await app.close();
      }

      // After a restart: the same talk, notes and all, on one display (P toggles the presenter layout).
      app = await launchApp({
        workspaceDir,
        route: `#/present?briefing=${FILE}&slide=1`,
        viewport: { width: 1600, height: 900 },
      });
      try {
        const { page } = app;
        await page.waitForSelector('[data-testid="presentation"][data-slide="figures"]');
        await page.keyboard.press('p');
        await page.waitForSelector('[data-testid="presenter-view"]');
        await expect.poll(() => page.getByTestId('presenter-notes').inputValue()).toBe(NOTE);
        expect(await page.getByTestId('presenter-next').innerText()).toContain('Where the deposits are');
        expect(await page.getByTestId('present-count').innerText()).toMatch(/7/);
      } finally {
        await app.close();
        rmSync(workspaceDir, { recursive: true, force: true });
      }
    },
  );
});

// Styles belong to components: presentation mode (every slide), the briefing preview and the print route
// look the same when opened first in a fresh window ("cold") as after every view has been visited ("warm",
// every view's stylesheet loaded). Compared pixel by pixel; the screenshots are kept as artifacts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, launchApp, waitForView } from './harness';
import { rasterPage } from './pdf-tools';
import { pixelDiff } from './pixels';

const OUT = path.join(ARTIFACTS, 'cold-warm');
/**
 * Per-channel tolerance: the software rasteriser may shade an anti-aliased rounded corner one or two levels
 * differently when the page's layer history differs (seen: 4 corner pixels off by ≤ 2). A style difference moves
 * whole regions by far more (a map without its stylesheet differs in 1.36 million pixels).
 */
const TOLERANCE = 3;
/** Every view and the screens inside them that bring their own components (profile, editor, compare). */
const VISITS: [string, string][] = [
  ['#/overview', 'overview'],
  ['#/deposits', 'deposits'],
  ['#/deposits/reko-diq', 'deposits'],
  ['#/roadmap', 'roadmap'],
  ['#/scenarios', 'scenarios'],
  ['#/scenarios/new?preset=reko-diq', 'scenarios'],
  ['#/risks', 'risks'],
  ['#/briefing', 'briefing'],
];

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (location.hash = h), hash);
}

async function visitEveryView(page: Page) {
  for (const [hash, view] of VISITS) {
    await go(page, hash);
    await waitForView(page, view);
  }
}

async function slideShots(page: Page): Promise<{ id: string; png: Buffer }[]> {
  await go(page, '#/present?slide=0');
  const count = Number((await page.getByTestId('present-count').innerText()).match(/\d+/g)!.at(-1));
  const shots: { id: string; png: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    await go(page, `#/present?slide=${i}`);
    const deck = await page.waitForSelector(
      `[data-testid="presentation"][data-slide-index="${i}"][data-slide-ready="true"]`,
    );
    shots.push({ id: (await deck.getAttribute('data-slide'))!, png: await page.screenshot() });
  }
  return shots;
}

async function previewShots(page: Page): Promise<Buffer[]> {
  await page.waitForSelector('[data-testid="live-preview"][data-preview-ready="true"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  const frame = page.locator('[data-testid="live-preview"] .preview-frame');
  const count = await frame.locator('.print-section').count();
  const out: Buffer[] = [];
  // Each sheet is scrolled to the top of the preview's own scroll box, then the visible box is captured.
  for (let i = 0; i < count; i++) {
    await frame.evaluate((el, n) => {
      const sheet = el.querySelectorAll<HTMLElement>('.print-section')[n]!;
      el.scrollTop += sheet.getBoundingClientRect().top - el.getBoundingClientRect().top;
    }, i);
    out.push(await frame.screenshot());
  }
  return out;
}

async function exportPdf(page: Page): Promise<string> {
  await page.getByTestId('export-pdf').click();
  const outcome = await page.waitForSelector('[data-testid="export-done"], [data-testid="export-error"]', {
    timeout: 60_000,
  });
  expect(await outcome.getAttribute('data-testid'), await outcome.innerText()).toBe('export-done');
  return page.getByTestId('export-path').innerText();
}

function save(name: string, png: Buffer) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, name), png);
}

describe('screens look the same opened first and after every view', () => {
  it('presentation mode: every slide, cold and warm', async () => {
    const app = await launchApp({ route: '#/present', viewport: { width: 1920, height: 1080 } });
    try {
      const cold = await slideShots(app.page);
      expect(cold.length).toBeGreaterThanOrEqual(8);
      await visitEveryView(app.page);
      const warm = await slideShots(app.page);
      expect(warm.map((s) => s.id)).toEqual(cold.map((s) => s.id));
      const report: string[] = [];
      for (const [i, c] of cold.entries()) {
        save(`slide-${i + 1}-${c.id}-cold.png`, c.png);
        save(`slide-${i + 1}-${c.id}-warm.png`, warm[i]!.png);
        const d = await pixelDiff(app.browser, c.png, warm[i]!.png, TOLERANCE);
        report.push(
          `${c.id}: ${d.differing} of ${d.width * d.height} pixels differ${d.box ? ` in ${JSON.stringify(d.box)}` : ''}`,
        );
      }
      console.log(`cold vs warm, ${cold.length} slides:\n  ${report.join('\n  ')}`);
      expect(report.filter((r) => !r.includes(': 0 of'))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('briefing preview and print route (PDF pages), cold and warm', { timeout: 240_000 }, async () => {
    const app = await launchApp({ route: '#/briefing', viewport: { width: 1920, height: 1080 } });
    try {
      const { page } = app;
      await waitForView(page, 'briefing');
      const coldPreview = await previewShots(page);
      // The first export renders in a fresh print window that has loaded nothing but the print route.
      const coldPdf = await exportPdf(page);
      // Then every view is visited, in the app window and in the (reused) print window, and both render again.
      await visitEveryView(page);
      await waitForView(page, 'briefing');
      const warmPreview = await previewShots(page);
      const printPage = app.printPages![0]!;
      await visitEveryView(printPage);
      const warmPdf = await exportPdf(page);
      expect(app.printPages!.length, 'the warm export reused the visited print window').toBe(1);

      expect(warmPreview.length).toBe(coldPreview.length);
      const report: string[] = [];
      for (const [i, c] of coldPreview.entries()) {
        save(`preview-${i + 1}-cold.png`, c);
        save(`preview-${i + 1}-warm.png`, warmPreview[i]!);
        const d = await pixelDiff(app.browser, c, warmPreview[i]!, TOLERANCE);
        report.push(
          `preview section ${i + 1}: ${d.differing} pixels differ${d.box ? ` in ${JSON.stringify(d.box)}` : ''}`,
        );
      }
      const pages = Number(
        /Pages:\s+(\d+)/.exec(
          (await import('node:child_process')).execFileSync('pdfinfo', [coldPdf], { encoding: 'utf8' }),
        )![1],
      );
      for (let p = 1; p <= pages; p++) {
        const a = rasterPage(coldPdf, p, 50);
        const b = rasterPage(warmPdf, p, 50);
        let differing = 0;
        for (let i = 0; i < a.rgb.length; i += 3)
          if (a.rgb[i] !== b.rgb[i] || a.rgb[i + 1] !== b.rgb[i + 1] || a.rgb[i + 2] !== b.rgb[i + 2]) differing++;
        report.push(
          `print page ${p}: ${a.width === b.width && a.height === b.height ? differing : 'size differs,'} pixels differ`,
        );
      }
      console.log(
        `cold vs warm, ${coldPreview.length} preview sections, ${pages} PDF pages:\n  ${report.join('\n  ')}`,
      );
      expect(report.filter((r) => !/: 0 pixels differ$/.test(r))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

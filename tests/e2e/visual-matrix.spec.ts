// Why: fit and finish at every window size, in both languages and both themes (issue 17). One browser walks every
// view in English and Urdu, light and dark, at 960×700 (the minimum window), 1024×700 and 1920×1080, switching
// settings in the page, and checks from element boxes that no text overlaps other text inside charts and legends,
// that no header item leaves the header and no header or tab label wraps, that an opened profile's focused heading
// is visible below the sticky header, and that no roadmap timeline text is drawn below 12 px. It also checks that
// no internal id is shown. It prints its counts and saves a screenshot of every state under tests/e2e/artifacts/matrix.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, launchApp, waitForView } from './harness';

const OUT = path.join(ARTIFACTS, 'matrix');
const SIZES = [
  { width: 960, height: 700 },
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
];
const LANGS = ['en', 'ur'] as const;
const THEMES = ['light', 'dark'] as const;

interface ViewCase {
  name: string;
  hash: string;
  view: string;
  /** Waits for what this state shows (a chart, a table) after the view is ready. */
  ready?: (page: Page) => Promise<void>;
}

const chartDrawn = (id: string) => async (page: Page) => {
  const chart = page.locator(`[data-testid="${id}"]`).first();
  await chart.locator('svg.recharts-surface').first().waitFor();
  // The screenshot shows the chart this state is about, not the top of the page.
  await chart.scrollIntoViewIfNeeded();
};
const tab = (k: string, chart: string) => async (page: Page) => {
  await page.getByTestId(`tab-${k}`).click();
  await chartDrawn(chart)(page);
};

const CASES: ViewCase[] = [
  { name: 'overview', hash: '#/overview', view: 'overview', ready: chartDrawn('throughput-chart') },
  { name: 'deposits', hash: '#/deposits', view: 'deposits' },
  {
    name: 'profile',
    hash: '#/deposits/reko-diq',
    view: 'deposits',
    ready: async (p) => void (await p.getByTestId('deposit-profile').waitFor()),
  },
  { name: 'roadmap', hash: '#/roadmap', view: 'roadmap' },
  { name: 'editor-cashflow', hash: '#/scenarios/reko-diq', view: 'scenarios', ready: chartDrawn('cashflow-chart') },
  { name: 'editor-npv', hash: '#/scenarios/reko-diq', view: 'scenarios', ready: tab('npv', 'npv-price-chart') },
  {
    name: 'editor-sensitivity',
    hash: '#/scenarios/reko-diq',
    view: 'scenarios',
    ready: tab('sensitivity', 'tornado-chart'),
  },
  { name: 'editor-take', hash: '#/scenarios/reko-diq', view: 'scenarios', ready: tab('take', 'take-chart') },
  {
    name: 'compare',
    hash: '#/scenarios/compare?ids=reko-diq,reko-diq-review-2026',
    view: 'scenarios',
    ready: chartDrawn('compare-cumulative'),
  },
  { name: 'risks', hash: '#/risks', view: 'risks' },
  { name: 'briefing', hash: '#/briefing', view: 'briefing' },
];

/** Pairs of text boxes that overlap inside one chart or legend, described for the failure message. */
function findTextOverlaps(): string[] {
  const boxes = (root: Element, sel: string) =>
    [...root.querySelectorAll(sel)]
      .map((el) => ({ el, r: el.getBoundingClientRect(), text: (el.textContent ?? '').trim() }))
      .filter((b) => b.r.width > 0 && b.r.height > 0 && b.text);
  const out: string[] = [];
  const TOL = 1;
  for (const chart of document.querySelectorAll('figure.chart-card, [data-testid="map-legend"], .timeline-legend')) {
    // Leaf text only: SVG <text> (ticks, labels), legend entries and axis names.
    const items = boxes(
      chart,
      'svg text, .chart-legend-text, .chart-axis-name, .recharts-legend-item-text, li > span:last-child',
    );
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const ox = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const oy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (ox > TOL && oy > TOL)
          out.push(`${chart.getAttribute('data-testid') ?? chart.className}: "${a.text}" overlaps "${b.text}"`);
      }
    // A legend swatch never covers its own text.
    for (const li of chart.querySelectorAll('.chart-legend-item')) {
      const sw = li.querySelector('.chart-swatch')?.getBoundingClientRect();
      const tx = li.querySelector('.chart-legend-text')?.getBoundingClientRect();
      if (sw && tx && Math.min(sw.right, tx.right) - Math.max(sw.left, tx.left) > TOL)
        out.push(`legend swatch covers "${li.textContent}"`);
    }
  }
  return out;
}

/** Header items (links, buttons, selects) whose box leaves the header's box. */
function headerEscapes(): string[] {
  const header = document.querySelector('.app-header');
  if (!header) return ['no header'];
  const h = header.getBoundingClientRect();
  const out: string[] = [];
  for (const el of header.querySelectorAll('a, button, select, .brand')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (r.left < h.left - 0.5 || r.right > h.right + 0.5 || r.top < h.top - 0.5 || r.bottom > h.bottom + 0.5)
      out.push(`"${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim()}" leaves the header`);
  }
  return out;
}

/** Navigation and tab labels broken over two lines (each should read on one line at every width). */
function wrappedLabels(): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll('.app-header .nav-link, .app-header button, [role="tab"]')) {
    if (el.getClientRects().length === 0) continue;
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    if (tops.size > 1) out.push(`"${(el.textContent ?? '').trim()}" wraps onto ${tops.size} lines`);
  }
  return out;
}

/** Roadmap timeline text drawn below 12 px (SVG text is scaled with its drawing, so its size is read on screen). */
function smallTimelineText(): string[] {
  const out: string[] = [];
  for (const tl of document.querySelectorAll('[data-testid="roadmap-timeline"]'))
    for (const el of tl.querySelectorAll<HTMLElement | SVGGraphicsElement>('text, li, div, p, span')) {
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!text || el.getClientRects().length === 0) continue;
      const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
      const px = parseFloat(getComputedStyle(el).fontSize) * Math.abs(scale);
      if (px < 11.95) out.push(`timeline text "${(el.textContent ?? '').trim()}" is ${px.toFixed(1)} px`);
    }
  return out;
}

/** The focused element is the profile heading, fully visible below the sticky header. */
function profileFocus(): string | null {
  const a = document.activeElement;
  if (!a || a.id !== 'profile-title')
    return `focus is on <${a?.tagName.toLowerCase()} id="${a?.id ?? ''}">, not the profile heading`;
  const r = a.getBoundingClientRect();
  const hb = document.querySelector('.app-header')!.getBoundingClientRect().bottom;
  if (r.top < hb - 0.5 || r.bottom > innerHeight)
    return `profile heading at ${Math.round(r.top)}–${Math.round(r.bottom)} px is hidden (header ends ${Math.round(hb)}, window ${innerHeight})`;
  return null;
}

/** Visible text that looks like an internal id: "reko-diq.first-production", "price.copper…", "rho", a field path. */
function internalIds(): string[] {
  const text = document.body.innerText;
  const patterns = [
    /\b[a-z0-9]+(?:-[a-z0-9]+)+\.[a-z0-9]+(?:-[a-z0-9]+)+\b/g,
    /\bprice\.[a-z]/g,
    /\brho\b/g,
    // A scenario field path ("timing.productionStartsIn").
    /\b[a-z]+\.[a-z]+[A-Z][A-Za-z]*\b/g,
  ];
  return patterns.flatMap((p) => text.match(p) ?? []);
}

async function show(page: Page, c: ViewCase): Promise<void> {
  // Leave the route first, so the same hash re-mounts its view (and a profile opens as from an address).
  await page.evaluate(() => (location.hash = '#/overview'));
  await waitForView(page, 'overview');
  await page.evaluate((h) => (location.hash = h), c.hash);
  await waitForView(page, c.view);
  await c.ready?.(page);
  await page.evaluate(() => document.fonts.ready);
}

describe('visual matrix', () => {
  it('every view, both languages and themes, 960×700, 1024×700 and 1920×1080: text never collides, the header holds, profiles open in view, timeline text ≥ 12 px, no internal ids', async () => {
    mkdirSync(OUT, { recursive: true });
    const app = await launchApp({ route: '#/overview', viewport: SIZES[0] });
    const problems: string[] = [];
    const counts = {
      states: 0,
      charts: 0,
      headerItems: 0,
      profileChecks: 0,
      timelineChecks: 0,
      screenshots: 0,
      idChecks: 0,
    };
    try {
      const { page } = app;
      await waitForView(page, 'overview');
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const lang of LANGS) {
          await page.getByTestId('language-select').selectOption(lang);
          await page.waitForSelector(`html[lang="${lang}"]`, { state: 'attached' });
          for (const theme of THEMES) {
            await page.evaluate((th) => (document.documentElement.dataset.theme = th), theme);
            for (const c of CASES) {
              await show(page, c);
              const where = `${c.name} ${lang} ${theme} ${size.width}×${size.height}`;
              counts.states++;
              counts.charts += await page.locator('figure.chart-card').count();
              counts.headerItems += await page.locator('.app-header a, .app-header button, .app-header select').count();
              for (const o of await page.evaluate(findTextOverlaps)) problems.push(`${where}: ${o}`);
              for (const o of await page.evaluate(headerEscapes)) problems.push(`${where}: ${o}`);
              for (const o of await page.evaluate(wrappedLabels)) problems.push(`${where}: ${o}`);
              if (c.name === 'roadmap') {
                counts.timelineChecks++;
                for (const o of await page.evaluate(smallTimelineText)) problems.push(`${where}: ${o}`);
              }
              if (c.name === 'profile') {
                counts.profileChecks++;
                const f = await page.evaluate(profileFocus);
                if (f) problems.push(`${where}: ${f}`);
              }
              if (theme === 'light') {
                counts.idChecks++;
                for (const id of await page.evaluate(internalIds))
                  problems.push(`${where}: internal id shown: "${id}"`);
              }
              await page.screenshot({ path: path.join(OUT, `${c.name}-${lang}-${theme}-${size.width}.png`) });
              counts.screenshots++;
            }
          }
        }
      }
    } finally {
      await app.close();
    }
    console.log(
      `visual matrix: ${counts.states} states, ${counts.charts} charts, ${counts.headerItems} header items, ${counts.profileChecks} profile focus checks, ${counts.timelineChecks} timeline text checks, ${counts.idChecks} id checks, ${counts.screenshots} screenshots; ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
  }, 900_000);
});

// Slides designed for the stage, judged per slide in English and Urdu, on the dark and the light stage at
// 1920×1080: the smallest visible text (body ≥ 24 px, source lines ≥ 14 px, printed), axe with 0 serious or
// critical findings, and the roadmap's phase colours against the slide background (≥ 3:1 graphics, ≥ 4.5:1
// text), no text cut off (the footer's edition line, a chart's axis labels), no number split from its unit across lines
// and no place name on the map slide lying on a marker or another name. Every slide is also
// screenshotted at 1920×1080 and 1366×768 in both languages for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { ARTIFACTS, launchApp } from './harness';

const OUT = path.join(ARTIFACTS, 'stage');
const MIN_BODY = 24;
const MIN_SOURCE = 14;

interface TextSizes {
  body: { px: number; text: string };
  source: { px: number; text: string };
  rtlNumbersIsolated: boolean;
}

/** Smallest rendered text per kind on the slide, in 1920×1080 canvas pixels (rendered px ÷ the stage zoom). */
function smallestText(page: Page): Promise<TextSizes> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-testid="slide"]')!;
    const stageZoom = Number(getComputedStyle(slide).zoom) || 1;
    const zoomOf = (el: Element) => {
      let z = 1;
      for (let e: Element | null = el; e; e = e.parentElement) z *= Number(getComputedStyle(e).zoom) || 1;
      return z;
    };
    const best = { body: { px: Infinity, text: '' }, source: { px: Infinity, text: '' } };
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('.sr-only, [aria-hidden="true"] .sr-only')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
      const fs = parseFloat(cs.fontSize);
      const svgText = el instanceof SVGElement ? (el as unknown as SVGGraphicsElement) : null;
      const rendered = svgText?.getScreenCTM ? fs * Math.abs(svgText.getScreenCTM()!.a) : fs * zoomOf(el);
      const px = Math.round((rendered / stageZoom) * 10) / 10;
      const kind = el.closest('[data-source-line]') ? 'source' : 'body';
      if (px < best[kind].px) best[kind] = { px, text: text.slice(0, 60) };
    }
    // In right-to-left slides every figure value sits in an isolated left-to-right run.
    const rtl = document.documentElement.dir === 'rtl';
    const values = [...slide.querySelectorAll('.stage-figure-value, .own-key-share')];
    const rtlNumbersIsolated =
      !rtl ||
      values.every(
        (v) => /\d/.test(v.textContent ?? '') === false || v.querySelector('bdi') !== null || v.closest('bdi') !== null,
      );
    return { ...best, rtlNumbersIsolated };
  });
}

/**
 * Text on the slide cut off by the canvas or by a box that hides its overflow (a footer line, a chart's axis
 * labels): each such text with how much of it shows. Text out of sight is text the hall cannot read.
 */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-testid="slide"]')!;
    const out: string[] = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('.sr-only, [inert]')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      for (let e: HTMLElement | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (e === slide || cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          const b = e.getBoundingClientRect();
          const shownX = (Math.min(r.right, b.right) - Math.max(r.left, b.left)) / r.width;
          const shownY = (Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top)) / r.height;
          if (shownX < 0.95 || shownY < 0.8) {
            out.push(`"${text.slice(0, 50)}" (${Math.max(0, Math.round(Math.min(shownX, shownY) * 100))}% shown)`);
            break;
          }
        }
        if (e === slide) break;
      }
    }
    return out;
  });
}

/** Numbers with their units ("USD 5.6–6 bn") that the slide breaks across lines: each with its line count. */
function splitNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="slide"] .num-run')].flatMap((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      return lines.size > 1 ? [`"${el.textContent}" on ${lines.size} lines`] : [];
    }),
  );
}

/** Place names on the map slide that lie on a deposit marker or on another place name. */
function mapLabelClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = (sel: string) =>
      [...document.querySelectorAll(`[data-testid="slide"] ${sel}`)].map((e) => ({
        text: e.textContent ?? 'marker',
        r: e.getBoundingClientRect(),
      }));
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const labels = boxes('.map-label');
    const marks = boxes('.mk-shape');
    return labels.flatMap((l, i) => [
      ...labels.slice(i + 1).flatMap((o) => (hit(l.r, o.r) ? [`"${l.text}" on "${o.text}"`] : [])),
      ...(marks.some((m) => hit(l.r, m.r)) ? [`"${l.text}" on a marker`] : []),
    ]);
  });
}

type Rgb = [number, number, number];
/** The roadmap's phase colours against the slide background: [kind, colour, ratio]. */
function roadmapContrast(page: Page): Promise<{ kind: 'graphic' | 'text'; colour: string; ratio: number }[]> {
  return page.evaluate(() => {
    const parse = (c: string): Rgb => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as Rgb;
    const lum = ([r, g, b]: Rgb) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: Rgb, b: Rgb) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return Math.round(((x! + 0.05) / (y! + 0.05)) * 100) / 100;
    };
    const slide = document.querySelector<HTMLElement>('[data-testid="slide"]')!;
    const bg = parse(getComputedStyle(slide).backgroundColor);
    const out: { kind: 'graphic' | 'text'; colour: string; ratio: number }[] = [];
    for (const el of slide.querySelectorAll('.phase-colour-graphic')) {
      const cs = getComputedStyle(el);
      const c = cs.backgroundColor !== 'rgba(0, 0, 0, 0)' ? cs.backgroundColor : cs.borderTopColor;
      out.push({ kind: 'graphic', colour: c, ratio: ratio(parse(c), bg) });
    }
    for (const el of slide.querySelectorAll('.phase-colour-text')) {
      const c = getComputedStyle(el).color;
      out.push({ kind: 'text', colour: c, ratio: ratio(parse(c), bg) });
    }
    return out;
  });
}

async function openSlide(page: Page, query: string, i: number) {
  await page.evaluate((h) => (location.hash = h), `#/present?${query}&slide=${i}`);
  await page.waitForSelector(`[data-testid="presentation"][data-slide-index="${i}"][data-slide-ready="true"]`);
}

async function launchIn(lang: 'en' | 'ur', viewport: { width: number; height: number }) {
  const app = await launchApp({ route: '#/present', viewport });
  if (lang === 'ur') {
    await app.invoke('settings:update', { language: 'ur' });
    await app.page.reload();
    await app.page.waitForSelector('html[data-app-ready="true"][lang="ur"]', { state: 'attached' });
  }
  return app;
}

describe('slides on the stage', () => {
  for (const lang of ['en', 'ur'] as const) {
    it(
      `${lang}: every slide, dark and light, at 1920×1080: text sizes, axe, roadmap contrast`,
      { timeout: 240_000 },
      async () => {
        mkdirSync(OUT, { recursive: true });
        const app = await launchIn(lang, { width: 1920, height: 1080 });
        const lines: string[] = [];
        const failures: string[] = [];
        try {
          const { page } = app;
          await page.waitForSelector('[data-testid="present-count"]');
          const total = Number((await page.getByTestId('present-count').innerText()).match(/\d+/g)!.at(-1));
          expect(total).toBe(8);
          for (const theme of ['dark', 'light'] as const) {
            for (let i = 0; i < total; i++) {
              await openSlide(page, `theme=${theme}`, i);
              const id = (await page.getAttribute('[data-testid="presentation"]', 'data-slide'))!;
              expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ur' ? 'rtl' : 'ltr');
              await page.screenshot({ path: path.join(OUT, `${lang}-${theme}-1920-${i + 1}-${id}.png`) });
              const sizes = await smallestText(page);
              const axe = await seriousViolations(page);
              const sources = await page.getByTestId('slide-sources').innerText();
              let line = `${lang} ${theme} ${id}: body ≥ ${sizes.body.px} px ("${sizes.body.text}"), source ≥ ${sizes.source.px} px, axe ${axe.length}`;
              if (sizes.body.px < MIN_BODY)
                failures.push(`${lang} ${theme} ${id}: body text ${sizes.body.px} px "${sizes.body.text}"`);
              if (sizes.source.px < MIN_SOURCE)
                failures.push(`${lang} ${theme} ${id}: source line ${sizes.source.px} px "${sizes.source.text}"`);
              if (axe.length) failures.push(`${lang} ${theme} ${id}: ${axe.join('; ')}`);
              if (!sizes.rtlNumbersIsolated)
                failures.push(`${lang} ${theme} ${id}: a figure value is not in an isolated run`);
              if (!/\S/.test(sources)) failures.push(`${lang} ${theme} ${id}: no sources in the footer`);
              for (const c of await clippedText(page)) failures.push(`${lang} ${theme} ${id}: text cut off: ${c}`);
              for (const c of await splitNumbers(page)) failures.push(`${lang} ${theme} ${id}: number split: ${c}`);
              if (id === 'map')
                for (const c of await mapLabelClashes(page)) failures.push(`${lang} ${theme} map: place name ${c}`);
              if (id === 'scenario') {
                // Axis ticks written exactly and briefly by the shared tick formatter: "6k", "150k", never "6.000k".
                const ticks = await page
                  .locator('[data-testid="slide"] .recharts-cartesian-axis-tick-value')
                  .allTextContents();
                line += `; ticks ${ticks.join(' ')}`;
                expect(ticks.length).toBeGreaterThan(10);
                for (const tick of ticks)
                  if (!/^(\u2212?\d{1,3}(\.\d*[1-9])?[kM]?|\d{4})$/.test(tick.replace(/[\u2066-\u2069]/g, '').trim()))
                    failures.push(`${lang} ${theme} scenario: axis tick "${tick}"`);
              }
              if (id === 'roadmap') {
                const contrast = await roadmapContrast(page);
                expect(contrast.filter((c) => c.kind === 'graphic').length).toBeGreaterThanOrEqual(3);
                line += `; roadmap contrast ${contrast.map((c) => `${c.kind} ${c.ratio}:1`).join(', ')}`;
                for (const c of contrast)
                  if (c.ratio < (c.kind === 'text' ? 4.5 : 3))
                    failures.push(`${lang} ${theme} roadmap ${c.kind} ${c.colour} at ${c.ratio}:1`);
              }
              lines.push(line);
            }
          }
        } finally {
          console.log(lines.join('\n'));
          await app.close();
        }
        expect(failures).toEqual([]);
      },
    );

    it(
      `${lang}: every slide at 1366×768, scaled from the same layout (screenshots)`,
      { timeout: 120_000 },
      async () => {
        const app = await launchIn(lang, { width: 1366, height: 768 });
        try {
          const { page } = app;
          await page.waitForSelector('[data-testid="present-count"]');
          const zoom = Number(await page.locator('[data-testid="slide"]').evaluate((el) => getComputedStyle(el).zoom));
          expect(zoom).toBeCloseTo(1366 / 1920, 2);
          for (let i = 0; i < 8; i++) {
            await openSlide(page, 'theme=dark', i);
            const id = await page.getAttribute('[data-testid="presentation"]', 'data-slide');
            const overflow = await page
              .locator('[data-testid="slide"]')
              .evaluate((el) => el.scrollHeight > el.clientHeight + 1);
            expect(overflow, `${id} fits its canvas`).toBe(false);
            expect(await clippedText(page), `${id}: no text cut off at 1366×768`).toEqual([]);
            await page.screenshot({ path: path.join(OUT, `${lang}-dark-1366-${i + 1}-${id}.png`) });
          }
        } finally {
          await app.close();
        }
      },
    );
  }
});

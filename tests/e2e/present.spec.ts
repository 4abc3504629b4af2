// Presentation mode on stage: opens full screen, moves forward and back by key, jumps to a deposit, shows its
// sources on every slide, and Esc leaves it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, launchApp, waitForView } from './harness';

describe('presentation mode', () => {
  it('opens, navigates forward and back by key, jumps to a deposit, and exits with Esc', async () => {
    const app = await launchApp();
    try {
      const { page } = app;
      await waitForView(page, 'overview');
      await page.getByTestId('present-open').click();
      const deck = page.getByTestId('presentation');
      await deck.waitFor();
      expect(app.fullscreenCalls).toEqual([true]);
      expect(await page.getByTestId('present-count').innerText()).toBe('1 / 8');

      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('[data-testid="presentation"][data-slide="figures"]');
      expect(await deck.innerText()).toContain('USD 8 tn');
      expect(await page.getByTestId('slide-sources').innerText()).toMatch(/Sources:.*Business Recorder/s);
      await page.keyboard.press('PageDown');
      await page.waitForSelector('[data-slide="consignment"]');
      await page.keyboard.press('ArrowLeft');
      await page.waitForSelector('[data-slide="figures"]');
      await page.keyboard.press('PageUp');
      await page.waitForSelector('[data-slide="title"]');
      await page.keyboard.press('End');
      await page.waitForSelector('[data-slide="scenario"]');
      expect(await deck.innerText()).toMatch(/NPV/);

      // The presenter jumps straight to a deposit.
      await page.getByTestId('present-jump').click();
      await page.getByTestId('present-deposit').selectOption('saindak');
      await page.waitForSelector('[data-slide="deposit"]');
      expect(await page.locator('.slide-title').innerText()).toBe('Saindak');
      expect(await page.getByTestId('slide-sources').innerText()).toContain('Sources:');
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('[data-slide="figures"]');
      await page.screenshot({ path: path.join(ARTIFACTS, 'presentation-slide.png') });

      await page.keyboard.press('Escape');
      await waitForView(page, 'overview');
      expect(await page.getByTestId('presentation').count()).toBe(0);
      expect(app.fullscreenCalls).toEqual([true, false]);
    } finally {
      await app.close();
    }
  });
});

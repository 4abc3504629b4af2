// Urdu alongside English: the switch turns the whole layout right-to-left, shows Urdu labels with bundled
// fonts, and the choice survives a relaunch.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, launchApp, waitForView } from './harness';

describe('languages', () => {
  it('switches to Urdu right-to-left, and the choice persists across relaunch', async () => {
    const workspaceDir = mkdtempSync(path.join(tmpdir(), 'pmb-ws-'));
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'pmb-ud-'));
    let app = await launchApp({ workspaceDir, userDataDir });
    try {
      await waitForView(app.page, 'overview');
      expect(await app.page.getAttribute('html', 'dir')).toBe('ltr');
      await app.page.getByTestId('language-select').selectOption('ur');
      await app.page.waitForSelector('html[dir="rtl"][lang="ur"]', { state: 'attached' });
      expect(await app.page.getByTestId('nav-deposits').innerText()).toBe('ذخائر');
      expect(await app.page.locator('#overview-title').innerText()).toContain('پاکستان');
      // The Urdu fonts are the bundled ones, loaded from the app itself.
      await app.page.evaluate(() => document.fonts.ready);
      const fonts = await app.page.evaluate(() =>
        [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
      );
      expect(fonts).toEqual(expect.arrayContaining(['Noto Naskh Arabic', 'Noto Nastaliq Urdu']));
      await app.page.screenshot({ path: path.join(ARTIFACTS, 'overview-urdu.png'), fullPage: false });
    } finally {
      await app.close();
    }
    app = await launchApp({ workspaceDir, userDataDir });
    try {
      await app.page.waitForSelector('html[dir="rtl"]', { state: 'attached' });
      expect(await app.page.getByTestId('nav-overview').innerText()).toBe('جائزہ');
      expect(await app.page.getByTestId('language-select').inputValue()).toBe('ur');
    } finally {
      await app.close();
    }
  });
});

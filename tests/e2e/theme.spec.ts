// Light and dark themes: the app follows the OS by default, and a choice in the header overrides it and
// persists. Checked on the real computed colours, since a theme that does not apply is invisible in the DOM.
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { ARTIFACTS, launchApp, waitForView } from './harness';

const bodyBackground = (page: import('playwright-core').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('themes', () => {
  it('follows the OS, switches on request, persists, and passes axe colour contrast in dark', async () => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'pmb-ud-'));
    let app = await launchApp({ colorScheme: 'dark', userDataDir });
    try {
      await waitForView(app.page, 'overview');
      expect(await bodyBackground(app.page)).toBe('rgb(15, 23, 34)');
      expect(await seriousViolations(app.page)).toEqual([]);
      await app.page.screenshot({ path: path.join(ARTIFACTS, 'overview-dark.png') });
      await app.page.getByTestId('settings-open').click();
      await app.page.getByTestId('theme-select').selectOption('light');
      await expect.poll(() => bodyBackground(app.page)).toBe('rgb(244, 246, 248)');
    } finally {
      await app.close();
    }
    app = await launchApp({ colorScheme: 'dark', userDataDir });
    try {
      await waitForView(app.page, 'overview');
      expect(await bodyBackground(app.page)).toBe('rgb(244, 246, 248)');
    } finally {
      await app.close();
    }
  });
});

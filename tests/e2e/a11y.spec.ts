// axe-core on every view (presentation mode included), in English and in Urdu, and in the dark theme: no
// serious or critical violation, contrast included.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { launchApp, waitForView } from './harness';

const VIEWS = ['overview', 'deposits', 'roadmap', 'scenarios', 'risks', 'briefing', 'present'] as const;

describe.each([
  ['en', 'light'],
  ['ur', 'light'],
  ['en', 'dark'],
] as const)('accessibility (%s, %s theme)', (language, colorScheme) => {
  it.each(VIEWS)(`%s has no serious or critical axe violations`, async (view) => {
    const app = await launchApp({ colorScheme });
    try {
      if (language === 'ur') {
        await app.page.getByTestId('language-select').selectOption('ur');
        await app.page.waitForSelector('html[dir="rtl"]', { state: 'attached' });
      }
      await app.page.evaluate((v) => (location.hash = `#/${v}`), view);
      await waitForView(app.page, view);
      expect(await seriousViolations(app.page)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

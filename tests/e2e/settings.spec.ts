// The settings panel: the workspace folder can be switched (and main remembers the choice), and rupee
// amounts can read in lakh and crore.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchApp, waitForView } from './harness';

describe('settings', () => {
  it('switches the workspace folder and remembers it', async () => {
    const app = await launchApp();
    try {
      await waitForView(app.page, 'overview');
      await app.page.getByTestId('settings-open').click();
      expect(await app.page.getByTestId('workspace-path').innerText()).toBe(app.workspaceDir);
      const other = mkdtempSync(path.join(tmpdir(), 'pmb-other-ws-'));
      app.dialogs.folderAnswers.push(other);
      await app.page.getByTestId('workspace-choose').click();
      // Switching opens the folder and waits for its watcher's first scan, which takes a moment on a busy machine.
      await expect.poll(() => app.page.getByTestId('workspace-path').innerText(), { timeout: 10_000 }).toBe(other);
      for (const dir of ['scenarios', 'briefings', 'data', 'state'])
        expect(existsSync(path.join(other, dir))).toBe(true);
      expect(JSON.parse(readFileSync(path.join(app.userDataDir, 'settings.json'), 'utf8')).workspaceDir).toBe(other);
    } finally {
      await app.close();
    }
  });

  it('shows rupee amounts in lakh and crore on request', async () => {
    const app = await launchApp({ route: '#/deposits/saindak' });
    try {
      await waitForView(app.page, 'deposits');
      const royalty = app.page.getByTestId('figure-saindak.royalty-paid');
      await royalty.waitFor();
      expect(await royalty.locator('.figure-value').innerText()).toBe('PKR 13.1 bn');
      await app.page.getByTestId('settings-open').click();
      await app.page.getByTestId('pkr-select').selectOption('lakh-crore');
      await expect.poll(() => royalty.locator('.figure-value').innerText()).toBe('PKR 1,312.5 crore');
    } finally {
      await app.close();
    }
  });
});

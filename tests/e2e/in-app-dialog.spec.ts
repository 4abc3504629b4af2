// The Chromium host has no system dialogs: its in-app folder browser (served by main, starting in the
// workspace, operable by keyboard) is used to export a PDF and to switch the workspace folder.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchApp, waitForView, type LaunchedApp } from './harness';
import { pdfInfo } from './pdf-tools';

describe('in-app file dialog (Chromium host)', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp({ route: '#/briefing', inAppDialog: true });
    await waitForView(app.page, 'briefing');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('exports a PDF: the dialog starts in the workspace briefings folder and is driven by keyboard', async () => {
    const { page } = app;
    mkdirSync(path.join(app.workspaceDir, 'briefings', 'forum-2026'), { recursive: true });
    await page.getByTestId('export-pdf').click();
    const dialog = page.getByTestId('file-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('data-mode')).toBe('save');
    await expect
      .poll(() => page.getByTestId('file-dialog-path').innerText())
      .toBe(path.join(app.workspaceDir, 'briefings'));
    expect(await page.getByTestId('file-dialog-name').inputValue()).toMatch(/\.pdf$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'in-app-dialog-save.png') });
    // ↓ to the sub-folder, Enter opens it, Backspace goes back up, Enter again: it is the target.
    await page.getByTestId('file-dialog-list').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('file-dialog-path').innerText())
      .toBe(path.join(app.workspaceDir, 'briefings', 'forum-2026'));
    await page.keyboard.press('Backspace');
    await expect
      .poll(() => page.getByTestId('file-dialog-path').innerText())
      .toBe(path.join(app.workspaceDir, 'briefings'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('file-dialog-path').innerText())
      .toBe(path.join(app.workspaceDir, 'briefings', 'forum-2026'));
    await page.getByTestId('file-dialog-name').fill('forum pack');
    await page.keyboard.press('Enter');
    const outcome = await page.waitForSelector('[data-testid="export-done"], [data-testid="export-error"]', {
      timeout: 90_000,
    });
    expect(await outcome.getAttribute('data-testid'), await outcome.innerText()).toBe('export-done');
    const file = path.join(app.workspaceDir, 'briefings', 'forum-2026', 'forum pack.pdf');
    expect(await page.getByTestId('export-path').innerText()).toBe(file);
    expect(Number(pdfInfo(file).Pages)).toBeGreaterThan(5);
  });

  it('Escape cancels: nothing is written', async () => {
    const { page } = app;
    await page.getByTestId('export-pdf').click();
    await page.getByTestId('file-dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('file-dialog').count()).toBe(0);
    await expect.poll(() => page.getByTestId('export-panel').count()).toBe(0);
  });

  it('switches the workspace folder through the dialog (Documents place, then Choose this folder)', async () => {
    const { page } = app;
    const team = path.join(app.userDataDir, 'Documents', 'Team workspace');
    mkdirSync(team, { recursive: true });
    await page.getByTestId('settings-open').click();
    await page.getByTestId('workspace-choose').click();
    const dialog = page.getByTestId('file-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('data-mode')).toBe('folder');
    await expect.poll(() => page.getByTestId('file-dialog-path').innerText()).toBe(app.workspaceDir);
    await page.getByTestId('file-dialog-place-documents').click();
    await page.locator('[data-testid="file-dialog-entry"][data-name="Team workspace"]').dblclick();
    await expect.poll(() => page.getByTestId('file-dialog-path').innerText()).toBe(team);
    await page.mouse.click(8, 450); // the backdrop, over the page
    await page.screenshot({ path: path.join(ARTIFACTS, 'in-app-dialog-folder.png') });
    await page.getByTestId('file-dialog-choose').click();
    await expect.poll(() => page.getByTestId('file-dialog').count(), { timeout: 15_000 }).toBe(0);
    // Working in the dialog (and clicking its backdrop) left the settings panel behind it open.
    expect(await page.getByTestId('settings-panel').count()).toBe(1);
    await expect.poll(() => page.getByTestId('workspace-path').innerText(), { timeout: 15_000 }).toBe(team);
    expect(existsSync(path.join(team, 'scenarios'))).toBe(true);
  });
});

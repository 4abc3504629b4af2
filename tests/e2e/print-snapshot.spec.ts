// A PDF is the state at the moment Export was pressed: an edit made while the export is under way (here, a
// roadmap change saved while the save dialog is still open) must not reach the file. And a print page is
// only a print page: it asks main for its job and reports on it, and runs none of the app's start-up work.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRoadmapState } from '../../shared/roadmap/defaults';
import { launchApp, waitForView, type LaunchedApp } from './harness';
import { pdfText } from './pdf-tools';

describe('print job snapshot', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp({ route: '#/briefing' });
    await waitForView(app.page, 'briefing');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('prints the roadmap as it was when Export was pressed, not as edited while the export ran', async () => {
    const { page } = app;
    // Only the cover and the roadmap, so the print is quick.
    const items = page.getByTestId('section-item');
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      const type = await item.getAttribute('data-type');
      const box = item.getByTestId('section-enabled');
      if (type !== 'cover' && type !== 'roadmap' && (await box.isChecked())) await box.uncheck();
    }
    const datesInPreview = () => page.getByTestId('live-preview').getByTestId('phase-dates-demonstration').innerText();
    const asPressed = await datesInPreview();

    let release = () => undefined as void;
    app.dialogs.saveGate = new Promise<void>((r) => (release = r));
    app.dialogs.saveAnswers.push(path.join(app.workspaceDir, 'briefings', 'as-pressed.pdf'));
    await page.getByTestId('export-pdf').click();
    await expect.poll(() => app.dialogs.savesShown.length).toBe(1);

    // While the user is still in the save dialog, the roadmap is edited (saved to the workspace, as the
    // Roadmap view's autosave does): the demonstration phase is shortened by a year.
    const edited = defaultRoadmapState();
    edited.phases[0]!.durationYears -= 1;
    edited.phases[1]!.startOffsetYears -= 1;
    edited.phases[2]!.startOffsetYears -= 1;
    const write = await app.invoke('workspace:write-file', { kind: 'roadmap', name: 'roadmap.json', content: edited });
    expect(write.ok).toBe(true);
    // The live app follows the edit (so a print that read live state would print it)…
    await expect.poll(datesInPreview, { timeout: 20_000 }).not.toBe(asPressed);
    const afterEdit = await datesInPreview();
    release();
    app.dialogs.saveGate = undefined;

    const outcome = await page.waitForSelector('[data-testid="export-done"], [data-testid="export-error"]', {
      timeout: 60_000,
    });
    expect(await outcome.getAttribute('data-testid'), await outcome.innerText()).toBe('export-done');
    // …but the PDF shows the roadmap as it was when Export was pressed.
    const text = pdfText(path.join(app.workspaceDir, 'briefings', 'as-pressed.pdf')).replace(/\s+/g, ' ');
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(text).toContain(squash(asPressed));
    expect(text).not.toContain(squash(afterEdit));
  });

  it("print pages only fetch their job and report on it: none of the app's start-up requests", async () => {
    const fromPrintPages = (app.invocations ?? []).filter((i) => i.senderUrl?.includes('#/print'));
    expect(fromPrintPages.length).toBeGreaterThan(0);
    // The one boot request every window makes is the data edition (set before any module reads the dataset;
    // the job's editionKey is checked against it). No settings, workspace or data-pack requests.
    expect([...new Set(fromPrintPages.map((i) => i.channel))].sort()).toEqual([
      'edition:get-active',
      'print:get-job',
      'print:report',
    ]);
    // The app window itself did its start-up work (so the filter above is not vacuous).
    const fromApp = new Set(
      (app.invocations ?? []).filter((i) => !i.senderUrl?.includes('#/print')).map((i) => i.channel),
    );
    expect(fromApp).toContain('workspace:get-info');
  });
});

// Why: the layout test and the briefing benchmark export the same briefings the way a user does: the builder's
// Export button (its snapshot, main's pipeline, the print surface), or a saved spec's one-click re-export. The
// maximal briefing (every section, all deposits of the 5,000-deposit benchmark pack, four scenarios and their
// comparison, every cited source) is defined once, here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticPack } from '../../bench/deposits';
import type { BriefingSpecInput } from '../../shared/briefing/spec';
import { launchApp, waitForView, type LaunchedApp } from './harness';

export const FOUR_SCENARIOS = [
  'preset:reko-diq',
  'preset:reko-diq-review-2026',
  'preset:ussm-export-programme',
  'preset:saindak',
];

/** Every section type, the whole pack in the deposits table and on the map, four scenarios compared. */
export function maximalSpec(language: 'en' | 'ur'): BriefingSpecInput {
  return {
    schemaVersion: 2,
    kind: 'briefing',
    title: language === 'ur' ? 'پاکستان کی اہم معدنیات: مکمل بریفنگ' : 'Pakistan Critical Minerals: Complete Briefing',
    subtitle: 'Every section, the 5,000-deposit benchmark pack and four scenarios',
    audience: 'Pakistan Minerals Investment Forum',
    date: '2026-03-20',
    preparedBy: 'Investment Desk',
    classification: 'Confidential',
    language,
    sections: [
      { type: 'cover' },
      { type: 'summary' },
      { type: 'deposits', filter: '' },
      // Reko Diq has the financing table; a synthetic deposit is a data-pack profile.
      { type: 'profiles', depositIds: ['reko-diq', 'chiniot-rajoa', 'synthetic-0001'] },
      { type: 'roadmap' },
      { type: 'risks' },
      ...FOUR_SCENARIOS.map((source) => ({ type: 'scenario' as const, source })),
      { type: 'comparison', sources: FOUR_SCENARIOS },
      { type: 'sources' },
    ],
  };
}

export const maximalFileName = (language: 'en' | 'ur') => `maximal-${language}.json`;

/** Puts the 5,000-deposit benchmark pack and both maximal specs into a workspace folder. */
export function writeMaximalWorkspace(workspaceDir: string): void {
  mkdirSync(path.join(workspaceDir, 'data'), { recursive: true });
  mkdirSync(path.join(workspaceDir, 'briefings'), { recursive: true });
  writeFileSync(path.join(workspaceDir, 'data', 'bench-5000.json'), JSON.stringify(syntheticPack()));
  for (const lang of ['en', 'ur'] as const) {
    writeFileSync(
      path.join(workspaceDir, 'briefings', maximalFileName(lang)),
      JSON.stringify(maximalSpec(lang), null, 2),
    );
  }
}

/**
 * The app in the Briefing view of a workspace holding the big pack and the maximal specs. The pack is dropped
 * into the running app's workspace (it watches the folder), as a user copies one in: the app starts as fast
 * as ever and loads the pack live. `close` also removes the workspace.
 */
export async function openMaximalWorkspace(): Promise<{ app: LaunchedApp; close(): Promise<void> }> {
  const workspaceDir = mkdtempSync(path.join(tmpdir(), 'pmb-maximal-'));
  const app = await launchApp({ workspaceDir, route: '#/deposits' });
  const close = async () => {
    try {
      await app.close();
    } finally {
      rmSync(workspaceDir, { recursive: true, force: true });
    }
  };
  try {
    await waitForView(app.page, 'deposits');
    writeMaximalWorkspace(workspaceDir);
    const loaded = () =>
      /of 5,0\d\d deposits/.test(document.querySelector('[data-testid="deposits-count"]')?.textContent ?? '');
    await app.page.waitForFunction(loaded, null, { timeout: 120_000, polling: 500 });
    await app.page.evaluate(() => (location.hash = '#/briefing'));
    // The builder's live preview lays out the default briefing with every deposit of the pack: give it time,
    // and poll with the page's own querySelector (Playwright's selector engine walks the whole large DOM on
    // every mutation, which costs more than the app's own rendering).
    await app.page.waitForFunction(() => document.querySelector('[data-view-ready="briefing"]') !== null, null, {
      timeout: 180_000,
      polling: 500,
    });
    return { app, close };
  } catch (err) {
    await close();
    throw err;
  }
}

export interface ExportOutcome {
  path: string;
  ms: number;
}

/** Waits for this export to run and end, then reads its result panel (done, error or cancelled). */
async function outcome(page: Page, started: number, timeout: number): Promise<ExportOutcome> {
  const poll = { timeout, polling: 250 };
  // A page busy laying out a big preview may take a while to start the export, as well as to finish it.
  await page.waitForFunction(() => document.querySelector('.export-panel.export-running') !== null, null, poll);
  await page.waitForFunction(() => document.querySelector('.export-panel.export-running') === null, null, poll);
  const ms = Date.now() - started;
  const failed = await page.evaluate(
    () =>
      document.querySelector<HTMLElement>('[data-testid="export-error"], [data-testid="export-cancelled"]')
        ?.innerText ?? null,
  );
  if (failed !== null) throw new Error(`The export did not finish: ${failed}`);
  const path = await page.evaluate(
    () => document.querySelector<HTMLElement>('[data-testid="export-path"]')?.innerText ?? null,
  );
  if (!path) throw new Error('The export ended without a result panel.');
  return { path, ms };
}

/** Presses Export in the builder (the briefing as edited); the test dialogs accept the default file name. */
export async function exportCurrent(page: Page, timeout = 60_000): Promise<ExportOutcome> {
  const started = Date.now();
  await page.getByTestId('export-pdf').click();
  return outcome(page, started, timeout);
}

/** One-click re-export of a saved spec from the builder's list. */
export async function exportSaved(page: Page, name: string, timeout = 120_000): Promise<ExportOutcome> {
  const item = `[data-testid="saved-briefing"][data-name="${name}"] [data-testid="re-export"]`;
  // The saved list comes in beside a live preview that may still be laying out a big pack.
  await page.waitForFunction((sel) => document.querySelector(sel) !== null, item, { timeout, polling: 250 });
  const started = Date.now();
  await page.evaluate((sel) => (document.querySelector(sel) as HTMLButtonElement).click(), item);
  return outcome(page, started, timeout);
}

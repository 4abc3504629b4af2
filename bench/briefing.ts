// Why: exporting a full briefing must feel immediate at a forum (budget: 3 s), the pipeline around Chromium's
// print (snapshot, save dialog, job, readiness, metadata, crash-safe write) must cost little next to printing
// itself (budget: at most 1.5× the print engine's own share), and the file must stay mailable (≤ 5 MB). The
// maximal briefing (every section, all 5,016 deposits of the benchmark pack, four scenarios) must still export
// in reasonable time (budget: 60 s) into a file that can be sent (≤ 15 MB); its page count is reported.
//
// Method. The production build runs in the Chromium harness with the real handler table. Each briefing is a
// saved spec in the workspace, exported with the builder's one-click re-export, as a user does (the builder
// takes the snapshot, main runs the print loop). The full briefing is exported once to warm caches, then five
// times; the figure is the median wall-clock time from the click to the result panel. "Engine" is, within
// each export, the print surface's share (from main's `loading` to `finishing` progress events, emitted right
// before and after the engine call), so both figures come from the same run on the same machine load. The
// maximal briefing is exported once, in its own app whose workspace receives the 5,000-deposit pack.
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { BriefingSpecInput } from '../shared/briefing/spec';
import { exportSaved, maximalFileName, openMaximalWorkspace } from '../tests/e2e/briefing-export';
import setup from '../tests/e2e/global-setup';
import { launchApp } from '../tests/e2e/harness';
import { pdfInfo } from '../tests/e2e/pdf-tools';
import type { BenchResult } from './types';

const RUNS = 5;

export const FULL_SPEC: BriefingSpecInput = {
  schemaVersion: 2,
  kind: 'briefing',
  title: 'Pakistan Critical Minerals: Investor Briefing',
  subtitle: 'Benchmark pack',
  audience: 'Pakistan Minerals Investment Forum',
  date: '2026-03-20',
  preparedBy: 'Benchmark',
  classification: 'Confidential',
  sections: [
    { type: 'cover' },
    { type: 'summary' },
    { type: 'deposits', filter: '' },
    { type: 'profiles', depositIds: ['reko-diq', 'saindak'] },
    { type: 'roadmap' },
    { type: 'risks' },
    { type: 'scenario', source: 'preset:reko-diq' },
    { type: 'scenario', source: 'preset:reko-diq-review-2026' },
    { type: 'comparison', sources: ['preset:reko-diq', 'preset:reko-diq-review-2026'] },
    { type: 'sources' },
  ],
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Records main's progress events in the page, so each export's stages can be read back. */
async function recordStages(page: Page): Promise<() => Promise<Map<string, number>>> {
  await page.evaluate(() => {
    const w = window as unknown as {
      briefing: { on(e: string, l: (p: { stage: string }) => void): void };
      __stages: [string, number][];
    };
    w.__stages = [];
    w.briefing.on('briefing:export-progress', (p) => w.__stages.push([p.stage, performance.now()]));
  });
  return async () =>
    new Map(await page.evaluate(() => (window as unknown as { __stages: [string, number][] }).__stages.splice(0)));
}

export async function benchBriefing(): Promise<BenchResult[]> {
  await setup();
  const results: BenchResult[] = [];
  const app = await launchApp({ route: '#/briefing' });
  try {
    writeFileSync(path.join(app.workspaceDir, 'briefings', 'bench-full.json'), JSON.stringify(FULL_SPEC));
    await app.page.waitForSelector('[data-view-ready="briefing"]');
    const stages = await recordStages(app.page);
    const totals: number[] = [];
    const engines: number[] = [];
    let bytes = 0;
    let pages = 0;
    let cold = Number.NaN;
    for (let i = 0; i <= RUNS; i++) {
      app.dialogs.saveAnswers.push(path.join(app.workspaceDir, 'briefings', `bench-full-${i}.pdf`));
      const { path: pdf, ms } = await exportSaved(app.page, 'bench-full.json');
      const at = await stages();
      if (i === 0) {
        cold = ms; // first export: the print surface is created and the app boots in it
        continue;
      }
      totals.push(ms);
      engines.push((at.get('finishing') ?? Number.NaN) - (at.get('loading') ?? Number.NaN));
      bytes = statSync(pdf).size;
      pages = Number(pdfInfo(pdf).Pages);
    }
    const total = median(totals);
    const engine = median(engines);
    results.push(
      {
        name: `full briefing export, ${pages} pages (median of ${RUNS})`,
        value: total / 1000,
        unit: 's',
        budget: 3,
        lowerIsBetter: true,
        note: `runs: ${totals.map((t) => (t / 1000).toFixed(2)).join(', ')} s; first (cold) export ${(cold / 1000).toFixed(2)} s`,
      },
      {
        name: 'pipeline ÷ print engine share',
        value: total / engine,
        unit: 'x',
        budget: 1.5,
        lowerIsBetter: true,
        note: `engine median ${(engine / 1000).toFixed(2)} s`,
      },
      {
        name: 'full briefing PDF size',
        value: bytes / 1024 / 1024,
        unit: 'MB',
        budget: 5,
        lowerIsBetter: true,
        note: `${(bytes / 1024).toFixed(0)} KB`,
      },
    );
  } finally {
    await app.close();
  }

  const maximal = await openMaximalWorkspace();
  try {
    const exported = await exportSaved(maximal.app.page, maximalFileName('en'), 300_000).catch((err: Error) => err);
    if (exported instanceof Error) {
      // Reported as a blown budget with the reason, so the rest of the benchmark still runs.
      results.push({
        name: 'maximal briefing export (5,016 deposits, 4 scenarios)',
        value: Number.POSITIVE_INFINITY,
        unit: 's',
        budget: 60,
        lowerIsBetter: true,
        note: exported.message,
      });
      return results;
    }
    const { path: pdf, ms } = exported;
    const mb = statSync(pdf).size / 1024 / 1024;
    const pages = Number(pdfInfo(pdf).Pages);
    results.push(
      {
        name: `maximal briefing export (5,016 deposits, 4 scenarios), ${pages} pages`,
        value: ms / 1000,
        unit: 's',
        budget: 60,
        lowerIsBetter: true,
        note: `${pages} pages`,
      },
      {
        name: 'maximal briefing PDF size',
        value: mb,
        unit: 'MB',
        budget: 15,
        lowerIsBetter: true,
        note: `${(mb * 1024).toFixed(0)} KB, ${pages} pages`,
      },
    );
  } finally {
    await maximal.close();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await benchBriefing()) {
    const pass = r.lowerIsBetter ? r.value <= r.budget : r.value >= r.budget;
    console.log(
      `${pass ? 'PASS' : 'FAIL'}  ${r.name.padEnd(56)} ${r.value.toFixed(3).padStart(8)} ${r.unit}  (budget ≤ ${r.budget} ${r.unit})${r.note ? `  ${r.note}` : ''}`,
    );
  }
}

// Why: delegates open the app on stage; the Overview must appear fast. Measures, from the production build
// in the Chromium harness: the JavaScript the Overview actually loads (gzip), and first contentful paint.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchApp, RENDERER_DIR } from '../tests/e2e/harness';
import type { BenchResult } from './types';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export async function benchStartup(runs = 7): Promise<BenchResult[]> {
  const fcps: number[] = [];
  let jsGzipKb = 0;
  let jsFiles = 0;
  for (let i = 0; i < runs; i++) {
    const app = await launchApp({ route: '#/overview' });
    try {
      await app.page.waitForSelector('[data-view-ready="overview"]');
      const fcp = await app.page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      );
      if (i > 0) fcps.push(fcp); // the first launch warms the OS file cache
      if (i === 0) {
        // Initial = what the document itself loads (entry script + its modulepreloads); lazy chunks (views,
        // charts) are fetched after first paint and are not part of the start-up budget.
        const html = readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8');
        const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
        const served = new Set(app.servedAssets.map((u) => new URL(u).pathname.slice(1)));
        const js = initial.filter((f) => served.has(f));
        jsFiles = js.length;
        jsGzipKb = js.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(RENDERER_DIR, f))).length, 0) / 1024;
      }
    } finally {
      await app.close();
    }
  }
  return [
    {
      name: `Overview initial JavaScript, gzip (${jsFiles} files)`,
      value: jsGzipKb,
      unit: 'KB',
      budget: 300,
      lowerIsBetter: true,
    },
    {
      name: `Overview first contentful paint, median of ${fcps.length}`,
      value: median(fcps),
      unit: 'ms',
      budget: 500,
      lowerIsBetter: true,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await (await import('../tests/e2e/global-setup')).default();
  for (const r of await benchStartup()) console.log(r.name, r.value.toFixed(1), r.unit, `(budget ${r.budget})`);
}

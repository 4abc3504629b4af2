// Why: `npm run bench` runs every benchmark, prints each figure against its budget, saves the results,
// and exits non-zero when a budget is blown, so performance claims are measured, not asserted in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Bench, BenchResult } from './types';

const suites: Record<string, () => Promise<Bench>> = {
  engine: async () => (await import('./engine')).benchEngine,
  startup: async () => (await import('./startup')).benchStartup,
  deposits: async () => (await import('./deposits')).benchDeposits,
  'scenario-ui': async () => (await import('./scenario-ui')).benchScenarioUi,
  briefing: async () => (await import('./briefing')).benchBriefing,
  'host-start': async () => (await import('./host-start')).benchHostStart,
};

const only = process.argv.slice(2);
/** Suites that drive the production build in Chromium through the e2e harness (they need its bridge script). */
const BROWSER_SUITES = ['startup', 'deposits', 'scenario-ui', 'briefing'];
// The harness needs a renderer build; an engine-only run (`bench/run.ts engine`) does not.
if (!only.length || only.some((s) => BROWSER_SUITES.includes(s)))
  await (await import('../tests/e2e/global-setup')).default();
const results: (BenchResult & { suite: string; pass: boolean })[] = [];
for (const [suite, load] of Object.entries(suites)) {
  if (only.length && !only.includes(suite)) continue;
  const run = await load();
  for (const r of await run()) {
    const pass = r.lowerIsBetter ? r.value <= r.budget : r.value >= r.budget;
    results.push({ ...r, suite, pass });
    console.log(
      `${pass ? 'PASS' : 'FAIL'}  ${suite.padEnd(9)} ${r.name.padEnd(60)} ${r.value.toFixed(3).padStart(10)} ${r.unit}  (budget ${r.lowerIsBetter ? '≤' : '≥'} ${r.budget} ${r.unit})${r.note ? `  ${r.note}` : ''}`,
    );
  }
}
const out = path.join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
const failed = results.filter((r) => !r.pass).length;
console.log(`${results.length - failed} within budget, ${failed} over budget`);
process.exitCode = failed ? 1 : 0;

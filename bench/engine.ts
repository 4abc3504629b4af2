// Why: the scenario engine promises interactive speed (sliders re-evaluate on every drag, Monte Carlo in a worker)
// and a faster-than-Excel-clone IRR; this measures those promises against their budgets.
import * as formulajs from '@formulajs/formulajs';
import { irr } from '../shared/finance';
import { createScenarioFromPreset, evaluateScenario, runMonteCarlo } from '../shared/scenario';
import type { BenchResult } from './types';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median per-call time (ms) over `batches` batches of `perBatch` calls, after a warm-up. */
function timePerCall(fn: () => void, batches: number, perBatch: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const per: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    per.push((performance.now() - t) / perBatch);
  }
  return median(per);
}

export async function benchEngine(): Promise<BenchResult[]> {
  const s = createScenarioFromPreset('reko-diq');
  const years = evaluateScenario(s).rows.length;

  const evalMs = timePerCall(() => evaluateScenario(s), 25, 200, 3000);

  for (let i = 0; i < 2; i++) runMonteCarlo(s, { trials: 10_000, seed: 100 + i });
  const mcRuns: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    runMonteCarlo(s, { trials: 10_000, seed: i + 1 });
    mcRuns.push(performance.now() - t);
  }
  const mcMs = median(mcRuns);

  // IRR on the same 40-year flows (after-tax project cash flows of the Reko Diq preset).
  const flows = evaluateScenario(s).rows.map((r) => r.afterTaxFcf);
  const ours = irr(flows);
  const theirs = formulajs.IRR(flows) as number;
  const agree = ours !== null && typeof theirs === 'number' && Math.abs(ours - theirs) <= 1e-9;
  if (!agree) throw new Error(`IRR mismatch: ours ${ours} vs formulajs ${String(theirs)}`);
  let sink = 0;
  const oursMs = timePerCall(() => { sink += irr(flows)!; }, 25, 2000, 20000);
  const theirsMs = timePerCall(() => { sink += formulajs.IRR(flows) as number; }, 25, 2000, 20000);
  if (Number.isNaN(sink)) throw new Error('unreachable');

  return [
    { name: `evaluateScenario ${years}y Reko Diq (median)`, value: evalMs, unit: 'ms', budget: 0.05, lowerIsBetter: true },
    { name: 'runMonteCarlo 10,000 trials (median of 7 after warm-up)', value: mcMs, unit: 'ms', budget: 50, lowerIsBetter: true },
    {
      name: `irr speed-up vs @formulajs/formulajs IRR (${flows.length} flows)`,
      value: theirsMs / oursMs,
      unit: 'x',
      budget: 5,
      lowerIsBetter: false,
      note: `ours ${(oursMs * 1000).toFixed(2)} µs, formulajs ${(theirsMs * 1000).toFixed(2)} µs; results agree within 1e-9 (${ours} vs ${theirs})`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchEngine();
  for (const r of results) {
    const ok = r.lowerIsBetter ? r.value <= r.budget : r.value >= r.budget;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.value.toFixed(r.unit === 'ms' ? 4 : 2)} ${r.unit} (budget ${r.lowerIsBetter ? '<=' : '>='} ${r.budget} ${r.unit})${r.note ? `  ${r.note}` : ''}`);
  }
}

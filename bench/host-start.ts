// Why: where Electron's binary is missing, `npm start` opens the Chromium host; a delegate must see the
// Overview quickly. Measures, with a warm build (PMB_SKIP_BUILD: the build step is not timed), the time from
// starting `node scripts/start.mjs` to the Overview's first contentful paint in the host's window (headed
// under Xvfb where available, else headless), read from the host's own page through its smoke record.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchResult } from './types';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 5;

export async function benchHostStart(): Promise<BenchResult[]> {
  // One X server for all runs (xvfb-run per run would add its own start-up wait to every figure).
  const xvfb = spawnSync('sh', ['-c', 'command -v Xvfb'], { encoding: 'utf8' }).status === 0;
  const display = `:${90 + (process.pid % 9)}`;
  const server = xvfb
    ? spawn('Xvfb', [display, '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' })
    : null;
  if (server) await new Promise((r) => setTimeout(r, 1000));
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const dir = mkdtempSync(path.join(tmpdir(), 'pmb-bench-host-'));
      try {
        const started = Date.now();
        const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--browser'], {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 120_000,
          env: {
            ...process.env,
            ...(server ? { DISPLAY: display } : {}),
            PMB_SKIP_BUILD: '1',
            PMB_HEADLESS: xvfb ? '' : '1',
            PMB_USER_DATA_DIR: path.join(dir, 'ud'),
            PMB_WORKSPACE_DIR: path.join(dir, 'ws'),
            PMB_SMOKE_DIR: path.join(dir, 'smoke'),
          },
        });
        if (run.status !== 0) throw new Error(`the Chromium host failed to start: ${run.stderr}`);
        const { firstPaintEpochMs } = JSON.parse(readFileSync(path.join(dir, 'smoke', 'smoke.json'), 'utf8')) as {
          firstPaintEpochMs: number;
        };
        if (i > 0) times.push(firstPaintEpochMs - started); // the first run warms the OS file cache and profile
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    server?.kill();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return [
    {
      name: `npm start → Overview first paint, Chromium host (median of ${RUNS})`,
      value: sorted[Math.floor(sorted.length / 2)]!,
      unit: 'ms',
      budget: 5000,
      lowerIsBetter: true,
      note: `${xvfb ? 'headed under Xvfb' : 'headless'}; runs: ${times.map((t) => Math.round(t)).join(', ')} ms`,
    },
  ];
}

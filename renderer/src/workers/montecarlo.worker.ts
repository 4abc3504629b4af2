// Why: the Monte Carlo engine is pure but a 10,000+ trial run takes tens to hundreds of milliseconds; here it runs
// off the UI thread, in seeded chunks with progress messages. Cancelling terminates the worker.
import { runMonteCarlo, type MonteCarloResult } from '../../../shared/scenario';
import { chunkSeed, chunkSizes, mergeChunks, type McRequest, type McResponse } from './montecarlo-protocol';

const post = (m: McResponse) => (self as unknown as { postMessage(m: McResponse): void }).postMessage(m);

self.onmessage = async (ev: MessageEvent<McRequest>) => {
  const req = ev.data;
  if (req.type !== 'run') return;
  const t0 = performance.now();
  try {
    const sizes = chunkSizes(req.trials);
    const chunks: MonteCarloResult[] = [];
    let done = 0;
    for (let i = 0; i < sizes.length; i++) {
      chunks.push(runMonteCarlo(req.scenario, { ...req.options, trials: sizes[i]!, seed: chunkSeed(req.seed, i) }));
      done += sizes[i]!;
      post({ type: 'progress', runId: req.runId, done, total: req.trials });
      // Yield so the progress message leaves before the next chunk starts.
      await new Promise((r) => setTimeout(r, 0));
    }
    post({ type: 'done', runId: req.runId, summary: mergeChunks(chunks, req.seed), ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', runId: req.runId, message: (err as Error).message });
  }
};

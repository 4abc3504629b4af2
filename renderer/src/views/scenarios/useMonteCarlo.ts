// Why: owns the Monte Carlo worker for the editor: one run at a time, progress, cancel (terminate and start a
// fresh worker) and stale results ignored, so the UI thread never runs a trial.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvaluateOptions, Scenario } from '../../../../shared/scenario';
import type { McRequest, McResponse, McSummary } from '../../workers/montecarlo-protocol';

export type McState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; summary: McSummary; ms: number; scenario: Scenario }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

function spawn(): Worker {
  return new Worker(new URL('../../workers/montecarlo.worker.ts', import.meta.url), { type: 'module' });
}

export function useMonteCarlo() {
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const [state, setState] = useState<McState>({ status: 'idle' });

  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback((scenario: Scenario, options: EvaluateOptions, trials: number, seed: number) => {
    worker.current ??= spawn();
    const id = ++runId.current;
    const w = worker.current;
    w.onmessage = (ev: MessageEvent<McResponse>) => {
      const m = ev.data;
      if (m.runId !== runId.current) return;
      if (m.type === 'progress') setState({ status: 'running', done: m.done, total: m.total });
      else if (m.type === 'done') setState({ status: 'done', summary: m.summary, ms: m.ms, scenario });
      else setState({ status: 'error', message: m.message });
    };
    w.onerror = (e) => setState({ status: 'error', message: e.message || 'The simulation worker failed to start.' });
    setState({ status: 'running', done: 0, total: trials });
    const req: McRequest = { type: 'run', runId: id, scenario, options, trials, seed };
    w.postMessage(req);
  }, []);

  const cancel = useCallback(() => {
    runId.current++;
    worker.current?.terminate();
    worker.current = null;
    setState({ status: 'cancelled' });
  }, []);

  return { state, run, cancel };
}

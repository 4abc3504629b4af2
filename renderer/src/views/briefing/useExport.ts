// Why: an export is a job in main that reports progress by event and can be cancelled; this hook owns one
// job at a time and exposes its state (progress, saved file, error) to the export panel.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingSpec } from '../../../../shared/briefing/spec';
import type { EventPayload } from '../../../../shared/ipc/contract';
import type { PrintLayout } from '../../../../shared/print/protocol';
import { api, type ApiError, onEvent } from '../../api/client';
import { takePrintSnapshot } from '../../print/livePrint';
import { useFocusReturn } from '../../app/focusReturn';

export type ExportState =
  | { status: 'idle' }
  | {
      status: 'running';
      jobId: string;
      stage: EventPayload<'briefing:export-progress'>['stage'] | 'dialog';
      percent: number;
    }
  | { status: 'done'; path: string; bytes: number; pages: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

function newJobId(): string {
  return `job-${crypto.randomUUID()}`;
}

export function useExport() {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const jobRef = useRef<string | null>(null);
  // The export button is disabled while the job runs: focus goes back to it when the job ends.
  const rememberFocus = useFocusReturn(state.status === 'running');

  useEffect(
    () =>
      onEvent('briefing:export-progress', (p) => {
        if (p.jobId !== jobRef.current) return;
        setState((s) =>
          s.status === 'running' && p.stage !== 'done' && p.stage !== 'failed' && p.stage !== 'cancelled'
            ? { ...s, stage: p.stage, percent: p.percent }
            : s,
        );
      }),
    [],
  );

  const start = useCallback(
    async (spec: BriefingSpec, layout: PrintLayout = 'document') => {
      const jobId = newJobId();
      jobRef.current = jobId;
      rememberFocus();
      setState({ status: 'running', jobId, stage: 'dialog', percent: 0 });
      try {
        // Frozen now: the PDF shows the state at this press, whatever is edited while it prints.
        const snapshot = await takePrintSnapshot(spec);
        const res = await api('briefing:export-pdf', { jobId, spec, snapshot, layout });
        if (jobRef.current !== jobId) return;
        setState(res ? { status: 'done', ...res } : { status: 'idle' });
      } catch (err) {
        if (jobRef.current !== jobId) return;
        const e = err as ApiError;
        setState(e.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', message: e.message });
      }
    },
    [rememberFocus],
  );

  const cancel = useCallback(async () => {
    if (jobRef.current) await api('briefing:cancel-export', { jobId: jobRef.current }).catch(() => undefined);
  }, []);

  return { state, start, cancel, reset: () => setState({ status: 'idle' }) };
}

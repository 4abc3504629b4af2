// Why: #/print/<jobId> is what the hidden print window loads. It asks main for the job (the spec and the
// scenario files as they were when export began), renders the same PrintDocument as the live preview, in the
// briefing's language, and raises the ready signal once fonts, charts and the map are drawn.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJobPayload } from '../../../shared/ipc/contract';
import { api } from '../api/client';
import { applyLanguage, i18n } from '../i18n';
import { useSettings } from '../stores/settings';
import { usePrintInputs } from './inputs';
import { PrintDocument } from './PrintDocument';
import { beginJob, preloadFonts, signalError, signalReady, waitForLayout } from './readiness';

/** A warm print surface waits here (route #/print, no job) until an export switches it to a job. */
function IdlePrintRoute() {
  useEffect(() => {
    document.documentElement.dataset.printIdle = 'true';
    return () => {
      delete document.documentElement.dataset.printIdle;
    };
  }, []);
  return <div className="print-route" data-testid="print-idle" />;
}

export default function PrintRoute({ jobId }: { jobId: string }) {
  return jobId ? <PrintJobRoute jobId={jobId} /> : <IdlePrintRoute />;
}

function PrintJobRoute({ jobId }: { jobId: string }) {
  const { t } = useTranslation('briefing');
  const [job, setJob] = useState<PrintJobPayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const settingsLoaded = useSettings((s) => s.loaded);
  const rootRef = useRef<HTMLDivElement>(null);
  const { inputs } = usePrintInputs(job?.spec ?? null, job?.scenarioFiles);

  useEffect(() => {
    let live = true;
    beginJob(jobId);
    void preloadFonts('en');
    api('print:get-job', { jobId }).then(
      (j) => {
        if (j.spec.language !== 'en') void preloadFonts(j.spec.language);
        if (live) setJob(j);
      },
      (err: Error) => {
        if (!live) return;
        setError(err.message);
        signalError(err.message);
      },
    );
    return () => {
      live = false;
    };
  }, [jobId]);

  // After the app has applied the user's settings, the document follows the briefing's own language. The
  // document renders only once that is settled: a language switch re-renders every translated component.
  const lang = job?.spec.language;
  const [langApplied, setLangApplied] = useState<string | null>(null);
  useEffect(() => {
    if (!lang || !settingsLoaded) return;
    if (i18n.language !== lang || document.documentElement.lang !== lang) applyLanguage(lang);
    setLangApplied(lang);
  }, [lang, settingsLoaded]);

  const documentReady = Boolean(job && inputs && settingsLoaded && langApplied === lang);
  useEffect(() => {
    if (!documentReady || !rootRef.current) return;
    let live = true;
    waitForLayout(rootRef.current).then(
      () => live && signalReady(),
      (err: Error) => live && signalError(err.message),
    );
    return () => {
      live = false;
    };
  }, [documentReady]);

  if (error) {
    return (
      <div role="alert" className="print-route-error">
        {error}
      </div>
    );
  }
  return (
    <div className="print-route" ref={rootRef}>
      {documentReady && job && inputs ? <PrintDocument spec={job.spec} inputs={inputs} mode="print" /> : <p className="print-loading">{t('print.loading')}</p>}
    </div>
  );
}

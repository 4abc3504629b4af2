// Why: #/print/<jobId> is what a hidden print surface loads. It asks main for the job (the spec and the
// snapshot frozen when Export was pressed), renders the same PrintDocument as the live preview from that
// snapshot alone, in the briefing's language, and reports ready to main once fonts, charts and the map are
// drawn. It runs none of the app's start-up work: no settings, workspace or data-pack requests.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePrintRoute, printTimeouts, type PrintJob } from '../../../shared/print/protocol';
import { api } from '../api/client';
import { applyLanguage, i18n, setPkrGrouping, type Language } from '../i18n';
import { useData } from '../stores/data';
import { specScenarioRefs } from '../../../shared/workspace/scenario-refs';
import { printInputs } from './inputs';
import { useEdition } from '../stores/edition';
import { PrintDocument } from './PrintDocument';
import { DeckDocument } from '../present/DeckDocument';
import { preloadFonts, report, waitForLayout } from './readiness';

/** A warm print surface waits here (route #/print?surface=…, no job) until an export switches it to a job. */
function IdlePrintRoute({ surfaceId }: { surfaceId: string }) {
  useEffect(() => {
    void preloadFonts('en');
    if (surfaceId) report({ state: 'idle', surfaceId });
  }, [surfaceId]);
  return <div className="print-route" data-testid="print-idle" />;
}

export default function PrintRoute({ segments, params }: { segments: string[]; params: URLSearchParams }) {
  const target = parsePrintRoute(segments, params);
  return target.kind === 'job' ? (
    <PrintJobRoute jobId={target.jobId} />
  ) : (
    <IdlePrintRoute surfaceId={target.surfaceId} />
  );
}

function fail(jobId: string, message: string) {
  report({ state: 'failed', jobId, message });
}

function PrintJobRoute({ jobId }: { jobId: string }) {
  const { t } = useTranslation('briefing');
  const [job, setJob] = useState<PrintJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [langApplied, setLangApplied] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void preloadFonts('en');
    api('print:get-job', { jobId }).then(
      (j) => {
        if (!live) return;
        // A warm print surface started before the workspace moved to another data edition: start it again, so
        // the briefing is laid out from the edition the export began with (main has checked it is the active one).
        if (j.snapshot.editionKey !== useEdition.getState().key) return location.reload();
        if (j.spec.language !== 'en') void preloadFonts(j.spec.language);
        // The snapshot's packs and number grouping, not this window's own: the document is the frozen state.
        useData.getState().applyPacks(j.snapshot.dataPacks);
        setPkrGrouping(j.snapshot.settings.pkrGrouping);
        setJob(j);
      },
      (err: Error) => {
        if (!live) return;
        setError(err.message);
        fail(jobId, err.message);
      },
    );
    return () => {
      live = false;
    };
  }, [jobId]);

  // The document follows the briefing's own language, and renders only once it is applied: a language switch
  // re-renders every translated component.
  const lang = job?.spec.language;
  useEffect(() => {
    if (!lang) return;
    if (i18n.language !== lang || document.documentElement.lang !== lang) applyLanguage(lang as Language);
    setLangApplied(lang);
  }, [lang]);

  const inputs = useMemo(() => (job ? printInputs(specScenarioRefs(job.spec), job.snapshot) : null), [job]);
  const documentReady = Boolean(job && inputs && langApplied === lang);
  // A big data pack is real work (a table row and a marker per deposit): the limit grows with it.
  const layoutMs = job ? printTimeouts(job.snapshot).layoutMs : 0;
  useEffect(() => {
    if (!documentReady || !rootRef.current) return;
    let live = true;
    waitForLayout(rootRef.current, layoutMs).then(
      () => live && report({ state: 'ready', jobId }),
      (err: Error) => live && fail(jobId, err.message),
    );
    return () => {
      live = false;
    };
  }, [documentReady, jobId, layoutMs]);

  if (error) {
    return (
      <div role="alert" className="print-route-error">
        {error}
      </div>
    );
  }
  return (
    <div className="print-route" ref={rootRef}>
      {documentReady && job && inputs ? (
        job.layout === 'deck' ? (
          <DeckDocument spec={job.spec} inputs={inputs} />
        ) : (
          <PrintDocument spec={job.spec} inputs={inputs} mode="print" />
        )
      ) : (
        <p className="print-loading">{t('print.loading')}</p>
      )}
    </div>
  );
}

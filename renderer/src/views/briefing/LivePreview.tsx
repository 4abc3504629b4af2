// Why: the builder shows the briefing as it will print, using the SAME PrintDocument as the print route,
// scaled to fit the panel with each section on a sheet sized to the chosen paper. It follows the edited briefing as
// it changes (deferred, so typing stays responsive) and keeps the last valid version while a field is invalid.
import { memo, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSS_PX_PER_IN, pageBox } from '../../../../shared/briefing/paper';
import type { BriefingSpec } from '../../../../shared/briefing/spec';
import { useLivePrintInputs } from '../../print/livePrint';
import { PrintDocument } from '../../print/PrintDocument';
import { waitForLayout } from '../../print/readiness';

// Memoised: export progress re-renders the builder many times a second, and the preview must not follow.
export const LivePreview = memo(function LivePreview({ spec, valid }: { spec: BriefingSpec; valid: boolean }) {
  const { t } = useTranslation('briefing');
  const deferred = useDeferredValue(spec);
  const { inputs } = useLivePrintInputs(deferred);
  const frameRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(480);
  useEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);
  // The same ready signal as the print route (fonts loaded, charts and the map drawn), for tests and screenshots.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const el = frameRef.current;
    if (!inputs || !el) return;
    let live = true;
    setReady(false);
    void waitForLayout(el).then(
      () => live && setReady(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [inputs, deferred]);
  const pageWidthPx = pageBox(deferred).pageWidthIn * CSS_PX_PER_IN;
  const zoom = Math.min(1, Math.max(0.2, (width - 24) / pageWidthPx));
  return (
    <section
      className="panel live-preview"
      aria-labelledby="preview-title"
      data-testid="live-preview"
      data-preview-ready={ready ? 'true' : undefined}
    >
      <h2 id="preview-title">{t('preview.title')}</h2>
      <p className="muted">
        {valid
          ? t('preview.hint', { paper: deferred.paper, orientation: t(`settings.${deferred.orientation}`) })
          : t('preview.invalid')}
      </p>
      <div className="preview-frame" ref={frameRef}>
        {inputs ? (
          <div className="preview-zoom" style={{ zoom }} data-testid="preview-zoom" data-zoom={zoom.toFixed(3)}>
            <PrintDocument spec={deferred} inputs={inputs} mode="preview" />
          </div>
        ) : (
          <p className="loading">{t('preview.loading')}</p>
        )}
      </div>
    </section>
  );
});

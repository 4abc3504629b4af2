// Why: one slide drawn on its 1920×1080 canvas at a zoom that fits the box it is shown in (the stage, or the
// presenter's current/next panes), so every window shows the same layout at its own size.
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { EditionLabel } from '../edition/EditionLabel';
import type { SlideContent } from './slides';
import { SlideSources } from './StageParts';

export const CANVAS = { width: 1920, height: 1080 };

/** The zoom at which the 16:9 canvas fits the element's box. */
export function useFitZoom(ref: RefObject<HTMLElement | null>): number {
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => setZoom(Math.max(0.05, Math.min(el.clientWidth / CANVAS.width, el.clientHeight / CANVAS.height)));
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    fit();
    return () => ro.disconnect();
  }, [ref]);
  return zoom;
}

export function SlideView({
  slide,
  n,
  total,
  zoom,
  slideRef,
  preview,
}: {
  slide: SlideContent;
  n: number;
  total: number;
  zoom: number;
  slideRef?: RefObject<HTMLElement | null>;
  preview?: boolean;
}) {
  const { t } = useTranslation('present');
  return (
    <section
      ref={slideRef}
      className="slide"
      style={{ ['--stage-zoom' as string]: zoom }}
      aria-roledescription={t('slide')}
      aria-label={t('slideOf', { n, total, title: slide.title })}
      {...(preview ? { inert: true, 'aria-hidden': true } : { 'aria-live': 'polite' as const })}
      data-testid={preview ? 'slide-preview' : 'slide'}
    >
      <h1 className="slide-title">{slide.title}</h1>
      <div className="slide-body">{slide.body}</div>
      <SlideSources ids={slide.sourceIds} extra={<EditionLabel className="slide-edition" />} />
    </section>
  );
}

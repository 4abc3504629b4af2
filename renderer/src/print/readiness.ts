// Why: the print engine must not print a half-drawn page. The print route reports itself ready to main
// (the print loop waits on that report, shared/print/protocol.ts) only when the bundled fonts have loaded,
// the charts have drawn their SVG and the map its markers.
import { PRINT_LAYOUT_TIMEOUT_MS, type PrintReport } from '../../../shared/print/protocol';
import { api } from '../api/client';

/** One animation frame, or a short timeout in a hidden window where frames may be throttled. */
function frame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function chartsDrawn(root: ParentNode): boolean {
  const charts = [...root.querySelectorAll('.recharts-wrapper')];
  return charts.every((c) => {
    const svg = c.querySelector('svg.recharts-surface');
    return svg !== null && svg.getBoundingClientRect().width > 0 && svg.childElementCount > 0;
  });
}

function mapsDrawn(root: ParentNode): boolean {
  return [...root.querySelectorAll('[data-testid="print-map"]')].every(
    (m) => m.querySelector('.map-markers')?.childElementCount !== 0,
  );
}

/** Starts loading the bundled faces the document uses, so font fetches overlap with fetching the job. */
export function preloadFonts(lang: string): Promise<unknown> {
  const faces = ['400 10pt "Noto Sans"', '600 10pt "Noto Sans"', '700 10pt "Noto Sans"'];
  if (lang === 'ur') faces.push('400 10pt "Noto Naskh Arabic"', '700 10pt "Noto Naskh Arabic"');
  return Promise.all(faces.map((f) => document.fonts.load(f, lang === 'ur' ? 'اب' : 'Ab').catch(() => []))); // a missing face must not block printing
}

export async function waitForLayout(root: ParentNode, timeoutMs = PRINT_LAYOUT_TIMEOUT_MS): Promise<void> {
  await document.fonts.ready;
  const deadline = performance.now() + timeoutMs;
  // One frame lets measured charts (ResizeObserver) draw; then check every frame until all are drawn.
  for (;;) {
    await frame();
    if (chartsDrawn(root) && mapsDrawn(root)) break;
    if (performance.now() > deadline) throw new Error('charts or the map did not finish drawing');
  }
  // A second frame so the last drawn chart has been painted, not only inserted.
  await frame();
}

/** Tells main how the route stands; a lost report only means main's timeout speaks instead. */
export function report(r: PrintReport): void {
  const message = r.state === 'failed' ? { ...r, message: r.message.slice(0, 300) } : r;
  void api('print:report', message).catch(() => undefined);
}

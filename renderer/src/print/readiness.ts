// Why: the print engine must not print a half-drawn page. The print route declares itself ready only when
// the bundled fonts have loaded, the charts have drawn their SVG and the map its markers; the engines
// (Electron's hidden window, the test harness) wait for html[data-print-ready="true"].

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
  return [...root.querySelectorAll('[data-testid="print-map"]')].every((m) => m.querySelector('.map-markers')?.childElementCount !== 0);
}

/** Starts loading the bundled faces the document uses, so font fetches overlap with fetching the job. */
export function preloadFonts(lang: string): Promise<unknown> {
  const faces = ['400 10pt "Noto Sans"', '600 10pt "Noto Sans"', '700 10pt "Noto Sans"'];
  if (lang === 'ur') faces.push('400 10pt "Noto Naskh Arabic"', '700 10pt "Noto Naskh Arabic"');
  return Promise.all(faces.map((f) => document.fonts.load(f, lang === 'ur' ? 'اب' : 'Ab').catch(() => []))); // a missing face must not block printing
}

export async function waitForLayout(root: ParentNode, timeoutMs = 10_000): Promise<void> {
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

/**
 * Marks the start of a job. A warm print page is reused across jobs (the engines switch its hash), so the
 * ready flag is cleared and tagged with the job: an engine must never print the previous job's layout.
 */
export function beginJob(jobId: string): void {
  const d = document.documentElement.dataset;
  delete d.printReady;
  delete d.printError;
  d.printJob = jobId;
}

export function signalReady(): void {
  delete document.documentElement.dataset.printError;
  document.documentElement.dataset.printReady = 'true';
}

export function signalError(message: string): void {
  document.documentElement.dataset.printError = message.slice(0, 300);
  document.documentElement.dataset.printReady = 'error';
}

import { describe, expect, it } from 'vitest';
import { printIdleHash, printJobHash, type PrintReport } from '../../../shared/print/protocol';
import type { PrintToPdfOptions } from './options';
import { createPrintLoop, type PrintSurface } from './print-loop';

const OPTIONS = { pageSize: 'A4' } as PrintToPdfOptions;

/**
 * A fake host whose surfaces behave like the print route: after a load or route switch they report through
 * `report` (as the page calls print:report), unless told to stay silent or to fail.
 */
function fakeHost(behaviour: { silent?: boolean; failWith?: string } = {}) {
  const log: string[] = [];
  const surfaces: { id: number; closed: boolean; gone(): void }[] = [];
  let loop: ReturnType<typeof createPrintLoop> | null = null;
  const respond = (hash: string) => {
    if (behaviour.silent) return;
    const job = /#\/print\/(.+)$/.exec(hash)?.[1];
    const surface = /surface=(.+)$/.exec(hash)?.[1];
    const r: PrintReport = job
      ? behaviour.failWith
        ? { state: 'failed', jobId: job, message: behaviour.failWith }
        : { state: 'ready', jobId: job }
      : { state: 'idle', surfaceId: surface! };
    setTimeout(() => loop!.report(r), 5);
  };
  const host = {
    async createSurface(onGone: () => void): Promise<PrintSurface> {
      const s = { id: surfaces.length + 1, closed: false, gone: onGone };
      surfaces.push(s);
      return {
        load: async (hash) => void (log.push(`load ${s.id} ${hash}`), respond(hash)),
        route: async (hash) => void (log.push(`route ${s.id} ${hash}`), respond(hash)),
        print: async () => (log.push(`print ${s.id}`), new Uint8Array([1, 2, 3])),
        close: () => {
          if (!s.closed) log.push(`close ${s.id}`);
          s.closed = true;
        },
        isClosed: () => s.closed,
      };
    },
  };
  return { host, log, surfaces, bind: (l: ReturnType<typeof createPrintLoop>) => (loop = l) };
}

function job(jobId: string, signal = new AbortController().signal) {
  const stages: string[] = [];
  return { stages, request: { jobId, options: OPTIONS, signal, onStage: (s: string) => stages.push(s) } };
}

describe('the print loop both hosts share', () => {
  it('prints after the ready report, keeps the surface warm and reuses it by switching the route', async () => {
    const h = fakeHost();
    const loop = h.bind(createPrintLoop(h.host));
    const a = job('job-aaaaaaaa');
    expect(await loop.print(a.request)).toEqual(new Uint8Array([1, 2, 3]));
    expect(a.stages).toEqual(['loading', 'ready', 'printing']);
    await loop.print(job('job-bbbbbbbb').request);
    expect(h.log).toEqual([
      `load 1 ${printJobHash('job-aaaaaaaa')}`,
      'print 1',
      `route 1 ${printJobHash('job-bbbbbbbb')}`,
      'print 1',
    ]);
  });

  it('prewarm loads the idle route and waits for its report; the next job reuses that surface', async () => {
    const h = fakeHost();
    const loop = h.bind(createPrintLoop(h.host));
    await loop.prewarm();
    await loop.prewarm();
    await loop.print(job('job-cccccccc').request);
    expect(h.log).toEqual([
      `load 1 ${printIdleHash('surface-1')}`,
      `route 1 ${printJobHash('job-cccccccc')}`,
      'print 1',
    ]);
  });

  it("fails with the route's own reason and closes the surface, so the next job starts clean", async () => {
    const h = fakeHost({ failWith: 'charts or the map did not finish drawing' });
    const loop = h.bind(createPrintLoop(h.host));
    await expect(loop.print(job('job-dddddddd').request)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('charts or the map did not finish drawing'),
    });
    expect(h.surfaces[0]!.closed).toBe(true);
    expect(h.log).not.toContain('print 1');
  });

  it('times out when the route never reports, closing the surface and printing nothing', async () => {
    const h = fakeHost({ silent: true });
    const loop = h.bind(createPrintLoop(h.host, { readyTimeoutMs: 30 }));
    await expect(loop.print(job('job-eeeeeeee').request)).rejects.toMatchObject({
      message: expect.stringContaining('took too long'),
    });
    expect(h.surfaces[0]!.closed).toBe(true);
  });

  it("a job's own limit (a big data pack is more work) replaces the loop's", async () => {
    const h = fakeHost({ silent: true });
    const loop = h.bind(createPrintLoop(h.host, { readyTimeoutMs: 60_000 }));
    const started = Date.now();
    await expect(loop.print({ ...job('job-eeeeeee2').request, readyTimeoutMs: 30 })).rejects.toMatchObject({
      message: expect.stringContaining('took too long'),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('cancel while waiting closes the surface and rejects promptly as cancelled', async () => {
    const h = fakeHost({ silent: true });
    const loop = h.bind(createPrintLoop(h.host));
    const controller = new AbortController();
    const run = loop.print(job('job-ffffffff', controller.signal).request);
    setTimeout(() => controller.abort(), 10);
    const started = Date.now();
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(h.surfaces[0]!.closed).toBe(true);
  });

  it('a surface that dies while a job waits fails that job at once, not after the timeout', async () => {
    const h = fakeHost({ silent: true });
    const loop = h.bind(createPrintLoop(h.host));
    const run = loop.print(job('job-gggggggg').request);
    setTimeout(() => h.surfaces[0]!.gone(), 10);
    await expect(run).rejects.toMatchObject({ message: expect.stringContaining('closed before printing') });
  });

  it('closes the warm surface after the idle time and ignores reports nobody waits for', async () => {
    const h = fakeHost();
    const loop = h.bind(createPrintLoop(h.host, { idleMs: 20 }));
    await loop.print(job('job-hhhhhhhh').request);
    await new Promise((r) => setTimeout(r, 60));
    expect(h.surfaces[0]!.closed).toBe(true);
    expect(loop.report({ state: 'ready', jobId: 'job-hhhhhhhh' })).toBe(false);
    await loop.print(job('job-iiiiiiii').request);
    expect(h.surfaces).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import {
  parsePrintRoute,
  PRINT_LAYOUT_TIMEOUT_MS,
  PRINT_READY_TIMEOUT_MS,
  printIdleHash,
  printJobHash,
  printReportKey,
  PrintReportSchema,
  printTimeouts,
} from './protocol';

// What the router hands the print route for a hash: its segments and query.
function route(hash: string) {
  const [path = '', query = ''] = hash.replace(/^#\//, '').split('?');
  const [, ...segments] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return parsePrintRoute(segments, new URLSearchParams(query));
}

describe('print protocol', () => {
  it('routes a job and an idle surface, and reads both back', () => {
    expect(printJobHash('job-1234abcd')).toBe('#/print/job-1234abcd');
    expect(route(printJobHash('job-1234abcd'))).toEqual({ kind: 'job', jobId: 'job-1234abcd' });
    expect(route(printIdleHash('surface-7'))).toEqual({ kind: 'idle', surfaceId: 'surface-7' });
  });

  it('keys a report by its job, or by the idle surface, so one surface never answers for another', () => {
    expect(printReportKey({ state: 'ready', jobId: 'job-1234abcd' })).toBe('job-1234abcd');
    expect(printReportKey({ state: 'failed', jobId: 'job-1234abcd', message: 'x' })).toBe('job-1234abcd');
    expect(printReportKey({ state: 'idle', surfaceId: 'surface-7' })).not.toBe(
      printReportKey({ state: 'idle', surfaceId: 'surface-8' }),
    );
  });

  it('refuses a report that names no job or an unknown state', () => {
    expect(PrintReportSchema.safeParse({ state: 'ready' }).success).toBe(false);
    expect(PrintReportSchema.safeParse({ state: 'done', jobId: 'job-1234abcd' }).success).toBe(false);
    expect(
      PrintReportSchema.safeParse({ state: 'failed', jobId: 'job-1234abcd', message: 'm'.repeat(301) }).success,
    ).toBe(false);
  });

  it('gives a job with a big data pack more time to lay out, and a job without one the fixed limits', () => {
    const packs = (n: number) => ({
      dataPacks: { deposits: Array.from({ length: n }, () => ({}) as never), sources: [] },
    });
    expect(printTimeouts(packs(0))).toEqual({ readyMs: PRINT_READY_TIMEOUT_MS, layoutMs: PRINT_LAYOUT_TIMEOUT_MS });
    const big = printTimeouts(packs(5000));
    // The maximal briefing took ~30 s to report on a loaded 2-core machine: its limit must be well past that.
    expect(big.readyMs).toBeGreaterThanOrEqual(90_000);
    expect(big.layoutMs).toBeGreaterThanOrEqual(30_000);
    expect(printTimeouts(packs(100)).readyMs).toBeLessThan(big.readyMs);
  });
});

// Why: the roadmap is dated from the dataset's first-consignment milestone, not from a date written into the code; an
// edition that moves the milestone moves the default anchor, and one without it is refused by name.
import { afterEach, describe, expect, it, vi } from 'vitest';

const withMilestones = (edit: (ms: { id: string; date: string }[]) => { id: string; date: string }[]) =>
  vi.doMock('../data', async (importOriginal) => {
    const real = await importOriginal<typeof import('../data')>();
    return { ...real, dataset: { ...real.dataset, milestones: edit(real.dataset.milestones) } };
  });

afterEach(() => {
  vi.doUnmock('../data');
  vi.resetModules();
});

describe('default roadmap anchor', () => {
  it("follows the dataset's first-consignment date", async () => {
    withMilestones((ms) => ms.map((m) => (m.id === 'first-consignment' ? { ...m, date: '2026-01-15' } : m)));
    const { DEFAULT_ANCHOR_DATE, defaultRoadmapState } = await import('./defaults');
    expect(DEFAULT_ANCHOR_DATE).toBe('2026-01-15');
    expect(defaultRoadmapState().anchorDate).toBe('2026-01-15');
  });

  it('refuses a dataset without that milestone, naming it', async () => {
    withMilestones((ms) => ms.filter((m) => m.id !== 'first-consignment'));
    await expect(import('./defaults')).rejects.toThrow('Dataset has no milestone "first-consignment"');
  });
});

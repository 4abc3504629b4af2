// Why: the roadmap is dated from the dataset's first-consignment milestone, not from a date written into the code; an
// edition that moves the milestone moves the default anchor, and one without it is refused by name. The dataset is a
// small stand-in (no bundled edition is loaded), so its dates differ from the real ones on purpose.
import { afterEach, describe, expect, it, vi } from 'vitest';

const phase = (id: string, index: number, min: number, max: number | null) => ({
  id,
  index,
  name: id,
  articleWording: id,
  durationYears: { min, max },
});
const withMilestones = (milestones: { id: string; date: string }[]) =>
  vi.doMock('../data', () => ({
    dataset: {
      milestones,
      phases: [phase('demonstration', 1, 2, 3), phase('scaling', 2, 5, 7), phase('impact', 3, 10, null)],
    },
  }));

afterEach(() => {
  vi.doUnmock('../data');
  vi.resetModules();
});

describe('default roadmap anchor', () => {
  it("follows the dataset's first-consignment date", async () => {
    withMilestones([
      { id: 'mou', date: '2024-04-01' },
      { id: 'first-consignment', date: '2026-01-15' },
    ]);
    const { DEFAULT_ANCHOR_DATE, defaultRoadmapState } = await import('./defaults');
    expect(DEFAULT_ANCHOR_DATE).toBe('2026-01-15');
    expect(defaultRoadmapState().anchorDate).toBe('2026-01-15');
  });

  it('refuses a dataset without that milestone, naming it', async () => {
    withMilestones([{ id: 'mou', date: '2024-04-01' }]);
    await expect(import('./defaults')).rejects.toThrow('Dataset has no milestone "first-consignment"');
  });
});

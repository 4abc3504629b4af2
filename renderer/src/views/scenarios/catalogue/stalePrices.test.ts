// Why: a preset's default prices come from the dataset's reference readings; the editor must flag exactly those older
// than 90 days on the day it is used, and never an assumption the analyst typed in.
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from '../../../../../shared/scenario';
import { assumption } from '../../../../../shared/scenario/model';
import { stalePriceOf, stalePrices } from './stalePrices';

describe('stale prices', () => {
  const s = createScenarioFromPreset('reko-diq');

  it('flags the reference prices once they are more than 90 days old', () => {
    expect(stalePrices(s, new Date('2026-01-15T00:00:00Z'))).toEqual([]);
    const late = stalePrices(s, new Date('2026-06-30T00:00:00Z'));
    expect(late.map((x) => [x.productName, x.asOf])).toEqual([
      ['Copper', '2025-12-29'],
      ['Gold', '2025-12-31'],
    ]);
    expect(late[0]!.days).toBe(183);
  });

  it('ignores inputs that are not dataset prices', () => {
    expect(stalePriceOf(assumption(12000, 'USD/t', 'typed in'), new Date('2030-01-01T00:00:00Z'))).toBeNull();
    expect(
      stalePriceOf({ ...assumption(37, 'years'), figureId: 'reko-diq.mine-life' }, new Date('2030-01-01T00:00:00Z')),
    ).toBeNull();
  });
});

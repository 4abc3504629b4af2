import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from './labelPlacement';

/** A name as the map sets it: centred on its anchor (text-anchor middle), baseline at the anchor, 7 units a letter. */
const box = (text: string, x: number, y: number): LabelBox => ({
  x,
  y,
  box: { x: -(text.length * 7) / 2, y: -9, width: text.length * 7, height: 12 },
});

describe('placeLabels', () => {
  it('keeps a name at its anchor when nothing is under it', () => {
    expect(placeLabels([box('Sindh', 100, 100)], [{ x: 300, y: 300, r: 10 }])).toEqual([{ x: 100, y: 100 }]);
  });

  it('moves a name off a marker that sits under it, to the nearest clear spot', () => {
    const [at] = placeLabels([box('Balochistan', 100, 100)], [{ x: 110, y: 96, r: 9 }]);
    const w = 'Balochistan'.length * 7;
    const clear = at!.x + w / 2 < 110 - 13 || at!.x - w / 2 > 110 + 13 || at!.y + 3 < 96 - 13 || at!.y - 9 > 96 + 13;
    expect(clear).toBe(true);
    expect(Math.hypot(at!.x - 100, at!.y - 100)).toBeLessThanOrEqual(36);
  });

  it('moves a later name off an earlier one instead of printing them over each other', () => {
    const [china, gb] = placeLabels([box('CHINA', 200, 50), box('Gilgit-Baltistan', 150, 52)], []);
    expect(china).toEqual({ x: 200, y: 50 });
    const gap = Math.abs(gb!.y - china!.y) >= 11 || gb!.x + 56 + 3 < 200 - 17.5;
    expect(gap).toBe(true);
  });
});

// Why: the scenario evaluation hands discountedPayback its workspace so that no array is allocated on each slider
// move; the payback must be the same to the bit, the flows written where they were asked for and nowhere else.
import { describe, expect, it } from 'vitest';
import { discountedPayback } from './index';

describe('discounted payback into a scratch array', () => {
  const flows = [-100, 50, 60, 60];

  it('writes the discounted flows into a long enough scratch, leaves the rest of it, and pays back the same', () => {
    const scratch = new Float64Array(6).fill(7);
    expect(discountedPayback(0.1, flows, { scratch })).toBe(discountedPayback(0.1, flows));
    expect([...scratch]).toEqual([-100, 50 / 1.1, 60 / 1.21, 60 / 1.331, 7, 7].map((v) => expect.closeTo(v, 9)));
    const mid = new Float64Array(4);
    expect(discountedPayback(0.1, flows, { midYear: true, scratch: mid })).toBe(
      discountedPayback(0.1, flows, { midYear: true }),
    );
    expect(mid[1]).toBeCloseTo(50 / 1.1 ** 0.5, 9);
  });

  it('does not use a scratch shorter than the flows', () => {
    const scratch = new Float64Array(2).fill(7);
    expect(discountedPayback(0.1, flows, { scratch })).toBe(discountedPayback(0.1, flows));
    expect([...scratch]).toEqual([7, 7]);
  });
});

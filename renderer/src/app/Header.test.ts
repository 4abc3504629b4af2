import { describe, expect, it } from 'vitest';
import { fittingCount } from './Header';

describe('which views fit in the header bar', () => {
  const widths = [90, 80, 90, 90, 120, 80, 110]; // seven labels, 660 px with six 4 px gaps = 684 px
  it('keeps every view in the bar when all of them fit, with no "More" button', () => {
    expect(fittingCount(widths, 684, 4, 70)).toBe(7);
  });
  it('moves the views that do not fit into "More", keeping room for the button', () => {
    // The first six (550 + 20 px of gaps) plus a gap and "More" (74) need 644 px: they fit in 683, not in 643.
    expect(fittingCount(widths, 683, 4, 70)).toBe(6);
    expect(fittingCount(widths, 643, 4, 70)).toBe(5);
    expect(fittingCount(widths, 300, 4, 70)).toBe(2);
  });
  it('never reports fewer than none, however narrow', () => {
    expect(fittingCount(widths, 10, 4, 70)).toBe(0);
  });
});

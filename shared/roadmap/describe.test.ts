// Change sentences and money formatting used beside the linked NPVs.
import { describe, expect, it } from 'vitest';
import { defaultRoadmapState } from './defaults';
import { formatUsdM } from '../format/number';
import { describeRoadmapChange } from './describe';
import { changeDuration, setStart, shiftStart } from './edit';
import { formatYearMonth } from './time';

describe('formatUsdM', () => {
  it('uses bn above a thousand million and writes the sign when asked', () => {
    expect(formatUsdM(19070.9)).toBe('USD 19.07 bn');
    expect(formatUsdM(-569.3, 'en-GB', { signed: true })).toBe('\u2212USD 569 m');
    expect(formatUsdM(-1410, 'en-GB', { signed: true })).toBe('\u2212USD 1.41 bn');
    expect(formatUsdM(412.4, 'en-GB', { signed: true })).toBe('+USD 412 m');
    expect(formatUsdM(3.21, 'en-GB', { signed: true })).toBe('+USD 3.2 m');
    expect(formatUsdM(0.01, 'en-GB', { signed: true })).toBe('±USD 0.0 m');
  });
});

describe('describeRoadmapChange', () => {
  const base = defaultRoadmapState();
  it('says when nothing changed', () => {
    expect(describeRoadmapChange(base, base)).toBe('Same as the article defaults');
  });
  it('folds phases that only followed into the sentence', () => {
    expect(describeRoadmapChange(base, shiftStart(base, 'scaling', 1))).toBe(
      'Phase 2 one year later (Phase 3 follows)',
    );
    expect(describeRoadmapChange(base, shiftStart(base, 'demonstration', 0.5))).toBe(
      'Phase 1 half a year later (Phase 2, Phase 3 follow)',
    );
  });
  it('names duration and independent changes', () => {
    expect(describeRoadmapChange(base, changeDuration(base, 'scaling', -1))).toBe(
      'Phase 2 one year shorter (Phase 3 follows)',
    );
    expect(describeRoadmapChange(base, setStart(base, 'impact', 12))).toBe('Phase 3 2 years later');
  });
  it('reports an anchor move on its own', () => {
    expect(describeRoadmapChange(base, { ...base, anchorDate: '2026-01-01' })).toBe(
      'Anchor moved to 1 Jan 2026 (all phases follow)',
    );
  });
});

describe('formatYearMonth', () => {
  it('names the month a fractional year falls in', () => {
    expect(formatYearMonth(2028.75)).toBe('Oct 2028');
    expect(formatYearMonth(2035.7507)).toBe('Oct 2035');
  });
});

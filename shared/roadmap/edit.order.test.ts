// Why: a hand-edited roadmap file may list phases out of order or give an earlier phase a later start. Edits must
// still move exactly the edited phase and those after it, capped at 40 years by the latest of *those* phases.
import { describe, expect, it } from 'vitest';
import { defaultRoadmapState } from './defaults';
import { describeRoadmapChange } from './describe';
import { changeDuration, setStart, shiftStart } from './edit';
import { parseStartField } from './ranges';
import type { RoadmapState } from './state';

const base = defaultRoadmapState();
const withStarts = (starts: [number, number, number]): RoadmapState => ({
  ...base,
  phases: base.phases.map((p, i) => ({ ...p, startOffsetYears: starts[i]! })),
});
const starts = (s: RoadmapState) => s.phases.map((p) => p.startOffsetYears);

describe('edits on a hand-edited roadmap', () => {
  it('caps a shift by the later phases only, not by an earlier phase that starts later', () => {
    // Scaling 2 and impact 10 may move 30 more years; Demonstration's 38 is not among the phases that move.
    expect(starts(shiftStart(withStarts([38, 2, 10]), 'scaling', 5))).toEqual([38, 7, 15]);
  });

  it('caps by phase, not by position, when the file lists the phases out of order', () => {
    const s = withStarts([0, 3, 10]);
    const shuffled = { ...s, phases: [s.phases[2]!, s.phases[0]!, s.phases[1]!] };
    expect(starts(shiftStart(shuffled, 'scaling', 100))).toEqual([0, 33, 40]);
  });
});

describe('change sentences for a phase that kept its date', () => {
  it('does not call a phase moved by 0 years when the phase before it ended earlier', () => {
    const shorter = setStart(changeDuration(base, 'demonstration', -1), 'scaling', 3);
    expect(describeRoadmapChange(base, shorter)).toBe('Phase 1 one year shorter');
  });

  it('lists no phase as following a change that kept its end date', () => {
    const edited: RoadmapState = {
      ...base,
      phases: [{ ...base.phases[0]!, startOffsetYears: 1, durationYears: 2 }, base.phases[1]!, base.phases[2]!],
    };
    expect(describeRoadmapChange(base, edited)).toBe('Phase 1 one year later and one year shorter');
  });
});

describe('typed starts', () => {
  it('allows a phase to start together with the one before it, and reads a bare decimal', () => {
    expect(parseStartField('3', base, 'impact')).toEqual({ ok: true, value: 3 });
    expect(parseStartField('.25', base, 'demonstration')).toEqual({ ok: true, value: 0.25 });
    expect(parseStartField('3.25', base, 'scaling')).toEqual({ ok: true, value: 3.25 });
  });
});

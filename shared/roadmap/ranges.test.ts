// Range warnings (allowed but flagged) and field validation (refused, with a reason).
import { describe, expect, it } from 'vitest';
import { defaultRoadmapState } from './defaults';
import { changeDuration, setDuration, setStart, shiftStart } from './edit';
import { parseDurationField, parseStartField, rangeWarnings } from './ranges';

describe('rangeWarnings', () => {
  it('has nothing to say about the article defaults', () => {
    expect(rangeWarnings(defaultRoadmapState())).toEqual([]);
  });

  it('flags a duration outside the article range with the range in words', () => {
    const w = rangeWarnings(setDuration(defaultRoadmapState(), 'scaling', 8));
    expect(w).toEqual([
      { phaseId: 'scaling', kind: 'duration-range', message: "Outside the article's range of 5–7 years (here 8)" },
    ]);
    expect(rangeWarnings(setDuration(defaultRoadmapState(), 'demonstration', 1.5))[0]?.message).toContain(
      'range of 2–3 years',
    );
  });

  it('flags impact starting before "after a decade"', () => {
    const w = rangeWarnings(changeDuration(defaultRoadmapState(), 'scaling', -1));
    expect(w.map((x) => x.kind)).toEqual(['impact-start']);
    expect(w[0]?.message).toContain('after a decade');
  });

  it('notes gaps and overlaps between phases', () => {
    const gap = rangeWarnings(shiftStart(defaultRoadmapState(), 'scaling', 0.5));
    expect(gap.find((x) => x.kind === 'gap')?.message).toBe('Starts half a year after Demonstration ends');
    const overlap = rangeWarnings(setStart(defaultRoadmapState(), 'impact', 9));
    expect(overlap.find((x) => x.kind === 'overlap')?.message).toBe('Overlaps Moderate commercial scaling by one year');
  });
});

describe('edits', () => {
  it('move later phases with the edited one and never before the anchor', () => {
    const s = shiftStart(defaultRoadmapState(), 'demonstration', -1);
    expect(s.phases.map((p) => p.startOffsetYears)).toEqual([0, 3, 10]);
    const t = changeDuration(defaultRoadmapState(), 'demonstration', 0.25);
    expect(t.phases.map((p) => p.startOffsetYears)).toEqual([0, 3.25, 10.25]);
    expect(setDuration(defaultRoadmapState(), 'scaling', 0.1).phases[1]?.durationYears).toBe(0.5);
  });
});

describe('field validation', () => {
  const s = defaultRoadmapState();
  it('accepts numbers, including outside the article range', () => {
    expect(parseDurationField(' 8 ')).toEqual({ ok: true, value: 8 });
    expect(parseStartField('3.25', s, 'scaling')).toEqual({ ok: true, value: 3.25 });
  });
  it('refuses empty, text, NaN and negative values with clear messages', () => {
    expect(parseDurationField('')).toEqual({ ok: false, message: 'Enter the duration in years, e.g. 2.5' });
    expect(parseDurationField('abc')).toEqual({
      ok: false,
      message: 'The duration must be a number of years, e.g. 2.5',
    });
    expect(parseDurationField('NaN').ok).toBe(false);
    expect(parseDurationField('-1')).toEqual({ ok: false, message: 'The duration cannot be negative' });
    expect(parseStartField('-0.25', s, 'demonstration')).toEqual({
      ok: false,
      message: 'The start cannot be negative',
    });
    expect(parseDurationField('0.2')).toEqual({ ok: false, message: 'A phase lasts at least 0.5 years' });
    expect(parseDurationField('41')).toEqual({ ok: false, message: 'At most 40 years' });
  });
  it('refuses a start before the previous phase starts', () => {
    const r = parseStartField('1', setStart(s, 'scaling', 2), 'impact');
    expect(r).toEqual({
      ok: false,
      message: 'Cannot start before Moderate commercial scaling (2 years after the anchor)',
    });
  });
});

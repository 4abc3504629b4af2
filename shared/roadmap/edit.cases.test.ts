// Why: the Roadmap view shows the edited years, the change sentence and the range warnings as they are computed here;
// each expectation below is worked out by hand (calendar arithmetic, clamps at 0 and 40 years, field messages).
import { describe, expect, it } from 'vitest';
import type { RoadmapState } from './state';
import { articleRange, defaultRoadmapState, phaseById, roadmapPhase } from './defaults';
import { describeRoadmapChange, ENGLISH_CHANGE_WORDING } from './describe';
import { changeDuration, MAX_YEARS, setDuration, setNote, setStart, shiftStart } from './edit';
import { phasesFromRoadmap, phaseYears } from './link';
import { parseDurationField, parseStartField, rangeWarnings } from './ranges';
import { dateToYear, formatDay, formatYears, jsDateToYear, tidy, yearToDate } from './time';

const starts = (s: RoadmapState) => s.phases.map((p) => p.startOffsetYears);
const durations = (s: RoadmapState) => s.phases.map((p) => p.durationYears);
const base = defaultRoadmapState();

describe('calendar ↔ fractional years', () => {
  it('counts days from 1 January over 365 or 366 days (Gregorian leap rule)', () => {
    expect(dateToYear('2025-01-01')).toBe(2025);
    expect(dateToYear('2025-03-01')).toBeCloseTo(2025 + 59 / 365, 12);
    expect(dateToYear('2024-03-01')).toBeCloseTo(2024 + 60 / 366, 12); // divisible by 4
    expect(dateToYear('2000-03-01')).toBeCloseTo(2000 + 60 / 366, 12); // divisible by 400
    expect(dateToYear('2100-03-01')).toBeCloseTo(2100 + 59 / 365, 12); // divisible by 100 only
    expect(dateToYear('1900-12-31')).toBeCloseTo(1900 + 364 / 365, 12);
  });
  it('puts a month-only date mid-month and a year-only date at 1 January', () => {
    expect(dateToYear('2025-09')).toBeCloseTo(2025 + (243 + 14) / 365, 12);
    expect(dateToYear('2034')).toBe(2034);
  });
  it('turns a fractional year back into the same calendar day, today included', () => {
    for (const iso of ['2025-10-02', '2024-12-31', '2000-02-29', '2100-07-15']) {
      expect(yearToDate(dateToYear(iso)).toISOString().slice(0, 10)).toBe(iso);
    }
    expect(jsDateToYear(new Date(Date.UTC(2024, 2, 1, 23, 59)))).toBeCloseTo(2024 + 60 / 366, 12);
    expect(formatDay(new Date(Date.UTC(2026, 10, 26)))).toBe('26 Nov 2026');
  });
  it('words years for people and tidies binary noise', () => {
    expect(['a quarter year', 'half a year', 'three quarters of a year', 'one year']).toEqual(
      [0.25, -0.5, 0.75, 1].map(formatYears),
    );
    expect(formatYears(2.5)).toBe('2.5 years');
    expect(formatYears(-1.333)).toBe('1.33 years');
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(3.00004)).toBe(3);
  });
});

describe('article defaults', () => {
  it('gives each phase the article range and refuses unknown phases by name', () => {
    expect(articleRange('demonstration')).toMatchObject({ minYears: 2, maxYears: 3 });
    expect(articleRange('scaling')).toMatchObject({ minYears: 5, maxYears: 7 });
    expect(articleRange('impact')).toMatchObject({ minYears: 10, maxYears: null });
    expect(articleRange('impact').wording).toBe(phaseById('impact').articleWording);
    expect(() => phaseById('nope' as never)).toThrow('Dataset has no roadmap phase "nope"');
    expect(() => roadmapPhase({ ...base, phases: base.phases.slice(0, 2) }, 'impact')).toThrow(
      'Roadmap has no phase "impact"',
    );
  });
});

describe('editing phases', () => {
  it('moves the edited phase and every later one, clamped so no phase starts before the anchor', () => {
    expect(starts(shiftStart(base, 'scaling', 1))).toEqual([0, 4, 11]);
    expect(starts(shiftStart(base, 'scaling', -10))).toEqual([0, 0, 7]);
    expect(starts(shiftStart(base, 'impact', -0.25))).toEqual([0, 3, 9.75]);
  });
  it('never moves a phase start beyond 40 years, keeping the later phases the same distance apart', () => {
    expect(starts(shiftStart(base, 'impact', 100))).toEqual([0, 3, MAX_YEARS]);
    expect(starts(shiftStart(base, 'scaling', 100))).toEqual([0, 33, MAX_YEARS]);
    expect(starts(setStart(base, 'scaling', 5))).toEqual([0, 5, 12]);
  });
  it('clamps a duration to [0.5, 40] years and moves only the phases after it', () => {
    expect(durations(setDuration(base, 'demonstration', 99))).toEqual([40, 7, 20]);
    expect(starts(setDuration(base, 'demonstration', 2))).toEqual([0, 2, 9]);
    expect(setDuration(base, 'impact', 12)).toEqual({
      ...base,
      phases: [base.phases[0], base.phases[1], { ...base.phases[2], durationYears: 12 }],
    });
    expect(durations(changeDuration(base, 'scaling', 0.25))).toEqual([3, 7.25, 20]);
  });
  it('stores tidy numbers after many quarter steps and puts a hand-edited file back in phase order', () => {
    let s = base;
    for (let k = 0; k < 7; k++) s = shiftStart(s, 'scaling', 0.1);
    expect(starts(s)).toEqual([0, 3.7, 10.7]);
    const shuffled = { ...base, phases: [base.phases[2]!, base.phases[0]!, base.phases[1]!] };
    expect(setNote(shuffled, 'scaling', 'USSM second shipment').phases).toEqual([
      base.phases[0],
      { ...base.phases[1], note: 'USSM second shipment' },
      base.phases[2],
    ]);
  });
});

describe('change sentences', () => {
  it('names earlier, longer, a shift and a resize together, and several changes in order', () => {
    expect(describeRoadmapChange(base, shiftStart(base, 'impact', -0.5))).toBe('Phase 3 half a year earlier');
    expect(describeRoadmapChange(base, changeDuration(base, 'demonstration', 0.25))).toBe(
      'Phase 1 a quarter year longer (Phase 2, Phase 3 follow)',
    );
    const both = changeDuration(shiftStart(base, 'scaling', 1), 'scaling', 0.5);
    expect(describeRoadmapChange(base, both)).toBe('Phase 2 one year later and half a year longer (Phase 3 follows)');
    const two = setStart(changeDuration(base, 'demonstration', -1), 'impact', 12);
    expect(describeRoadmapChange(base, two)).toBe('Phase 1 one year shorter (Phase 2 follows); Phase 3 2 years later');
  });
  it('reports a shortened last phase and an anchor move with an edit on top, in the caller wording', () => {
    expect(describeRoadmapChange(base, changeDuration(base, 'impact', -2))).toBe('Phase 3 2 years shorter');
    const moved = { ...shiftStart(base, 'impact', 1), anchorDate: '2026-10-02' };
    const words = { ...ENGLISH_CHANGE_WORDING, join: (p: string[]) => p.join(' | ') };
    expect(describeRoadmapChange(base, moved, words, (d) => d.toISOString().slice(0, 10))).toBe(
      'Anchor moved to 2026-10-02 (Phase 1, Phase 2 follow) | Phase 3 2 years later',
    );
  });
});

describe('range warnings and fields at their boundaries', () => {
  it('accepts durations at both ends of the article range and impact exactly a decade on', () => {
    // Phase 1 at its lower bound (2) and Phase 3 exactly 10 years on are fine; only Phase 2's 8 years is flagged.
    expect(rangeWarnings(setDuration(setDuration(base, 'demonstration', 2), 'scaling', 8))).toEqual([
      { phaseId: 'scaling', kind: 'duration-range', message: "Outside the article's range of 5–7 years (here 8)" },
    ]);
    expect(rangeWarnings(setDuration(setDuration(base, 'scaling', 5), 'demonstration', 5))).toEqual([
      {
        phaseId: 'demonstration',
        kind: 'duration-range',
        message: "Outside the article's range of 2–3 years (here 5)",
      },
    ]);
  });
  it('says how early impact starts and how big a gap or overlap is', () => {
    expect(rangeWarnings(changeDuration(base, 'scaling', -1.5))).toEqual([
      {
        phaseId: 'impact',
        kind: 'impact-start',
        message:
          'Outside the article\'s range: significant impact "after a decade", i.e. 10 or more years after the anchor (here 8.5)',
      },
    ]);
    const g = rangeWarnings(setStart(base, 'impact', 12));
    expect(g).toEqual([
      { phaseId: 'impact', kind: 'gap', message: 'Starts 2 years after Moderate commercial scaling ends' },
    ]);
  });
  it('accepts signed and bare-decimal numbers up to 40 years, and refuses the rest with the field named', () => {
    expect(parseStartField('0', base, 'demonstration')).toEqual({ ok: true, value: 0 });
    expect(parseStartField('+.5', base, 'demonstration')).toEqual({ ok: true, value: 0.5 });
    expect(parseDurationField('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseDurationField('40')).toEqual({ ok: true, value: 40 });
    expect(parseDurationField('3.')).toEqual({ ok: true, value: 3 });
    expect(parseStartField('3', base, 'scaling')).toEqual({ ok: true, value: 3 });
    expect(parseStartField('40.5', base, 'demonstration')).toEqual({ ok: false, message: 'At most 40 years' });
    expect(parseStartField('   ', base, 'demonstration')).toEqual({
      ok: false,
      message: 'Enter the start in years, e.g. 2.5',
    });
    for (const bad of ['1e2', '2.5.1', 'x3', '3x', '.', '--1']) {
      expect(parseStartField(bad, base, 'demonstration')).toEqual({
        ok: false,
        message: 'The start must be a number of years, e.g. 2.5',
      });
    }
    expect(parseStartField('2.75', base, 'scaling')).toEqual({ ok: true, value: 2.75 });
    expect(parseStartField('2.75', base, 'impact')).toEqual({
      ok: false,
      message: 'Cannot start before Moderate commercial scaling (3 years after the anchor)',
    });
  });
});

describe('roadmap to model years', () => {
  it('never lets a phase start before the one before it, and keeps an impact phase cut to zero length', () => {
    const s = {
      ...base,
      phases: [
        base.phases[0]!,
        { ...base.phases[1]!, startOffsetYears: 4 },
        { ...base.phases[2]!, startOffsetYears: 2, durationYears: 0.5 },
      ],
    };
    const y = phaseYears(s);
    expect(y.impact.start).toBeCloseTo(y.scaling.start, 12);
    expect(y.impact.end - y.impact.start).toBeCloseTo(0.5, 12);
    expect(phasesFromRoadmap(s, 2026).impact).toEqual({ startOffsetYears: 4, durationYears: 0 });
    const long = {
      ...base,
      phases: [base.phases[0]!, base.phases[1]!, { ...base.phases[2]!, startOffsetYears: 40, durationYears: 40 }],
    };
    expect(phasesFromRoadmap(long, 2026).impact).toEqual({ startOffsetYears: 40, durationYears: 40 });
    expect(phasesFromRoadmap(long, 1990).impact).toEqual({ startOffsetYears: 76, durationYears: 4 });
  });
});

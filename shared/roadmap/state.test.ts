// Why: a roadmap file is read back from the workspace; a damaged date or an out-of-range phase must be refused with a
// message naming the problem, and a phase saved without a note must load with an empty one.
import { describe, expect, it } from 'vitest';
import { defaultRoadmapState } from './defaults';
import { RoadmapStateSchema } from './state';

const issues = (doc: unknown) => {
  const r = RoadmapStateSchema.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('roadmap file', () => {
  it('reads the default roadmap back unchanged, with every note empty', () => {
    const d = defaultRoadmapState();
    expect(RoadmapStateSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(d);
    expect(d.phases.map((p) => p.note)).toEqual(['', '', '']);
    const { note: _dropped, ...bare } = d.phases[0]!;
    expect(RoadmapStateSchema.parse({ ...d, phases: [bare, d.phases[1], d.phases[2]] }).phases[0]).toEqual({
      ...bare,
      note: '',
    });
  });

  it('refuses an anchor that is not exactly YYYY-MM-DD', () => {
    const d = defaultRoadmapState();
    for (const anchorDate of ['x2025-10-02', '2025-10-02x', '2025-10', '02-10-2025'])
      expect(issues({ ...d, anchorDate })).toEqual(['anchorDate: anchor date must be YYYY-MM-DD']);
  });

  it('refuses a phase before the anchor or shorter than half a year, saying so', () => {
    const d = defaultRoadmapState();
    const bad = {
      ...d,
      phases: [{ ...d.phases[0]!, startOffsetYears: -1, durationYears: 0.25 }, d.phases[1], d.phases[2]],
    };
    expect(issues(bad)).toEqual([
      'phases.0.startOffsetYears: start cannot be before the anchor',
      'phases.0.durationYears: a phase lasts at least half a year',
    ]);
    expect(issues({ ...d, phases: d.phases.slice(0, 2) })).toHaveLength(1);
    expect(issues({ ...d, kind: 'risk-scores' })).toHaveLength(1);
  });
});

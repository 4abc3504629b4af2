import { describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument } from '../workspace/documents';
import { suggestedPdfName, suggestedSpecName } from './naming';
import { isEditedScenario } from './scenario-stamp';
import { briefingKind, BriefingSpecSchema } from './spec';
import { createScenarioFromPreset } from '../scenario/presets';

const minimal = {
  schemaVersion: 2,
  kind: 'briefing',
  title: 'Pack',
  date: '2026-03-01',
  sections: [{ type: 'cover' }],
};

describe('BriefingSpecSchema', () => {
  it('fills defaults, including enabled sections for files written before sections could be switched off', () => {
    const s = BriefingSpecSchema.parse(minimal);
    expect(s).toMatchObject({
      paper: 'A4',
      orientation: 'portrait',
      language: 'en',
      subtitle: '',
      sections: [{ type: 'cover', enabled: true }],
    });
  });

  it('names the field in each problem', () => {
    const r = BriefingSpecSchema.safeParse({
      ...minimal,
      title: ' ',
      date: '1 March',
      sections: [
        { type: 'comparison', sources: ['preset:reko-diq'] },
        { type: 'scenario', source: '../x' },
      ],
    });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'title: title is required',
        'date: date must be YYYY-MM-DD',
        'sections.0.sources: choose at least two scenarios',
      ]),
    );
    expect(issues.some((i) => i.startsWith('sections.1.source'))).toBe(true);
  });

  it('migrates a version-1 file (no talk) to version 2 with the default talk, keeping every other field', () => {
    const v1 = JSON.stringify({ ...minimal, schemaVersion: 1, subtitle: 'Kept' });
    const spec = decodeDocument(briefingKind, v1, 'old.json');
    expect(spec.schemaVersion).toBe(2);
    expect(spec.subtitle).toBe('Kept');
    expect(spec.talk).toEqual({ order: [], hidden: [], deposit: '', scenario: '', notes: {} });
  });

  it('refuses a talk that lists a slide twice or names an unknown slide, naming the field', () => {
    const twice = BriefingSpecSchema.safeParse({ ...minimal, talk: { order: ['map', 'map'] } });
    expect(twice.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      'talk.order: each slide may appear only once in the order',
    );
    const unknown = BriefingSpecSchema.safeParse({ ...minimal, talk: { hidden: ['weather'] } });
    expect(unknown.error!.issues[0]!.path.join('.')).toBe('talk.hidden.0');
  });

  it('round-trips through the workspace decoder', () => {
    const text = encodeDocument(briefingKind, BriefingSpecSchema.parse(minimal), 'pack.json');
    expect(decodeDocument(briefingKind, text, 'pack.json')).toEqual(BriefingSpecSchema.parse(minimal));
  });
});

describe('naming', () => {
  it('suggests readable file names', () => {
    expect(suggestedPdfName({ title: 'Pakistan Minerals — Investor Briefing!', date: '2026-03-20' })).toBe(
      'pakistan-minerals-investor-briefing-2026-03-20.pdf',
    );
    expect(suggestedSpecName({ title: 'Forum pack' })).toBe('forum-pack.json');
    // Other scripts fall back to "briefing" (the slug and copy-name rules are tested in shared/workspace/names.test.ts).
    expect(suggestedSpecName({ title: 'معدنیات' })).toBe('briefing.json');
    expect(suggestedSpecName({ title: 'Énergie  & Mines' })).toBe('energie-mines.json');
  });
});

describe('isEditedScenario', () => {
  it('a preset case is not stamped; an edited copy and a scenario without a preset are', () => {
    const base = createScenarioFromPreset('reko-diq');
    expect(isEditedScenario(base)).toBe(false);
    const renamed = { ...base, meta: { ...base.meta, name: 'My copy', updatedAt: '2026-03-20' } };
    expect(isEditedScenario(renamed)).toBe(false);
    const edited = structuredClone(base);
    edited.discounting.ratePct.value = 12;
    expect(isEditedScenario(edited)).toBe(true);
    expect(isEditedScenario({ ...base, meta: { ...base.meta, presetId: undefined } })).toBe(true);
  });
  it('survives a JSON round trip (a saved file) without counting as edited', () => {
    const base = createScenarioFromPreset('reko-diq-review-2026');
    expect(isEditedScenario(JSON.parse(JSON.stringify(base)))).toBe(false);
  });
});

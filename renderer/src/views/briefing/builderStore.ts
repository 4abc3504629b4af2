// Why: the builder edits a briefing that may be invalid mid-typing (an empty title, a half-typed date); the
// spec schema decides what can be saved or exported, and its issues become field-level messages. Sections
// carry a client-side key so drag and keyboard reordering keep focus and identity. ("Draft" in this app means only the
// scenario editor's crash copy, stores/scenarioDrafts.ts; this module is the builder's editing store.)
import { create } from 'zustand';
import { briefingKind, BriefingSpecSchema, type BriefingSpec, type Section } from '../../../../shared/briefing/spec';
import { defaultTalk } from '../../../../shared/briefing/talk';

export interface KeyedSection {
  key: string;
  section: Section;
}

export type BriefingSettings = Omit<BriefingSpec, 'sections' | 'schemaVersion' | 'kind'>;

export interface EditedBriefing {
  settings: BriefingSettings;
  sections: KeyedSection[];
}

let nextKey = 1;
export const keyed = (section: Section): KeyedSection => ({ key: `s${nextKey++}`, section });

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function defaultSection(type: Section['type']): Section {
  switch (type) {
    case 'deposits':
      return { type, enabled: true, filter: '' };
    case 'profiles':
      return { type, enabled: true, depositIds: ['reko-diq'] };
    case 'scenario':
      return { type, enabled: true, source: 'preset:reko-diq' };
    case 'comparison':
      return { type, enabled: true, sources: ['preset:reko-diq', 'preset:reko-diq-review-2026'] };
    default:
      return { type, enabled: true };
  }
}

export function newBriefing(language: 'en' | 'ur'): EditedBriefing {
  return {
    settings: {
      title: 'Pakistan Critical Minerals: Investor Briefing',
      subtitle: 'Antimony, copper and rare earths after the first consignment to U.S. Strategic Metals',
      audience: 'Pakistan Minerals Investment Forum',
      date: today(),
      preparedBy: '',
      classification: '',
      paper: 'A4',
      orientation: 'portrait',
      language,
      talk: defaultTalk(),
    },
    sections: (
      ['cover', 'summary', 'deposits', 'profiles', 'roadmap', 'risks', 'scenario', 'comparison', 'sources'] as const
    ).map((t) => keyed(defaultSection(t))),
  };
}

export function editedFromSpec(spec: BriefingSpec): EditedBriefing {
  const { sections, schemaVersion: _v, kind: _k, ...settings } = spec;
  return { settings, sections: sections.map(keyed) };
}

export function specFromEdited(d: EditedBriefing): unknown {
  return {
    schemaVersion: briefingKind.currentVersion,
    kind: 'briefing',
    ...d.settings,
    sections: d.sections.map((s) => s.section),
  };
}

/** Field path ("title", "sections.3.depositIds") → first message, for messages beside each field. */
export function validateEdited(d: EditedBriefing): { spec: BriefingSpec | null; errors: Record<string, string> } {
  const r = BriefingSpecSchema.safeParse(specFromEdited(d));
  if (r.success) return { spec: r.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const i of r.error.issues) {
    const key = i.path.map(String).join('.') || 'spec';
    errors[key] ??= i.message;
  }
  return { spec: null, errors };
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** The briefing being built. Which file it was opened from or saved to is in the briefing session (briefingFiles). */
interface BuilderState {
  briefing: EditedBriefing;
  dirty: boolean;
  setSettings(patch: Partial<BriefingSettings>): void;
  setSections(sections: KeyedSection[]): void;
  updateSection(key: string, section: Section): void;
  load(briefing: EditedBriefing): void;
  markSaved(): void;
}

export const useBriefingBuilder = create<BuilderState>((set) => ({
  briefing: newBriefing('en'),
  dirty: false,
  setSettings: (patch) =>
    set((s) => ({ briefing: { ...s.briefing, settings: { ...s.briefing.settings, ...patch } }, dirty: true })),
  setSections: (sections) => set((s) => ({ briefing: { ...s.briefing, sections }, dirty: true })),
  updateSection: (key, section) =>
    set((s) => ({
      briefing: { ...s.briefing, sections: s.briefing.sections.map((d) => (d.key === key ? { key, section } : d)) },
      dirty: true,
    })),
  load: (briefing) => set({ briefing, dirty: false }),
  markSaved: () => set({ dirty: false }),
}));

// Why: language, theme and number grouping are per-machine preferences owned by main. This store loads
// them once, applies them to the document (lang, dir, theme) and persists changes back through main.
import { create } from 'zustand';
import type { Settings } from '../../../shared/settings/schema';
import { api, hasBridge } from '../api/client';
import { applyLanguage, setPkrGrouping, type Language } from '../i18n';

const DEFAULTS: Settings = { language: 'en', theme: 'system', pkrGrouping: 'international' };

function applyTheme(theme: Settings['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  update(patch: Partial<Settings>): Promise<void>;
}

export const useSettings = create<SettingsState>((set, get) => ({
  settings: DEFAULTS,
  loaded: false,
  error: null,
  async load() {
    let settings = DEFAULTS;
    if (hasBridge()) {
      try {
        settings = await api('settings:get');
      } catch (err) {
        set({ error: (err as Error).message });
      }
    }
    applyLanguage(settings.language as Language);
    applyTheme(settings.theme);
    setPkrGrouping(settings.pkrGrouping);
    set({ settings, loaded: true });
  },
  async update(patch) {
    const next = { ...get().settings, ...patch };
    // Apply at once so the switch feels instant; persist behind it.
    if (patch.language) applyLanguage(patch.language as Language);
    if (patch.theme) applyTheme(patch.theme);
    if (patch.pkrGrouping) setPkrGrouping(patch.pkrGrouping);
    set({ settings: next });
    if (!hasBridge()) return;
    try {
      set({ settings: await api('settings:update', patch), error: null });
    } catch (err) {
      set({ error: (err as Error).message });
    }
  },
}));

// Why: the bundled dataset ships inside the app; data packs come from the workspace through main.
// This store merges the two once, so every view sees the same deposits, with user data marked.
import { create } from 'zustand';
import { dataset } from '../../../shared/data';
import type { Deposit } from '../../../shared/model/dataset';
import type { Source } from '../../../shared/model/sourced';
import { api, hasBridge, onEvent } from '../api/client';
import { onWorkspaceSwitched } from './workspace';

export interface PackProblem {
  file: string;
  message: string;
}

interface DataState {
  status: 'loading' | 'ready';
  deposits: Deposit[];
  sources: Map<string, Source>;
  packs: { file: string; name: string; deposits: number }[];
  packErrors: PackProblem[];
  /** What the data packs added, as main loaded them: a print job freezes this, not the merged lists. */
  packData: PackData;
  loadPacks(): Promise<void>;
  /** Merges loaded packs over the bundled data (the print route applies its job's frozen copy this way). */
  applyPacks(packs: PackData): void;
}

export interface PackData {
  deposits: Deposit[];
  sources: Source[];
}

const bundledSources = new Map(dataset.sources.map((s) => [s.id, s]));

export function mergeDeposits(bundled: Deposit[], user: Deposit[]): Deposit[] {
  const byId = new Map(bundled.map((d) => [d.id, d]));
  for (const d of user) byId.set(d.id, d);
  return [...byId.values()];
}

export const useData = create<DataState>((set, get) => ({
  status: 'loading',
  deposits: dataset.deposits,
  sources: bundledSources,
  packs: [],
  packErrors: [],
  packData: { deposits: [], sources: [] },
  async loadPacks() {
    if (!hasBridge()) {
      set({ status: 'ready' });
      return;
    }
    try {
      const res = await api('data:load-packs');
      get().applyPacks(res);
      set({ packs: res.packs, packErrors: res.errors });
    } catch (err) {
      // The bundled data still shows; the problem is reported, not hidden.
      const packData = { deposits: [], sources: [] };
      set({
        status: 'ready',
        deposits: dataset.deposits,
        sources: bundledSources,
        packData,
        packErrors: [{ file: 'data/', message: (err as Error).message }],
      });
    }
  },
  applyPacks({ deposits, sources }) {
    const merged = new Map(bundledSources);
    for (const s of sources) merged.set(s.id, s);
    set({
      status: 'ready',
      deposits: mergeDeposits(dataset.deposits, deposits),
      sources: merged,
      packData: { deposits, sources },
    });
  },
}));

let subscribed = false;
export function watchDataPacks(): void {
  if (subscribed) return;
  subscribed = true;
  onEvent('workspace:changed', (e) => {
    if (e.kind === 'data-pack') void useData.getState().loadPacks();
  });
  onWorkspaceSwitched(() => void useData.getState().loadPacks());
}

// Why: the bundled dataset ships inside the app; data packs come from the workspace through main.
// This store merges the two once, so every view sees the same deposits, with user data marked.
import { create } from 'zustand';
import { dataset } from '../../../shared/data';
import type { Deposit } from '../../../shared/model/dataset';
import type { Source } from '../../../shared/model/sourced';
import { api, hasBridge, onEvent } from '../api/client';

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
  loadPacks(): Promise<void>;
}

const bundledSources = new Map(dataset.sources.map((s) => [s.id, s]));

export function mergeDeposits(bundled: Deposit[], user: Deposit[]): Deposit[] {
  const byId = new Map(bundled.map((d) => [d.id, d]));
  for (const d of user) byId.set(d.id, d);
  return [...byId.values()];
}

export const useData = create<DataState>((set) => ({
  status: 'loading',
  deposits: dataset.deposits,
  sources: bundledSources,
  packs: [],
  packErrors: [],
  async loadPacks() {
    if (!hasBridge()) {
      set({ status: 'ready' });
      return;
    }
    try {
      const res = await api('data:load-packs');
      const sources = new Map(bundledSources);
      for (const s of res.sources) sources.set(s.id, s);
      set({ status: 'ready', deposits: mergeDeposits(dataset.deposits, res.deposits), sources, packs: res.packs, packErrors: res.errors });
    } catch (err) {
      // The bundled data still shows; the problem is reported, not hidden.
      set({ status: 'ready', deposits: dataset.deposits, packErrors: [{ file: 'data/', message: (err as Error).message }] });
    }
  },
}));

let subscribed = false;
export function watchDataPacks(): void {
  if (subscribed) return;
  subscribed = true;
  onEvent('workspace:changed', (e) => {
    if (e.kind === 'data-pack') void useData.getState().loadPacks();
  });
}

// Why: data packs in workspace/data add or override deposits. Each is loaded on its own, so one bad
// pack is reported by name and field while the bundled data and the other packs still show.
import type { Deposit } from '../../shared/model/dataset';
import type { Source } from '../../shared/model/sourced';
import type { DataPack } from '../../shared/workspace/data-pack';
import type { WorkspaceStore } from './workspace/store';

export interface LoadedPacks {
  deposits: Deposit[];
  sources: Source[];
  packs: { file: string; name: string; deposits: number }[];
  errors: { file: string; message: string }[];
}

export async function loadDataPacks(store: WorkspaceStore): Promise<LoadedPacks> {
  const out: LoadedPacks = { deposits: [], sources: [], packs: [], errors: [] };
  for (const entry of await store.list('data-pack')) {
    if (entry.status !== 'ok') {
      out.errors.push({ file: `data/${entry.name}`, message: entry.problem ?? 'unreadable' });
      continue;
    }
    try {
      const { content } = await store.read('data-pack', entry.name);
      const pack = content as DataPack;
      out.packs.push({ file: `data/${entry.name}`, name: pack.name, deposits: pack.deposits.length });
      out.sources.push(...pack.sources);
      out.deposits.push(...pack.deposits.map((d) => ({ ...d, origin: 'user' as const, packName: pack.name })));
    } catch (err) {
      out.errors.push({ file: `data/${entry.name}`, message: (err as Error).message });
    }
  }
  return out;
}

// Why: data packs in workspace/data add deposits and the sources they cite. Each is loaded on its own, so one bad
// pack is reported by name and field while the bundled data and the other packs still show. Packs live in their
// own id namespace: an id the bundled data already uses, or one an earlier pack took, is reported by file and field
// and skipped, so the bundled (sourced, reviewed) figure always stays.
import { dataset } from '../../shared/data';
import type { Deposit } from '../../shared/model/dataset';
import type { Source } from '../../shared/model/sourced';
import type { WorkspaceStore } from './workspace/store';

export interface LoadedPacks {
  deposits: Deposit[];
  sources: Source[];
  packs: { file: string; name: string; deposits: number }[];
  errors: { file: string; message: string }[];
}

export async function loadDataPacks(store: WorkspaceStore): Promise<LoadedPacks> {
  const out: LoadedPacks = { deposits: [], sources: [], packs: [], errors: [] };
  const bundledSources = new Set(dataset.sources.map((s) => s.id));
  const bundledDeposits = new Set(dataset.deposits.map((d) => d.id));
  const sourceFrom = new Map<string, string>();
  const depositFrom = new Map<string, string>();
  const collision = (field: string, id: string, what: string, owner: string | undefined) =>
    owner === undefined
      ? `${field}: "${id}" is a bundled ${what} id; the bundled ${what} is kept and this one is skipped. Give it an id of its own.`
      : `${field}: "${id}" is already used by ${owner}; the first one is kept and this one is skipped. Give it an id of its own.`;

  for (const entry of await store.list('data-pack')) {
    const file = `data/${entry.name}`;
    if (entry.status !== 'ok') {
      out.errors.push({ file, message: entry.problem ?? 'unreadable' });
      continue;
    }
    try {
      const { content: pack } = await store.read('data-pack', entry.name);
      pack.sources.forEach((s, i) => {
        if (bundledSources.has(s.id) || sourceFrom.has(s.id)) {
          out.errors.push({ file, message: collision(`sources[${i}].id`, s.id, 'source', sourceFrom.get(s.id)) });
          return;
        }
        sourceFrom.set(s.id, file);
        out.sources.push(s);
      });
      let added = 0;
      pack.deposits.forEach((d, i) => {
        if (bundledDeposits.has(d.id) || depositFrom.has(d.id)) {
          out.errors.push({ file, message: collision(`deposits[${i}].id`, d.id, 'deposit', depositFrom.get(d.id)) });
          return;
        }
        depositFrom.set(d.id, file);
        out.deposits.push({ ...d, origin: 'user' as const, packName: pack.name });
        added++;
      });
      out.packs.push({ file, name: pack.name, deposits: added });
    } catch (err) {
      out.errors.push({ file, message: (err as Error).message });
    }
  }
  return out;
}

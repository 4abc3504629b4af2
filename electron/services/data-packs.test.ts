import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../../shared/data';
import { documentKinds } from '../../shared/workspace/kinds';
import { loadDataPacks } from './data-packs';
import { WorkspaceStore } from './workspace/store';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/packs/hunza-ruby.json');
const hunza = () =>
  JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
    name: string;
    sources: { id: string }[];
    deposits: { id: string; name: string }[];
  };

let store: WorkspaceStore;
let root: string;
beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'pmb-packs-'));
  store = new WorkspaceStore(root, documentKinds);
  await store.init();
});
const put = (name: string, pack: unknown) => writeFileSync(path.join(root, 'data', name), JSON.stringify(pack));

describe('data packs', () => {
  it('adds a pack’s deposits and sources, marked as user data', async () => {
    put('hunza.json', hunza());
    const res = await loadDataPacks(store);
    expect(res.errors).toEqual([]);
    expect(res.deposits.map((d) => [d.id, d.origin, d.packName])).toEqual([
      ['hunza-ruby', 'user', 'Field team: GB gemstones'],
    ]);
    expect(res.packs).toEqual([{ file: 'data/hunza.json', name: 'Field team: GB gemstones', deposits: 1 }]);
  });

  it('keeps the bundled source and deposit when a pack reuses their ids, naming file and field', async () => {
    const bundledSource = dataset.sources[0]!;
    const bundledDeposit = dataset.deposits[0]!;
    const pack = hunza();
    pack.sources.push({ ...pack.sources[0]!, id: bundledSource.id });
    pack.deposits.push({ ...pack.deposits[0]!, id: bundledDeposit.id, name: 'Pack copy' });
    put('clash.json', pack);
    const res = await loadDataPacks(store);
    expect(res.errors).toEqual([
      {
        file: 'data/clash.json',
        message: `sources[1].id: "${bundledSource.id}" is a bundled source id; the bundled source is kept and this one is skipped. Give it an id of its own.`,
      },
      {
        file: 'data/clash.json',
        message: `deposits[1].id: "${bundledDeposit.id}" is a bundled deposit id; the bundled deposit is kept and this one is skipped. Give it an id of its own.`,
      },
    ]);
    expect(res.sources.map((s) => s.id)).toEqual(['pack-nation-gemstones-2022']);
    expect(res.deposits.map((d) => d.id)).toEqual(['hunza-ruby']);
    expect(res.packs[0]?.deposits).toBe(1);
  });

  it('reports a duplicate id within a pack and across packs; the first one wins', async () => {
    const a = hunza();
    a.deposits.push({ ...a.deposits[0]! });
    put('a.json', a);
    put('b.json', hunza());
    const res = await loadDataPacks(store);
    expect(res.deposits.map((d) => d.id)).toEqual(['hunza-ruby']);
    expect(res.errors).toEqual([
      {
        file: 'data/a.json',
        message: expect.stringContaining('deposits[1].id: "hunza-ruby" is already used by data/a.json'),
      },
      {
        file: 'data/b.json',
        message: expect.stringContaining('sources[0].id: "pack-nation-gemstones-2022" is already used by data/a.json'),
      },
      {
        file: 'data/b.json',
        message: expect.stringContaining('deposits[0].id: "hunza-ruby" is already used by data/a.json'),
      },
    ]);
  });
});

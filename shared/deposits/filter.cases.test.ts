// Why: what the explorer lists for a search, a filter menu's choices and where an unsized deposit sorts are what a
// delegate sees. Each index is built inside its test, so a fault while indexing fails that test instead of the file.
import { describe, expect, it } from 'vitest';
import {
  createDepositIndex,
  DEFAULT_QUERY,
  facetOptions,
  queryDeposits,
  searchWords,
  type DepositQuery,
} from './filter';
import { makeDeposit } from './deposits.fixture';

const sample = () => [
  makeDeposit({
    id: 'reko-diq',
    name: 'Reko Diq',
    minerals: ['Cu', 'Au'],
    district: 'Chagai',
    stageDetail: 'Feasibility',
    size: { value: 5900, unit: 'Mt', figureId: 'r' },
  }),
  makeDeposit({ id: 'saindak', name: 'Saindak', district: 'Chagai', stageDetail: 'Mining', size: null }),
  makeDeposit({
    id: 'user-kohat',
    name: 'Kohat salt',
    minerals: ['Halite'],
    mineralGroup: 'industrial',
    district: 'Kohat',
    stageDetail: 'Survey',
    origin: 'user',
    packName: 'Field team',
    size: { value: 12, unit: 'Mt', figureId: 'k' },
  }),
];
const ids = (q: Partial<DepositQuery>) =>
  queryDeposits(createDepositIndex(sample()), { ...DEFAULT_QUERY, ...q }).map((d) => d.id);

describe('search words', () => {
  it('splits on any run of spaces, tabs or line breaks and keeps no empty word', () => {
    expect(searchWords('Reko \t  Diq\n')).toEqual(['reko', 'diq']);
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords('')).toEqual([]);
  });

  it('finds accented text from plain letters and plain text from accented letters', () => {
    const d = [makeDeposit({ id: 'a', name: 'Bastnäsite Ridge' }), makeDeposit({ id: 'b', name: 'Plain' })];
    const run = (q: string) => queryDeposits(createDepositIndex(d), { ...DEFAULT_QUERY, q }).map((x) => x.id);
    expect(run('bastnasite')).toEqual(['a']);
    expect(run('BASTNÄSITE')).toEqual(['a']);
    expect(run('pláin')).toEqual(['b']);
  });
});

describe('what a search matches', () => {
  it('lists everything, in name order, for an empty or blank search', () => {
    expect(ids({ q: '' })).toEqual(['user-kohat', 'reko-diq', 'saindak']);
    expect(ids({ q: '  ' })).toEqual(['user-kohat', 'reko-diq', 'saindak']);
  });

  it('matches a word within one field only, never across the join of two fields', () => {
    expect(ids({ q: 'diq' })).toEqual(['reko-diq']);
    // "Reko Diq" then its id "reko-diq": joined without a separator this would read "diqreko".
    expect(ids({ q: 'diqreko' })).toEqual([]);
    expect(ids({ q: 'chagaifeasibility' })).toEqual([]);
  });

  it('does not match bundled deposits on text they do not contain', () => {
    for (const word of ['here', 'was', 'undefined', 'null', 'pack']) expect(ids({ q: word })).toEqual([]);
    expect(ids({ q: 'field team' })).toEqual(['user-kohat']);
  });
});

describe('sorting deposits without a comparable size', () => {
  it('sorts sized deposits by size and keeps an unsized one last both ways', () => {
    expect(ids({ sort: 'size' })).toEqual(['user-kohat', 'reko-diq', 'saindak']);
    expect(ids({ sort: 'size', desc: true })).toEqual(['reko-diq', 'user-kohat', 'saindak']);
  });
});

describe('filter menu choices', () => {
  it('orders provinces and minerals as people read them: numbers by value, case ignored', () => {
    const d = ['Block 10', 'block 9', 'Block 2'].map((province, i) =>
      makeDeposit({ id: `d${i}`, province, minerals: i === 0 ? ['Zn', 'Au'] : ['Sb'] }),
    );
    const f = facetOptions(d);
    expect(f.provinces).toEqual(['Block 2', 'block 9', 'Block 10']);
    // Antimony, Gold, Zinc: by name, not by code (Au, Sb, Zn).
    expect(f.minerals).toEqual(['Sb', 'Au', 'Zn']);
  });
});

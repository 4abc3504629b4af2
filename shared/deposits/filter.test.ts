// Why: the filter decides what a delegate sees on the map and in the table; these pin down each filter,
// the search rules and the sort orders (including "no size" staying last).
import { describe, expect, it } from 'vitest';
import {
  createDepositIndex,
  DEFAULT_QUERY,
  facetOptions,
  hasActiveFilters,
  queryDeposits,
  type DepositQuery,
} from './filter';
import { makeDeposit } from './deposits.fixture';

const deposits = [
  makeDeposit({
    id: 'reko-diq',
    name: 'Reko Diq',
    minerals: ['Cu', 'Au'],
    critical: true,
    stage: 'development',
    confidence: ['A', 'B'],
    size: { value: 3000, unit: 'Mt', figureId: 'x' },
  }),
  makeDeposit({
    id: 'chitral-antimony',
    name: 'Chitral antimony (Krinj)',
    minerals: ['Sb'],
    mineralGroup: 'battery-critical',
    critical: true,
    province: 'Khyber Pakhtunkhwa',
    district: 'Chitral',
    size: { value: 0.6, unit: 'Mt', figureId: 'y' },
  }),
  makeDeposit({
    id: 'qila-abdullah-antimony',
    name: 'Qila Abdullah antimony',
    minerals: ['Sb'],
    mineralGroup: 'battery-critical',
    critical: true,
    district: 'Qila Abdullah',
    confidence: ['A'],
    size: { value: 0.026, unit: 'Mt', figureId: 'z' },
  }),
  makeDeposit({
    id: 'khewra',
    name: 'Khewra salt',
    minerals: ['Halite'],
    mineralGroup: 'industrial',
    province: 'Punjab',
    district: 'Jhelum',
    stage: 'producing',
    confidence: ['B'],
  }),
  makeDeposit({
    id: 'loe-shilman',
    name: 'Loe Shilman carbonatite',
    minerals: ['REE'],
    mineralGroup: 'ree',
    critical: true,
    stage: 'prospect',
    confidence: ['C'],
    stageDetail: 'Bastnäsite prospect',
  }),
  makeDeposit({
    id: 'user-one',
    name: 'Zeta user prospect',
    origin: 'user',
    packName: 'Team pack',
    stage: 'prospect',
    confidence: ['C'],
  }),
];
const index = createDepositIndex(deposits);
const run = (q: Partial<DepositQuery>) => queryDeposits(index, { ...DEFAULT_QUERY, ...q }).map((d) => d.id);

describe('deposit filters', () => {
  it('returns everything, sorted by name, for the default query', () => {
    expect(run({})).toEqual([
      'chitral-antimony',
      'khewra',
      'loe-shilman',
      'qila-abdullah-antimony',
      'reko-diq',
      'user-one',
    ]);
  });

  it('filters by mineral code (antimony gives the two antimony occurrences only)', () => {
    expect(run({ mineral: 'Sb' })).toEqual(['chitral-antimony', 'qila-abdullah-antimony']);
  });

  it('filters by province, stage, group, critical flag and grade, and combines them', () => {
    expect(run({ province: 'Punjab' })).toEqual(['khewra']);
    expect(run({ stage: 'prospect' })).toEqual(['loe-shilman', 'user-one']);
    expect(run({ group: 'ree' })).toEqual(['loe-shilman']);
    expect(run({ critical: false })).toEqual(['khewra', 'user-one']);
    expect(run({ grade: 'A' })).toEqual(['qila-abdullah-antimony', 'reko-diq']);
    expect(run({ mineral: 'Sb', grade: 'A' })).toEqual(['qila-abdullah-antimony']);
    expect(run({ mineral: 'Sb', province: 'Punjab' })).toEqual([]);
  });

  it('reports whether any filter is active (sorting alone is not a filter)', () => {
    expect(hasActiveFilters(DEFAULT_QUERY)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_QUERY, sort: 'size', desc: true })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_QUERY, q: ' x ' })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_QUERY, critical: false })).toBe(true);
  });

  it('lists the filter options present in the data', () => {
    const f = facetOptions(deposits);
    expect(f.provinces).toEqual(['Balochistan', 'Khyber Pakhtunkhwa', 'Punjab']);
    // Every mineral any deposit lists, once, by name: Antimony, Copper, Gold, Rare earths, Rock salt.
    expect(f.minerals).toEqual(['Sb', 'Cu', 'Au', 'REE', 'Halite']);
  });
});

describe('deposit search', () => {
  it('matches names, districts and mineral names, case-insensitively', () => {
    expect(run({ q: 'REKO' })).toEqual(['reko-diq']);
    expect(run({ q: 'chitral' })).toEqual(['chitral-antimony']);
    expect(run({ q: 'antimony' })).toEqual(['chitral-antimony', 'qila-abdullah-antimony']);
    // Every mineral's name, not only the first one's: the user deposit lists the fixture's default Cu, Reko Diq Cu, Au.
    expect(run({ q: 'copper' })).toEqual(['reko-diq', 'user-one']);
    expect(run({ q: 'gold' })).toEqual(['reko-diq']);
  });

  it('requires every word to match, in any order', () => {
    expect(run({ q: 'antimony qila' })).toEqual(['qila-abdullah-antimony']);
    expect(run({ q: 'antimony punjab' })).toEqual([]);
  });

  it('ignores accents and extra spaces, and finds user data by pack name', () => {
    expect(run({ q: '  bastnasite  ' })).toEqual(['loe-shilman']);
    expect(run({ q: 'team pack' })).toEqual(['user-one']);
  });
});

describe('deposit sorting', () => {
  it('sorts by size both ways, keeping deposits without a comparable size last', () => {
    expect(run({ sort: 'size' }).slice(0, 3)).toEqual(['qila-abdullah-antimony', 'chitral-antimony', 'reko-diq']);
    expect(run({ sort: 'size', desc: true }).slice(0, 3)).toEqual([
      'reko-diq',
      'chitral-antimony',
      'qila-abdullah-antimony',
    ]);
    expect(run({ sort: 'size', desc: true }).slice(3)).toEqual(['khewra', 'loe-shilman', 'user-one']);
  });

  it('sorts by stage in lifecycle order and by best confidence grade', () => {
    expect(run({ sort: 'stage' })[0]).toBe('khewra');
    expect(run({ sort: 'stage' }).slice(-2)).toEqual(['loe-shilman', 'user-one']);
    expect(run({ sort: 'confidence' }).slice(0, 2)).toEqual(['qila-abdullah-antimony', 'reko-diq']);
  });

  it('sorts descending by name and by province', () => {
    expect(run({ desc: true })[0]).toBe('user-one');
    expect(run({ sort: 'province' })[0]).toBe('loe-shilman');
    expect(run({ sort: 'province' }).at(-1)).toBe('khewra');
  });

  it('returns the same order object for a repeated sort (computed once per index)', () => {
    expect(index.order('size', true)).toBe(index.order('size', true));
  });
});

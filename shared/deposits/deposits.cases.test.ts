// Why: what a delegate reads in the explorer, the map legend, the comparison table, an export or a shared link is
// computed here; these hand-made cases pin each visible output (order, label, radius, path, parameter) exactly.
import { describe, expect, it } from 'vitest';
import { buildComparison, fieldKey } from './compare';
import { depositExportRow, depositSourceIds, fieldExportRows } from './export';
import {
  bestGrade,
  createDepositIndex,
  DEFAULT_QUERY,
  facetOptions,
  fold,
  hasActiveFilters,
  matchesFilters,
  queryDeposits,
  searchWords,
  type DepositQuery,
} from './filter';
import { mineralName } from './labels';
import { MARKER_R_MAX, MARKER_R_MIN, MARKER_R_UNSIZED, sizeScale, stageShapePath } from './markers';
import { lookupTestSource, makeDeposit } from './deposits.fixture';
import { buildEntries, paramsToQuery, parseCompare, queryToEntries } from './url';

const fig = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  label: id,
  value: 1,
  unit: 'Mt',
  asOf: '2025',
  sourceIds: ['src-a'],
  confidence: 'B' as const,
  basis: 'press-report' as const,
  ...over,
});

describe('labels', () => {
  it('names element codes with the code, words without, and passes unknown codes through', () => {
    expect(['Sb', 'Lignite', 'Marble', 'Xx'].map(mineralName)).toEqual([
      'Antimony (Sb)',
      'Lignite (coal)',
      'Marble',
      'Xx',
    ]);
  });
});

describe('comparison rows', () => {
  it('strips only the deposit own prefix and keeps the first figure a deposit gives for a key', () => {
    expect(fieldKey('a', 'a.grade')).toBe('grade');
    expect(fieldKey('a', 'ab.grade')).toBe('ab.grade');
    const a = makeDeposit({ id: 'a', fields: [fig('a.x', { value: 1 }), fig('x', { value: 2 })] });
    expect(buildComparison([a])[0]!.cells[0]!.value).toBe(1);
  });
  it('ignores text and unverified cells when checking units, and keeps the first deposit order among equals', () => {
    const a = makeDeposit({
      id: 'a',
      fields: [
        fig('a.p', { value: 'n/a', unit: '' }),
        fig('a.q'),
        fig('a.r', { value: null, unverified: true, unit: 'km' }),
      ],
    });
    const b = makeDeposit({ id: 'b', fields: [fig('b.r'), fig('b.q'), fig('b.p')] });
    const rows = buildComparison([a, b]);
    expect(rows.map((r) => [r.key, r.unitsDiffer])).toEqual([
      ['p', false],
      ['q', false],
      ['r', false],
    ]);
  });
});

describe('export rows', () => {
  it('names exact-location, critical, producing deposits and a size figure the fields lack', () => {
    const d = makeDeposit({
      id: 'k',
      critical: true,
      stage: 'producing',
      mineralGroup: 'industrial',
      minerals: ['Halite', 'Gems'],
      location: { lat: 32.6, lon: 73, approximate: false, precision: 'mine portal' },
      size: { value: 5, unit: 'Mt', figureId: 'k.missing' },
      fields: [
        fig('k.a', { asOf: '2019', unit: '', value: 3 }),
        fig('k.b', { asOf: '2024-02', sourceIds: ['src-a', 'src-b', 'src-a'] }),
      ],
    });
    expect(depositExportRow(d, lookupTestSource)).toMatchObject({
      minerals: 'Rock salt (Halite); Gemstones',
      group: 'Industrial minerals',
      critical: 'Yes',
      stage: 'Producing',
      location: 'mine portal',
      sizeLabel: null,
      sizeValue: 5,
      sizeAsOf: null,
      sizeSource: null,
      latestAsOf: '2024-02',
      sources: 'Dawn (2025-04-08); USGS',
      sourceUrls: 'https://www.dawn.com/news/1; https://www.usgs.gov/x',
    });
    const rows = fieldExportRows(d, lookupTestSource);
    expect(rows[0]).toMatchObject({ number: 3, unit: null, note: null, basis: 'press-report', value: '3' });
    expect(depositExportRow(makeDeposit({ id: 'e' }), lookupTestSource).latestAsOf).toBeNull();
  });
  it('collects sources from ownership, series, contested readings, financing and status notes in profile order', () => {
    const d = makeDeposit({
      id: 'm',
      location: { lat: 29, lon: 64, approximate: true, precision: 'x', sourceIds: ['l'] },
      fields: [fig('m.f', { sourceIds: ['f'] })],
      ownership: [{ holder: 'H', sharePct: 50, sourceIds: ['o'], confidence: 'A' }],
      series: [
        { id: 's', label: 'S', unit: 't', points: [{ year: 2020, value: 1, sourceIds: ['s'], confidence: 'A' }] },
      ],
      contested: [
        { id: 'm.c', label: 'C', readings: [fig('m.c1', { sourceIds: ['c1'] }), fig('m.c2', { sourceIds: ['c2'] })] },
      ],
      financing: [
        {
          lender: 'L',
          instrument: 'loan',
          amountUsdM: 1,
          amountText: '1',
          date: '2024',
          status: 'signed',
          sourceIds: ['fi'],
          confidence: 'A',
        },
      ],
      statusNotes: [{ date: '2025', text: 'T', sourceIds: ['n'], confidence: 'A' }],
    });
    expect(depositSourceIds(d)).toEqual(['l', 'f', 'o', 's', 'c1', 'c2', 'fi', 'n']);
  });
});

describe('filters, search and sorting', () => {
  const ds = [
    makeDeposit({ id: 'b-one', name: 'Beta', minerals: ['Zn'], province: 'Sindh', confidence: ['C', 'A'], size: null }),
    makeDeposit({ id: 'a-two', name: 'Alpha', minerals: ['Au'], province: 'Punjab', confidence: ['B'], size: null }),
    makeDeposit({
      id: 'c-three',
      name: 'Gamma',
      minerals: ['Cu'],
      province: 'Gilgit-Baltistan',
      confidence: ['B'],
      size: { value: 2, unit: 'Mt', figureId: 'f' },
    }),
    makeDeposit({
      id: 'd-four',
      name: 'Delta',
      minerals: ['Ag'],
      province: 'Balochistan',
      confidence: ['C'],
      size: { value: 2, unit: 'Mt', figureId: 'f' },
    }),
  ];
  const index = createDepositIndex(ds);
  const run = (q: Partial<DepositQuery>) => queryDeposits(index, { ...DEFAULT_QUERY, ...q }).map((d) => d.name);

  it('counts each filter as active and folds accents and case', () => {
    for (const k of ['mineral', 'province', 'stage', 'group', 'grade'] as const)
      expect(hasActiveFilters({ ...DEFAULT_QUERY, [k]: 'x' })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_QUERY, q: '   ' })).toBe(false);
    expect(fold('Bastnäsite ÉTÉ')).toBe('bastnasite ete');
    expect(searchWords('  Ab  cD ')).toEqual(['ab', 'cd']);
    expect(bestGrade({ confidence: ['C', 'A', 'B'] })).toBe('A');
    expect(bestGrade({ confidence: ['C'] })).toBe('C');
    expect(
      matchesFilters(ds[0]!, {
        ...DEFAULT_QUERY,
        grade: 'A',
        critical: false,
        stage: 'exploration',
        group: 'base-metals',
      }),
    ).toBe(true);
    expect(matchesFilters(ds[0]!, { ...DEFAULT_QUERY, grade: 'B' })).toBe(false);
  });
  it('sorts by mineral name, province, grade and size with ties and unsized deposits by name', () => {
    expect(run({ sort: 'minerals' })).toEqual(['Gamma', 'Alpha', 'Delta', 'Beta']); // Copper, Gold, Silver, Zinc
    expect(run({ sort: 'minerals', desc: true })).toEqual(['Beta', 'Delta', 'Alpha', 'Gamma']);
    expect(run({ sort: 'province' })).toEqual(['Delta', 'Gamma', 'Alpha', 'Beta']);
    expect(run({ sort: 'confidence' })).toEqual(['Beta', 'Alpha', 'Gamma', 'Delta']);
    expect(run({ sort: 'size' })).toEqual(['Delta', 'Gamma', 'Alpha', 'Beta']);
    expect(run({ sort: 'size', desc: true })).toEqual(['Gamma', 'Delta', 'Alpha', 'Beta']);
    expect(run({ sort: 'name', desc: false })).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
    expect(index.order('name', true)).not.toBe(index.order('name', false));
  });
  it('lists minerals by their names', () => {
    expect(facetOptions(ds).minerals).toEqual(['Cu', 'Au', 'Ag', 'Zn']);
    expect(facetOptions(ds).provinces).toEqual(['Balochistan', 'Gilgit-Baltistan', 'Punjab', 'Sindh']);
  });
});

describe('map markers', () => {
  const s = sizeScale([
    { size: { value: 1, unit: 'Mt', figureId: 'f' } },
    { size: { value: 10_000, unit: 'Mt', figureId: 'f' } },
  ]);
  it('grows area linearly with log size and clamps outside the range', () => {
    // 100 Mt is half-way on the log scale: r² = 5² + ½ (15² − 5²) = 125.
    expect(s.radius(100)).toBeCloseTo(Math.sqrt(125), 12);
    expect(s.radius(0.01)).toBe(MARKER_R_MIN);
    expect(s.radius(1e9)).toBe(MARKER_R_MAX);
    expect(s.radius(0)).toBe(MARKER_R_UNSIZED);
    expect(s.ticks).toEqual([1, 100, 10_000]);
    expect([s.min, s.max]).toEqual([1, 10_000]);
  });
  it('gives one size the middle radius and a legend from its own decade', () => {
    const one = sizeScale([{ size: { value: 50, unit: 'Mt', figureId: 'f' } }, { size: null }]);
    expect(one.radius(50)).toBe(10);
    expect(one.ticks).toEqual([]);
    expect(sizeScale([]).radius(3)).toBe(10);
    expect(
      sizeScale([
        { size: { value: 10, unit: 'Mt', figureId: 'f' } },
        { size: { value: 1000, unit: 'Mt', figureId: 'f' } },
      ]).ticks,
    ).toEqual([10, 100, 1000]);
  });
  it('draws each stage shape at its size', () => {
    expect(stageShapePath('producing', 5)).toBe('M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z');
    expect(stageShapePath('development', 10)).toBe('M-8.86,-8.86H8.86V8.86H-8.86Z');
    expect(stageShapePath('exploration', 10)).toBe('M0,-15.55L13.47,7.78L-13.47,7.78Z');
    expect(stageShapePath('prospect', 10)).toBe('M0,-12.53L12.53,0L0,12.53L-12.53,0Z');
  });
});

describe('links', () => {
  const p = (e: [string, string][]) => new URLSearchParams(e);
  it('trims and caps text filters, keeps the typed search, and reads yes/no', () => {
    const q = paramsToQuery(
      p([
        ['q', ' a b '],
        ['mineral', ` ${'M'.repeat(50)} `],
        ['province', 'P'.repeat(90)],
        ['critical', 'no'],
        ['sort', 'stage'],
      ]),
    );
    expect(q).toMatchObject({
      q: ' a b ',
      mineral: 'M'.repeat(40),
      province: 'P'.repeat(80),
      critical: false,
      sort: 'stage',
      desc: false,
    });
    expect(paramsToQuery(p([['q', 'x'.repeat(300)]])).q).toHaveLength(200);
    expect(
      paramsToQuery(
        p([
          ['critical', 'yes'],
          ['sort', '-name'],
        ]),
      ),
    ).toMatchObject({ critical: true, sort: 'name', desc: true });
  });
  it('writes the sort when only the direction differs, and caps the comparison list', () => {
    expect(queryToEntries({ ...DEFAULT_QUERY, desc: true })).toEqual([['sort', '-name']]);
    expect(queryToEntries({ ...DEFAULT_QUERY, province: 'Punjab', group: 'ree', grade: 'B', critical: true })).toEqual([
      ['province', 'Punjab'],
      ['group', 'ree'],
      ['critical', 'yes'],
      ['grade', 'B'],
    ]);
    expect(
      buildEntries(
        DEFAULT_QUERY,
        ['a', 'b', 'c', 'd', 'e'],
        [
          ['cmp', 'x'],
          ['sort', 'y'],
          ['view', 'map'],
        ],
      ),
    ).toEqual([
      ['cmp', 'a,b,c,d'],
      ['view', 'map'],
    ]);
    expect(buildEntries(DEFAULT_QUERY, [])).toEqual([]);
    expect(parseCompare(p([['cmp', 'a,,b']]))).toEqual(['a', 'b']);
  });
});

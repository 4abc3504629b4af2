// Why: a filtered view must survive a reload and a shared link. These check the hash parameters round-trip
// and that a hand-edited or stale link degrades to sensible defaults instead of breaking the view.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_QUERY, SORT_KEYS, type DepositQuery } from './filter';
import { buildEntries, paramsToQuery, parseCompare, queryToEntries } from './url';

const params = (entries: [string, string][]) => new URLSearchParams(entries);
const roundTrip = (q: DepositQuery) =>
  paramsToQuery(new URLSearchParams(new URLSearchParams(queryToEntries(q)).toString()));

describe('deposit query in the URL hash', () => {
  it('writes nothing for the default query', () => {
    expect(queryToEntries(DEFAULT_QUERY)).toEqual([]);
  });

  it('writes the example link from the issue and reads it back', () => {
    const q: DepositQuery = {
      ...DEFAULT_QUERY,
      mineral: 'Sb',
      stage: 'exploration',
      q: 'chitral krinj',
      sort: 'size',
      desc: true,
    };
    expect(new URLSearchParams(queryToEntries(q)).toString()).toBe(
      'q=chitral+krinj&mineral=Sb&stage=exploration&sort=-size',
    );
    expect(roundTrip(q)).toEqual(q);
  });

  it('round-trips any valid query', () => {
    const arb = fc.record({
      q: fc.string({ maxLength: 40 }),
      mineral: fc.option(fc.constantFrom('Sb', 'Cu', 'REE', 'Marble'), { nil: null }),
      province: fc.option(fc.constantFrom('Punjab', 'Khyber Pakhtunkhwa', 'KP/Balochistan/Sindh/GB'), { nil: null }),
      stage: fc.option(fc.constantFrom('producing', 'development', 'exploration', 'prospect' as const), { nil: null }),
      group: fc.option(
        fc.constantFrom('base-metals', 'precious', 'battery-critical', 'ree', 'industrial', 'energy' as const),
        { nil: null },
      ),
      critical: fc.option(fc.boolean(), { nil: null }),
      grade: fc.option(fc.constantFrom('A', 'B', 'C' as const), { nil: null }),
      sort: fc.constantFrom(...SORT_KEYS),
      desc: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, (q) => {
        expect(roundTrip(q as DepositQuery)).toEqual(q);
      }),
    );
  });

  it('drops unknown or malformed values', () => {
    const q = paramsToQuery(
      params([
        ['stage', 'mined-out'],
        ['grade', 'Z'],
        ['critical', 'maybe'],
        ['sort', '-height'],
        ['group', 'gems'],
      ]),
    );
    expect(q).toEqual(DEFAULT_QUERY);
    expect(paramsToQuery(params([['mineral', '   ']])).mineral).toBeNull();
  });

  it('keeps other parameters and the comparison list, and caps the comparison at four', () => {
    const entries = buildEntries(
      { ...DEFAULT_QUERY, mineral: 'Cu' },
      ['a', 'b'],
      [
        ['mineral', 'old'],
        ['tab', 'prices'],
      ],
    );
    expect(entries).toEqual([
      ['mineral', 'Cu'],
      ['cmp', 'a,b'],
      ['tab', 'prices'],
    ]);
    expect(parseCompare(params([['cmp', 'a,b,a,c,d,e,Bad!']]))).toEqual(['a', 'b', 'c', 'd']);
    expect(parseCompare(params([]))).toEqual([]);
  });
});

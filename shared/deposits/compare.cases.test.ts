// Why: the comparison table leads with the rows most deposits share; a reader comparing three deposits must find the
// shared figures on top and, among equally shared rows, the first deposit's own order. Worked out by hand below.
import { describe, expect, it } from 'vitest';
import { buildComparison } from './compare';
import { makeDeposit } from './deposits.fixture';

const fig = (id: string, unit = 'Mt') => ({
  id,
  label: id,
  value: 1,
  unit,
  asOf: '2025',
  sourceIds: ['s'],
  confidence: 'B' as const,
  basis: 'press-report' as const,
});
const withFields = (id: string, keys: string[]) => makeDeposit({ id, fields: keys.map((k) => fig(`${id}.${k}`)) });

describe('comparison row order', () => {
  it('puts keys shared by more deposits first, whatever the first deposit lists first', () => {
    const rows = buildComparison([
      withFields('a', ['only-a', 'ab', 'abc']),
      withFields('b', ['abc', 'ab']),
      withFields('c', ['abc', 'only-c']),
    ]);
    expect(rows.map((r) => [r.key, r.cells.filter(Boolean).length])).toEqual([
      ['abc', 3],
      ['ab', 2],
      ['only-a', 1],
      ['only-c', 1],
    ]);
  });

  it('keeps first-seen order among rows that are equally shared', () => {
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k10', 'k11', 'k12'];
    expect(buildComparison([withFields('a', keys)]).map((r) => r.key)).toEqual(keys);
    const two = buildComparison([withFields('a', ['x', 'y', 'z']), withFields('b', ['z', 'y', 'x', 'w'])]);
    expect(two.map((r) => r.key)).toEqual(['x', 'y', 'z', 'w']);
  });

  it('flags a row whose numeric cells carry different units, and only that row', () => {
    const a = makeDeposit({ id: 'a', fields: [fig('a.res', 'Mt'), fig('a.grade', '%')] });
    const b = makeDeposit({ id: 'b', fields: [fig('b.res', 'bn t'), fig('b.grade', '%')] });
    expect(buildComparison([a, b]).map((r) => [r.key, r.unitsDiffer])).toEqual([
      ['res', true],
      ['grade', false],
    ]);
  });
});

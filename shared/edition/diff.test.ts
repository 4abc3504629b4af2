import { describe, expect, it } from 'vitest';
import { baselineFor, countChanges, diffDatasets } from './diff';
import { tinyEdition, tinyNextEdition } from './edition.fixture';

const summary = (c: ReturnType<typeof diffDatasets>[number]) =>
  `${c.kind} ${c.key}${c.fields.length ? ` [${c.fields.join(',')}]` : ''}`;

describe('edition diff', () => {
  const changes = diffDatasets(tinyEdition().dataset, tinyNextEdition().dataset);

  it('lists exactly the hand-made changes, ordered by topic', () => {
    expect(changes.map(summary)).toEqual([
      'changed figure:headline.wealth [asOf,sourceIds,value]',
      'removed figure:headline.area',
      'added figure:fiscal.security-cost',
      'added deposit:chagai-copper',
      'added figure:chagai-copper.licence',
      'changed deposit:reko-diq [stageDetail]',
      'changed figure:reko-diq.capex [asOf,basis,confidence,sourceIds,value]',
      'added status-note:reko-diq:2026-05',
      'changed figure:price.copper [asOf,value]',
      'added source:ecc-2026',
      'removed unverified:antimony-price',
    ]);
    expect(countChanges(changes)).toEqual({ added: 5, changed: 4, removed: 2 });
  });

  it('gives old and new with their own sources and dates', () => {
    const capex = changes.find((c) => c.key === 'figure:reko-diq.capex')!;
    expect(capex.context).toBe('Reko Diq');
    expect(capex.before?.figure?.value).toBe(5.6);
    expect(capex.before?.asOf).toBe('2025-03');
    expect(capex.before?.sources.map((s) => s.id)).toEqual(['article']);
    expect(capex.after?.figure?.value).toBe(7.723);
    expect(capex.after?.sources.map((s) => `${s.publisher} ${s.date}`)).toEqual(['ECC 2025-09']);
    const added = changes.find((c) => c.key === 'source:ecc-2026')!;
    expect(added.before).toBeUndefined();
    expect(added.after?.text).toContain('https://example.org/ecc-2');
  });

  it('keeps an UNVERIFIED figure empty on its side of the change', () => {
    const security = changes.find((c) => c.key === 'figure:fiscal.security-cost')!;
    expect(security.after?.figure).toMatchObject({ unverified: true, value: null });
  });

  it('finds nothing between an edition and itself, and mirrors additions as removals', () => {
    expect(diffDatasets(tinyNextEdition().dataset, tinyNextEdition().dataset)).toEqual([]);
    const back = diffDatasets(tinyNextEdition().dataset, tinyEdition().dataset);
    expect(countChanges(back)).toEqual({ added: 2, changed: 4, removed: 5 });
  });
});

describe('which edition to compare with', () => {
  const prev = tinyEdition();
  const next = tinyNextEdition();
  it('uses the edition the active one names as previous', () => {
    expect(baselineFor(next, [prev, next])).toEqual({ edition: prev, substitute: false });
  });
  it('falls back to the bundled edition for an import whose previous edition is not here, and says so', () => {
    const later = { ...next, meta: { ...next.meta, id: '2026-09', previousId: '2026-08' } };
    expect(baselineFor(later, [prev, next])).toEqual({ edition: next, substitute: true });
  });
  it('has nothing to compare the first edition with', () => {
    expect(baselineFor(prev, [prev, next])).toBeNull();
  });
});

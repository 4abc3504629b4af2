// Why: the mid-2026 edition is the one delegates brief from. These checks pin what it must say: the revised Reko Diq
// cost, debt and rail finance with the superseded values kept as dated history, the review extension and its reason,
// the security cost, export logistics, the suspended Balochistan Act, new price records, FY25/FY26 macro and the new
// licences and deposits; disagreeing readings sit side by side and what no source settles stays UNVERIFIED.
import { describe, expect, it } from 'vitest';
import { bundledEdition, contestedById, dataset, depositById, figureById, getFigure, priceById } from './index';

const readings = (id: string) => contestedById(id)?.readings.map((r) => r.value);

describe('edition 2026-06', () => {
  it('is the bundled edition, as of its newest figure', () => {
    expect(bundledEdition.meta).toMatchObject({ id: '2026-06', previousId: '2026-03', asOf: '2026-06-23' });
    expect(dataset.compiledAsOf).toBe('2026-06');
  });
});

describe('Reko Diq, mid-2026', () => {
  it('keeps the superseded cost, debt and rail figures as dated history', () => {
    const cost = getFigure('reko-diq.phase1-total-cost');
    expect(cost).toMatchObject({ value: 7.723, unit: 'USD bn', asOf: '2025-09-18', confidence: 'A' });
    expect(cost.history).toEqual([expect.objectContaining({ value: 6.765, asOf: '2025-03' })]);
    expect(cost.sourceIds).toEqual(expect.arrayContaining(['dawn-1943594', 'hum-ecc-7-7bn']));
    const debt = getFigure('reko-diq.project-finance-size');
    expect(debt.value).toBe(3.5);
    expect(debt.history?.map((h) => [h.value, h.asOf])).toEqual([[3, '2025-06-17']]);
    const rail = getFigure('reko-diq.rail-bridge-finance');
    expect(rail).toMatchObject({ value: 390, sourceIds: expect.arrayContaining(['br-40383425']) });
    expect(rail.history?.[0]?.value).toBe(400);
    expect(getFigure('reko-diq.rail-bridge-terms').value).toMatch(/SOFR \+ 250 bps/);
    expect(getFigure('reko-diq.phase1-capex-ecc').value).toBe(5.8);
    expect(getFigure('reko-diq.phase1-financing-contingency')).toMatchObject({ value: 1.923, basis: 'derived' });
  });

  it('keeps the feasibility-study figures the presets rely on', () => {
    expect(getFigure('reko-diq.capex-phase1').value).toEqual({ min: 5.6, max: 6.0 });
    expect(getFigure('reko-diq.mine-life').value).toBe(37);
    expect(getFigure('reko-diq.first-production').value).toBe('End-2028 (pre-review target)');
  });

  it('states the review extension with its reason, the security cost and the first-export target', () => {
    expect(getFigure('reko-diq.review-extension').value).toMatch(/12 months from July 2026.*Iran conflict/);
    expect(getFigure('reko-diq.security-cost')).toMatchObject({ asOf: '2026-06-04', sourceIds: ['dawn-2005001'] });
    expect(getFigure('reko-diq.security-cost-amount')).toMatchObject({ value: null, unverified: true });
    expect(getFigure('reko-diq.first-export-target').value).toBe('Q1 2029');
    const rd = depositById('reko-diq');
    expect(rd?.statusNotes.map((n) => n.date)).toEqual(
      expect.arrayContaining(['2025-09', '2025-11-15', '2026-02-06', '2026-06-04']),
    );
    expect(rd?.statusNotes.find((n) => n.date === '2026-03-26')?.text).toMatch(/Iran conflict/);
    expect(dataset.milestones.find((m) => m.id === 'reko-diq-first-export-target')).toMatchObject({
      date: '2029-03',
      kind: 'target',
    });
  });

  it("covers port and export logistics, and Barrick's corporate changes", () => {
    expect(getFigure('reko-diq.export-port').value).toMatch(/PIBT/);
    expect(getFigure('reko-diq.pibt-investment').value).toBe(150);
    expect(readings('reko-diq.exports-per-year')).toEqual([2.7, 2.8]);
    expect(getFigure('reko-diq.operator-corporate').value).toMatch(/Mark Hill.*IPO/);
    expect(dataset.policies.find((p) => p.id === 'saudi-manara')?.status).toMatch(/ended without agreement/i);
    expect(depositById('reko-diq')?.ownershipNote).toMatch(/concluded without an agreement/);
  });

  it('puts disagreeing readings side by side', () => {
    expect(readings('reko-diq.rail-length')).toEqual([1350, 880]);
    expect(readings('reko-diq.phase1-cost-baseline')).toEqual([6.765, 6.9]);
    expect(readings('reko-diq.us-exim-amount')).toEqual([1.25, 1.3]);
    expect(readings('reko-diq.free-cash-flow')).toEqual([
      74,
      'More than USD 75 billion (real); more than USD 100 billion (nominal)',
      70,
    ]);
    expect(readings('reko-diq.financial-close-claims')).toHaveLength(3);
    expect(readings('contested.mineral-wealth')).toEqual([8, 6, 7]);
    expect(readings('contested.kp-royalty-increase')).toEqual([1300, 400, 200]);
  });
});

describe('laws, security, macro and prices, mid-2026', () => {
  it('shows the Balochistan Act suspended and to be re-tabled', () => {
    const act = dataset.policies.find((p) => p.id === 'balochistan-mma-2025');
    expect(act?.status).toMatch(/Suspended; to be re-tabled/);
    expect(act?.sourceIds).toEqual(expect.arrayContaining(['dawn-1944268', 'dawn-2002132']));
    expect(dataset.milestones.map((m) => m.id)).toEqual(
      expect.arrayContaining(['balochistan-act-suspended', 'balochistan-act-retabled']),
    );
    expect(contestedById('contested.balochistan-act-passage')?.readings).toHaveLength(2);
  });

  it('records the 2025–26 security events affecting mining areas', () => {
    expect(dataset.milestones.find((m) => m.id === 'nokkundi-attack')?.date).toBe('2025-11-30');
    expect(readings('contested.nokkundi-attribution')).toHaveLength(2);
    expect(readings('contested.balochistan-offensive-toll-2026')).toEqual([
      '31 civilians + 17 security personnel',
      '36 civilians + 22 security personnel',
    ]);
    expect(dataset.timeline.map((t) => t.date)).toEqual(
      expect.arrayContaining(['2026-02-08', '2026-02-27', '2026-03-03']),
    );
  });

  it('has FY25 growth with its revisions, and mining & quarrying still contracting', () => {
    const g = getFigure('macro.gdp-growth-fy25');
    expect(g.value).toBe(3.18);
    expect(g.history?.map((h) => h.value)).toEqual([2.68, 3.04, 3.09]);
    expect(getFigure('macro.mining-quarrying-growth-fy25').value).toBe(-3.4);
    expect(getFigure('macro.mining-quarrying-growth-fy26-q3').value).toBe(-2.55);
  });

  it('carries price records to the newest stored date, the old record as history', () => {
    expect(getFigure('price.copper.record-2026-01-05')).toMatchObject({ value: 13020, asOf: '2026-01-05' });
    expect(getFigure('price.copper.record-2026-01-05').history?.[0]?.value).toBe(12960);
    const gold = getFigure('price.gold.record-spot-2025-12-26');
    expect(gold).toMatchObject({ value: 5589.38, asOf: '2026-01-28' });
    expect(gold.history?.[0]?.value).toBe(4549.71);
    const ndpr = priceById('ndpr-oxide')?.reference;
    expect(ndpr).toMatchObject({ value: 107, asOf: '2026-02-05', basis: 'derived' });
    expect(ndpr?.history?.[0]).toMatchObject({ value: 86, asOf: '2025-12-31' });
    expect(figureById('price.ndpr-oxide.cny-2026-02-05')?.value).toEqual({ min: 747000, max: 753000 });
    expect(figureById('price.antimony.late-2025')?.value).toBeNull();
  });
});

describe('new licences and deposits', () => {
  const added = [
    'siah-dik',
    'mari-chagai',
    'ppl-el-331',
    'khuzdar-lead-zinc',
    'tang-kaur',
    'hamun-mashkel-lithium',
    'zhob-antimony',
    'duki-coal',
  ];

  it('adds each with a province, district, approximate location and a source', () => {
    for (const id of added) {
      const d = depositById(id);
      expect(d, id).toBeDefined();
      expect(d?.location?.approximate, id).toBe(true);
      expect(d?.location?.precision, id).toMatch(/approx/);
      expect(
        d?.fields.some((f) => !f.unverified && f.sourceIds.length > 0),
        id,
      ).toBe(true);
    }
    expect(dataset.deposits).toHaveLength(16 + added.length);
  });

  it('keeps what no source settles UNVERIFIED', () => {
    for (const id of [
      'siah-dik.resource',
      'hamun-mashkel-lithium.resource',
      'tang-kaur.ni43-101',
      'zhob-antimony.tonnage',
    ]) {
      expect(getFigure(id), id).toMatchObject({ value: null, unverified: true });
    }
    expect(dataset.unverified.map((u) => u.id)).toEqual(
      expect.arrayContaining([
        'pmif-2026-outcome',
        'kp-bill-mandatory-jv',
        'fy27-mining-tax-changes',
        'end-2026-prices',
        'security-jul-nov-2026',
      ]),
    );
  });

  it('fills the Chiniot capex only with its dated 2018 estimate', () => {
    expect(getFigure('chiniot-rajoa.capex')).toMatchObject({ value: 1200, asOf: '2018', unverified: false });
    expect(getFigure('tang-kaur.grade-cu').value).toEqual({ min: 0.23, max: 0.48 });
    expect(readings('tang-kaur.prospects')).toEqual([18, 16]);
  });
});

// Why: the cash-flow loop's conventions, each on the hand-checkable plain project (1 Mt/yr at 2% Cu, USD 10,000/t:
// revenue 200 a year 2027–2030, opex 30, capex 200 in 2026, 30% tax) so a wrong ramp, royalty base, closure year,
// working-capital release or truncated horizon shows up as a number an analyst would recompute. Also the
// workspace's contracts: one buffer whose views never overlap, reuse between runs, and Monte Carlo's lean mode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile';
import { assumption as a } from './model';
import {
  createWorkspace,
  neutralPerturbation,
  runCore,
  workspaceFor,
  type Perturbation,
  type Workspace,
} from './npv-loop';
import { plain, pv, reference } from './plain.fixture';
import { createScenarioFromPreset } from './presets';
import { product } from './preset-helpers';

const close = (xs: number[]) => xs.map((v) => expect.closeTo(v, 9));
const rows = (ws: Workspace, key: keyof Workspace) => Array.from((ws[key] as Float64Array).subarray(0, ws.h));

function run(s = plain(), change: Partial<Perturbation> = {}) {
  const c = compileScenario(s);
  const ws = createWorkspace(c);
  const p = Object.assign(neutralPerturbation(c.nP), change);
  const npv = runCore(c, p, ws);
  return { c, ws, npv };
}

describe('the workspace', () => {
  /** Every typed array of a workspace, with the length it must have. */
  function views(ws: Workspace, n: number, nP: number): [string, Float64Array, number][] {
    const out: [string, Float64Array, number][] = [];
    for (const [k, v] of Object.entries(ws))
      if (v instanceof Float64Array)
        out.push([k, v, k === 'payable' || k === 'prodRevenue' ? n * nP : k.startsWith('k') ? nP : n]);
    for (const [k, v] of Object.entries(ws.debt)) out.push([`debt.${k}`, v, n]);
    out.push(
      ['capital.depState.diff', ws.capital.depState.diff, n + 1],
      ['capital.depState.woff', ws.capital.depState.woff, n],
    );
    out.push(['taxState.loss', ws.taxState.loss, n]);
    return out;
  }

  it('is one buffer of full-length views that never overlap, with nothing wasted', () => {
    for (const [id, nP] of [
      ['reko-diq-study-2025', 2],
      ['saindak', 2],
    ] as const) {
      const c = compileScenario(createScenarioFromPreset(id));
      expect(c.nP).toBe(nP);
      const ws = createWorkspace(c);
      expect(ws.stride).toBe(c.maxH);
      expect(ws.nPCap).toBe(nP);
      expect(ws.phase).toHaveLength(c.maxH);
      const all = views(ws, c.maxH, nP);
      expect(all).toHaveLength(44);
      all.forEach(([name, v, len], k) => {
        expect(v.length, name).toBe(len);
        v.fill(k + 1);
      });
      all.forEach(([name, v], k) =>
        expect(
          v.every((x) => x === k + 1),
          name,
        ).toBe(true),
      );
      const used = all.reduce((n, [, v]) => n + v.length, 0);
      expect(ws.ore.buffer.byteLength).toBe(8 * used);
    }
    // A scenario without products still gets one product slot.
    const c = compileScenario(plain());
    expect(createWorkspace({ ...c, nP: 0 }).nPCap).toBe(1);
    expect(createWorkspace({ ...c, nP: 3 }).nPCap).toBe(3);
  });

  it('is reused for any scenario that fits and replaced by a larger one when one does not', () => {
    const c = compileScenario(plain());
    const big = workspaceFor({ ...c, maxH: 300, nP: 9 });
    expect([big.stride, big.nPCap]).toEqual([300, 9]);
    expect(workspaceFor({ ...c, maxH: 300, nP: 9 })).toBe(big);
    expect(workspaceFor(c)).toBe(big);
    const longer = workspaceFor({ ...c, maxH: 301 });
    expect(longer).not.toBe(big);
    expect(longer.stride).toBe(301);
    const wider = workspaceFor({ ...c, nP: 10 });
    expect(wider).not.toBe(longer);
    expect(wider.nPCap).toBe(10);
    // A fresh shared workspace holds at least 64 years and 4 products, so small scenarios share it.
    const s1 = workspaceFor({ ...c, maxH: 400, nP: 1 });
    expect(s1.nPCap).toBe(4);
    const s2 = workspaceFor({ ...c, maxH: 500, nP: 11 });
    expect(s2.stride).toBe(500);
    expect(workspaceFor({ ...c, maxH: 500, nP: 11 })).toBe(s2);
    // The shared workspace gives the same NPV as a dedicated one.
    expect(runCore(c, neutralPerturbation(c.nP), workspaceFor(c))).toBeCloseTo(pv(0.1, reference()), 9);
  });

  it.each([
    ['grade steps', createScenarioFromPreset('reko-diq-study-2025')],
    ['flat grades', plain()],
  ])('in lean mode (Monte Carlo, %s) gives the same NPVs and writes none of the display rows', (_, s) => {
    const c = compileScenario(s);
    const full = createWorkspace(c);
    const lean = createWorkspace(c);
    lean.detail = false;
    for (const v of [lean.ore, lean.revenue, lean.payable, lean.prodRevenue, lean.royalties, lean.preTax, lean.tax])
      v.fill(-7);
    lean.phase.fill(9);
    for (const delay of [0, 2]) {
      const p = { ...neutralPerturbation(c.nP), extraDelayYears: delay };
      expect(runCore(c, p, lean)).toBe(runCore(c, p, full));
      expect(lean.npvPreTax).toBe(full.npvPreTax);
    }
    for (const v of [lean.ore, lean.revenue, lean.payable, lean.prodRevenue, lean.royalties, lean.preTax, lean.tax])
      expect(v.every((x) => x === -7)).toBe(true);
    expect(lean.phase.every((x) => x === 9)).toBe(true);
    // With price paths the lean run still agrees.
    const path = new Float64Array(2 * c.maxH).fill(1.3);
    const p = { ...neutralPerturbation(c.nP), pricePath: path, pathStride: c.maxH };
    expect(runCore(c, p, lean)).toBeCloseTo(runCore(c, p, full), 9);
    expect(lean.payable.every((x) => x === -7)).toBe(true);
  });
});

describe('production, ramp and phases', () => {
  it('ramps linearly to nameplate over the stated years', () => {
    const s = plain();
    s.throughput.rampUpYears = a(2, 'years');
    const { ws } = run(s);
    expect(rows(ws, 'ore')).toEqual(close([0, 0.5, 1, 1, 1, 0]));
    expect(rows(ws, 'revenue')).toEqual(close([0, 100, 200, 200, 200, 0]));
    expect(Array.from(ws.phase.subarray(0, 6))).toEqual([-1, 2, 2, 2, 2, 3]);
  });

  it('ramps each phase from the previous one, and a start in the scaling phase skips the demonstration', () => {
    const s = plain();
    s.timing.lifeYears = a(5, 'years');
    s.timing.phases = {
      demonstration: { startOffsetYears: 1, durationYears: 2 },
      scaling: { startOffsetYears: 3, durationYears: 1 },
      impact: { startOffsetYears: 4, durationYears: 2 },
    };
    s.throughput = {
      demonstrationMtpa: a(0.4, 'Mtpa'),
      scalingMtpa: a(0.8, 'Mtpa'),
      fullMtpa: a(2, 'Mtpa'),
      rampUpYears: a(2, 'years'),
    };
    // Demonstration 0 -> 0.4 over 2 years; scaling 0.4 -> 0.8 (half-way after 1 year); impact 0.6 -> 2.
    expect(rows(run(s).ws, 'ore')).toEqual(close([0, 0.2, 0.4, 0.6, 1.3, 2, 0]));
    expect(Array.from(run(s).ws.phase.subarray(0, 7))).toEqual([-1, 0, 0, 1, 2, 2, 3]);
    s.timing.productionStartsIn = 'scaling';
    // Production now starts in 2029 at the scaling nameplate (0 -> 0.8 half-way), then impact ramps 0.4 -> 2.
    const ws = run(s).ws;
    expect(rows(ws, 'ore')).toEqual(close([0, 0, 0, 0.4, 1.2, 2, 2, 2, 0]));
    expect(Array.from(ws.phase.subarray(0, 9))).toEqual([-1, -1, -1, 1, 2, 2, 2, 2, 3]);
  });

  it('a direct-shipping product scales with the ore relative to full throughput, and with none gives nothing', () => {
    const s = plain();
    s.products.push(
      product({
        id: 'cr',
        name: 'Chromite',
        commodityPriceId: 'chromite',
        mode: 'direct',
        priceUnit: 'USD/t',
        price: a(250, 'USD/t'),
        directTonnesPerYear: a(80000, 't/yr'),
      }),
    );
    s.throughput.demonstrationMtpa = a(0.5, 'Mtpa');
    s.throughput.fullMtpa = a(2, 'Mtpa');
    s.timing.phases.scaling.startOffsetYears = 2;
    s.timing.phases.impact.startOffsetYears = 2;
    // Year 1 at 0.5 of 2 Mtpa ships 20,000 t (USD 5 m), then 80,000 t (USD 20 m); copper is 2% of the ore.
    const { ws } = run(s);
    expect(Array.from(ws.payable.subarray(ws.stride, ws.stride + 3))).toEqual(close([0, 20000, 80000]));
    expect(rows(ws, 'revenue').slice(0, 3)).toEqual(close([0, 100 + 5, 400 + 20]));
    s.throughput.fullMtpa = a(0, 'Mtpa');
    s.timing.phases.scaling.startOffsetYears = 9;
    s.timing.phases.impact.startOffsetYears = 9;
    const none = run(s).ws;
    expect(Array.from(none.payable.subarray(none.stride, none.stride + 6))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(rows(none, 'revenue')).toEqual(close([0, 100, 100, 100, 100, 0]));
  });

  it('clamps recovery shifts to 0–100%', () => {
    const s = plain();
    s.products[0]!.recovery = a(90, '%');
    expect(rows(run(s, { recoveryAddPp: 5 }).ws, 'revenue')[1]).toBeCloseTo(190, 9);
    expect(rows(run(s, { recoveryAddPp: 60 }).ws, 'revenue')[1]).toBeCloseTo(200, 9);
    expect(rows(run(s, { recoveryAddPp: -150 }).ws, 'revenue')).toEqual(close([0, 0, 0, 0, 0, 0]));
  });
});

describe('royalties, closure and working capital', () => {
  it('charges the provincial royalty on gross revenue or on NSR as chosen, the federal NSR and the EPZ levy', () => {
    const s = plain();
    s.products[0]!.freight = a(1000, 'USD/t'); // 20,000 t x USD 1,000 = 20 a year
    s.fiscal.royaltyPct = a(5, '%');
    s.fiscal.federalNsrPct = a(1, '%');
    s.fiscal.epzSurchargePct = a(0.5, '%');
    const gross = run(s).ws;
    expect(rows(gross, 'freight')[1]).toBeCloseTo(20, 9);
    expect([gross.royProv[1], gross.royFed[1], gross.royEpz[1], gross.royalties[1]]).toEqual(close([10, 1.8, 1, 12.8]));
    s.fiscal.royaltyBase = 'nsr';
    const nsr = run(s, { royaltyAddPp: 1 }).ws;
    expect([nsr.royProv[1], nsr.royFed[1], nsr.royEpz[1]]).toEqual(close([0.06 * 180, 1.8, 1]));
    // EBITDA = 200 - 20 freight - 13.6 royalties - 30 opex.
    expect(nsr.ebitda[1]).toBeCloseTo(200 - 20 - 10.8 - 1.8 - 1 - 30, 9);
  });

  it('no royalty on a negative NSR (freight above revenue), while the gross-revenue levy still applies', () => {
    const s = plain();
    s.products[0]!.freight = a(12000, 'USD/t'); // 240 a year against 200 of revenue
    s.fiscal.royaltyBase = 'nsr';
    s.fiscal.royaltyPct = a(5, '%');
    s.fiscal.federalNsrPct = a(1, '%');
    s.fiscal.epzSurchargePct = a(0.5, '%');
    const { ws } = run(s);
    expect([ws.royProv[1], ws.royFed[1], ws.royEpz[1]]).toEqual(close([0, 0, 1]));
  });

  it('pays closure the year after the last production year, deducts it there, and releases working capital', () => {
    const s = plain();
    s.costs.closureUsdM = a(40, 'USD m');
    s.costs.workingCapitalPctOfRevenue = a(10, '%');
    const { ws } = run(s);
    expect(rows(ws, 'closure')).toEqual(close([0, 0, 0, 0, 0, 40]));
    expect(rows(ws, 'dWC')).toEqual(close([0, 20, 0, 0, 0, -20]));
    expect(rows(ws, 'preTax')).toEqual(close([-200, 150, 170, 170, 170, -20]));
    // Closure is a loss in 2031 that nothing follows to absorb: no tax, no refund.
    expect(rows(ws, 'taxableBefore')[5]).toBeCloseTo(-40, 9);
    expect(rows(ws, 'tax')).toEqual(close([0, 36, 36, 36, 36, 0]));
  });

  it('sustaining capex as a share of initial capex spent so far, or a fixed sum, during production only', () => {
    const s = plain();
    s.costs.sustaining = { mode: 'pct-initial', value: a(2, '%') };
    const pct = run(s, { capexMult: 1.5 }).ws;
    expect(rows(pct, 'capexSust')).toEqual(close([0, 6, 6, 6, 6, 0]));
    // Spent and in service the same year: 6 / 4 a year from each year's spend, the rest written off in 2030.
    expect(rows(pct, 'dep')).toEqual(close([0, 75 + 1.5, 75 + 3, 75 + 4.5, 75 + 15, 0]));
    s.costs.sustaining = { mode: 'usd-m-per-year', value: a(8, 'USD m/yr') };
    expect(rows(run(s, { capexMult: 0.5 }).ws, 'capexSust')).toEqual(close([0, 4, 4, 4, 4, 0]));
  });
});

describe('depreciation timing and tax', () => {
  it('depreciates an expansion from the year its phase first produces, written off at the end of production', () => {
    const s = plain();
    s.timing.phases.impact.startOffsetYears = 3; // demonstration 2027–2028, impact from 2029
    s.costs.capexTranches.push({
      id: 'x',
      label: 'Expansion',
      phase: 'impact',
      amountUsdM: a(80, 'USD m'),
      startOffsetYears: -2,
      spreadYears: 1,
    });
    const { ws } = run(s);
    expect(rows(ws, 'capexInit')).toEqual(close([200, 80, 0, 0, 0, 0]));
    // Initial 200: 50 a year 2027–2030. Expansion 80 spent 2027, in service 2029: 20 in 2029, 60 written off in 2030.
    expect(rows(ws, 'dep')).toEqual(close([0, 50, 50, 70, 110, 0]));
  });

  it('floors the income-tax rate at zero under a large tax cut draw', () => {
    const { ws, npv } = run(plain(), { taxAddPp: -80 });
    expect(ws.taxRate).toBe(0);
    expect(rows(ws, 'tax')).toEqual(close([0, 0, 0, 0, 0, 0]));
    expect(npv).toBeCloseTo(pv(0.1, [-200, 170, 170, 170, 170, 0]), 9);
  });

  it('carries a loss forward and uses it up before tax is paid', () => {
    const s = plain();
    s.costs.opexPerTonneOre = a(160, 'USD/t'); // EBITDA 40, taxable -10, until the price rises by half in 2029
    const path = new Float64Array(6).fill(1);
    path[3] = 1.5;
    path[4] = 1.5;
    const { ws } = run(s, { pricePath: path, pathStride: 6 });
    // Taxable before losses: -10, -10, 90, 90. Losses of 20 are used in 2029, so 70 then 90 are taxed.
    expect(rows(ws, 'taxableBefore').slice(1, 5)).toEqual(close([-10, -10, 90, 90]));
    expect(rows(ws, 'lossUsed').slice(1, 5)).toEqual(close([0, 0, 20, 0]));
    expect(rows(ws, 'tax').slice(1, 5)).toEqual(close([0, 0, 21, 27]));
  });
});

describe('delays, horizon and price paths', () => {
  it('ignores a negative or sub-half-year delay draw', () => {
    const base = run().npv;
    expect(run(plain(), { extraDelayYears: -1 }).npv).toBeCloseTo(base, 12);
    expect(run(plain(), { extraDelayYears: 0.4 }).npv).toBeCloseTo(base, 12);
  });

  it('a delay past the reserved horizon cuts production short but still pays closure inside it', () => {
    const s = plain();
    s.costs.closureUsdM = a(40, 'USD m');
    // Horizon: 6 years + 12 reserved = 18 (2026–2043). A 14-year delay starts production in 2041: two years fit.
    const { ws } = run(s, { extraDelayYears: 14 });
    expect([ws.h, ws.firstProd, ws.lastProd]).toEqual([18, 15, 16]);
    expect(rows(ws, 'revenue').slice(14)).toEqual(close([0, 200, 200, 0]));
    expect(rows(ws, 'closure')[17]).toBeCloseTo(40, 9);
    expect(rows(ws, 'capexInit')[14]).toBeCloseTo(200, 9);
    // All 200 of capex is deducted over the two production years (50, then the 150 left written off).
    expect(rows(ws, 'dep').slice(15, 17)).toEqual(close([50, 150]));
    // A 16-year delay leaves no production year: the last year is still the closure year, and closure is paid.
    const none = run(s, { extraDelayYears: 16 }).ws;
    expect([none.firstProd, none.lastProd]).toEqual([17, 16]);
    expect(Array.from(none.phase.subarray(15, 18))).toEqual([-1, -1, 3]);
    expect(rows(none, 'revenue').every((v) => v === 0)).toBe(true);
    expect(rows(none, 'closure')[17]).toBeCloseTo(40, 9);
  });

  it('in path mode prices follow each product’s row year by year and the flat multiplier is not applied', () => {
    const s = plain();
    s.products[0]!.tcrc = { mode: 'pct-revenue', value: a(10, '%') };
    const stride = 9;
    const path = new Float64Array(2 * stride).fill(5);
    path.set([1, 1, 1.1, 0.9, 1.2, 1, 1], stride); // row 1
    const pathRow = Int32Array.of(1);
    const { ws } = run(s, { pricePath: path, pathRow, pathStride: stride, priceMult: Float64Array.of(3) });
    expect(rows(ws, 'revenue')).toEqual(close([0, 200, 220, 180, 240, 0]));
    expect(rows(ws, 'tcrc')).toEqual(close([0, 20, 22, 18, 24, 0]));
  });
});

describe('monotone in price and cost', () => {
  it('NPV rises with the price and falls with opex and capex overruns', () => {
    const s = plain();
    s.costs.workingCapitalPctOfRevenue = a(10, '%');
    s.costs.closureUsdM = a(30, 'USD m');
    s.fiscal.royaltyPct = a(5, '%');
    s.fiscal.lossCarryForwardYears = a(3, 'years');
    const c = compileScenario(s);
    const ws = createWorkspace(c);
    const npv = (price: number, opexMult: number, capexMult: number) => {
      const p = { ...neutralPerturbation(1), opexMult, capexMult };
      p.priceMult[0] = price;
      return runCore(c, p, ws);
    };
    const m = fc.double({ min: 0.2, max: 3, noNaN: true });
    fc.assert(
      fc.property(m, m, m, m, (x, y, o, k) => {
        const [lo, hi] = x < y ? [x, y] : [y, x];
        expect(npv(hi, o, k)).toBeGreaterThanOrEqual(npv(lo, o, k) - 1e-9);
        expect(npv(x, hi, k)).toBeLessThanOrEqual(npv(x, lo, k) + 1e-9);
        expect(npv(x, o, hi)).toBeLessThanOrEqual(npv(x, o, lo) + 1e-9);
      }),
      { numRuns: 60, seed: 3 },
    );
  });
});

// Why: runCore is the annual cash-flow loop behind every NPV the app shows and every Monte Carlo trial. Here an
// independent reference model, written from the stated conventions (ramp to each nameplate, royalties on gross or
// NSR, vintage straight-line depreciation with a write-off at the last production year, loss carry-forward oldest
// first, a capex credit capped at the tax due), rebuilds every year's row for random projects and random risk draws;
// the loop must agree with it line by line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, type Compiled } from './compile';
import { assumption as a, type Product, type Scenario } from './model';
import { createWorkspace, neutralPerturbation, runCore, workspaceFor, type Perturbation } from './npv-loop';
import { presets } from './presets';
import { copperProject } from './plain.fixture';
import { product } from './preset-helpers';

type Row = Record<
  | 'ore'
  | 'revenue'
  | 'tcrc'
  | 'freight'
  | 'royProv'
  | 'royFed'
  | 'royEpz'
  | 'royalties'
  | 'opexVar'
  | 'opexFixed'
  | 'opexPower'
  | 'opexWater'
  | 'ebitda'
  | 'capexInit'
  | 'capexSust'
  | 'closure'
  | 'dWC'
  | 'preTax'
  | 'dep'
  | 'taxableBefore'
  | 'taxable'
  | 'lossUsed'
  | 'taxCredit'
  | 'tax'
  | 'afterTax',
  number[]
>;
const FIELDS = [
  'ore',
  'revenue',
  'tcrc',
  'freight',
  'royProv',
  'royFed',
  'royEpz',
  'royalties',
  'opexVar',
  'opexFixed',
  'opexPower',
  'opexWater',
  'ebitda',
  'capexInit',
  'capexSust',
  'closure',
  'dWC',
  'preTax',
  'dep',
  'taxableBefore',
  'taxable',
  'lossUsed',
  'taxCredit',
  'tax',
  'afterTax',
] as const;

interface RefRun extends Row {
  h: number;
  firstProd: number;
  lastProd: number;
  phase: number[];
  payable: number[][];
  prodRevenue: number[][];
  taxRate: number;
  npvPreTax: number;
  npvAfterTax: number;
}

/** The reference model: one year at a time, from the compiled inputs and the perturbation, written out plainly. */
function reference(c: Compiled, p: Perturbation, stride: number, rate: number): RefRun {
  const d = c.baseDelay + Math.max(0, Math.round(p.extraDelayYears));
  const h = Math.min(c.maxH, stride, d + c.span);
  const first = d + c.prodStart;
  // Production stops in time to leave a closure year inside the horizon.
  const last = Math.min(h - 2, first + c.life - 1);
  const zeros = () => new Array<number>(h).fill(0);
  const r = Object.fromEntries(FIELDS.map((f) => [f, zeros()])) as unknown as Row;
  const phase = zeros();
  const payable = Array.from({ length: c.nP }, zeros);
  const prodRevenue = Array.from({ length: c.nP }, zeros);
  const producing = (i: number) => i >= first && i <= last;
  const phaseOf = (i: number) => (i - d >= c.impactStart ? 2 : i - d >= c.scalingStart ? 1 : 0);
  // Ore: each phase ramps linearly from the previous year's ore to its nameplate over R years.
  const R = c.ramp + p.rampAddYears;
  for (let i = first; i <= last; i++) {
    let start = i;
    while (start > first && phaseOf(start - 1) === phaseOf(i)) start--;
    const from = start > first ? r.ore[start - 1]! : 0;
    const to = c.nameplate[phaseOf(i)]!;
    const k = i - start + 1;
    r.ore[i] = R <= 0 || k >= R ? to : from + ((to - from) * k) / R;
  }
  const depreciation = zeros();
  const vintage = (spent: number, amount: number, service: number) => {
    const s = Math.max(spent, first, service);
    if (s > last)
      depreciation[spent]! += amount; // in service only after production: deducted when spent
    else for (let y = s; y < s + c.depYears; y++) depreciation[Math.min(y, last)]! += amount / c.depYears;
  };
  const losses: { year: number; left: number }[] = [];
  let creditPool = 0;
  let cumInit = 0;
  for (let i = 0; i < h; i++) {
    const off = i - d;
    const ci = off >= 0 ? c.capexSched[off]! * p.capexMult : 0;
    cumInit += ci;
    r.capexInit[i] = ci;
    // Phase codes: -1 before production, 0/1/2 demonstration/scaling/impact, 3 the closure year, 4 after it.
    phase[i] = producing(i) ? phaseOf(i) : i < first ? -1 : i === last + 1 ? 3 : 4;
    if (producing(i)) {
      for (let j = 0; j < c.nP; j++) {
        const rec = Math.min(1, Math.max(0, c.recovery[j]! + p.recoveryAddPp / 100));
        const perMt = c.isDirect[j]
          ? c.fullMtpa > 0
            ? c.directUnits[j]! / c.fullMtpa
            : 0
          : c.unitsPerMt[j]! * rec * (c.gradeMult ? c.gradeMult[j * c.life + i - first]! : 1);
        const units = r.ore[i]! * perMt * c.payability[j]! * c.trackingUplift;
        const mult = p.pricePath ? p.pricePath[p.pathRow[j]! * p.pathStride + i]! : p.priceMult[j]!;
        const rev = (units * c.price[j]! * mult * (1 - p.priceDiscount)) / 1e6;
        payable[j]![i] = units;
        prodRevenue[j]![i] = rev;
        r.revenue[i]! += rev;
        r.tcrc[i]! += (units * c.tcrcPerUnit[j]!) / 1e6 + rev * c.tcrcPct[j]!;
        r.freight[i]! += (units * c.freightPerUnit[j]! * p.freightMult) / 1e6;
      }
      r.opexVar[i] = r.ore[i]! * c.opexPerT * p.opexMult;
      r.opexPower[i] = (r.ore[i]! * c.powerPerT + c.powerFixed) * p.opexMult * p.powerMult;
      r.opexFixed[i] = c.fixedOpex * p.opexMult;
      r.opexWater[i] = c.water * p.opexMult;
      r.capexSust[i] = c.sustainPct * cumInit + c.sustainUsdM * p.capexMult;
    }
    const nsr = r.revenue[i]! - r.tcrc[i]! - r.freight[i]!;
    r.royProv[i] = (c.royaltyRate + p.royaltyAddPp / 100) * (c.royaltyOnNsr ? Math.max(0, nsr) : r.revenue[i]!);
    r.royFed[i] = c.fedNsrRate * Math.max(0, nsr);
    r.royEpz[i] = c.epzRate * r.revenue[i]!;
    r.royalties[i] = r.royProv[i]! + r.royFed[i]! + r.royEpz[i]!;
    r.ebitda[i] = nsr - r.royalties[i]! - r.opexVar[i]! - r.opexPower[i]! - r.opexFixed[i]! - r.opexWater[i]!;
    r.closure[i] = i === last + 1 ? c.closure * p.capexMult : 0;
    r.dWC[i] = c.wcRate * (r.revenue[i]! - (i > 0 ? r.revenue[i - 1]! : 0));
    r.preTax[i] = r.ebitda[i]! - ci - r.capexSust[i]! - r.closure[i]! - r.dWC[i]!;
    if (off >= 0) for (const g of c.capexByService) vintage(i, g.sched[off]! * p.capexMult, d + g.serviceOff);
    vintage(i, r.capexSust[i]!, i);
    r.dep[i] = depreciation[i]!;
    const tb = r.ebitda[i]! - r.dep[i]! - r.closure[i]!;
    r.taxableBefore[i] = tb;
    // Losses expire after lossYears (0 = never) and are used oldest first; no refunds.
    if (c.lossYears > 0) for (const l of losses) if (i - l.year > c.lossYears) l.left = 0;
    let used = 0;
    if (tb < 0) losses.push({ year: i, left: -tb });
    else
      for (const l of losses) {
        const u = Math.min(l.left, tb - used);
        l.left -= u;
        used += u;
      }
    const taxable = tb > 0 ? tb - used : 0;
    creditPool += c.creditRate * ci;
    const credit = Math.min(taxable * rate, creditPool);
    creditPool -= credit;
    r.taxable[i] = taxable;
    r.lossUsed[i] = used;
    r.taxCredit[i] = credit;
    r.tax[i] = taxable * rate - credit;
    r.afterTax[i] = r.preTax[i]! - r.tax[i]!;
  }
  const disc = (i: number) => (i === 0 ? 1 : (1 + c.rate) ** -(c.midYear ? i - 0.5 : i));
  let npvPreTax = 0;
  let npvAfterTax = 0;
  for (let i = 0; i < h; i++) {
    npvPreTax += r.preTax[i]! * disc(i);
    npvAfterTax += r.afterTax[i]! * disc(i);
  }
  return {
    ...r,
    h,
    firstProd: first,
    lastProd: last,
    phase,
    payable,
    prodRevenue,
    taxRate: rate,
    npvPreTax,
    npvAfterTax,
  };
}

const near = (x: number, y: number, scale: number) => Math.abs(x - y) <= 1e-9 * (scale + Math.abs(y));

/** Run the loop and the reference; return the first disagreement (field and year), or null. */
function compare(c: Compiled, p: Perturbation, big: boolean): string | null {
  const ws = big ? workspaceFor(c) : createWorkspace(c);
  ws.detail = true;
  const rate = Math.max(0, Math.max(0, c.citRate - c.citReduction) + c.superRate + p.taxAddPp / 100);
  const npv = runCore(c, p, ws);
  const ref = reference(c, p, ws.stride, rate);
  const scale = 1 + Math.max(...ref.revenue.map(Math.abs), ...ref.capexInit.map(Math.abs), c.closure);
  if (ws.h !== ref.h || ws.firstProd !== ref.firstProd || ws.lastProd !== ref.lastProd)
    return `horizon ${ws.h}/${ws.firstProd}/${ws.lastProd} vs ${ref.h}/${ref.firstProd}/${ref.lastProd}`;
  if (ws.taxRate !== rate) return `tax rate ${ws.taxRate} vs ${rate}`;
  for (let i = 0; i < ref.h; i++) {
    if (ws.phase[i] !== ref.phase[i]) return `phase, year ${i}: ${ws.phase[i]} vs ${ref.phase[i]}`;
    for (const f of FIELDS)
      if (!near(ws[f][i]!, ref[f][i]!, scale)) return `${f}, year ${i}: ${ws[f][i]} vs ${ref[f][i]}`;
    for (let j = 0; j < c.nP; j++) {
      const u = ref.payable[j]![i]!;
      if (!near(ws.payable[j * ws.stride + i]!, u, 1))
        return `payable ${j}, year ${i}: ${ws.payable[j * ws.stride + i]} vs ${u}`;
      if (!near(ws.prodRevenue[j * ws.stride + i]!, ref.prodRevenue[j]![i]!, scale))
        return `product revenue ${j}, year ${i}`;
    }
  }
  if (!near(npv, ref.npvAfterTax, scale) || !near(ws.npvAfterTax, ref.npvAfterTax, scale))
    return `after-tax NPV ${npv} vs ${ref.npvAfterTax}`;
  if (!near(ws.npvPreTax, ref.npvPreTax, scale)) return `pre-tax NPV ${ws.npvPreTax} vs ${ref.npvPreTax}`;
  return null;
}

type Knobs<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Scenario knobs the generator varies: timing, throughput, products, costs, fiscal terms and levers. */
const scenarioArb = fc.record({
  life: fc.integer({ min: 1, max: 8 }),
  scalingAt: fc.integer({ min: 0, max: 3 }),
  impactAt: fc.integer({ min: 0, max: 3 }),
  demoAt: fc.integer({ min: 0, max: 2 }),
  startsInScaling: fc.boolean(),
  delay: fc.integer({ min: 0, max: 2 }),
  ramp: fc.constantFrom(0, 1, 1.5, 2, 3),
  mtpa: fc.tuple(fc.double({ min: 0.2, max: 2, noNaN: true }), fc.double({ min: 0.5, max: 3, noNaN: true })),
  full: fc.double({ min: 1, max: 5, noNaN: true }),
  gradeSteps: fc.option(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0.3, max: 3, noNaN: true }))),
  direct: fc.boolean(),
  gold: fc.boolean(),
  recovery: fc.double({ min: 40, max: 100, noNaN: true }),
  tcrcPct: fc.boolean(),
  tcrc: fc.double({ min: 0, max: 900, noNaN: true }),
  freight: fc.double({ min: 0, max: 200, noNaN: true }),
  conc: fc.option(fc.double({ min: 20, max: 60, noNaN: true })),
  capex: fc.tuple(fc.double({ min: 50, max: 900, noNaN: true }), fc.double({ min: 0, max: 400, noNaN: true })),
  expansionPhase: fc.constantFrom('scaling', 'impact', 'demonstration') as fc.Arbitrary<
    'scaling' | 'impact' | 'demonstration'
  >,
  sustainUsd: fc.boolean(),
  sustain: fc.double({ min: 0, max: 5, noNaN: true }),
  opex: fc.double({ min: 0, max: 60, noNaN: true }),
  fixed: fc.double({ min: 0, max: 40, noNaN: true }),
  powerPerT: fc.boolean(),
  power: fc.double({ min: 0, max: 10, noNaN: true }),
  water: fc.double({ min: 0, max: 5, noNaN: true }),
  closure: fc.double({ min: 0, max: 600, noNaN: true }),
  wc: fc.double({ min: 0, max: 15, noNaN: true }),
  royaltyNsr: fc.boolean(),
  royalty: fc.double({ min: 0, max: 8, noNaN: true }),
  fed: fc.double({ min: 0, max: 3, noNaN: true }),
  epz: fc.double({ min: 0, max: 2, noNaN: true }),
  cit: fc.double({ min: 0, max: 35, noNaN: true }),
  superTax: fc.double({ min: 0, max: 10, noNaN: true }),
  incentives: fc.option(
    fc.tuple(fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true })),
  ),
  depYears: fc.integer({ min: 1, max: 7 }),
  lossYears: fc.integer({ min: 0, max: 3 }),
  ratePct: fc.double({ min: 0, max: 15, noNaN: true }),
  midYear: fc.boolean(),
  microgrid: fc.boolean(),
  tracking: fc.boolean(),
});

function buildScenario(k: Knobs<typeof scenarioArb>): Scenario {
  const s = copperProject('gen', 'Generated', 'generated project', {
    lifeYears: k.life,
    product: {
      grade: a(0.6, '%'),
      recovery: a(k.recovery, '%'),
      payability: a(96, '%'),
      tcrc: { mode: k.tcrcPct ? 'pct-revenue' : 'per-unit', value: a(k.tcrcPct ? k.tcrc / 100 : k.tcrc, 'x') },
      freight: a(k.freight, 'USD/t'),
      ...(k.conc ? { concentrateGradePct: a(k.conc, '%') } : {}),
      ...(k.gradeSteps ? { gradeProfile: [{ fromYear: k.gradeSteps[0], grade: a(k.gradeSteps[1], '%') }] } : {}),
    },
    capex: { amountUsdM: k.capex[0], phase: 'demonstration' },
  });
  s.timing.phases = {
    demonstration: { startOffsetYears: k.demoAt, durationYears: k.scalingAt },
    scaling: { startOffsetYears: k.demoAt + k.scalingAt, durationYears: k.impactAt },
    impact: { startOffsetYears: k.demoAt + k.scalingAt + k.impactAt, durationYears: k.life },
  };
  s.timing.productionStartsIn = k.startsInScaling ? 'scaling' : 'demonstration';
  s.timing.startDelayYears = a(k.delay, 'years');
  s.throughput = {
    demonstrationMtpa: a(k.mtpa[0], 'Mtpa'),
    scalingMtpa: a(k.mtpa[1], 'Mtpa'),
    fullMtpa: a(k.full, 'Mtpa'),
    rampUpYears: a(k.ramp, 'years'),
  };
  const extra: Product[] = [];
  if (k.gold)
    extra.push(
      product({
        id: 'au',
        name: 'Gold',
        commodityPriceId: 'gold',
        mode: 'ore',
        priceUnit: 'USD/oz',
        price: a(2400, 'USD/oz'),
        grade: a(0.4, 'g/t'),
        recovery: a(75, '%'),
        payability: a(97, '%'),
        tcrc: { mode: 'per-unit', value: a(5, 'USD/oz') },
      }),
    );
  if (k.direct)
    extra.push(
      product({
        id: 'cr',
        name: 'Chromite',
        commodityPriceId: 'chromite',
        mode: 'direct',
        priceUnit: 'USD/t',
        price: a(300, 'USD/t'),
        directTonnesPerYear: a(50000, 't/yr'),
        payability: a(90, '%'),
        freight: a(40, 'USD/t'),
      }),
    );
  s.products.push(...extra);
  s.costs.capexTranches.push({
    id: 'x',
    label: 'Expansion',
    phase: k.expansionPhase,
    amountUsdM: a(k.capex[1], 'USD m'),
    startOffsetYears: -1,
    spreadYears: 2,
  });
  s.costs.sustaining = { mode: k.sustainUsd ? 'usd-m-per-year' : 'pct-initial', value: a(k.sustain, 'x') };
  s.costs.opexPerTonneOre = a(k.opex, 'USD/t');
  s.costs.fixedOpexUsdMPerYear = a(k.fixed, 'USD m/yr');
  s.costs.power = { mode: k.powerPerT ? 'usd-per-t' : 'usd-m-per-year', value: a(k.power, 'x') };
  s.costs.waterUsdMPerYear = a(k.water, 'USD m/yr');
  s.costs.closureUsdM = a(k.closure, 'USD m');
  s.costs.workingCapitalPctOfRevenue = a(k.wc, '%');
  s.fiscal.royaltyBase = k.royaltyNsr ? 'nsr' : 'gross';
  s.fiscal.royaltyPct = a(k.royalty, '%');
  s.fiscal.federalNsrPct = a(k.fed, '%');
  s.fiscal.epzSurchargePct = a(k.epz, '%');
  s.fiscal.corporateTaxPct = a(k.cit, '%');
  s.fiscal.superTaxPct = a(k.superTax, '%');
  s.fiscal.depreciationYears = a(k.depYears, 'years');
  s.fiscal.lossCarryForwardYears = a(k.lossYears, 'years');
  s.discounting = { ratePct: a(k.ratePct, '%'), convention: k.midYear ? 'mid-year' : 'end-of-year' };
  if (k.incentives)
    s.levers['fiscal-incentives'] = {
      enabled: true,
      citReductionPp: a(k.incentives[0], 'pp'),
      taxCreditPctOfCapex: a(k.incentives[1], '%'),
    };
  s.levers['renewable-microgrids'].enabled = k.microgrid;
  s.levers['digital-tracking'].enabled = k.tracking;
  return s;
}

/** A risk draw: every multiplier and shift, optionally an annual price path per product. */
const perturbationArb = fc.record({
  price: fc.array(fc.double({ min: 0.2, max: 2.5, noNaN: true }), { minLength: 3, maxLength: 3 }),
  priceDiscount: fc.double({ min: 0, max: 0.3, noNaN: true }),
  capexMult: fc.double({ min: 0.5, max: 2, noNaN: true }),
  opexMult: fc.double({ min: 0.5, max: 2, noNaN: true }),
  powerMult: fc.double({ min: 0.5, max: 2, noNaN: true }),
  freightMult: fc.double({ min: 0.5, max: 2, noNaN: true }),
  recoveryAddPp: fc.oneof(fc.double({ min: -15, max: 5, noNaN: true }), fc.constantFrom(-150, 60)),
  rampAddYears: fc.constantFrom(0, 0.6, 1, 2),
  extraDelayYears: fc.oneof(fc.constantFrom(0, 0.4, -1, 1, 3), fc.integer({ min: 10, max: 30 })),
  royaltyAddPp: fc.double({ min: -1, max: 5, noNaN: true }),
  taxAddPp: fc.oneof(fc.double({ min: -5, max: 10, noNaN: true }), fc.constant(-80)),
  path: fc.option(fc.array(fc.double({ min: 0.3, max: 3, noNaN: true }), { minLength: 2 * 120, maxLength: 2 * 120 })),
});

function perturbation(c: Compiled, k: Knobs<typeof perturbationArb>): Perturbation {
  const p = neutralPerturbation(c.nP);
  const { price, path, ...rest } = k;
  Object.assign(p, rest);
  for (let j = 0; j < c.nP; j++) p.priceMult[j] = price[j % 3]!;
  if (path) {
    // Two commodity rows of 120 years; products alternate between them.
    p.pricePath = Float64Array.from(path);
    p.pathStride = 120;
    for (let j = 0; j < c.nP; j++) p.pathRow[j] = j % 2;
  }
  return p;
}

describe('runCore against the reference model', () => {
  it('agrees year by year on random projects under random risk draws', () => {
    fc.assert(
      fc.property(scenarioArb, perturbationArb, fc.boolean(), (sk, pk, big) => {
        const c = compileScenario(buildScenario(sk), { maxExtraDelayYears: 14 });
        expect(compare(c, perturbation(c, pk), big)).toBeNull();
      }),
      { numRuns: 150, seed: 20261201 },
    );
  });

  it('agrees on every bundled preset, unperturbed and under a random draw', () => {
    for (const preset of presets) {
      const c = compileScenario(preset.build());
      expect(compare(c, neutralPerturbation(c.nP), false), preset.id).toBeNull();
      fc.assert(
        fc.property(perturbationArb, (pk) => {
          expect(compare(c, perturbation(c, pk), true), preset.id).toBeNull();
        }),
        { numRuns: 8, seed: 7 },
      );
    }
  });
});

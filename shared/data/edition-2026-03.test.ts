// Why: trust is the product. These checks pin the previous edition (2026-03, the March 2026 data) to its sources:
// required ids carry the fact sheet's values, UNVERIFIED items stay empty, and the article's table is quoted word for
// word. The edition is kept unchanged so the "What changed" view can compare against it. Rules every edition must
// follow live in dataset.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/sourced';
import {
  bundledEditions,
  challengeById,
  collectFigures,
  contestedById,
  dataset,
  depositById,
  figureById,
  getFigure,
  priceById,
  setActiveEdition,
  sourceById,
} from './index';

const found = bundledEditions.find((e) => e.meta.id === '2026-03');
if (!found) throw new Error('edition 2026-03 is not bundled');
const previous = found;
setActiveEdition(previous);

// The article lives outside the repo at ../shared/seed (read-only, not present in every fresh clone), so a verbatim
// copy is committed as a fixture; when the original is present the copy must match it byte for byte.
const SEED = fileURLToPath(new URL('../../../shared/seed/000_ae49cc6ed13e6901.txt', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/source-article.txt', import.meta.url));
const article = readFileSync(FIXTURE, 'utf8');

const figures = collectFigures(dataset);
describe('edition 2026-03', () => {
  it('is the March 2026 data', () => {
    expect(dataset.compiledAsOf).toBe('2026-03');
    expect(previous.meta).toMatchObject({ id: '2026-03', asOf: '2026-03-31', previousId: null });
  });

  it('names mirrored sources by their original publisher', () => {
    expect(sourceById('barrick-fs-ns-energy')).toMatchObject({ publisher: 'Barrick Gold', isMirror: true });
    expect(sourceById('reuters-dawn-1890305')).toMatchObject({
      publisher: 'Reuters',
      isMirror: true,
      date: '2025-02-07',
    });
    expect(sourceById('source-article')).toMatchObject({
      publisher: 'Source article (Diplomatic Insight / IPRI figures)',
      title: "Pakistan's Strategic Entry into the U.S. Critical Minerals Market",
      confidence: 'B',
    });
    expect(sourceById('source-article')?.url).toBeUndefined();
  });
});

describe('required figures', () => {
  const expected: Array<[string, Figure['value'], string?]> = [
    ['headline.mineral-wealth', 8, 'USD tn'],
    ['headline.outcrop-area', 600000, 'km²'],
    ['headline.minerals-identified', 92],
    ['headline.minerals-extracted', 52],
    ['headline.ussm-agreement', 500, 'USD m'],
    ['headline.first-consignment', '2 October 2025'],
    ['headline.consignment-contents', 'Antimony, copper concentrate, neodymium & praseodymium (NdPr)'],
    ['headline.ussm-mou-date', '8 September 2025'],
    ['headline.arbitration-award', 5.84, 'USD bn'],
    ['headline.export-target', { min: 6, max: 8 }, 'USD bn/yr'],
    ['reko-diq.mine-life', 37, 'years'],
    ['reko-diq.capex-phase1', { min: 5.6, max: 6.0 }, 'USD bn'],
    ['reko-diq.capex-phase2', 3.26, 'USD bn'],
    ['reko-diq.capex-total', 10, 'USD bn'],
    ['reko-diq.throughput-phase1', 45, 'Mtpa'],
    ['reko-diq.throughput-phase2', 90, 'Mtpa'],
    ['reko-diq.phase2-year', 2034],
    ['reko-diq.first-production', 'End-2028 (pre-review target)'],
    ['reko-diq.grade-cu', 0.48, '%'],
    ['reko-diq.grade-au', 0.28, 'g/t'],
    ['reko-diq.reserves-cu', 15, 'Mt'],
    ['reko-diq.reserves-au', 26, 'Moz'],
    ['reko-diq.reserve-ore', { min: 3000, max: 3100 }, 'Mt'],
    ['reko-diq.lom-payable-cu', 13.1, 'Mt'],
    ['reko-diq.lom-payable-au', 17.9, 'Moz'],
    ['reko-diq.concentrate', 800, 'kt/yr'],
    ['fiscal.cit', 29, '%'],
    ['fiscal.super-tax', 10, '%'],
    ['fiscal.wht-dividend-nonresident', 15, '%'],
    ['fiscal.reko-diq-royalty', 5, '%'],
    ['fiscal.reko-diq-federal-nsr', 1, '%'],
    ['fiscal.reko-diq-epz', 0.5, '%'],
    ['fiscal.saindak-royalty', 6.5],
    ['fiscal.reko-diq-cit', null],
    ['fiscal.provincial-royalty-schedules', null],
  ];
  it.each(expected)('%s', (id, value, unit) => {
    const f = getFigure(id);
    expect(f.value).toEqual(value);
    if (unit !== undefined) expect(f.unit).toBe(unit);
  });

  it('carries the stated dates, grades and bases', () => {
    expect(getFigure('headline.first-consignment').asOf).toBe('2025-10-02');
    expect(getFigure('headline.arbitration-award').asOf).toBe('2019-07');
    expect(getFigure('headline.export-target').confidence).toBe('B');
    expect(getFigure('headline.outcrop-area').sourceIds).toEqual(
      expect.arrayContaining(['source-article', 'br-40352446']),
    );
    expect(getFigure('reko-diq.mine-life')).toMatchObject({ confidence: 'A', asOf: '2025-04-08' });
    expect(getFigure('reko-diq.mine-life').sourceIds).toContain('reuters-financetom-2025-04-08');
    expect(getFigure('reko-diq.reserve-ore').basis).toBe('derived');
    const fs = getFigure('reko-diq.feasibility');
    expect(fs.value).toEqual(expect.stringContaining('8 April 2025'));
    expect(fs.sourceIds).toEqual(expect.arrayContaining(['barrick-fs-ns-energy', 'dawn-1900381']));
    expect(typeof getFigure('reko-diq.owners').value).toBe('string');
    for (const id of ['fiscal.reko-diq-advance-royalty', 'fiscal.import-incentives', 'fiscal.fippa']) {
      expect(typeof getFigure(id).value, id).toBe('string');
    }
    expect(getFigure('fiscal.super-tax').note).toContain('PKR 500 million');
  });

  it('finds figures in every part of the dataset and reports missing ids', () => {
    expect(figureById('price.copper.lme-settle-2025-12-29')).toBeDefined();
    expect(figureById('contested.gdp-share.dawn-fy2025')?.value).toBe(2.1);
    expect(figureById('reko-diq.output-phase1-cu.gop')?.value).toBe(200);
    expect(figureById('saindak.royalty')?.value).toBe(6.5);
    expect(figureById('no.such-figure')).toBeUndefined();
    expect(() => getFigure('no.such-figure')).toThrow(/no\.such-figure/);
  });
});

describe('UNVERIFIED and contested items', () => {
  it('has at least ten UNVERIFIED figures', () => {
    expect(figures.filter((f) => f.unverified).length).toBeGreaterThanOrEqual(10);
  });

  it('lists the ten UNVERIFIED items of the fact sheet', () => {
    expect(dataset.unverified).toHaveLength(10);
  });

  it('keeps all three readings of the GDP share', () => {
    const gdp = contestedById('contested.gdp-share');
    expect(gdp?.readings.map((r) => r.value)).toEqual(['<3%', 2.1, 3.2]);
    expect(contestedById('contested.mineral-wealth')?.readings.map((r) => r.value)).toEqual([8, 6]);
  });
});

describe('deposits', () => {
  const ids = [
    'reko-diq',
    'saindak',
    'duddar',
    'thar-block-ii',
    'thar-block-i',
    'chiniot-rajoa',
    'muslim-bagh',
    'khewra',
    'chitral-antimony',
    'qila-abdullah-antimony',
    'loe-shilman',
    'gb-lithium-gems',
    'attock-gold',
    'waziristan-copper',
    'marble-granite',
    'kalabagh-iron',
  ];

  it('has all 16 CSV rows', () => {
    expect(dataset.deposits.map((d) => d.id)).toEqual(ids);
  });

  it('has exactly two antimony deposits', () => {
    expect(dataset.deposits.filter((d) => d.minerals.includes('Sb')).map((d) => d.id)).toEqual([
      'chitral-antimony',
      'qila-abdullah-antimony',
    ]);
  });

  it('marks every CSV coordinate approximate; marble/granite has none', () => {
    for (const d of dataset.deposits) {
      if (d.id === 'marble-granite') expect(d.location).toBeNull();
      else expect(d.location?.approximate, d.id).toBe(true);
    }
  });

  it('sizes markers from a field figure of the same deposit', () => {
    for (const d of dataset.deposits) {
      if (!d.size) continue;
      const f = d.fields.find((x) => x.id === d.size?.figureId);
      expect(f, `${d.id} size figure`).toBeDefined();
      const v = f?.value;
      const low = typeof v === 'object' && v !== null ? v.min : v;
      expect(low, d.id).toBe(d.size.value);
      expect(f?.unit).toBe(d.size.unit);
    }
  });

  it('flags critical minerals', () => {
    const critical = dataset.deposits.filter((d) => d.critical).map((d) => d.id);
    expect(critical).toEqual(
      expect.arrayContaining([
        'reko-diq',
        'saindak',
        'chitral-antimony',
        'qila-abdullah-antimony',
        'loe-shilman',
        'gb-lithium-gems',
        'muslim-bagh',
        'waziristan-copper',
      ]),
    );
    expect(critical).not.toContain('thar-block-ii');
  });

  it('keeps Reko Diq in depth: ownership, financing, contested output and the 2026 review', () => {
    const rd = depositById('reko-diq');
    expect(rd?.ownership.map((o) => o.sharePct)).toEqual([50, 25, 25]);
    expect(rd?.ownershipNote).toMatch(/10% free-carried.*15%.*BMRL.*funded by the federal government/);
    expect(rd?.financing.map((f) => f.amountUsdM)).toEqual(expect.arrayContaining([700, 410, 1250, 300]));
    expect(rd?.series[0]?.points.map((p) => [p.year, p.value])).toEqual([
      [2028, 45],
      [2034, 90],
    ]);
    const contested = (id: string) => rd?.contested.find((c) => c.id === id)?.readings.map((r) => r.value);
    expect(contested('reko-diq.output-phase1-cu')).toEqual([240, 200]);
    expect(contested('reko-diq.output-phase1-au')).toEqual([297, 300]);
    expect(contested('reko-diq.output-phase2-cu')).toEqual([460, 400]);
    expect(contested('reko-diq.output-phase2-au')).toEqual([520, 500]);
    expect(contested('reko-diq.irr')).toEqual([25, 21]);
    expect(contested('reko-diq.output-phase1')).toHaveLength(2);
    expect(contested('reko-diq.free-cash-flow')).toHaveLength(2);
    const notes = rd?.statusNotes.map((n) => n.date);
    expect(notes).toEqual(expect.arrayContaining(['2025-11-26', '2026-02', '2026-03-26']));
    expect(rd?.statusNotes.find((n) => n.date === '2026-03-26')?.text).toMatch(/mid-2027/);
  });

  it('keeps Saindak production history', () => {
    const s = depositById('saindak');
    expect(s?.series[0]?.points.map((p) => [p.year, p.value])).toEqual([
      [2015, 13056],
      [2016, 14136],
      [2021, 16426],
    ]);
    expect(figureById('saindak.design-capacity')?.value).toBe(15800);
    expect(figureById('saindak.eob-plan-blister')?.value).toBe(24276);
    expect(figureById('saindak.mine-life')?.value).toBe(19);
    expect(figureById('saindak.lease')?.value).toEqual(expect.stringContaining('31 Oct 2037'));
  });
});

describe('prices', () => {
  const refs: Array<[string, Figure['value'], string]> = [
    ['copper', { min: 12270, max: 12430 }, 'USD/t'],
    ['gold', 4310, 'USD/oz'],
    ['antimony', { min: 59500, max: 61000 }, 'USD/t'],
    ['ndpr-oxide', 86, 'USD/kg'],
    ['lithium-carbonate', 13700, 'USD/t'],
    ['chrome-ore', 373, 'USD/t'],
  ];
  it.each(refs)('%s reference', (id, value, unit) => {
    const p = priceById(id);
    expect(p?.reference.value).toEqual(value);
    expect(p?.reference.unit).toBe(unit);
    expect(['A', 'B']).toContain(p?.reference.confidence);
  });

  it('keeps the unverified late-2025 antimony price empty beside an assumption band', () => {
    const others = priceById('antimony')?.others ?? [];
    expect(others.find((f) => f.unverified)?.value).toBeNull();
    expect(others.find((f) => f.basis === 'assumption')?.value).toEqual({ min: 40000, max: 60000 });
    expect(priceById('chrome-ore')?.reference.asOf).toBe('2026-01');
    expect(priceById('ndpr-oxide')?.others.some((f) => f.unit === 'CNY/t')).toBe(true);
  });
});

describe('source article, word for word', () => {
  it('the committed copy matches the original article when it is present', () => {
    if (existsSync(SEED)) expect(article).toBe(readFileSync(SEED, 'utf8'));
  });

  it('quotes every challenge row exactly, in the article order', () => {
    expect(dataset.challenges.map((c) => c.id)).toEqual([
      'policy-regulation',
      'security-governance',
      'infrastructure-logistics',
      'technical-industrial',
      'environmental-social',
      'geopolitical-strategic',
    ]);
    for (const c of dataset.challenges) {
      expect(article).toContain(c.keyIssues);
      for (const s of c.solutions) expect(article).toContain(s);
      // The whole table row, so the split solutions cover the cell with nothing left out.
      expect(article).toContain(`${c.category}\t${c.keyIssues}\t${c.solutions.join(' ')}\n`);
    }
    expect(challengeById('policy-regulation')?.solutions).toContain(
      'Update the National Mineral Policy-2013 harmonizing federal and provincial jurisdictions.',
    );
    expect(challengeById('security-governance')?.solutions).toEqual([
      'Implement digital tracking systems for mining output to curb illegal extraction and revenue leakages.',
    ]);
  });

  it('quotes the three phases exactly and gates them on real challenges', () => {
    expect(dataset.phases.map((p) => p.id)).toEqual(['demonstration', 'scaling', 'impact']);
    for (const p of dataset.phases) {
      expect(article).toContain(p.articleWording);
      for (const gate of p.riskGates) expect(challengeById(gate), gate).toBeDefined();
    }
    expect(dataset.phases.map((p) => p.durationYears)).toEqual([
      { min: 2, max: 3 },
      { min: 5, max: 7 },
      { min: 10, max: null },
    ]);
  });
});

describe('roadmap and timeline', () => {
  it('has the required milestones', () => {
    const m = new Map(dataset.milestones.map((x) => [x.id, x]));
    const want: Array<[string, string, string?]> = [
      ['ussm-fwo-mous', '2025-09-08'],
      ['first-consignment', '2025-10-02'],
      ['reko-diq-fs-approval', '2025-04-08'],
      ['ifc-ida-approval', '2025-06-12'],
      ['adb-approval', '2025-08-22'],
      ['jbic-commitment', '2025-09'],
      ['us-exim-approval', '2025-12-10'],
      ['reko-diq-first-production-target', '2028-12', 'target'],
      ['reko-diq-review', '2026-02'],
      ['reko-diq-slowdown', '2026-03-26'],
      ['reko-diq-review-end', '2027-06', 'review'],
      ['reko-diq-90mtpa', '2034', 'target'],
      ['icsid-award', '2019-07', 'history'],
      ['reko-diq-framework', '2022-03-20', 'history'],
      ['reko-diq-definitive-agreements', '2022-12', 'history'],
      ['chagai-hills-jv', '1993-07', 'history'],
    ];
    for (const [id, date, kind] of want) {
      expect(m.get(id)?.date, id).toBe(date);
      if (kind) expect(m.get(id)?.kind, id).toBe(kind);
    }
  });

  it('has the named policy initiatives', () => {
    const ids = dataset.policies.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'nmp-2013',
        'nmp-update',
        'pmif-2025',
        'nmhf-2025',
        'fippa-2022',
        'provincial-acts-2025',
        'cpec-mining',
        'saudi-manara',
        'us-exim-project-vault',
      ]),
    );
    expect(dataset.policies.find((p) => p.id === 'saudi-manara')?.status).toMatch(/no signed deal/i);
  });
});

// Why: the edition mechanism (diff, file checks, import) is tested on two small hand-made editions, so the
// tests state exactly which changes they expect and keep passing while the real editions are revised.
import { EditionSchema, type Edition, type EditionInput } from '../model/edition';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const phase = (id: 'demonstration' | 'scaling' | 'impact', index: number) => ({
  id,
  index,
  name: id,
  articleWording: `${id} phase`,
  durationYears: { min: 1, max: 3 },
  goals: [],
  kpis: [],
  riskGates: [],
  sourceIds: ['article'],
});

const challenges = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
  id: `ch-${id}`,
  category: `Challenge ${id}`,
  keyIssues: 'Issues',
  solutions: ['Solve'],
  sourceIds: ['article'],
}));

/** The "previous" edition: two sources, two headline figures, one deposit, one price, one UNVERIFIED item. */
export function tinyEditionInput(): EditionInput {
  return {
    schemaVersion: 1,
    meta: {
      id: '2026-03',
      publishedAt: '2026-03-31',
      asOf: '2026-03-31',
      previousId: null,
      publisher: 'Test publisher',
    },
    dataset: {
      compiledAsOf: '2026-03',
      sources: [
        { id: 'article', publisher: 'Source article', title: 'The article', confidence: 'B' },
        {
          id: 'ecc-2025',
          publisher: 'ECC',
          title: 'Cost approval',
          date: '2025-09',
          url: 'https://example.org/ecc',
          confidence: 'A',
        },
      ],
      headline: [
        {
          id: 'headline.wealth',
          label: 'Mineral wealth',
          value: 8,
          unit: 'USD tn',
          asOf: '2025',
          sourceIds: ['article'],
          confidence: 'B',
          basis: 'source-article',
        },
        {
          id: 'headline.area',
          label: 'Outcrop area',
          value: 600000,
          unit: 'km²',
          asOf: '2025',
          sourceIds: ['article'],
          confidence: 'B',
          basis: 'source-article',
        },
      ],
      contested: [],
      deposits: [
        {
          id: 'reko-diq',
          name: 'Reko Diq',
          minerals: ['Cu', 'Au'],
          mineralGroup: 'base-metals',
          critical: true,
          province: 'Balochistan',
          district: 'Chagai',
          location: { lat: 29.1, lon: 62.6, approximate: false, precision: 'mine site', sourceIds: ['article'] },
          stage: 'development',
          stageDetail: 'Feasibility study done',
          confidence: ['A'],
          fields: [
            {
              id: 'reko-diq.capex',
              label: 'Phase-I capex',
              value: 5.6,
              unit: 'USD bn',
              asOf: '2025-03',
              sourceIds: ['article'],
              confidence: 'B',
              basis: 'company-study',
            },
          ],
          size: { value: 5.9, unit: 'Bt', figureId: 'reko-diq.capex' },
          statusNotes: [{ date: '2025-12', text: 'Review under way', sourceIds: ['article'], confidence: 'B' }],
        },
      ],
      prices: [
        {
          id: 'copper',
          commodity: 'Copper',
          reference: {
            id: 'price.copper',
            label: 'Copper LME',
            value: 9800,
            unit: 'USD/t',
            asOf: '2026-02',
            sourceIds: ['article'],
            confidence: 'B',
            basis: 'market-data',
          },
        },
      ],
      fiscal: [],
      phases: [phase('demonstration', 1), phase('scaling', 2), phase('impact', 3)],
      milestones: [],
      challenges,
      policies: [],
      timeline: [],
      unverified: [{ id: 'antimony-price', text: 'Late-2025 antimony price' }],
    },
  };
}

/**
 * The "current" edition, with exactly these changes from the previous one:
 * changed headline.wealth (value 8 → 9, asOf, sources); removed headline.area; added source ecc-2026;
 * changed reko-diq.capex (5.6 → 7.723 USD bn, ECC, Sep 2025); changed deposit reko-diq (stageDetail);
 * added status note; added deposit chagai-copper with its figure; changed price.copper; removed the
 * UNVERIFIED item and added an UNVERIFIED figure in its place.
 */
export function tinyNextEditionInput(): EditionInput {
  const e = clone(tinyEditionInput());
  e.meta = {
    id: '2026-06',
    publishedAt: '2026-06-30',
    asOf: '2026-06-24',
    previousId: '2026-03',
    publisher: 'Test publisher',
  };
  const d = e.dataset;
  d.compiledAsOf = '2026-06';
  d.sources.push({
    id: 'ecc-2026',
    publisher: 'ECC',
    title: 'Revised cost approval',
    date: '2026-05-02',
    url: 'https://example.org/ecc-2',
    confidence: 'A',
  });
  d.headline = [{ ...d.headline[0]!, value: 9, asOf: '2026-05', sourceIds: ['article', 'ecc-2026'] }];
  const rd = d.deposits[0]!;
  rd.stageDetail = 'Under construction; review extended';
  rd.fields = [
    {
      ...rd.fields[0]!,
      value: 7.723,
      asOf: '2025-09',
      sourceIds: ['ecc-2025'],
      confidence: 'A',
      basis: 'government-statement',
    },
  ];
  rd.statusNotes = [
    ...(rd.statusNotes ?? []),
    { date: '2026-05', text: 'Review extended to 2027', sourceIds: ['ecc-2026'], confidence: 'A' },
  ];
  d.deposits.push({
    ...clone(rd),
    id: 'chagai-copper',
    name: 'Chagai copper licence',
    location: { lat: 29.3, lon: 64.1, approximate: true, precision: 'district centre', sourceIds: ['ecc-2026'] },
    stage: 'exploration',
    stageDetail: 'Licence granted',
    fields: [
      {
        id: 'chagai-copper.licence',
        label: 'Licence area',
        value: 120,
        unit: 'km²',
        asOf: '2026-04',
        sourceIds: ['ecc-2026'],
        confidence: 'A',
        basis: 'government-statement',
      },
    ],
    size: null,
    statusNotes: [],
  });
  d.prices[0]!.reference = { ...d.prices[0]!.reference, value: 13000, asOf: '2026-06-24' };
  d.unverified = [];
  d.fiscal = [
    {
      id: 'fiscal.security-cost',
      label: 'Security cost',
      value: null,
      unit: 'USD m',
      asOf: '2026-05',
      sourceIds: ['ecc-2026'],
      confidence: 'B',
      basis: 'press-report',
      unverified: true,
    },
  ];
  return e;
}

export const tinyEdition = (): Edition => EditionSchema.parse(tinyEditionInput());
export const tinyNextEdition = (): Edition => EditionSchema.parse(tinyNextEditionInput());

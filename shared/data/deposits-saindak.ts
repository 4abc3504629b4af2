// Why: Saindak is Pakistan's only producing copper-gold mine and the benchmark for Balochistan metal leases, so it is
// kept in depth (fact sheet §2.1 and the §6 CSV row). Press equity splits conflict, so ownership is a lease, not shares.
import { saindakRoyalty } from './fiscal';
import type { DepositInput, FigureInput } from './types';

const SITE = ['saindak-future-projects'];

const fields: FigureInput[] = [
  { id: 'saindak.owners', label: 'Owner / operator', value: 'Saindak Metals Ltd (SML, GoP-owned) leases to MCC Resources Development Ltd (MRDL; MCC / China Minmetals)', unit: '', asOf: '2022-02-09', sourceIds: ['profit-2022-02-09-saindak'], confidence: 'A', basis: 'press-report', note: 'Press gives conflicting equity splits (UNVERIFIED); treat as a lease, not equity.' },
  { id: 'saindak.lease', label: 'Lease', value: '15-year extension, 1 Nov 2022 – 31 Oct 2037 (ECC, Feb 2022)', unit: '', asOf: '2022-02-09', sourceIds: ['propakistani-2022-02-09', 'profit-2022-02-09-saindak'], confidence: 'B', basis: 'press-report' },
  { ...saindakRoyalty, id: 'saindak.royalty' },
  { id: 'saindak.profit-split', label: 'Profit split SML:MCC', value: '53:47 (previously 50:50)', unit: '', asOf: '2022-02', sourceIds: ['tdmi-saindak-lease', 'enggpost-saindak-lease'], confidence: 'B', basis: 'press-report' },
  { id: 'saindak.annual-rent', label: 'Annual rent', value: 0.7, unit: 'USD m/yr', asOf: '2022-02', sourceIds: ['tdmi-saindak-lease', 'enggpost-saindak-lease'], confidence: 'B', basis: 'press-report', note: 'Previously USD 0.5 million.' },
  { id: 'saindak.social-uplift', label: 'Social uplift contribution', value: 6.5, unit: '% of net profit', asOf: '2022-02', sourceIds: ['tdmi-saindak-lease', 'enggpost-saindak-lease'], confidence: 'B', basis: 'press-report' },
  { id: 'saindak.mcc-additional-investment', label: 'MCC additional investment (up to)', value: 45.5, unit: 'USD m', asOf: '2022-02', sourceIds: ['tdmi-saindak-lease', 'enggpost-saindak-lease'], confidence: 'B', basis: 'press-report' },
  { id: 'saindak.resource-eob', label: 'East Ore Body geological resource', value: 336, unit: 'Mt', asOf: '2022', sourceIds: SITE, confidence: 'A', basis: 'company-study', note: 'At 0.36% Cu (0.25% cut-off).' },
  { id: 'saindak.mineable-eob', label: 'East Ore Body mineable', value: { min: 115, max: 119 }, unit: 'Mt', asOf: '2022', sourceIds: SITE, confidence: 'A', basis: 'company-study', note: 'At 0.374% Cu, revised 2021–22; the Dec 2020 FS gave 85.6 Mt.' },
  { id: 'saindak.grade-cu-eob', label: 'East Ore Body mineable grade, copper', value: 0.374, unit: '%', asOf: '2022', sourceIds: SITE, confidence: 'A', basis: 'company-study' },
  { id: 'saindak.sob-design', label: 'South Ore Body in-pit (design)', value: 78.5, unit: 'Mt', asOf: '2026-03', sourceIds: ['saindak-current-projects'], confidence: 'A', basis: 'company-study', note: 'Historical design figure on the operator site (undated; as retrieved): 0.434% Cu, 0.476 g/t Au; 4.25 Mtpa ore.' },
  { id: 'saindak.original-reserve', label: 'Original reserve (historical)', value: 412, unit: 'Mt', asOf: '2009', sourceIds: ['pakistan-economist-2009'], confidence: 'C', basis: 'press-report', note: 'At 0.45% Cu, 0.50 g/t Au, 1.5 g/t Ag.' },
  { id: 'saindak.grade', label: 'Grade (summary)', value: '0.374% Cu (EOB mineable); SOB 0.434% Cu, 0.476 g/t Au', unit: '', asOf: '2022', sourceIds: ['saindak-future-projects', 'saindak-current-projects'], confidence: 'A', basis: 'company-study' },
  { id: 'saindak.design-capacity', label: 'Design capacity, blister copper', value: 15800, unit: 't/yr', asOf: '2005', sourceIds: ['dawn-163609'], confidence: 'A', basis: 'press-report', note: 'Containing ≈1.5 t Au and 2.8 t Ag.' },
  { id: 'saindak.eob-plan-ore', label: 'East Ore Body expansion plan: ore', value: 7, unit: 'Mtpa', asOf: '2022-02', sourceIds: SITE, confidence: 'A', basis: 'company-study', note: 'FS Feb 2022.' },
  { id: 'saindak.eob-plan-concentrate', label: 'East Ore Body expansion plan: concentrate', value: 110, unit: 'kt/yr', asOf: '2022-02', sourceIds: SITE, confidence: 'A', basis: 'company-study', note: 'At 22.5% Cu.' },
  { id: 'saindak.eob-plan-blister', label: 'East Ore Body expansion plan: blister copper', value: 24276, unit: 't/yr', asOf: '2022-02', sourceIds: SITE, confidence: 'A', basis: 'company-study' },
  { id: 'saindak.production-2021', label: 'Blister copper production, 2021', value: 16426, unit: 't', asOf: '2021', sourceIds: ['energyupdate-2022-01-08'], confidence: 'B', basis: 'press-report' },
  { id: 'saindak.profit-2021', label: 'Profit, 2021', value: 74.7, unit: 'USD m', asOf: '2021', sourceIds: ['energyupdate-2022-01-08'], confidence: 'B', basis: 'press-report' },
  { id: 'saindak.production-2016', label: 'Copper production, 2016', value: 14136, unit: 't', asOf: '2016', sourceIds: ['usgs-myb-2016-docslib'], confidence: 'A', basis: 'academic' },
  { id: 'saindak.production-2015', label: 'Copper production, 2015', value: 13056, unit: 't', asOf: '2015', sourceIds: ['usgs-myb-2016-docslib'], confidence: 'A', basis: 'academic' },
  { id: 'saindak.cumulative-blister', label: 'Cumulative blister copper', value: 'More than 290,000 t (to Nov 2022)', unit: '', asOf: '2022-11', sourceIds: ['propakistani-2022-11-02'], confidence: 'B', basis: 'press-report' },
  { id: 'saindak.fx-earned', label: 'Foreign exchange earned (cumulative)', value: 2.92, unit: 'USD bn', asOf: '2023', sourceIds: ['chinadaily-2024-06-06'], confidence: 'B', basis: 'press-report' },
  { id: 'saindak.taxes-profits', label: 'Taxes and profits to Pakistan (cumulative)', value: 722, unit: 'USD m', asOf: '2023', sourceIds: ['chinadaily-2024-06-06'], confidence: 'B', basis: 'press-report' },
  { id: 'saindak.royalty-paid', label: 'Royalty paid to GoB, 2004–2022', value: 13.125, unit: 'PKR bn', asOf: '2023-07', sourceIds: ['nation-2023-07-23'], confidence: 'A', basis: 'press-report', note: 'At 5% of gross sales (the pre-Nov 2022 rate).' },
  { id: 'saindak.mine-life', label: 'Mine life (East Ore Body)', value: 19, unit: 'years', asOf: '2020', sourceIds: ['arabnews-mashriqtv'], confidence: 'B', basis: 'press-report', note: 'Approximate.' },
  { id: 'saindak.key-dates', label: 'Key dates', value: 'Lease extension approved by the ECC Feb 2022; royalty 6.5% of sales from Nov 2022', unit: '', asOf: '2022-02', sourceIds: ['profit-2022-02-09-saindak', 'tdmi-saindak-lease'], confidence: 'B', basis: 'press-report' },
];

export const saindak: DepositInput = {
  id: 'saindak',
  name: 'Saindak',
  minerals: ['Cu', 'Au', 'Ag', 'Fe'],
  mineralGroup: 'base-metals',
  critical: true,
  province: 'Balochistan',
  district: 'Chagai',
  location: { lat: 29.2494, lon: 61.6119, approximate: true, precision: 'approx. (wiki mirror)', sourceIds: ['wikipedia-saindak-wikimili'] },
  stage: 'producing',
  stageDetail: 'Production',
  confidence: ['A', 'B'],
  fields,
  size: { value: 336, unit: 'Mt', figureId: 'saindak.resource-eob' },
  ownershipNote: 'Saindak Metals Ltd (GoP-owned) is the lessor; MCC Resources Development Ltd (MRDL) operates under a lease to 31 Oct 2037. Press equity splits conflict (UNVERIFIED), so no shares are shown.',
  series: [
    {
      id: 'saindak.blister-copper',
      label: 'Blister copper production',
      unit: 't',
      points: [
        { year: 2015, value: 13056, sourceIds: ['usgs-myb-2016-docslib'], confidence: 'A' },
        { year: 2016, value: 14136, sourceIds: ['usgs-myb-2016-docslib'], confidence: 'A' },
        { year: 2021, value: 16426, sourceIds: ['energyupdate-2022-01-08'], confidence: 'B' },
      ],
    },
  ],
};

// Why: the fiscal terms the investment model needs (fact sheet §4). Statutory rates carry basis
// 'government-statement' (the law, as documented by the cited tax summary). Items the fact sheet could not find are
// kept as UNVERIFIED figures with no value so nobody fills them in.
import type { FigureInput } from './types';

const BR_NA_REPLY = ['br-40363029'];

/** Also shown in Saindak's profile (as `saindak.royalty`), hence exported. */
export const saindakRoyalty: FigureInput = {
  id: 'fiscal.saindak-royalty',
  label: 'Saindak royalty to the Government of Balochistan',
  value: 6.5,
  unit: '% of sales revenue',
  asOf: '2022-11',
  sourceIds: ['tdmi-saindak-lease', 'enggpost-saindak-lease', 'nation-2023-07-23'],
  confidence: 'B',
  basis: 'government-statement',
  note: 'From Nov 2022 under the lease extension (ECC, Feb 2022); previously 5% of gross sales (The Nation [A]). A benchmark for Balochistan metal leases.',
};

export const fiscal: FigureInput[] = [
  { id: 'fiscal.cit', label: 'Corporate income tax (non-bank company)', value: 29, unit: '%', asOf: '2023', sourceIds: ['pwc-pk-cit', 'waystax-cit-2025'], confidence: 'A', basis: 'government-statement', note: 'Tax year 2023 onward (PwC reviewed Jul 2022; stated unchanged in 2025 by Waystax [C]).' },
  { id: 'fiscal.super-tax', label: 'Super tax (s.4C), top slab: income > PKR 500 million', value: 10, unit: '%', asOf: '2023', sourceIds: ['samaa-pakistanrecorder-super-tax', 'dailytimes-htsyndication-budget'], confidence: 'B', basis: 'government-statement', note: 'On income > PKR 500 million (Finance Act 2023); slabs run 1–10%.' },
  { id: 'fiscal.super-tax-fy26-cut', label: 'Super tax cut for the PKR 200–500 million band (FY26 budget)', value: 0.5, unit: 'pp', asOf: '2025-06', sourceIds: ['dailytimes-htsyndication-budget'], confidence: 'B', basis: 'government-statement' },
  { id: 'fiscal.wht-dividend-nonresident', label: 'Withholding tax on dividends, non-resident, non-treaty', value: 15, unit: '%', asOf: '2024-08-01', sourceIds: ['pwc-pk-wht'], confidence: 'A', basis: 'government-statement', note: 'Treaty rates differ, e.g. Canada 15/20%, China 10%.' },
  { id: 'fiscal.wht-interest-nonresident', label: 'Withholding tax on interest, non-resident, non-treaty', value: 10, unit: '%', asOf: '2024-08-01', sourceIds: ['pwc-pk-wht'], confidence: 'A', basis: 'government-statement' },
  { id: 'fiscal.wht-royalties-nonresident', label: 'Withholding tax on royalties, non-resident, non-treaty', value: 15, unit: '%', asOf: '2024-08-01', sourceIds: ['pwc-pk-wht'], confidence: 'A', basis: 'government-statement' },
  { id: 'fiscal.wht-dividend-resident', label: 'Withholding tax on dividends, residents', value: '15% (ATL) / 30% (non-ATL); 25% / 50% where the payer pays no tax because of exemptions or losses', unit: '', asOf: '2023', sourceIds: ['citi-em-handbook-2023'], confidence: 'B', basis: 'government-statement', note: 'ATL: Active Taxpayers List.' },
  { id: 'fiscal.reko-diq-royalty', label: 'Reko Diq: provincial royalty to GoB', value: 5, unit: '%', asOf: '2025-05-16', sourceIds: BR_NA_REPLY, confidence: 'A', basis: 'government-statement', note: 'National Assembly written reply, May 2025.' },
  { id: 'fiscal.reko-diq-federal-nsr', label: 'Reko Diq: federal net smelter return to GoP', value: 1, unit: '%', asOf: '2025-05-16', sourceIds: BR_NA_REPLY, confidence: 'A', basis: 'government-statement' },
  { id: 'fiscal.reko-diq-epz', label: 'Reko Diq: EPZ surcharge', value: 0.5, unit: '%', asOf: '2025-05-16', sourceIds: BR_NA_REPLY, confidence: 'A', basis: 'government-statement' },
  { id: 'fiscal.reko-diq-advance-royalty', label: 'Reko Diq: advance royalty to GoB', value: 'USD 5 million (year 1), USD 7.5 million (year 2), then USD 10 million a year until commercial production, capped at USD 50 million', unit: '', asOf: '2025', sourceIds: BR_NA_REPLY, confidence: 'A', basis: 'government-statement' },
  { id: 'fiscal.reko-diq-royalties-paid', label: 'Reko Diq: royalties paid to GoB so far', value: 'More than USD 17.5 million (by Jun 2025)', unit: '', asOf: '2025-06', sourceIds: ['gnn-49152'], confidence: 'B', basis: 'press-report' },
  { id: 'fiscal.reko-diq-stability', label: 'Reko Diq: fiscal stability', value: 'Mineral agreement stabilising the fiscal regime "for a specified period"', unit: '', asOf: '2022-03-20', sourceIds: ['barrick-framework-stocktitan'], confidence: 'A', basis: 'company-study' },
  { id: 'fiscal.fippa', label: 'FIPPA 2022 "qualified investment"', value: 'Qualified investment (≥ USD 500 million): exemptions from certain taxes, cesses, customs duties and WWF, and FX facilitation. Reko Diq is the first qualified investment', unit: '', asOf: '2022-12', sourceIds: ['legal500-fippa-2022', 'mondaq-1688282', 'dawn-1726654'], confidence: 'B', basis: 'government-statement' },
  { id: 'fiscal.reko-diq-cit', label: 'Reko Diq: stabilised corporate income-tax rate or tax holiday', value: null, unverified: true, unit: '%', asOf: '2026-03', sourceIds: ['miningmomentum-reko-diq'], confidence: 'C', basis: 'press-report', note: 'UNVERIFIED. Not found in the 2022 agreements as reported. One secondary analysis [C] claims about USD 7.1 billion of life-of-mine taxes (<10% of cash flow) and "no income tax collected"; not confirmed.' },
  saindakRoyalty,
  { id: 'fiscal.punjab-limestone-royalty', label: 'Punjab: limestone royalty', value: 6, unit: '% of ex-factory price of cement/clinker', asOf: '2025', sourceIds: ['dtrends-minerals'], confidence: 'C', basis: 'press-report', note: 'Replaces PKR 250/t (c. 2025). Check before use.' },
  { id: 'fiscal.kp-royalty-increase', label: 'Khyber Pakhtunkhwa: mineral royalty increase claimed by mine owners', value: 1300, unit: '%', asOf: '2024-06', sourceIds: ['urdupoint-1838541'], confidence: 'B', basis: 'press-report', note: 'Mine owners say KP raised mineral royalty by ≈1,300% in 2024. A claim, not an official schedule.' },
  { id: 'fiscal.provincial-royalty-schedules', label: 'Provincial royalty schedules for metallic minerals (2025 Acts)', value: null, unverified: true, unit: '% of value', asOf: '2025', sourceIds: ['mondaq-guide-pakistan-mining'], confidence: 'C', basis: 'press-report', note: 'UNVERIFIED. The Balochistan, KP and Punjab Mines & Minerals Acts 2025 were identified, but their royalty schedules were not retrieved.' },
  { id: 'fiscal.import-incentives', label: 'Import incentives (mining)', value: 'Customs duty / sales tax on machinery: 0% (exploration); 3% / 5% (development). 100% foreign equity allowed; repatriation of capital and profits', unit: '', asOf: '2025', sourceIds: ['sifc-mining'], confidence: 'A', basis: 'government-statement' },
];

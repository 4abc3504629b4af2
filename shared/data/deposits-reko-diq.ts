// Why: Reko Diq is the project the whole briefing turns on, so it is kept in depth (fact sheet §1 and the §6 CSV row),
// including where Barrick and the Government of Pakistan disagree and the 2026 review that puts the 2028 date in doubt.
// `basis: 'company-study'` covers the operator's feasibility disclosures and releases (the schema has no separate
// "company statement").
import type { ContestedFigureInput, DepositInput, FigureInput } from './types';

const FS = ['barrick-fs-ns-energy', 'dawn-1900381'];
const FS_DATE = '2025-04-08';
const BARRICK_CALL = ['barrick-q1-2025-call-webull'];
const GOP_NA = ['br-40363029'];

const fields: FigureInput[] = [
  { id: 'reko-diq.owners', label: 'Owners', value: 'Barrick 50% (operator); federal SOEs OGDCL, PPL and GHPL 25% (equal thirds); Government of Balochistan 25% (10% free-carried + 15% via BMRL)', unit: '', asOf: '2022-03-20', sourceIds: ['barrick-framework-stocktitan', 'dailypakistan-2022-03-20', 'miningdataonline-reko-diq'], confidence: 'A', basis: 'company-study', note: 'Owned through Reko Diq Mining Company (Pvt) Ltd (RDMC). Share of the federal SOEs per Daily Pakistan [B].' },
  { id: 'reko-diq.soe-funding', label: 'Funding commitment per federal SOE', value: 627, unit: 'USD m', asOf: '2025-04', sourceIds: ['dawn-1900381'], confidence: 'A', basis: 'press-report', note: 'USD 627 million each, ≈USD 1.88 billion in total (up from ≈USD 900 million).' },
  { id: 'reko-diq.setting', label: 'Setting', value: '~70 km NW of Nok Kundi; 35 km S of the Afghan border, 55 km E of the Iranian border', unit: '', asOf: '2026-03', sourceIds: ['miningmomentum-reko-diq'], confidence: 'C', basis: 'press-report' },
  { id: 'reko-diq.geology', label: 'Geology', value: 'Copper-gold porphyry in the Tethyan belt; 14 porphyry intrusions', unit: '', asOf: '2022-08', sourceIds: ['womp-2022-08', 'miningmomentum-reko-diq'], confidence: 'B', basis: 'press-report' },
  { id: 'reko-diq.pits', label: 'Pits', value: 'Western Porphyries (main) + Tanjeel (satellite)', unit: '', asOf: '2026-03', sourceIds: ['miningdataonline-reko-diq'], confidence: 'B', basis: 'press-report' },
  { id: 'reko-diq.town-coords', label: 'Reko Diq town coordinates', value: '29.1008°N, 62.1056°E (approximate)', unit: '', asOf: '2026-03', sourceIds: ['wikipedia-reko-diq-rightwiki'], confidence: 'C', basis: 'press-report', note: 'The map marker uses the mine coordinates (28.9725°N, 62.4331°E, WikiMili).' },

  // Reserves and resources (§1.3)
  { id: 'reko-diq.reserves-cu', label: 'Reserves, contained copper (100%)', value: 15, unit: 'Mt', asOf: '2025-04', sourceIds: ['mining-technology-reko-diq-analysis'], confidence: 'B', basis: 'company-study', note: 'Approximate ("≈15 Mt"), 2025 feasibility study.' },
  { id: 'reko-diq.reserves-au', label: 'Reserves, contained gold (100%)', value: 26, unit: 'Moz', asOf: '2025-04', sourceIds: ['mining-technology-reko-diq-analysis'], confidence: 'B', basis: 'company-study', note: 'Approximate ("≈26 Moz"), 2025 feasibility study.' },
  { id: 'reko-diq.reserve-ore', label: 'Implied reserve ore tonnage (100%)', value: { min: 3000, max: 3100 }, unit: 'Mt', asOf: '2025-04', sourceIds: ['mining-technology-reko-diq-analysis', 'reuters-dawn-1890305'], confidence: 'B', basis: 'derived', note: 'Derived: ≈15 Mt Cu ÷ 0.48% Cu, both inputs rounded. Mining Momentum [C] gives "~3 Bt at 0.48% Cu, 0.26 g/t Au, strip ratio 1.07".' },
  { id: 'reko-diq.grade-cu', label: 'Reserve grade, copper', value: 0.48, unit: '%', asOf: '2024-12-31', sourceIds: ['reuters-dawn-1890305', 'mining-technology-reserves-2024', 'vibrantpakistan-reko-diq'], confidence: 'A', basis: 'company-study', note: 'Probable reserves as reported by Barrick (attributable basis), FS completed end-2024.' },
  { id: 'reko-diq.grade-au', label: 'Reserve grade, gold', value: 0.28, unit: 'g/t', asOf: '2024-12-31', sourceIds: ['reuters-dawn-1890305', 'mining-technology-reserves-2024'], confidence: 'A', basis: 'company-study' },
  { id: 'reko-diq.reserves-barrick-cu', label: 'Probable reserves, Barrick-attributable (50%), copper', value: 7.3, unit: 'Mt', asOf: '2024-12-31', sourceIds: ['reuters-dawn-1890305', 'mining-technology-reserves-2024'], confidence: 'A', basis: 'company-study', note: 'Contained copper at 0.48% Cu.' },
  { id: 'reko-diq.reserves-barrick-au', label: 'Probable reserves, Barrick-attributable (50%), gold', value: 13, unit: 'Moz', asOf: '2024-12-31', sourceIds: ['reuters-dawn-1890305', 'mining-technology-reserves-2024'], confidence: 'A', basis: 'company-study', note: 'Contained gold at 0.28 g/t Au.' },
  { id: 'reko-diq.lom-payable-cu', label: 'Life-of-mine payable copper (100%)', value: 13.1, unit: 'Mt', asOf: '2025-04', sourceIds: ['dawn-1900381'], confidence: 'A', basis: 'government-statement', note: '2025 feasibility study, as stated by OGDCL.' },
  { id: 'reko-diq.lom-payable-au', label: 'Life-of-mine payable gold (100%)', value: 17.9, unit: 'Moz', asOf: '2025-04', sourceIds: ['dawn-1900381'], confidence: 'A', basis: 'government-statement', note: '2025 feasibility study, as stated by OGDCL.' },
  { id: 'reko-diq.resource-2010-mi', label: 'Historical 2010 FS resource, measured & indicated (100%)', value: 3000, unit: 'Mt', asOf: '2010', sourceIds: ['investmets-reko-diq-2028', 'womp-2022-08'], confidence: 'B', basis: 'company-study', note: 'At 0.48% Cu, 0.26 g/t Au.' },
  { id: 'reko-diq.resource-2010-inferred', label: 'Historical 2010 FS resource, inferred (100%)', value: 2900, unit: 'Mt', asOf: '2010', sourceIds: ['investmets-reko-diq-2028', 'womp-2022-08'], confidence: 'B', basis: 'company-study', note: 'At 0.35% Cu, 0.18 g/t Au.' },
  { id: 'reko-diq.often-quoted-resource', label: 'Often-quoted figure (not reserves)', value: '5.9 billion t at 0.41% Cu, 41.5 Moz Au', unit: '', asOf: '2025', sourceIds: ['wikipedia-reko-diq-mine-wikimili'], confidence: 'C', basis: 'press-report', note: 'Looks like the old measured & indicated plus inferred resources combined (Arab News repeated it in 2025). Do not use as reserves.' },

  // Feasibility study (§1.4)
  { id: 'reko-diq.feasibility', label: 'Feasibility study', value: 'Updated feasibility study approved by JV shareholders on 8 April 2025', unit: '', asOf: FS_DATE, sourceIds: FS, confidence: 'A', basis: 'company-study', note: 'FS completed end-2024; Fluor appointed EPCM contractor on approval.' },
  { id: 'reko-diq.throughput-phase1', label: 'Phase 1 throughput', value: 45, unit: 'Mtpa', asOf: FS_DATE, sourceIds: FS, confidence: 'A', basis: 'company-study', note: 'Ore processed per year.' },
  { id: 'reko-diq.throughput-phase2', label: 'Phase 2 throughput', value: 90, unit: 'Mtpa', asOf: FS_DATE, sourceIds: FS, confidence: 'A', basis: 'company-study' },
  { id: 'reko-diq.phase2-year', label: 'Phase 2 (90 Mtpa) from', value: 2034, unit: 'year', asOf: FS_DATE, sourceIds: FS, confidence: 'A', basis: 'company-study', note: 'Pre-review plan; the 2026 review expects "significant increases" to the timeline.' },
  { id: 'reko-diq.first-production', label: 'First production', value: 'End-2028 (pre-review target)', unit: '', asOf: FS_DATE, sourceIds: FS, confidence: 'A', basis: 'company-study', note: 'Under review since Feb 2026. On 26 Mar 2026 Barrick slowed development and extended the review to mid-2027; the end-2028 target is now uncertain.' },
  { id: 'reko-diq.capex-phase1', label: 'Phase 1 capex (100%)', value: { min: 5.6, max: 6.0 }, unit: 'USD bn', asOf: '2025', sourceIds: [...BARRICK_CALL, 'dawn-1900381', 'dowjones-itiger-2525895589'], confidence: 'B', basis: 'company-study', note: 'Barrick range. Technical report ≈USD 5.57 billion (Dow Jones [B]); OGDCL USD 5.6 billion excluding financing and inflation (Dawn [A]). Pre-review: the 2026 review expects "significant increases".' },
  { id: 'reko-diq.capex-phase1-barrick-share', label: 'Phase 1 capex, Barrick share', value: { min: 1.4, max: 1.7 }, unit: 'USD bn', asOf: '2025', sourceIds: BARRICK_CALL, confidence: 'B', basis: 'company-study' },
  { id: 'reko-diq.capex-phase2', label: 'Phase 2 capex', value: 3.26, unit: 'USD bn', asOf: '2025', sourceIds: ['dowjones-itiger-2525895589'], confidence: 'B', basis: 'company-study', note: 'Approximate ("≈USD 3.26 billion"), technical report.' },
  { id: 'reko-diq.capex-total', label: 'Total development capex (both phases)', value: 10, unit: 'USD bn', asOf: '2025', sourceIds: BARRICK_CALL, confidence: 'B', basis: 'company-study', note: 'Approximate ("≈USD 10 billion").' },
  { id: 'reko-diq.mine-life', label: 'Mine life', value: 37, unit: 'years', asOf: FS_DATE, sourceIds: ['reuters-financetom-2025-04-08', 'barrick-fs-ns-energy'], confidence: 'A', basis: 'press-report', note: 'Down from 42 years because of the higher throughput; Barrick says possibly 80+ years with more resources.' },
  { id: 'reko-diq.concentrate', label: 'Copper concentrate output', value: 800, unit: 'kt/yr', asOf: '2025-08-22', sourceIds: ['adb-urdupoint-2025-08-22', 'geo-624146'], confidence: 'A', basis: 'press-report', note: 'Approximate (ADB). Shipped by rail (ML-2/ML-3) to Port Qasim.' },
  { id: 'reko-diq.operating-cash-flow', label: 'Operating cash flow (life of mine)', value: 90, unit: 'USD bn', asOf: FS_DATE, sourceIds: ['reuters-financetom-2025-04-08'], confidence: 'A', basis: 'press-report', note: 'Approximate ("≈USD 90 billion").' },
  { id: 'reko-diq.npv8', label: 'After-tax NPV (8%)', value: 13.0, unit: 'USD bn', asOf: '2025', sourceIds: ['miningmomentum-reko-diq'], confidence: 'C', basis: 'company-study', note: 'Secondary reading of the technical report at USD 4.03/lb copper. Check before use.' },
  { id: 'reko-diq.jobs-construction', label: 'Jobs, construction (up to)', value: 7500, unit: 'jobs', asOf: '2025', sourceIds: ['investmets-reko-diq-2028', 'vibrantpakistan-reko-diq'], confidence: 'B', basis: 'press-report' },
  { id: 'reko-diq.jobs-operations', label: 'Jobs, operations', value: 4000, unit: 'jobs', asOf: '2025', sourceIds: ['investmets-reko-diq-2028', 'vibrantpakistan-reko-diq'], confidence: 'B', basis: 'press-report', note: 'Approximate.' },
  { id: 'reko-diq.epcm', label: 'EPCM and equipment suppliers', value: 'Fluor (EPCM); Metso, Weir, Komatsu (equipment)', unit: '', asOf: FS_DATE, sourceIds: ['barrick-fs-ns-energy'], confidence: 'A', basis: 'company-study' },
  { id: 'reko-diq.power', label: 'Power', value: 'Planned solar-based operation ("run entirely on solar")', unit: '', asOf: '2025-04', sourceIds: ['dawn-1900381'], confidence: 'A', basis: 'press-report', note: 'Dawn citing informed sources.' },

  // Financing (§1.5) and status (§1.6)
  { id: 'reko-diq.project-finance-size', label: 'Phase 1 limited-recourse project finance (up to)', value: 3, unit: 'USD bn', asOf: '2025-06-17', sourceIds: ['app-2025-06-17'], confidence: 'A', basis: 'press-report' },
  { id: 'reko-diq.financing-required', label: 'Financing required', value: 3.74, unit: 'USD bn', asOf: '2025-09-17', sourceIds: ['geo-624146'], confidence: 'A', basis: 'press-report', note: 'Approximate; against more than USD 5.5 billion offered. 50:50 debt:equity.' },
  { id: 'reko-diq.financing-offered', label: 'Financing commitments offered', value: 'More than USD 5.5 billion', unit: '', asOf: '2025-09-17', sourceIds: ['geo-624146'], confidence: 'A', basis: 'press-report' },
  { id: 'reko-diq.financial-close', label: 'Financial close', value: 'Not reached', unit: '', asOf: '2026-02', sourceIds: ['mqworld-barrick-review'], confidence: 'B', basis: 'press-report', note: 'Barrick told lenders the project review must finish before financing is finalised.' },
  { id: 'reko-diq.rail-bridge-finance', label: 'RDMC bridge finance offered for ML-2/ML-3 rail', value: 400, unit: 'USD m', asOf: '2025', sourceIds: ['geo-624146', 'reuters-financetom-2025-04-08'], confidence: 'A', basis: 'press-report' },
  { id: 'reko-diq.rail-infrastructure-cost', label: 'Rail infrastructure cost', value: { min: 500, max: 800 }, unit: 'USD m', asOf: '2025', sourceIds: ['geo-624146', 'reuters-financetom-2025-04-08'], confidence: 'A', basis: 'press-report', note: '≈USD 350 million initially.' },
  { id: 'reko-diq.barrick-invested', label: 'Barrick investment to date', value: 849, unit: 'USD m', asOf: '2026-02', sourceIds: ['news18-topologypro', 'pakbanker-11862'], confidence: 'B', basis: 'press-report', note: 'USD 721 million of it in 2025; analysts see ≈USD 650 million capex earmarked for 2026.' },
  { id: 'reko-diq.key-dates', label: 'Key dates', value: 'FS approved 2025-04-08; ICSID 2019 USD 5.84bn; review to mid-2027', unit: '', asOf: '2026-03-26', sourceIds: ['barrick-fs-ns-energy', 'mining-magazine-1428873', 'canadian-press-marketscreener'], confidence: 'A', basis: 'press-report', note: 'ICSID award corroborated by Mining Magazine [B].' },
];

/** Two readings of one quantity; `gop` is the Government of Pakistan's written reply to the National Assembly (May 2025). */
function barrickVsGop(id: string, label: string, unit: string, barrick: number | string, gop: number | string, gopNote: string): ContestedFigureInput {
  return {
    id,
    label,
    note: 'Barrick (Q1-2025 results call) and the Government of Pakistan give different annual output for the same phase.',
    readings: [
      { id: `${id}.barrick`, label: 'Barrick', value: barrick, unit, asOf: '2025', sourceIds: BARRICK_CALL, confidence: 'B', basis: 'company-study', note: 'Approximate.' },
      { id: `${id}.gop`, label: 'Government of Pakistan (NA written reply)', value: gop, unit, asOf: '2025-05-16', sourceIds: GOP_NA, confidence: 'A', basis: 'government-statement', note: gopNote },
    ],
  };
}

const contested: ContestedFigureInput[] = [
  barrickVsGop('reko-diq.output-phase1', 'Annual output, Phase 1', '', '≈240 kt Cu + 297 koz Au / yr', '200 kt Cu + 300 koz Au / yr', 'From 2028.'),
  barrickVsGop('reko-diq.output-phase1-cu', 'Annual copper output, Phase 1', 'kt/yr', 240, 200, 'From 2028.'),
  barrickVsGop('reko-diq.output-phase1-au', 'Annual gold output, Phase 1', 'koz/yr', 297, 300, 'From 2028.'),
  barrickVsGop('reko-diq.output-phase2', 'Annual output, Phase 2', '', '≈460 kt Cu + 520 koz Au / yr', '400 kt Cu + 500 koz Au / yr', 'From 2034.'),
  barrickVsGop('reko-diq.output-phase2-cu', 'Annual copper output, Phase 2', 'kt/yr', 460, 400, 'From 2034.'),
  barrickVsGop('reko-diq.output-phase2-au', 'Annual gold output, Phase 2', 'koz/yr', 520, 500, 'From 2034.'),
  {
    id: 'reko-diq.irr',
    label: 'Internal rate of return',
    note: 'The 21% reading is [C] and comes with an after-tax NPV8 of USD 13.0 billion at USD 4.03/lb copper.',
    readings: [
      { id: 'reko-diq.irr.dawn', label: 'Dawn (informed sources)', value: 25, unit: '%', asOf: '2025-04', sourceIds: ['dawn-1900381'], confidence: 'A', basis: 'press-report' },
      { id: 'reko-diq.irr.technical-report-secondary', label: 'Secondary reading of the technical report', value: 21, unit: '%', asOf: '2025', sourceIds: ['miningmomentum-reko-diq'], confidence: 'C', basis: 'company-study', note: 'After tax, at USD 4.03/lb copper. Check before use.' },
    ],
  },
  {
    id: 'reko-diq.free-cash-flow',
    label: 'Free cash flow (life of mine)',
    readings: [
      { id: 'reko-diq.free-cash-flow.barrick', label: 'Barrick', value: 74, unit: 'USD bn', asOf: '2025', sourceIds: ['azzet-reko-diq-74bn'], confidence: 'B', basis: 'company-study', note: 'Approximate, real terms, over 37 years.' },
      { id: 'reko-diq.free-cash-flow.gop', label: 'Government of Pakistan (NA written reply)', value: 'More than USD 75 billion (real); more than USD 100 billion (nominal)', unit: '', asOf: '2025-05-16', sourceIds: GOP_NA, confidence: 'A', basis: 'government-statement' },
    ],
  },
  {
    id: 'reko-diq.total-project-cost',
    label: 'Total project cost as quoted by the press',
    note: 'Scopes differ: the Barrick Phase 1 capex (USD 5.6–6.0 billion) excludes financing; The News includes it. Total development capex for both phases is ≈USD 10 billion.',
    readings: [
      { id: 'reko-diq.total-project-cost.profit', label: 'Profit (IFC/Reuters context)', value: 6.6, unit: 'USD bn', asOf: '2025-06', sourceIds: ['profit-201461'], confidence: 'B', basis: 'press-report' },
      { id: 'reko-diq.total-project-cost.the-news', label: 'The News (incl. financing)', value: 7.48, unit: 'USD bn', asOf: '2025-09-17', sourceIds: ['geo-624146'], confidence: 'A', basis: 'press-report' },
    ],
  },
];

export const rekoDiq: DepositInput = {
  id: 'reko-diq',
  name: 'Reko Diq',
  minerals: ['Cu', 'Au'],
  mineralGroup: 'base-metals',
  critical: true,
  province: 'Balochistan',
  district: 'Chagai',
  location: { lat: 28.9725, lon: 62.4331, approximate: true, precision: 'approx. (wiki mirror)', sourceIds: ['wikipedia-reko-diq-mine-wikimili'] },
  stage: 'development',
  stageDetail: 'Development (under review; slowed Mar-2026)',
  confidence: ['A', 'B'],
  fields,
  size: { value: 3000, unit: 'Mt', figureId: 'reko-diq.reserve-ore' },
  ownership: [
    { holder: 'Barrick Gold (operator)', sharePct: 50, sourceIds: ['barrick-framework-stocktitan'], confidence: 'A' },
    { holder: 'Federal SOEs (OGDCL, PPL, GHPL)', sharePct: 25, note: 'Equal thirds. Funding commitment USD 627 million each (≈USD 1.88 billion, Apr 2025, Dawn [A]).', sourceIds: ['dailypakistan-2022-03-20'], confidence: 'B' },
    { holder: 'Government of Balochistan', sharePct: 25, note: '10% free-carried (direct) + 15% via Balochistan Mineral Resources Ltd (BMRL).', sourceIds: ['barrick-framework-stocktitan', 'miningdataonline-reko-diq'], confidence: 'A' },
  ],
  ownershipNote: "Held through Reko Diq Mining Company (Pvt) Ltd (RDMC). The Government of Balochistan's 25% is 10% free-carried (held directly) plus 15% held via Balochistan Mineral Resources Ltd (BMRL), funded by the federal government. Saudi Manara Minerals' proposed 10–20% stake was reported talks only; the minister denied a 15% sale in Jan 2025 and no completed deal was found.",
  series: [
    {
      id: 'reko-diq.throughput',
      label: 'Planned ore throughput (pre-review)',
      unit: 'Mtpa',
      points: [
        { year: 2028, value: 45, sourceIds: FS, confidence: 'A', note: 'Phase 1 target, first production end-2028; now under review.' },
        { year: 2034, value: 90, sourceIds: FS, confidence: 'A', note: 'Phase 2 target.' },
      ],
    },
  ],
  contested,
  financing: [
    { lender: 'IFC + IDA (World Bank Group)', instrument: 'IFC subordinated loan USD 400 million + IDA USD 300 million', amountUsdM: 700, amountText: 'USD 700 million', date: '2025-06-12', status: 'Approved', sourceIds: ['app-2025-06-17', 'profit-201461'], confidence: 'A' },
    { lender: 'Asian Development Bank (ADB)', instrument: 'USD 300 million senior loans to RDMC + USD 110 million partial credit guarantee covering GoB equity', amountUsdM: 410, amountText: 'USD 410 million', date: '2025-08-22', status: "Approved; ADB's first mining deal under its critical-minerals approach", sourceIds: ['financeasia-504380', 'arynews-adb-410m'], confidence: 'A' },
    { lender: 'JBIC', instrument: 'Loan commitment', amountUsdM: 300, amountText: 'USD 300 million', date: '2025-09', status: 'Committed', sourceIds: ['geo-624146'], confidence: 'A' },
    { lender: 'US EXIM', instrument: 'Loan', amountUsdM: 1250, amountText: 'USD 1.25 billion (FT interview 23 Nov 2025; approval announced by the US Embassy 10 Dec 2025). "Up to USD 1.3 billion" cited Feb 2026 under the US "Project Vault"', date: '2025-12-10', status: 'Approved; expected to support ≈USD 2 billion of US equipment and services', sourceIds: ['reuters-dawn-1957007', 'wnp-2025-12-10', 'mqworld-barrick-review'], confidence: 'A' },
    { lender: 'Other named lenders', instrument: 'US DFC, Export Development Canada, Euler Hermes, KfW IPEX, EKN (Sweden), Finnvera, plus a covered commercial bank tranche', amountUsdM: null, amountText: 'Amounts not stated', date: '2025-06', status: 'Named as lenders', sourceIds: ['app-2025-06-17'], confidence: 'A' },
    { lender: 'All lenders (aggregate)', instrument: 'Phase 1 limited-recourse project finance; 50:50 debt:equity', amountUsdM: null, amountText: 'More than USD 5.5 billion offered vs ≈USD 3.74 billion required', date: '2025-09', status: 'Financial close not reached: Barrick told lenders the review must finish first (Feb 2026)', sourceIds: ['geo-624146', 'mqworld-barrick-review'], confidence: 'A' },
  ],
  statusNotes: [
    { date: '2025-11-26', text: 'Interim CEO Mark Hill: "Barrick remains committed", after reports the board was considering splitting out assets.', sourceIds: ['arabnews-2623955'], confidence: 'A' },
    { date: '2026-02', text: 'Around 5–7 Feb 2026 the Barrick board starts a full review (capital, security, timeline) after escalating security incidents in Balochistan. Barrick has invested USD 849 million in total (USD 721 million in 2025); analysts see ≈USD 650 million capex earmarked for 2026. Barrick told lenders the review must finish before financing is finalised.', sourceIds: ['news18-topologypro', 'pakbanker-11862', 'mqworld-barrick-review'], confidence: 'B' },
    { date: '2026-03-26', text: 'Barrick slows development and extends the review to mid-2027. It expects "significant increases" to the capital budget and timeline; the end-2028 first-production target is now uncertain.', sourceIds: ['canadian-press-marketscreener', 'miningcom-hdmune'], confidence: 'A' },
    { date: '2026-03', text: 'Modelling note: treat the source article\'s "production 2028" as a pre-review target. Suggested default scenario: first production in 2029–2030 or later, with capex sensitivity above USD 6.0 billion (analyst judgement, not sourced).', sourceIds: ['factsheet'], confidence: 'C' },
  ],
};

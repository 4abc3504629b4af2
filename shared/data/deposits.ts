// Why: every deposit in the fact sheet's §6 CSV (16 rows), each CSV cell kept as a field and enriched from §2.
// Classification rules (the app's, not the fact sheet's):
// - `critical` is true where the primary commodity is Cu, Sb, REE, Li or chromite (Cr). Copper is included because it
//   is on the 2025 US critical minerals list; the fact sheet does not say so, so this is an app classification.
//   Deposits where Cu/Au are secondary or unconfirmed (Chiniot "(Cu;Au)") are classified by their primary commodity.
// - `stage` maps the CSV wording (kept in `stageDetail`): production/artisanal production → producing;
//   development → development; exploration, discovery and documented-but-idle resources (Kalabagh) → exploration;
//   prospect → prospect.
// - `size` is the best comparable tonnage of ore/resource in Mt; null where the only figure is national, not in Mt
//   (Attock's contained gold), or UNVERIFIED.
// Undated operator or reference pages carry asOf '2026-03' (as retrieved for the fact sheet). Items the CSV states
// without a named source cite 'factsheet' and are graded C.
import { rekoDiq } from './deposits-reko-diq';
import { saindak } from './deposits-saindak';
import type { DepositInput, FigureInput } from './types';

const RETRIEVED = '2026-03';
const FACTSHEET = ['factsheet'];

function approx(lat: number, lon: number, precision: string, sourceIds: string[] = []): DepositInput['location'] {
  return { lat, lon, approximate: true, precision, sourceIds };
}

/** A CSV cell the fact sheet marks UNVERIFIED: present so nobody fills it in, with no value. */
function unverified(id: string, label: string, unit: string, note: string): FigureInput {
  return { id, label, value: null, unverified: true, unit, asOf: RETRIEVED, sourceIds: FACTSHEET, confidence: 'C', basis: 'press-report', note: `UNVERIFIED. ${note}` };
}

const duddar: DepositInput = {
  id: 'duddar', name: 'Duddar', minerals: ['Zn', 'Pb'], mineralGroup: 'base-metals', critical: false,
  province: 'Balochistan', district: 'Lasbela (Kanraj)',
  location: approx(26.24, 66.8, 'approx. (tehsil centre)', ['wikipedia-kanraj-wikiclassic']),
  stage: 'producing', stageDetail: 'Production (underground)', confidence: ['B', 'C'],
  size: { value: 50, unit: 'Mt', figureId: 'duddar.reserves' },
  fields: [
    { id: 'duddar.owners', label: 'Operator', value: 'MCC Huaye Duddar Mining Co. (MHD): MCC (investor/developer) + China Huaye Group (construction/production)', unit: '', asOf: '2019-12-29', sourceIds: ['dawn-1524982', 'freelibrary-pmdc'], confidence: 'A', basis: 'press-report', note: 'Took over in 2014 by international bidding. PMDC was the historical JV partner [B].' },
    { id: 'duddar.capacity', label: 'Ore capacity', value: 500, unit: 'kt/yr', asOf: '2019-12', sourceIds: ['dawn-1524982'], confidence: 'A', basis: 'press-report', note: 'Full capacity reached Dec 2019.' },
    { id: 'duddar.design-processing', label: 'Design processing capacity', value: 660, unit: 'kt/yr', asOf: RETRIEVED, sourceIds: ['thequint-balochistan'], confidence: 'C', basis: 'press-report' },
    { id: 'duddar.reserves', label: 'Reserves (unconfirmed)', value: 50, unit: 'Mt', asOf: RETRIEVED, sourceIds: ['wikipedia-duddar'], confidence: 'C', basis: 'press-report', note: 'Approximate. Wikipedia only, not confirmed by a primary source; listed among the items that stayed unverified. Check before use.' },
    { id: 'duddar.grade', label: 'Grade (unconfirmed)', value: '3.2% Pb; 8.6% Zn', unit: '', asOf: RETRIEVED, sourceIds: ['wikipedia-duddar'], confidence: 'C', basis: 'press-report', note: 'Wikipedia only; not confirmed by a primary source.' },
    { id: 'duddar.investment', label: 'Cumulative investment', value: 236, unit: 'USD m', asOf: RETRIEVED, sourceIds: ['thequint-balochistan'], confidence: 'C', basis: 'press-report', note: 'UNDP/PMDC USD 7 million; Pasminco USD 20 million; MCC-DMDC USD 108 million; MHD USD 101 million (citing GoP).' },
    { id: 'duddar.royalty-paid', label: 'Royalty paid to GoB', value: 'More than Rs 1.05 billion', unit: '', asOf: RETRIEVED, sourceIds: ['wikipedia-duddar', 'thequint-balochistan'], confidence: 'C', basis: 'press-report' },
    { id: 'duddar.key-dates', label: 'Key dates', value: 'MHD took over 2014; full capacity Dec 2019', unit: '', asOf: '2019-12-29', sourceIds: ['dawn-1524982'], confidence: 'A', basis: 'press-report', note: 'Zinc exports to China (all Pakistan, 2025): USD 110.9 million (Express, 31 Jan 2026).' },
  ],
};

const tharBlockII: DepositInput = {
  id: 'thar-block-ii', name: 'Thar Block II (SECMC)', minerals: ['Lignite'], mineralGroup: 'energy', critical: false,
  province: 'Sindh', district: 'Tharparkar', location: approx(24.7, 70.18, 'approx. (not sourced)'),
  stage: 'producing', stageDetail: 'Production', confidence: ['A'],
  size: { value: 2039, unit: 'Mt', figureId: 'thar-block-ii.resource' },
  fields: [
    { id: 'thar-block-ii.owners', label: 'Owners', value: 'SECMC (Engro + Government of Sindh JV)', unit: '', asOf: RETRIEVED, sourceIds: ['secmc-business'], confidence: 'A', basis: 'company-study' },
    { id: 'thar-block-ii.lease', label: 'Lease', value: '95.5 km², 30 + 30 years', unit: '', asOf: RETRIEVED, sourceIds: ['secmc-business'], confidence: 'A', basis: 'company-study' },
    { id: 'thar-block-ii.resource', label: 'Resource', value: 2039, unit: 'Mt', asOf: '2012', sourceIds: ['secmc-business'], confidence: 'A', basis: 'company-study', note: 'RWE competent person statement, 2012.' },
    { id: 'thar-block-ii.mineable', label: 'Mineable', value: 1570, unit: 'Mt', asOf: '2012', sourceIds: ['secmc-business'], confidence: 'A', basis: 'company-study' },
    { id: 'thar-block-ii.grade', label: 'Coal rank', value: 'Lignite', unit: '', asOf: RETRIEVED, sourceIds: ['secmc-business'], confidence: 'A', basis: 'company-study' },
    { id: 'thar-block-ii.capacity', label: 'Mining capacity', value: 7.6, unit: 'Mtpa', asOf: '2020-07-11', sourceIds: ['secmc-business', 'thenews-685167'], confidence: 'A', basis: 'company-study', note: 'Expanded from 3.8 Mtpa at COD (Phase II).' },
    { id: 'thar-block-ii.cod', label: 'Commercial operation', value: '10 July 2019 (3.8 Mtpa)', unit: '', asOf: '2019-07-10', sourceIds: ['secmc-business', 'thenews-685167'], confidence: 'A', basis: 'company-study', note: 'CPEC early-harvest project.' },
    { id: 'thar-block-ii.coalfield-resource', label: 'Thar coalfield resource (all 13 blocks)', value: 175, unit: 'bn t', asOf: RETRIEVED, sourceIds: ['secmc-projects', 'app-urdu-thar-175bn'], confidence: 'A', basis: 'company-study', note: 'Lignite over ≈9,000 km². Pakistan total coal: 185–186 billion t (Daily Times, 26 May 2025).' },
  ],
};

const tharBlockI: DepositInput = {
  id: 'thar-block-i', name: 'Thar Block I (SSRL)', minerals: ['Lignite'], mineralGroup: 'energy', critical: false,
  province: 'Sindh', district: 'Tharparkar', location: approx(24.75, 70.3, 'approx. (not sourced)'),
  stage: 'producing', stageDetail: 'Production', confidence: ['B'], size: null,
  fields: [
    { id: 'thar-block-i.owners', label: 'Operator', value: 'Sino Sindh Resources (Shanghai Electric)', unit: '', asOf: '2023', sourceIds: ['gem-thar-block-i'], confidence: 'B', basis: 'press-report' },
    { id: 'thar-block-i.grade', label: 'Coal rank', value: 'Lignite', unit: '', asOf: '2023', sourceIds: ['gem-thar-block-i'], confidence: 'B', basis: 'press-report' },
    { id: 'thar-block-i.capacity', label: 'Mining capacity', value: 7.8, unit: 'Mtpa', asOf: '2023', sourceIds: ['gem-thar-block-i'], confidence: 'B', basis: 'press-report', note: 'Feeds a 2×660 MW power plant.' },
    { id: 'thar-block-i.mined-2023', label: 'Coal mined, 2023', value: 3.75, unit: 'Mt', asOf: '2023', sourceIds: ['gem-thar-block-i'], confidence: 'B', basis: 'press-report', note: 'Approximate.' },
    { id: 'thar-block-i.capex', label: 'Capex', value: 812, unit: 'USD m', asOf: '2023-02', sourceIds: ['gem-thar-block-i'], confidence: 'B', basis: 'press-report' },
    { id: 'thar-block-i.key-dates', label: 'Key dates', value: 'Completed February 2023', unit: '', asOf: '2023-02', sourceIds: ['gem-thar-block-i'], confidence: 'B', basis: 'press-report' },
  ],
};

const chiniotRajoa: DepositInput = {
  id: 'chiniot-rajoa', name: 'Chiniot-Rajoa', minerals: ['Fe', 'Cu', 'Au'], mineralGroup: 'base-metals', critical: false,
  province: 'Punjab', district: 'Chiniot', location: approx(31.72, 72.98, 'approx. (not sourced)'),
  stage: 'exploration', stageDetail: 'Advanced exploration', confidence: ['A', 'B'],
  size: { value: 165, unit: 'Mt', figureId: 'chiniot-rajoa.resource-pmc-2018' },
  fields: [
    { id: 'chiniot-rajoa.owners', label: 'Owners', value: 'Punjab Mines & Minerals Dept / Punjab Mineral Co; MCC explored', unit: '', asOf: RETRIEVED, sourceIds: ['punjab-mnm-exploration', 'punjab-mineral-co-chiniot'], confidence: 'A', basis: 'government-statement', note: 'Cu and Au are secondary and unconfirmed; iron ore is the primary commodity.' },
    { id: 'chiniot-rajoa.location-note', label: 'Location', value: 'Rajoa lies ≈3 km south of Chiniot', unit: '', asOf: '2016-05-20', sourceIds: ['punjab-mineral-co-chiniot'], confidence: 'A', basis: 'government-statement' },
    { id: 'chiniot-rajoa.exploration-contract', label: 'Exploration contract', value: 'MCC China (GEOS consortium supervising), 28 km², Rs 1,277 million', unit: '', asOf: RETRIEVED, sourceIds: ['punjab-mnm-exploration'], confidence: 'A', basis: 'government-statement' },
    { id: 'chiniot-rajoa.resource-pmc-2018', label: 'Resource (PMC, 2018; international standard)', value: 165, unit: 'Mt', asOf: '2018-05-26', sourceIds: ['thenews-321598'], confidence: 'A', basis: 'press-report', note: '195 Mt by the Chinese standard; valued at USD 4.1 billion.' },
    { id: 'chiniot-rajoa.resource-punjmin', label: 'Measured resource (PUNJMIN)', value: 110, unit: 'Mt', asOf: '2014', sourceIds: ['dawn-1101248'], confidence: 'A', basis: 'press-report', note: '12 Mt smelting grade, 8 Mt high, 33 Mt medium, 57 Mt low.' },
    { id: 'chiniot-rajoa.resource-gsp', label: 'Resource (GSP, historical)', value: 'More than 600 Mt in total: 500 Mt inferred, 100 Mt indicated, 27.46 Mt measured', unit: '', asOf: '2014', sourceIds: ['dawn-1101248'], confidence: 'A', basis: 'press-report' },
    { id: 'chiniot-rajoa.claim-2022', label: 'High-grade claim (2022)', value: 250, unit: 'Mt', asOf: '2022-06-22', sourceIds: ['thenews-968204'], confidence: 'B', basis: 'press-report', note: '"High-grade" (60–80% Fe) over 10–15 km². A claim.' },
    { id: 'chiniot-rajoa.grade', label: 'Grade', value: 'Mixed grades; up to 60–80% Fe claimed', unit: '', asOf: '2022-06-22', sourceIds: ['thenews-968204', 'dawn-1101248'], confidence: 'B', basis: 'press-report' },
    unverified('chiniot-rajoa.capex', 'Capex', 'USD m', 'Pre-feasibility stage; transaction advisers (DMT, SRK) pre-qualified per the fact sheet. No capex found.'),
    { id: 'chiniot-rajoa.key-dates', label: 'Key dates', value: 'PM announcement 2015-02-11', unit: '', asOf: '2015-02-11', sourceIds: FACTSHEET, confidence: 'C', basis: 'press-report', note: 'CSV entry without a named source.' },
  ],
};

const muslimBagh: DepositInput = {
  id: 'muslim-bagh', name: 'Muslim Bagh chromite', minerals: ['Chromite'], mineralGroup: 'battery-critical', critical: true,
  province: 'Balochistan', district: 'Killa Saifullah', location: approx(30.83, 67.73, 'approx. (not sourced)'),
  stage: 'producing', stageDetail: 'Artisanal/small-scale production', confidence: ['C'],
  size: null, // the only tonnage (≈2.5 Mt) is national, not this deposit's
  fields: [
    { id: 'muslim-bagh.owners', label: 'Operators', value: 'Numerous small local leaseholders', unit: '', asOf: RETRIEVED, sourceIds: FACTSHEET, confidence: 'C', basis: 'press-report', note: 'CSV entry without a named source.' },
    { id: 'muslim-bagh.district-extent', label: 'District extent', value: 'Killa Saifullah spans 30°31′–31°22′N, 67°29′–69°20′E', unit: '', asOf: RETRIEVED, sourceIds: ['pakistanalmanac-killa-saifullah'], confidence: 'C', basis: 'press-report' },
    { id: 'muslim-bagh.national-reserve', label: 'National chromite reserve', value: 2.5, unit: 'Mt', asOf: RETRIEVED, sourceIds: ['scribd-geology-pres'], confidence: 'C', basis: 'press-report', note: 'Approximate; all Pakistan, not Muslim Bagh alone.' },
    { id: 'muslim-bagh.grade', label: 'Grade', value: { min: 28, max: 56 }, unit: '% Cr2O3', asOf: RETRIEVED, sourceIds: ['scribd-geology-pres'], confidence: 'C', basis: 'press-report' },
    { id: 'muslim-bagh.production', label: 'Output (Muslim Bagh + Khanozai; older estimate)', value: { min: 300, max: 500 }, unit: 't/day', asOf: RETRIEVED, sourceIds: ['liquisearch-muslim-bagh'], confidence: 'C', basis: 'press-report' },
    { id: 'muslim-bagh.exports-cumulative', label: 'Raw chromite exported to China over ≈11 years', value: 1.37, unit: 'Mt', asOf: RETRIEVED, sourceIds: ['dhirubhai-chromite'], confidence: 'C', basis: 'press-report', note: 'Chromite exports to China in 2025 (all Pakistan): USD 89.43 million (Express, 31 Jan 2026).' },
    { id: 'muslim-bagh.processing', label: 'Processing', value: 'BDA chromite processing plant, 100 t/day, Rs 180 million', unit: '', asOf: RETRIEVED, sourceIds: ['gob-muslim-bagh-plant'], confidence: 'A', basis: 'government-statement' },
    { id: 'muslim-bagh.study', label: 'Academic study', value: 'Muslim Bagh ophiolite mining study (Huda & Panezai, Geosciences 2021)', unit: '', asOf: '2021', sourceIds: ['huda-panezai-2021'], confidence: 'B', basis: 'academic' },
    { id: 'muslim-bagh.key-dates', label: 'Key dates', value: 'Discovered 1901; mining since ≈1903', unit: '', asOf: RETRIEVED, sourceIds: ['liquisearch-muslim-bagh'], confidence: 'C', basis: 'press-report' },
  ],
};

const khewra: DepositInput = {
  id: 'khewra', name: 'Khewra salt', minerals: ['Halite'], mineralGroup: 'industrial', critical: false,
  province: 'Punjab', district: 'Jhelum', location: approx(32.648, 73.008, 'approx. (wiki mirror)', ['wikipedia-khewra-zxc']),
  stage: 'producing', stageDetail: 'Production', confidence: ['B'],
  size: { value: 82, unit: 'Mt', figureId: 'khewra.reserves' },
  fields: [
    { id: 'khewra.owners', label: 'Operator', value: 'PMDC', unit: '', asOf: RETRIEVED, sourceIds: ['br-4698865'], confidence: 'B', basis: 'press-report' },
    { id: 'khewra.reserves', label: 'Reserves (estimates vary)', value: { min: 82, max: 600 }, unit: 'Mt', asOf: RETRIEVED, sourceIds: ['br-4698865'], confidence: 'B', basis: 'press-report', note: 'Map marker uses the low end.' },
    { id: 'khewra.reserves-outlier', label: 'Reserve claim (outlier)', value: '6.687 billion t (treat as an outlier)', unit: '', asOf: '2009-04-07', sourceIds: ['br-2009-04-07'], confidence: 'C', basis: 'press-report' },
    { id: 'khewra.grade', label: 'Grade', value: '~99% NaCl', unit: '', asOf: RETRIEVED, sourceIds: FACTSHEET, confidence: 'C', basis: 'press-report', note: 'CSV entry without a named source.' },
    { id: 'khewra.production', label: 'Output', value: 350, unit: 'kt/yr', asOf: RETRIEVED, sourceIds: ['br-4698865'], confidence: 'B', basis: 'press-report', note: 'Approximate; ≈60% goes to the Khewra soda-ash plant.' },
    { id: 'khewra.visitors', label: 'Tourist visits', value: 250000, unit: 'visits/yr', asOf: RETRIEVED, sourceIds: ['br-4698865'], confidence: 'B', basis: 'press-report', note: 'Approximate.' },
    { id: 'khewra.key-dates', label: 'Key dates', value: 'Main tunnel 1872', unit: '', asOf: RETRIEVED, sourceIds: FACTSHEET, confidence: 'C', basis: 'press-report', note: 'CSV entry without a named source.' },
  ],
  series: [
    {
      id: 'khewra.pmdc-salt-output',
      label: 'PMDC salt output, all PMDC mines (fiscal years ending June)',
      unit: 't',
      points: [
        { year: 2014, value: 1313494, sourceIds: ['app-jasarat-2017-02-13'], confidence: 'B', note: 'FY14' },
        { year: 2015, value: 1330009, sourceIds: ['app-jasarat-2017-02-13'], confidence: 'B', note: 'FY15' },
        { year: 2016, value: 1433152, sourceIds: ['app-jasarat-2017-02-13'], confidence: 'B', note: 'FY16' },
      ],
    },
  ],
};

const chitralAntimony: DepositInput = {
  id: 'chitral-antimony', name: 'Chitral antimony (Krinj/Partsan/Awrith)', minerals: ['Sb'], mineralGroup: 'battery-critical', critical: true,
  province: 'Khyber Pakhtunkhwa', district: 'Chitral', location: approx(35.85, 71.79, 'approx. (district centre)'),
  stage: 'exploration', stageDetail: 'Exploration/artisanal', confidence: ['B'],
  size: { value: 0.6, unit: 'Mt', figureId: 'chitral-antimony.resource' },
  fields: [
    { id: 'chitral-antimony.owners', label: 'Licences', value: 'Various licences (KP)', unit: '', asOf: RETRIEVED, sourceIds: FACTSHEET, confidence: 'C', basis: 'press-report', note: 'CSV entry without a named source.' },
    { id: 'chitral-antimony.resource', label: 'Antimony/stibnite "identified" (GSP)', value: 0.6, unit: 'Mt', asOf: RETRIEVED, sourceIds: ['app-chitralnews'], confidence: 'B', basis: 'government-statement', note: 'Approximate; occurrences at Krinj, Partsan and Awrith. Not a resource estimate to a reporting code.' },
    unverified('chitral-antimony.grade', 'Grade', '% Sb', 'No grade found.'),
  ],
};

const qilaAbdullah: DepositInput = {
  id: 'qila-abdullah-antimony', name: 'Qila Abdullah antimony', minerals: ['Sb'], mineralGroup: 'battery-critical', critical: true,
  province: 'Balochistan', district: 'Qila Abdullah', location: approx(30.8, 66.8, 'approx. (not sourced)'),
  stage: 'exploration', stageDetail: 'Exploration', confidence: ['A', 'C'],
  size: { value: 0.026, unit: 'Mt', figureId: 'qila-abdullah-antimony.resource' },
  fields: [
    { id: 'qila-abdullah-antimony.owners', label: 'Owners', value: 'Historic small-scale; OGDCL–PMDC JV (2025) for Balochistan antimony', unit: '', asOf: '2025-03-29', sourceIds: ['arabnews-2595249', 'usgs-antimony-quetta-pishin'], confidence: 'A', basis: 'government-statement' },
    { id: 'qila-abdullah-antimony.geology', label: 'Geology', value: 'Vein stibnite-quartz in Khojak shales, ≈15 miles NE of Qila Abdullah; Qila Viala ≈25 miles E', unit: '', asOf: '1974', sourceIds: ['usgs-antimony-quetta-pishin'], confidence: 'A', basis: 'academic' },
    { id: 'qila-abdullah-antimony.resource', label: 'Ore estimate (Hussain 1974)', value: 0.026, unit: 'Mt', asOf: '1974', sourceIds: ['usgs-antimony-quetta-pishin', 'scribd-mineral-profile-balochistan'], confidence: 'A', basis: 'academic', note: '26,000 t of ore.' },
    { id: 'qila-abdullah-antimony.grade', label: 'Grade', value: { min: 7, max: 12 }, unit: '% Sb', asOf: '1974', sourceIds: ['usgs-antimony-quetta-pishin'], confidence: 'A', basis: 'academic' },
    { id: 'qila-abdullah-antimony.sifc-discovery', label: 'SIFC announcement', value: '"Significant antimony reserves" in Balochistan; OGDCL–PMDC 50:50 JV', unit: '', asOf: '2025-03-29', sourceIds: ['arabnews-2595249'], confidence: 'A', basis: 'government-statement' },
    unverified('qila-abdullah-antimony.sifc-tonnage', 'Tonnage of the 2025 SIFC antimony find', 'Mt', 'SIFC announced "significant antimony reserves" (29 Mar 2025) without a tonnage.'),
    { id: 'qila-abdullah-antimony.other-sites', label: 'Other GSP-listed antimony sites', value: 'Tirich Mir, Pishin, Kharan, Chaman, Qila Saifullah', unit: '', asOf: RETRIEVED, sourceIds: ['wealthpk-antimony'], confidence: 'B', basis: 'press-report' },
    { id: 'qila-abdullah-antimony.key-dates', label: 'Key dates', value: 'SIFC announcement 2025-03-29', unit: '', asOf: '2025-03-29', sourceIds: ['arabnews-2595249'], confidence: 'A', basis: 'government-statement' },
  ],
};

const loeShilman: DepositInput = {
  id: 'loe-shilman', name: 'Loe Shilman carbonatite', minerals: ['REE'], mineralGroup: 'ree', critical: true,
  province: 'Khyber Pakhtunkhwa', district: 'Khyber', location: approx(34.1, 71.1, 'approx. (not sourced)'),
  stage: 'prospect', stageDetail: 'Prospect', confidence: ['C'], size: null,
  fields: [
    { id: 'loe-shilman.owners', label: 'Owners', value: 'None', unit: '', asOf: RETRIEVED, sourceIds: ['thenews-1305553'], confidence: 'C', basis: 'press-report', note: '"No exploration has taken place" (op-ed).' },
    { id: 'loe-shilman.geology', label: 'Geology', value: 'Carbonatite with REE-bearing bastnäsite, monazite and apatite (GSP, decades ago)', unit: '', asOf: RETRIEVED, sourceIds: ['thenews-1305553'], confidence: 'C', basis: 'press-report' },
    unverified('loe-shilman.resource', 'Resource', 'Mt', 'No REE resource estimate found.'),
    unverified('loe-shilman.grade', 'Grade', '% TREO', 'No grade found.'),
    { id: 'loe-shilman.paip-targets', label: 'Peshawar Alkaline Igneous Province', value: '"Seven neodymium targets" along a ≈200 km belt from Mansehra to the Afghan border', unit: '', asOf: RETRIEVED, sourceIds: ['wealthpk-kp-gb'], confidence: 'C', basis: 'press-report' },
  ],
};

const gbLithiumGems: DepositInput = {
  id: 'gb-lithium-gems', name: 'GB lithium/gem belt', minerals: ['Li', 'Gems'], mineralGroup: 'battery-critical', critical: true,
  province: 'Gilgit-Baltistan', district: 'Hunza/Shigar/Skardu', location: approx(35.9, 75.0, 'approx. (region)'),
  stage: 'prospect', stageDetail: 'Prospect/artisanal', confidence: ['B', 'C'], size: null,
  fields: [
    { id: 'gb-lithium-gems.owners', label: 'Parties', value: 'GSP–China Geological Survey MoU (2025); artisanal gem miners', unit: '', asOf: '2025-04-08', sourceIds: ['pamirtimes-2025-04-08', 'nation-2022-02-28'], confidence: 'B', basis: 'press-report' },
    { id: 'gb-lithium-gems.mou', label: 'Lithium MoU', value: 'GSP–China Geological Survey MoU on lithium and other minerals in Gilgit-Baltistan, signed at PMIF on 8 April 2025', unit: '', asOf: '2025-04-08', sourceIds: ['pamirtimes-2025-04-08'], confidence: 'B', basis: 'press-report' },
    unverified('gb-lithium-gems.resource', 'Lithium resource', 'Mt', 'No lithium resource estimate found.'),
    unverified('gb-lithium-gems.grade', 'Lithium grade', '% Li2O', 'No grade found.'),
    { id: 'gb-lithium-gems.gem-sources', label: 'Key gem sources (GB and KP)', value: 'Hunza ruby; Swat emerald; Katlang (Mardan) pink topaz; Dassu/Shigar/Skardu aquamarine, topaz, tourmaline; Kohistan peridot', unit: '', asOf: '2022-02-28', sourceIds: ['nation-2022-02-28', 'wikipedia-gemstones'], confidence: 'B', basis: 'press-report', note: 'Approximate points: Karimabad/Hunza ≈36.32°N, 74.67°E; Skardu ≈35.30°N, 75.63°E.' },
    { id: 'gb-lithium-gems.production', label: 'GB gem extraction value', value: 0.5, unit: 'PKR bn/yr', asOf: '2020-06-23', sourceIds: ['skarducity-2020-06-23'], confidence: 'C', basis: 'press-report', note: 'Approximate ("≈Rs 500 million/yr").' },
    { id: 'gb-lithium-gems.raw-gem-exports', label: 'Raw gem exports (Pakistan)', value: 100, unit: 'USD m/yr', asOf: RETRIEVED, sourceIds: ['frontierpost-minerals-royalty'], confidence: 'C', basis: 'press-report', note: '"Stagnant at ≈USD 100 million" (editorial).' },
    { id: 'gb-lithium-gems.kp-gem-reserves', label: 'KP gem reserves (KP Bureau of Statistics, via blog)', value: 'Swat 70 Mct emerald; Mardan 9 Mct pink topaz; Kohistan 10 Mct peridot', unit: '', asOf: '2015-04', sourceIds: ['manhoos-2015-04'], confidence: 'C', basis: 'press-report' },
    { id: 'gb-lithium-gems.gold-prospects', label: 'GB gold prospects (PMDC)', value: '≈11 hard-rock prospects at 0.10–24 ppm Au; artisanal placer washing', unit: '', asOf: '2020-06-23', sourceIds: ['skarducity-2020-06-23'], confidence: 'C', basis: 'press-report' },
    { id: 'gb-lithium-gems.key-dates', label: 'Key dates', value: 'MoU 2025-04-08', unit: '', asOf: '2025-04-08', sourceIds: ['pamirtimes-2025-04-08'], confidence: 'B', basis: 'press-report' },
  ],
};

const attockGold: DepositInput = {
  id: 'attock-gold', name: 'Attock placer gold', minerals: ['Au'], mineralGroup: 'precious', critical: false,
  province: 'Punjab', district: 'Attock', location: approx(33.9, 72.2, 'approx. (not sourced)'),
  stage: 'exploration', stageDetail: 'Discovery/pre-auction', confidence: ['A'],
  size: null, // contained gold in tonnes is not comparable with Mt of ore
  fields: [
    { id: 'attock-gold.owners', label: 'Owner', value: 'Government of Punjab (international auction planned)', unit: '', asOf: '2025-01-14', sourceIds: ['dunya-862448', 'profit-2025-01-14-attock'], confidence: 'A', basis: 'government-statement' },
    { id: 'attock-gold.resource', label: 'Claimed reserves', value: '2.8 million tola ≈32.7 t Au (claimed)', unit: '', asOf: '2025-01-14', sourceIds: ['dunya-862448', 'profit-2025-01-14-attock'], confidence: 'A', basis: 'government-statement', note: 'Over a 32 km area at the Kabul–Indus confluence. GSP survey, NESPAK verification.' },
    { id: 'attock-gold.contained-gold', label: 'Claimed contained gold', value: 32.7, unit: 't', asOf: '2025-01-14', sourceIds: ['dunya-862448', 'profit-2025-01-14-attock'], confidence: 'A', basis: 'derived', note: '2.8 million tola × 11.66 g per tola. A government claim, not a JORC/NI 43-101 estimate.' },
    { id: 'attock-gold.value', label: 'Claimed value', value: { min: 600, max: 800 }, unit: 'PKR bn', asOf: '2025-01-14', sourceIds: ['dunya-862448', 'profit-2025-01-14-attock'], confidence: 'A', basis: 'government-statement' },
    unverified('attock-gold.grade', 'Grade', 'g/t', 'No grade found.'),
    unverified('attock-gold.auction-outcome', 'Auction outcome / JORC or NI 43-101 estimate', '', 'Neither found.'),
    { id: 'attock-gold.key-dates', label: 'Key dates', value: 'Announced 2025-01-14', unit: '', asOf: '2025-01-14', sourceIds: ['dunya-862448', 'profit-2025-01-14-attock'], confidence: 'A', basis: 'government-statement' },
  ],
};

const waziristanCopper: DepositInput = {
  id: 'waziristan-copper', name: 'Waziristan copper (Boya/Shinkai)', minerals: ['Cu'], mineralGroup: 'base-metals', critical: true,
  province: 'Khyber Pakhtunkhwa', district: 'North Waziristan', location: approx(33.0, 70.07, 'approx. (not sourced)'),
  stage: 'exploration', stageDetail: 'Exploration', confidence: ['C'], size: null,
  fields: [
    { id: 'waziristan-copper.owners', label: 'Explorer', value: 'PMDC (exploration, historic)', unit: '', asOf: RETRIEVED, sourceIds: ['freelibrary-pmdc'], confidence: 'B', basis: 'press-report' },
    { id: 'waziristan-copper.exploration-budget', label: 'Exploration budget (FATA DA, historical)', value: 172.7, unit: 'PKR m', asOf: RETRIEVED, sourceIds: ['freelibrary-pmdc'], confidence: 'B', basis: 'press-report', note: 'PMDC as executing agency.' },
    { id: 'waziristan-copper.geology', label: 'Geology', value: 'Waziristan ophiolite complex ≈1,127 km²; copper prospects at Shinkai and Boya (near Miran Shah)', unit: '', asOf: '2008', sourceIds: ['pdfcoke-copper-report', 'apnapk-waziristan'], confidence: 'C', basis: 'press-report' },
    unverified('waziristan-copper.resource', 'Resource', 'Mt', 'No tonnage found.'),
    unverified('waziristan-copper.grade', 'Grade', '% Cu', 'No grade found.'),
  ],
};

const marbleGranite: DepositInput = {
  id: 'marble-granite', name: 'Marble/granite (national)', minerals: ['Marble', 'Granite', 'Onyx'], mineralGroup: 'industrial', critical: false,
  province: 'KP/Balochistan/Sindh/GB', district: 'various', location: null,
  stage: 'producing', stageDetail: 'Production', confidence: ['A'],
  size: null, // a national aggregate with no map point, not comparable with single deposits
  fields: [
    { id: 'marble-granite.owners', label: 'Operators', value: 'More than 1,400 quarries; ≈3,000 processing units; ≈30,000 workers', unit: '', asOf: '2015', sourceIds: ['dawn-1192524'], confidence: 'A', basis: 'press-report' },
    { id: 'marble-granite.reserves', label: 'Reserves, marble + granite (PASDEC)', value: 297, unit: 'bn t', asOf: '2015', sourceIds: ['pasdec', 'dawn-1192524'], confidence: 'A', basis: 'government-statement', note: 'Approximate. "Known" reserves 160 Mt.' },
    { id: 'marble-granite.granite', label: 'Granite', value: '≈2 billion t, of which 1.5 billion t in Thar (Sindh)', unit: '', asOf: '2015', sourceIds: ['dawn-1192524'], confidence: 'A', basis: 'press-report' },
    { id: 'marble-granite.production', label: 'Production', value: 2.5, unit: 'Mt/yr', asOf: '2015', sourceIds: ['dawn-1192524'], confidence: 'A', basis: 'press-report', note: 'Approximate.' },
    { id: 'marble-granite.china-export-share', label: "China's share of exports", value: 60, unit: '%', asOf: '2015', sourceIds: ['dawn-1192524'], confidence: 'A', basis: 'press-report', note: 'Approximate.' },
    { id: 'marble-granite.onyx', label: 'Onyx (Chagai)', value: 34, unit: 'million m³', asOf: '2015', sourceIds: ['dawn-1192524'], confidence: 'A', basis: 'press-report', note: 'Approximate.' },
  ],
};

const kalabaghIron: DepositInput = {
  id: 'kalabagh-iron', name: 'Kalabagh iron ore', minerals: ['Fe'], mineralGroup: 'base-metals', critical: false,
  province: 'Punjab', district: 'Mianwali', location: approx(32.96, 71.55, 'approx. (not sourced)'),
  stage: 'exploration', stageDetail: 'Resource', confidence: ['A', 'C'],
  size: { value: 300, unit: 'Mt', figureId: 'kalabagh-iron.resource' },
  fields: [
    { id: 'kalabagh-iron.owners', label: 'Owner', value: 'Punjab government', unit: '', asOf: RETRIEVED, sourceIds: FACTSHEET, confidence: 'C', basis: 'press-report', note: 'CSV entry without a named source.' },
    { id: 'kalabagh-iron.resource', label: 'Resource', value: { min: 300, max: 350 }, unit: 'Mt', asOf: '2007', sourceIds: ['usgs-myb-2007-docslib', 'bpakistani-2016-12-07'], confidence: 'A', basis: 'academic', note: 'Map marker uses the low end.' },
    { id: 'kalabagh-iron.grade', label: 'Grade', value: { min: 32, max: 35 }, unit: '% Fe', asOf: '2007', sourceIds: ['usgs-myb-2007-docslib'], confidence: 'A', basis: 'academic', note: 'Chamositic, low grade.' },
    { id: 'kalabagh-iron.chagai-iron', label: 'Other documented iron ore (Chagai)', value: 'Chilghazi 23 Mt at 33% Fe; Pachin Koh–Chigendik 30 Mt proved + 40 Mt resource', unit: '', asOf: '2016-12-07', sourceIds: ['bpakistani-2016-12-07'], confidence: 'C', basis: 'press-report' },
  ],
};

/** All 16 deposits of the fact sheet's §6 CSV, in CSV order. */
export const deposits: DepositInput[] = [
  rekoDiq,
  saindak,
  duddar,
  tharBlockII,
  tharBlockI,
  chiniotRajoa,
  muslimBagh,
  khewra,
  chitralAntimony,
  qilaAbdullah,
  loeShilman,
  gbLithiumGems,
  attockGold,
  waziristanCopper,
  marbleGranite,
  kalabaghIron,
];

// Why: default price inputs for the scenario model (fact sheet §3). `reference` is the latest reading graded A or B, in
// the unit the model uses; every other reading, range and history is kept in `others` so the user can see what the
// default was chosen from. CNY readings are converted at the fact sheet's assumed 7.03 CNY/USD for Dec 2025 (derived).
// These are year-end 2025 / early 2026 readings, not live prices.
import type { PriceInput } from './types';

const FX_NOTE = 'Converted at 7.03 CNY/USD (the fact sheet\'s assumption for Dec 2025); the CNY price includes VAT.';

export const prices: PriceInput[] = [
  {
    id: 'copper',
    commodity: 'Copper (LME)',
    reference: { id: 'price.copper.lme-settle-2025-12-29', label: 'Copper, LME 3-month, settled', value: { min: 12270, max: 12430 }, unit: 'USD/t', asOf: '2025-12-29', sourceIds: ['reuters-businessday-2025-12-29'], confidence: 'A', basis: 'market-data', note: 'Approximate settlement range; +41% y/y.' },
    others: [
      { id: 'price.copper.record-intraday-2025-12-29', label: 'Copper, LME 3-month, record intraday', value: 12960, unit: 'USD/t', asOf: '2025-12-29', sourceIds: ['reuters-businessday-2025-12-29'], confidence: 'A', basis: 'market-data' },
      { id: 'price.copper.first-close-above-12000', label: 'Copper, LME, first close above USD 12,000', value: 12000, unit: 'USD/t', asOf: '2025-12-23', sourceIds: ['bloomberg-edge-copper-12000'], confidence: 'B', basis: 'market-data' },
      { id: 'price.copper.goldman-2026-forecast', label: 'Copper, Goldman Sachs 2026 forecast', value: 11400, unit: 'USD/t', asOf: '2025-12-23', sourceIds: ['bloomberg-edge-copper-12000'], confidence: 'B', basis: 'press-report', note: 'A bank forecast, not a market price.' },
      { id: 'price.copper.dec-2025-average', label: 'Copper, LME, Dec 2025 average', value: 11820, unit: 'USD/t', asOf: '2025-12', sourceIds: ['focuseconomics-copper'], confidence: 'C', basis: 'market-data', note: 'Check on LME/Westmetall before use.' },
      { id: 'price.copper.q4-2025-average', label: 'Copper, LME, Q4 2025 average', value: 11138, unit: 'USD/t', asOf: '2025-12', sourceIds: ['focuseconomics-copper'], confidence: 'C', basis: 'market-data', note: 'Check on LME/Westmetall before use.' },
      { id: 'price.copper.close-2025-12-31', label: 'Copper, LME, 31 Dec 2025', value: 12453, unit: 'USD/t', asOf: '2025-12-31', sourceIds: ['focuseconomics-copper'], confidence: 'C', basis: 'market-data', note: 'Check on LME/Westmetall before use.' },
      { id: 'price.copper.reko-diq-fs-usd-lb', label: 'Copper, Reko Diq FS long-term assumption', value: 4.03, unit: 'USD/lb', asOf: '2025', sourceIds: ['miningmomentum-reko-diq'], confidence: 'C', basis: 'company-study', note: 'FS deck (2024/25), secondary reading.' },
      { id: 'price.copper.reko-diq-fs-usd-t', label: 'Copper, Reko Diq FS long-term assumption (converted)', value: 8885, unit: 'USD/t', asOf: '2025', sourceIds: ['miningmomentum-reko-diq'], confidence: 'C', basis: 'derived', note: 'USD 4.03/lb × 2,204.6 lb/t.' },
    ],
  },
  {
    id: 'gold',
    commodity: 'Gold (LBMA)',
    reference: { id: 'price.gold.lbma-am-2025-12-31', label: 'Gold, LBMA AM', value: 4310, unit: 'USD/oz', asOf: '2025-12-31', sourceIds: ['bullionvault-2025-12-31'], confidence: 'B', basis: 'market-data', note: 'Approximate; +65% y/y.' },
    others: [
      { id: 'price.gold.average-2025', label: 'Gold, LBMA, 2025 annual average', value: 3435, unit: 'USD/oz', asOf: '2025', sourceIds: ['bullionvault-2025-12-31'], confidence: 'B', basis: 'market-data', note: '+44% vs the 2024 average.' },
      { id: 'price.gold.average-2024', label: 'Gold, LBMA, 2024 annual average', value: 2386, unit: 'USD/oz', asOf: '2024', sourceIds: ['bullionvault-2025-12-31'], confidence: 'B', basis: 'market-data' },
      { id: 'price.gold.record-spot-2025-12-26', label: 'Gold, spot, record', value: 4549.71, unit: 'USD/oz', asOf: '2025-12-26', sourceIds: ['cnbc-newsaz-gold'], confidence: 'B', basis: 'market-data' },
    ],
  },
  {
    id: 'antimony',
    commodity: 'Antimony (Rotterdam)',
    reference: { id: 'price.antimony.rotterdam-2025-06-24', label: 'Antimony regulus grade II / trioxide, duty unpaid Rotterdam', value: { min: 59500, max: 61000 }, unit: 'USD/t', asOf: '2025-06-24', sourceIds: ['argus-2702731'], confidence: 'A', basis: 'market-data', note: 'Latest verified assessment. No Q4 2025 assessment was found (see price.antimony.late-2025).' },
    others: [
      { id: 'price.antimony.cif-rotterdam-2025-06-24', label: 'Antimony, CIF Rotterdam', value: { min: 57000, max: 58000 }, unit: 'USD/t', asOf: '2025-06-24', sourceIds: ['argus-2702731'], confidence: 'A', basis: 'market-data' },
      { id: 'price.antimony.rotterdam-2024-12-31', label: 'Antimony, Rotterdam', value: { min: 39500, max: 40000 }, unit: 'USD/t', asOf: '2024-12-31', sourceIds: ['reuters-oedigital-2025-01-06'], confidence: 'A', basis: 'market-data', note: '+250% in 2024.' },
      { id: 'price.antimony.late-2025', label: 'Antimony, late 2025', value: null, unverified: true, unit: 'USD/t', asOf: '2025-12', sourceIds: ['factsheet'], confidence: 'C', basis: 'market-data', note: 'UNVERIFIED. No Q4 2025 assessment found. Prices reportedly eased after China relaxed export curbs to the US in Nov 2025 (not confirmed).' },
      { id: 'price.antimony.scenario-band', label: 'Antimony, scenario band (analyst judgement)', value: { min: 40000, max: 60000 }, unit: 'USD/t', asOf: '2026-03', sourceIds: ['factsheet'], confidence: 'C', basis: 'assumption', note: 'Not a market price: the fact sheet\'s suggested range for scenarios while the late-2025 price is unverified.' },
    ],
  },
  {
    id: 'ndpr-oxide',
    commodity: 'NdPr oxide (China)',
    reference: { id: 'price.ndpr-oxide.usd-2025-12-31', label: 'NdPr oxide, China domestic (SMM), converted', value: 86, unit: 'USD/kg', asOf: '2025-12-31', sourceIds: ['smm-103700681', 'factsheet'], confidence: 'B', basis: 'derived', note: `Approximate: 605,000–608,000 CNY/t. ${FX_NOTE} Graded B because of the assumed FX rate. Year-end 2025 to match the other references; 22 Jan 2026 ≈96 USD/kg.` },
    others: [
      { id: 'price.ndpr-oxide.cny-2025-12-31', label: 'NdPr oxide, China domestic (SMM)', value: { min: 605000, max: 608000 }, unit: 'CNY/t', asOf: '2025-12-31', sourceIds: ['smm-103700681'], confidence: 'A', basis: 'market-data', note: 'VAT included.' },
      { id: 'price.ndpr-oxide.cny-2025-12-18', label: 'NdPr oxide, China domestic (SMM)', value: { min: 574000, max: 576000 }, unit: 'CNY/t', asOf: '2025-12-18', sourceIds: ['smm-103700681'], confidence: 'A', basis: 'market-data' },
      { id: 'price.ndpr-oxide.cny-2026-01-22', label: 'NdPr oxide, China domestic (SMM)', value: { min: 670000, max: 675000 }, unit: 'CNY/t', asOf: '2026-01-22', sourceIds: ['smm-103734160'], confidence: 'A', basis: 'market-data' },
      { id: 'price.ndpr-oxide.usd-2026-01-22', label: 'NdPr oxide, China domestic (SMM), converted', value: 96, unit: 'USD/kg', asOf: '2026-01-22', sourceIds: ['smm-103734160'], confidence: 'B', basis: 'derived', note: 'Approximate, as converted in the fact sheet.' },
      { id: 'price.ndpr-oxide.fob-2024', label: 'NdPr oxide, FOB China (Fastmarkets), Apr–Jun 2024', value: { min: 50, max: 55 }, unit: 'USD/kg', asOf: '2024-06', sourceIds: ['fastmarkets-ndpr-2024'], confidence: 'A', basis: 'market-data', note: 'Historical reference only.' },
    ],
  },
  {
    id: 'lithium-carbonate',
    commodity: 'Lithium carbonate, battery grade (China)',
    reference: { id: 'price.lithium-carbonate.usd-2025-12-15', label: 'Lithium carbonate, battery grade (SunSirs benchmark), converted', value: 13700, unit: 'USD/t', asOf: '2025-12-15', sourceIds: ['sunsirs-28879', 'factsheet'], confidence: 'B', basis: 'derived', note: `Approximate: 96,233 CNY/t. ${FX_NOTE} +19.7% y/y.` },
    others: [
      { id: 'price.lithium-carbonate.cny-2025-12-15', label: 'Lithium carbonate, battery grade (SunSirs benchmark)', value: 96233, unit: 'CNY/t', asOf: '2025-12-15', sourceIds: ['sunsirs-28879'], confidence: 'B', basis: 'market-data', note: 'VAT included; +19.7% y/y.' },
    ],
  },
  {
    id: 'chrome-ore',
    commodity: 'Chrome ore, South Africa 42% Cr2O3 concentrate (China, VAT FOT)',
    reference: { id: 'price.chrome-ore.wk3-2026', label: 'Chrome ore, S. Africa 42% Cr2O3 concentrate, week 3 2026', value: 373, unit: 'USD/t', asOf: '2026-01', sourceIds: ['steelorbis-chrome-wk3-2026'], confidence: 'B', basis: 'market-data' },
    others: [
      { id: 'price.chrome-ore.wk42-2025', label: 'Chrome ore, S. Africa 42% Cr2O3 concentrate, week 42 2025', value: 377, unit: 'USD/t', asOf: '2025-10', sourceIds: ['steelorbis-chrome-wk42-2025'], confidence: 'B', basis: 'market-data' },
      { id: 'price.chrome-ore.turkish-lump-wk42-2025', label: 'Chrome ore, Turkish 42% lump, week 42 2025', value: 405, unit: 'USD/t', asOf: '2025-10', sourceIds: ['steelorbis-chrome-wk42-2025'], confidence: 'B', basis: 'market-data' },
      { id: 'price.chrome-ore.turkish-lump-wk3-2026', label: 'Chrome ore, Turkish 42% lump, week 3 2026', value: 420, unit: 'USD/t', asOf: '2026-01', sourceIds: ['steelorbis-chrome-wk3-2026'], confidence: 'B', basis: 'market-data' },
    ],
  },
  {
    id: 'fx-cny-usd',
    commodity: 'Exchange rate, CNY per USD (for CNY conversions)',
    reference: { id: 'price.fx-cny-usd.2026-01', label: 'CNY per USD, Jan 2026', value: 7.0014, unit: 'CNY/USD', asOf: '2026-01', sourceIds: ['steelorbis-chrome-wk3-2026'], confidence: 'B', basis: 'market-data' },
    others: [
      { id: 'price.fx-cny-usd.2025-10', label: 'CNY per USD, Oct 2025', value: 7.0949, unit: 'CNY/USD', asOf: '2025-10', sourceIds: ['steelorbis-chrome-wk42-2025'], confidence: 'B', basis: 'market-data' },
      { id: 'price.fx-cny-usd.2025-12-assumed', label: 'CNY per USD, Dec 2025 (assumed for conversions)', value: 7.03, unit: 'CNY/USD', asOf: '2025-12', sourceIds: ['factsheet'], confidence: 'C', basis: 'assumption', note: 'The rate the fact sheet uses to convert the Dec 2025 NdPr and lithium prices.' },
    ],
  },
];

// Why: the fact sheet's §7, items searched for but not found. Listed so nobody fills them in; the text is the fact
// sheet's own wording.
import type { UnverifiedItem } from './types';

export const unverified: UnverifiedItem[] = [
  { id: 'reko-diq-cit', text: 'Reko Diq stabilised corporate income-tax rate or tax holiday under the 2022 agreements. The only fiscal terms found are the 5% royalty to GoB, 1% NSR to GoP and 0.5% EPZ surcharge.' },
  { id: 'provincial-royalty-rates', text: 'Generic provincial royalty rates (% of value) for metallic minerals in Balochistan, KP, Punjab and GB under the 2025 Acts.' },
  { id: 'antimony-price-late-2025', text: 'Late-2025 antimony price. Latest verified: Argus, Jun 2025.' },
  { id: 'usgs-mcs-2026', text: 'USGS MCS 2026 commodity values for 2025. The release exists; figures were not retrieved.' },
  { id: 'mineral-exports-total', text: 'Total Pakistan mineral exports for FY24/FY25.' },
  { id: 'manara-stake', text: 'Manara Minerals completing a Reko Diq stake purchase.' },
  { id: 'early-stage-resources', text: 'Resource tonnage and grade for lithium (GB), REE (Loe Shilman/PAIP), Waziristan copper and gypsum. Also the Attock gold auction outcome and a JORC/NI 43-101 estimate.' },
  { id: 'duddar-reserves-saindak-equity', text: 'Duddar reserves (50 Mt at 3.2% Pb / 8.6% Zn are from Wikipedia only). Saindak equity split (conflicting press).' },
  { id: 'ussm-investment-pasni', text: 'USSM: amount actually invested to date, refinery site and capacity. The "Pasni port" reports.' },
  { id: 'approx-coordinates', text: 'Coordinates marked "approx(not sourced)" are analyst estimates and need a gazetteer check.' },
];

// Why: the article's three-phase roadmap and the dated milestones the timeline view and scenario model place on it.
// `articleWording` is word for word from the article. The article gives no goals or KPIs per phase, so the goals and
// KPIs below are the article's own phrases (quoted where marked) assigned to phases by the app; they add no numbers.
import type { MilestoneInput, PhaseInput } from './types';

const ARTICLE = ['source-article'];

export const phases: PhaseInput[] = [
  {
    id: 'demonstration',
    index: 1,
    name: 'Demonstration',
    articleWording: 'Demonstration period of 2–3 years.',
    durationYears: { min: 2, max: 3 },
    goals: [
      'Sustain growth beyond the inaugural shipment by "overcoming structural and operational challenges"',
      'Begin the "integrated value chain within Pakistan, covering exploration, processing, and refining" planned under the USSM–FWO agreement',
      'A "harmonized national mineral policy, transparent regulations, strengthened provincial coordination"',
    ],
    kpis: [
      'Further consignments to U.S. Strategic Metals (USSM) after the first one of 2 October 2025',
      'National Mineral Policy-2013 updated, "harmonizing federal and provincial jurisdictions"',
      'Digital tracking of mining output in place "to curb illegal extraction and revenue leakages"',
    ],
    riskGates: ['policy-regulation', 'security-governance', 'infrastructure-logistics'],
    sourceIds: ARTICLE,
  },
  {
    id: 'scaling',
    index: 2,
    name: 'Moderate commercial scaling',
    articleWording: 'Moderate commercial scaling over 5–7 years.',
    durationYears: { min: 5, max: 7 },
    goals: [
      'Exploration, processing, and refining within Pakistan "to ensure greater domestic value addition"',
      '"Value-added mineral exports" as "a strategic shift toward industrial diversification and high-value trade"',
      '"Technology-enabled, ESG-aligned refining"',
    ],
    kpis: [
      'Share of mineral exports that are value-added rather than raw',
      'Joint ventures for midstream processing (REEs, copper, lithium) via technology transfer agreements',
      'Reko Diq in production, "capacity expanding from 45 million tonnes to 90 million tonnes per annum by 2034" (Barrick, pre-review)',
    ],
    riskGates: ['technical-industrial', 'environmental-social', 'infrastructure-logistics'],
    sourceIds: ARTICLE,
  },
  {
    id: 'impact',
    index: 3,
    name: 'Significant impact',
    articleWording: 'Significant impact after a decade, subject to effective security, technical, and financial risk management.',
    durationYears: { min: 10, max: null },
    goals: [
      'Mineral wealth as "a long-term pillar of economic growth, industrial diversification, and global competitiveness"',
      'Pakistan "as a responsible contributor to global mineral supply chains and the clean energy transition"',
    ],
    kpis: [
      "Mining's contribution to GDP, which has \"historically contributed less than 3%\"",
      'Pakistan emerging "as a key exporter" of green energy minerals',
      'Strategic stockpiles of critical minerals "for supply-chain resilience"',
    ],
    // The article: phase 3 is "subject to effective security, technical, and financial risk management".
    riskGates: ['security-governance', 'technical-industrial', 'geopolitical-strategic'],
    sourceIds: ARTICLE,
  },
];

export const milestones: MilestoneInput[] = [
  { id: 'chagai-hills-jv', date: '1993-07', label: 'Chagai Hills exploration JV', detail: 'Chagai Hills Exploration Joint Venture signed (BHP-led; Balochistan government partner).', kind: 'history', sourceIds: ['br-40264771', 'miningmomentum-reko-diq'], confidence: 'B' },
  { id: 'icsid-award', date: '2019-07', label: 'ICSID award', detail: 'ICSID awards USD 5.84 billion in the Reko Diq arbitration.', kind: 'history', sourceIds: ['source-article', 'mining-magazine-1428873'], confidence: 'B' },
  { id: 'reko-diq-framework', date: '2022-03-20', label: 'Reko Diq framework agreement', detail: 'Barrick, Pakistan and Balochistan agree in principle to restart Reko Diq (Barrick 50%, Pakistani parties 50%).', kind: 'history', sourceIds: ['barrick-framework-stocktitan'], confidence: 'A' },
  { id: 'reko-diq-definitive-agreements', date: '2022-12', label: 'Reko Diq definitive agreements', detail: 'Definitive agreements signed 15–16 Dec 2022; Antofagasta exits for USD 900 million paid by the Pakistani parties. FIPPA 2022 passed the same month, with Reko Diq its first "qualified investment".', kind: 'history', sourceIds: ['thenews-tns-1020668', 'zameen-reko-diq-agreement', 'dawn-1726654'], confidence: 'B' },
  { id: 'reko-diq-fs-approval', date: '2025-04-08', label: 'Reko Diq feasibility study approved', detail: 'JV shareholders approve the updated feasibility study (45 Mtpa Phase 1, 90 Mtpa from 2034, 37-year life); Fluor appointed EPCM.', kind: 'approval', sourceIds: ['barrick-fs-ns-energy', 'dawn-1900381'], confidence: 'A' },
  { id: 'ifc-ida-approval', date: '2025-06-12', label: 'IFC and IDA approve Reko Diq financing', detail: 'IFC subordinated loan USD 400 million + IDA USD 300 million = USD 700 million.', kind: 'financing', sourceIds: ['app-2025-06-17'], confidence: 'A' },
  { id: 'adb-approval', date: '2025-08-22', label: 'ADB approves Reko Diq financing', detail: 'USD 300 million senior loans + USD 110 million partial credit guarantee = USD 410 million.', kind: 'financing', sourceIds: ['financeasia-504380', 'arynews-adb-410m'], confidence: 'A' },
  { id: 'ussm-fwo-mous', date: '2025-09-08', label: 'USSM–FWO MoUs signed', detail: 'Two MoUs (≈USD 500 million) between U.S. Strategic Metals and the Frontier Works Organization, covering a poly-metallic refinery in Pakistan.', kind: 'agreement', sourceIds: ['veridicor-2659', 'world-economist-first-shipment', 'source-article'], confidence: 'B' },
  { id: 'jbic-commitment', date: '2025-09', label: 'JBIC commitment', detail: 'JBIC commits USD 300 million; total commitments exceed USD 5.5 billion vs ≈USD 3.74 billion required.', kind: 'financing', sourceIds: ['geo-624146'], confidence: 'A' },
  { id: 'first-consignment', date: '2025-10-02', label: 'First consignment to USSM', detail: 'Antimony, copper concentrate, neodymium & praseodymium shipped to U.S. Strategic Metals.', kind: 'shipment', sourceIds: ['source-article', 'voiceofvienna-2025-10-06'], confidence: 'B' },
  { id: 'us-exim-approval', date: '2025-12-10', label: 'US EXIM approves Reko Diq loan', detail: 'USD 1.25 billion (pledged in an FT interview 23 Nov 2025; approval announced by the US Embassy 10 Dec 2025). "Up to USD 1.3 billion" cited Feb 2026 under Project Vault.', kind: 'financing', sourceIds: ['reuters-dawn-1957007', 'wnp-2025-12-10'], confidence: 'A' },
  { id: 'reko-diq-review', date: '2026-02', label: 'Barrick starts Reko Diq review', detail: 'Full review of capital, security and timeline after escalating security incidents in Balochistan; financing not to be finalised until it ends.', kind: 'review', sourceIds: ['news18-topologypro', 'mqworld-barrick-review'], confidence: 'B' },
  { id: 'reko-diq-slowdown', date: '2026-03-26', label: 'Barrick slows Reko Diq development', detail: 'Review extended to mid-2027; "significant increases" expected to capital budget and timeline; end-2028 first production now uncertain.', kind: 'review', sourceIds: ['canadian-press-marketscreener', 'miningcom-hdmune'], confidence: 'A' },
  { id: 'reko-diq-review-end', date: '2027-06', label: 'Reko Diq review due to end', detail: 'Barrick expects to complete the extended review by mid-2027.', kind: 'review', sourceIds: ['canadian-press-marketscreener'], confidence: 'A' },
  { id: 'reko-diq-first-production-target', date: '2028-12', label: 'Reko Diq first production (pre-review target)', detail: 'End-2028 target from the April 2025 feasibility study; uncertain since the March 2026 slowdown.', kind: 'target', sourceIds: ['barrick-fs-ns-energy', 'dawn-1900381'], confidence: 'A' },
  { id: 'reko-diq-90mtpa', date: '2034', label: 'Reko Diq Phase 2: 90 Mtpa', detail: 'Throughput doubles to 90 Mtpa from 2034 (pre-review plan).', kind: 'target', sourceIds: ['barrick-fs-ns-energy', 'dawn-1900381', 'source-article'], confidence: 'A' },
];

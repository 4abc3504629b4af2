// Why: the source article's "Key Challenges & Solutions Ahead" table, quoted WORD FOR WORD (the test checks every
// string against the article). Each solutions cell is split into its sentences; nothing is paraphrased.
import type { ChallengeInput } from './types';

const ARTICLE = ['source-article'];

export const challenges: ChallengeInput[] = [
  {
    id: 'policy-regulation',
    category: 'Policy & Regulation',
    keyIssues: 'Lack of a unified national mineral strategy; fragmented federal-provincial regulations; inconsistent legal framework deterring investors.',
    solutions: [
      'Update the National Mineral Policy-2013 harmonizing federal and provincial jurisdictions.',
      'Introduce fiscal incentives and tax credits for exploration, processing, and R&D in critical minerals.',
    ],
    sourceIds: ARTICLE,
  },
  {
    id: 'security-governance',
    category: 'Security & Governance',
    keyIssues: 'Insurgency and militant attacks in Balochistan and Khyber Pakhtunkhwa; illegal mining causing revenue loss; weak contract enforcement and transparency issues.',
    solutions: ['Implement digital tracking systems for mining output to curb illegal extraction and revenue leakages.'],
    sourceIds: ARTICLE,
  },
  {
    id: 'infrastructure-logistics',
    category: 'Infrastructure & Logistics',
    keyIssues: 'Poor transport connectivity; unreliable power supply; severe water scarcity; high operational and logistics costs.',
    solutions: [
      'Invest in renewable-powered microgrids and desalination plants to overcome energy and water shortages.',
      'Introduce logistics cost-sharing schemes with private operators to improve mineral transport efficiency.',
    ],
    sourceIds: ARTICLE,
  },
  {
    id: 'technical-industrial',
    category: 'Technical & Industrial Capacity',
    keyIssues: 'Absence of large-scale refining and processing facilities; dependence on foreign toll-processing; lack of advanced metallurgical expertise.',
    solutions: ['Incentivize joint ventures for midstream processing (REEs, copper, lithium) via technology transfer agreements.'],
    sourceIds: ARTICLE,
  },
  {
    id: 'environmental-social',
    category: 'Environmental & Social Risks',
    keyIssues: 'Mining in ecologically fragile and water-scarce regions; insufficient community engagement; risk of local resentment.',
    solutions: ['Promote green mining certifications to attract ESG-conscious investors.'],
    sourceIds: ARTICLE,
  },
  {
    id: 'geopolitical-strategic',
    category: 'Geopolitical & Strategic Risks',
    keyIssues: 'Balancing partnerships between U.S. and China under CPEC; risk of political tension and investor uncertainty.',
    solutions: ['Develop strategic stockpiles of critical minerals for supply-chain resilience.'],
    sourceIds: ARTICLE,
  },
];

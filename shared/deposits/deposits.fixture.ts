// Why: the deposit logic is tested against small hand-made deposits, not the bundled dataset, so the tests
// state exactly what they rely on and keep passing while colleagues revise the real figures.
import { DepositSchema, type Deposit, type DepositInput } from '../model/dataset';
import type { Source } from '../model/sourced';

export function makeDeposit(over: Partial<DepositInput> & { id: string }): Deposit {
  return DepositSchema.parse({
    name: over.id,
    minerals: ['Cu'],
    mineralGroup: 'base-metals',
    critical: false,
    province: 'Balochistan',
    district: 'Chagai',
    location: { lat: 29, lon: 64, approximate: true, precision: 'district centre' },
    stage: 'exploration',
    stageDetail: 'Exploration',
    confidence: ['B'],
    fields: [],
    size: null,
    ...over,
  });
}

export const testSources: Source[] = [
  {
    id: 'src-a',
    publisher: 'Dawn',
    title: 'A report',
    date: '2025-04-08',
    url: 'https://www.dawn.com/news/1',
    isMirror: false,
    confidence: 'A',
  },
  {
    id: 'src-b',
    publisher: 'USGS',
    title: 'Antimony deposits',
    url: 'https://www.usgs.gov/x',
    isMirror: false,
    confidence: 'A',
  },
  { id: 'src-c', publisher: 'A blog', title: 'Notes', isMirror: false, confidence: 'C' },
];

export const lookupTestSource = (id: string) => testSources.find((s) => s.id === id);

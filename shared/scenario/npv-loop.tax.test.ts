// Why: the fiscal-incentive lever cuts the corporate income-tax rate; the super tax is a separate levy. A cut larger
// than the CIT once ate into the super tax (CIT 5% + super 10% with an 8 pp cut was taxed at 7%, not 10%).
import { annualRows } from './result';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate';
import { assumption as a } from './model';
import { plain } from './plain.fixture';

const taxRow = (cit: number, sup: number, citCut: number) => {
  const s = plain();
  s.fiscal.corporateTaxPct = a(cit, '%');
  s.fiscal.superTaxPct = a(sup, '%');
  s.levers['fiscal-incentives'] = { enabled: true, citReductionPp: a(citCut, 'pp'), taxCreditPctOfCapex: a(0, '%') };
  return annualRows(evaluateScenario(s).table)[1]!;
};

describe('fiscal-incentive CIT cut against the super tax', () => {
  it('a cut larger than the CIT leaves the super tax whole: 10% of taxable income 120 is 12, all super tax', () => {
    expect(taxRow(5, 10, 8)).toMatchObject({
      tax: expect.closeTo(12, 9),
      taxCit: expect.closeTo(0, 9),
      taxSuper: expect.closeTo(12, 9),
    });
  });

  it('a cut equal to the CIT is the same as no CIT, and a smaller one is taken off the CIT only', () => {
    expect(taxRow(5, 10, 5).tax).toBeCloseTo(12, 9);
    expect(taxRow(5, 10, 2)).toMatchObject({ tax: expect.closeTo(15.6, 9), taxCit: expect.closeTo(3.6, 9) });
  });
});

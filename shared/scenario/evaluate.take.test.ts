// Why: government take counts dividend withholding tax on the foreign holders' share of the positive after-tax
// years; the evaluation reads both rates from the scenario in percent, and a rate read 10,000 times too large or
// small would move the government/investor split the view shows. Checked on the plain reference project (after-tax
// flows -200, 134 x 4, 0 at 10%) against hand arithmetic.
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate';
import { assumption as a } from './model';
import { plain, pv } from './plain.fixture';

describe('government take: dividend withholding tax', () => {
  it('is the stated rate on the foreign share of the positive after-tax years, undiscounted and discounted', () => {
    const s = plain();
    s.fiscal.dividendWhtPct = a(10, '%');
    s.fiscal.foreignEquityPct = a(60, '%');
    const g = evaluateScenario(s).governmentTake;
    // 536 of positive after-tax flow (134 x 4); 60% of it is foreign-held and 10% of that is withheld.
    expect(g.undiscounted.dividendWht).toBeCloseTo(536 * 0.6 * 0.1, 9);
    expect(g.discounted.dividendWht).toBeCloseTo(pv(0.1, [0, 134, 134, 134, 134, 0]) * 0.06, 9);
  });
});

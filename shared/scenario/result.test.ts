// Why: exports and one-year views read the annual table through annualRow/annualRows; a column missing from the
// row (or another year's value in it) would be a blank or wrong cell in the CSV/XLSX the analyst audits.
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate';
import { createScenarioFromPreset } from './presets';
import { annualRow, annualRows, ANNUAL_COLUMNS } from './result';

describe('annual table rows', () => {
  const s = createScenarioFromPreset('reko-diq');
  s.debt.enabled = true;
  const t = evaluateScenario(s).table;
  const numeric = Object.keys(t).filter((k) => !['years', 'phase', 'payable', 'revenueByProduct'].includes(k));

  it('lists every numeric column of the table, each h years long', () => {
    expect([...ANNUAL_COLUMNS].sort()).toEqual(numeric.sort());
    for (const k of ANNUAL_COLUMNS) expect(t[k], k).toHaveLength(t.years);
  });

  it('gives year i of every column, phase and product in one row', () => {
    const i = 12;
    const row = annualRow(t, i);
    for (const k of ANNUAL_COLUMNS) expect(row[k], k).toBe(t[k][i]);
    expect(row.phase).toBe(t.phase[i]);
    expect(row.payable).toEqual([t.payable[0]![i], t.payable[1]![i]]);
    expect(row.revenueByProduct).toEqual([t.revenueByProduct[0]![i], t.revenueByProduct[1]![i]]);
    expect(row.revenue).toBeGreaterThan(0);
    expect(row.interest).toBeGreaterThan(0);
  });

  it('gives every year in order', () => {
    const rows = annualRows(t);
    expect(rows).toHaveLength(t.years);
    expect(rows.map((r) => r.year)).toEqual(t.year);
    expect(rows[t.years - 1]).toEqual(annualRow(t, t.years - 1));
  });
});

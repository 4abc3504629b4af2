import { describe, expect, it } from 'vitest';
import { withUnit } from './units';

describe('units', () => {
  it('writes every unit one way: currency in front, percent glued, others after a space', () => {
    expect(withUnit('1,922', 'USD/t')).toBe('USD 1,922/t');
    expect(withUnit('12,270–12,430', 'USD/t')).toBe('USD 12,270–12,430/t');
    expect(withUnit('32–35', '% Fe')).toBe('32–35% Fe');
    expect(withUnit('412', 'USD m')).toBe('USD 412 m');
    expect(withUnit('12', 'USD m/yr')).toBe('USD 12 m/yr');
    expect(withUnit('90', 'Mtpa')).toBe('90 Mtpa');
    expect(withUnit('7', '')).toBe('7');
  });

  it('writes a score on its scale as "4/5", in every language (no word to translate or misplace)', () => {
    expect(withUnit('4', 'score 1–5')).toBe('4/5');
    expect(withUnit('3.5', '(score 1–5)', () => 'اسکور 1–5')).toBe('3.5/5');
  });

  it('names word units in the reader’s language, with the count for plurals', () => {
    const ur = (u: string, n: number) => (u === 'years' ? (n === 1 ? 'سال' : 'سال') : u);
    expect(withUnit('8.5', 'years', ur, 8.5)).toBe('8.5 سال');
    expect(withUnit('1', 'years', (u, n) => (n === 1 ? 'year' : u), 1)).toBe('1 year');
    expect(withUnit('90', 'Mtpa', ur)).toBe('90 Mtpa');
  });
});

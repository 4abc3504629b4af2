import { describe, expect, it } from 'vitest';
import {
  columnDigits,
  decimalsOf,
  formatCompact,
  formatNumber,
  formatPercent,
  formatRange,
  formatRatioPercent,
  formatUsdM,
} from './number';

describe('numbers', () => {
  it('groups digits and picks precision by magnitude, in English and Urdu alike (Latin digits)', () => {
    expect(formatNumber(18317.4)).toBe('18,317');
    expect(formatNumber(75.24)).toBe('75.2');
    expect(formatNumber(1.234)).toBe('1.23');
    expect(formatNumber(18317.4, 'ur-PK')).toBe('18,317');
    expect(formatNumber(1.5, 'ur-PK', 2)).toBe('1.50');
  });

  it('writes one minus sign (U+2212) before the number, never a hyphen or a direction mark', () => {
    expect(formatNumber(-1234.5, 'en-GB', 1)).toBe('\u22121,234.5');
    expect(formatNumber(-1234.5, 'ur-PK', 1)).toBe('\u22121,234.5');
    expect(formatNumber(-30, 'ur-PK')).not.toMatch(/[\u200e\u200f-]/);
  });

  it('never writes "−0" and writes the sign out when asked', () => {
    expect(formatNumber(-0.001, 'en-GB', 1)).toBe('0.0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(12.5, 'en-GB', { digits: 1, sign: 'always' })).toBe('+12.5');
    expect(formatNumber(-12.5, 'en-GB', { digits: 1, sign: 'always' })).toBe('\u221212.5');
    expect(formatNumber(0.01, 'en-GB', { digits: 1, sign: 'always' })).toBe('±0.0');
  });

  it('shows a dash for missing values, never NaN', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatUsdM(Number.NaN)).toBe('—');
  });

  it('writes ranges with an en dash, collapsing ends that round the same', () => {
    expect(formatRange(12270, 12430)).toBe('12,270–12,430');
    expect(formatRange(-5, 10)).toBe('\u22125–10');
    expect(formatRange(5.6, 5.6)).toBe('5.6');
  });

  it('glues the percent sign and keeps the sign in front', () => {
    expect(formatPercent(-30, 'en-GB', 0)).toBe('\u221230%');
    expect(formatPercent(10, 'ur-PK', { digits: 0, sign: 'always' })).toBe('+10%');
    expect(formatRatioPercent(0.123)).toBe('12.3%');
  });

  it('writes USD millions and switches to billions, the same in every view', () => {
    expect(formatUsdM(18317.4)).toBe('USD 18.32 bn');
    expect(formatUsdM(412.4)).toBe('USD 412 m');
    expect(formatUsdM(3.21)).toBe('USD 3.2 m');
    expect(formatUsdM(-1410, 'en-GB', { signed: true })).toBe('\u2212USD 1.41 bn');
    expect(formatUsdM(999.7)).toBe('USD 1.00 bn');
  });

  it('chooses one fraction-digit count per table column', () => {
    expect(columnDigits([75.2, 150, 1383, 0])).toBe(0);
    expect(columnDigits([0.5, 12.25, -3])).toBe(1);
    expect(columnDigits([null, undefined, Number.NaN])).toBe(1);
    expect([75.2, 150, 1383, 0].map((v) => formatNumber(v, 'en-GB', 0))).toEqual(['75', '150', '1,383', '0']);
  });

  it('writes chart ticks compactly with enough digits to tell neighbours apart', () => {
    expect(formatCompact(5000, 'en-GB', 5000)).toBe('5k');
    expect(formatCompact(17500, 'en-GB', 2500)).toBe('17.5k');
    expect(formatCompact(-1500, 'en-GB', 500)).toBe('\u22121.5k');
    expect(formatCompact(250, 'en-GB', 50)).toBe('250');
    expect(formatCompact(0, 'en-GB', 5000)).toBe('0');
    expect(formatCompact(2_500_000, 'en-GB', 500_000)).toBe('2.5M');
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(500)).toBe(0);
  });

  it('groups rupees the South Asian way when asked', () => {
    expect(formatNumber(1234567, 'en-GB', { grouping: 'lakh-crore', digits: 0 })).toBe('12,34,567');
  });
});

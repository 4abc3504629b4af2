import { describe, expect, it } from 'vitest';
import type { Source } from '../model/sourced';
import { formatAsOf, formatFigureValue, formatSourceLine, sourceLineParts, withUnit } from './figures';

const fig = (value: number | string | { min: number; max: number } | null, unit: string, unverified = false) => ({
  value,
  unit,
  unverified,
});

describe('figure formatting', () => {
  it('puts currencies in front and other units behind', () => {
    expect(withUnit('8', 'USD tn')).toBe('USD 8 tn');
    expect(withUnit('45', 'Mtpa')).toBe('45 Mtpa');
    expect(withUnit('2.1', '%')).toBe('2.1%');
  });

  it('formats numbers, ranges, text, years and unverified items', () => {
    expect(formatFigureValue(fig(600000, 'km²'))).toBe('600,000 km²');
    expect(formatFigureValue(fig({ min: 5.6, max: 6 }, 'USD bn'))).toBe('USD 5.6–6 bn');
    expect(formatFigureValue(fig('End-2028 (pre-review target)', ''))).toBe('End-2028 (pre-review target)');
    expect(formatFigureValue(fig(2034, 'year'))).toBe('2034');
    expect(formatFigureValue(fig(null, 'USD/t', true))).toBe('Unverified');
  });

  it('says an as-of date at the precision the source gives, in the reader’s language', () => {
    expect(formatAsOf('2025-10-02')).toBe('2 Oct 2025');
    expect(formatAsOf('2025-09')).toBe('Sep 2025');
    expect(formatAsOf('2019')).toBe('2019');
    expect(formatAsOf('2025-10-02', 'ur-PK')).toContain('2025');
    expect(formatAsOf('2025-10-02', 'ur-PK')).not.toContain('Oct');
  });

  it('counts rupees in lakh and crore when asked, and leaves other units alone', () => {
    expect(formatFigureValue(fig(13.125, 'PKR bn'), 'en-GB', 'lakh-crore')).toBe('PKR 1,312.5 crore');
    expect(formatFigureValue(fig({ min: 600, max: 800 }, 'PKR bn'), 'en-GB', 'lakh-crore')).toBe(
      'PKR 60,000–80,000 crore',
    );
    expect(formatFigureValue(fig(0.5, 'PKR bn/yr'), 'en-GB', 'lakh-crore')).toBe('PKR 50 crore/yr');
    expect(formatFigureValue(fig(0.05, 'PKR m'), 'en-GB', 'lakh-crore')).toBe('PKR 0.5 lakh');
    expect(formatFigureValue(fig(13.125, 'PKR bn'), 'en-GB')).toBe('PKR 13.1 bn');
    expect(formatFigureValue(fig(500, 'USD m'), 'en-GB', 'lakh-crore')).toBe('USD 500 m');
  });

  it('writes a source line as publisher and date, the two runs a right-to-left line isolates', () => {
    const src: Source = {
      id: 'x',
      publisher: 'Dawn',
      title: 'T',
      date: '2026-02-27',
      isMirror: false,
      confidence: 'B',
    };
    expect(formatSourceLine(src)).toBe('Dawn, 27 Feb 2026');
    expect(sourceLineParts(src, 'ur-PK')).toEqual({ publisher: 'Dawn', date: formatAsOf('2026-02-27', 'ur-PK') });
    expect(sourceLineParts({ ...src, date: undefined })).toEqual({ publisher: 'Dawn', date: null });
    expect(formatSourceLine({ ...src, date: undefined })).toBe('Dawn');
  });
});

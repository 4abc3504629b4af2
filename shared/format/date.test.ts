import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isoDate, monthNames } from './date';

describe('dates', () => {
  it('uses one style at the precision the source gives', () => {
    expect(formatDate('2025-10-02')).toBe('2 Oct 2025');
    expect(formatDate('2025-09')).toBe('Sep 2025');
    expect(formatDate('2019')).toBe('2019');
    expect(formatDate(new Date(Date.UTC(2026, 11, 1)))).toBe('1 Dec 2026');
    expect(formatDate('2026-12-01T08:00:00.000Z')).toBe('1 Dec 2026');
  });

  it('never writes a numeric date that reads differently in another country', () => {
    for (const d of ['2025-10-02', '2026-01-12']) expect(formatDate(d)).not.toMatch(/\d+\/\d+\/\d+/);
  });

  it('keeps day, month, year order in Urdu with the month in Urdu and Latin digits', () => {
    expect(formatDate('2026-02-27', 'ur-PK')).toBe('27 فروری 2026');
    expect(formatDate('2025-10', 'ur-PK')).toBe('اکتوبر 2025');
  });

  it('adds the local clock time for moments', () => {
    const d = new Date(2026, 11, 1, 9, 5);
    expect(formatDateTime(d)).toBe('1 Dec 2026, 09:05');
    expect(formatDateTime(d.getTime())).toBe('1 Dec 2026, 09:05');
  });

  it('returns unreadable input unchanged rather than "Invalid Date"', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('date field parts', () => {
  it('names the months as formatDate writes them, in English and Urdu', () => {
    expect(monthNames('en-GB')[9]).toBe('Oct');
    expect(formatDate('2025-10-02', 'ur-PK')).toContain(monthNames('ur-PK')[9]!);
  });
  it('builds a real calendar day or refuses one that does not exist', () => {
    expect(isoDate(2025, 9, 2)).toBe('2025-10-02');
    expect(isoDate(2024, 1, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 1, 29)).toBeNull();
    expect(isoDate(2025, 0, 0)).toBeNull();
    expect(isoDate(25, 0, 1)).toBeNull();
    expect(isoDate(Number(''), 0, 1)).toBeNull();
  });
});

// The locale-bound formatter and the isolation of interpolated values, as a reader of each language sees them.
import { afterEach, describe, expect, it } from 'vitest';
import { LRI, PDI } from '../../../shared/format/bidi';
import { fmtDate, fmtQuantity, fmtUsdM, unitName } from './format';
import { i18n } from './index';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('renderer formatter', () => {
  it('formats in the reader’s language and names word units in it', async () => {
    expect(fmtDate('2026-02-27')).toBe('27 Feb 2026');
    expect(fmtQuantity(8.5, 'years', 1)).toBe('8.5 years');
    expect(fmtQuantity(1, 'years', 0)).toBe('1 year');
    await i18n.changeLanguage('ur');
    expect(fmtDate('2026-02-27')).toBe('27 فروری 2026');
    expect(fmtQuantity(8.5, 'years', 1)).toBe('8.5 سال');
    expect(unitName('score 1–5')).toBe('اسکور 1–5');
    expect(fmtUsdM(null)).toBe('—');
  });

  it('isolates every value set into an Urdu sentence, and leaves English sentences untouched', async () => {
    const en = i18n.t('mc.base', { ns: 'scenarios', base: fmtUsdM(18317) });
    expect(en).toContain('USD 18.32 bn');
    expect(en).not.toMatch(/[\u2066-\u2069]/);
    await i18n.changeLanguage('ur');
    const ur = i18n.t('mc.base', { ns: 'scenarios', base: fmtUsdM(18317) });
    expect(ur).toContain(`${LRI}USD 18.32 bn${PDI}`);
  });
});

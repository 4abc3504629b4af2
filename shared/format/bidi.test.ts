import { describe, expect, it } from 'vitest';
import { directionOf, isolate, LRI, PDI, RLI, stripBidi } from './bidi';
import { formatUsdM } from './number';
import { withUnit } from './units';

describe('direction runs', () => {
  it('reads a run in the direction of its first letter; digits and signs alone read left to right', () => {
    expect(directionOf('USD 18,317 m')).toBe('ltr');
    expect(directionOf('27 فروری 2026')).toBe('rtl');
    expect(directionOf('\u221230%')).toBe('ltr');
    expect(directionOf('12,270–12,430')).toBe('ltr');
    expect(directionOf('8.5 سال')).toBe('rtl');
  });

  it('isolates plain strings for places without markup, in both directions', () => {
    expect(isolate('USD 18,317 m')).toBe(`${LRI}USD 18,317 m${PDI}`);
    expect(isolate('27 فروری 2026')).toBe(`${RLI}27 فروری 2026${PDI}`);
    expect(isolate('\u221230%')).toBe(`${LRI}\u221230%${PDI}`);
    expect(isolate('')).toBe('');
  });

  it('keeps a unit after its number and the sign before it inside an Urdu sentence (logical order)', () => {
    const sentence = `بنیادی NPV ${isolate(formatUsdM(-1410, 'ur-PK', { signed: true }))} ہے`;
    const run = sentence.slice(sentence.indexOf(LRI) + 1, sentence.indexOf(PDI));
    expect(run).toBe('\u2212USD 1.41 bn');
    expect(isolate(withUnit('90', 'Mtpa'))).toBe(`${LRI}90 Mtpa${PDI}`);
  });

  it('strips isolates and marks for text read back', () => {
    expect(stripBidi(`${LRI}USD 5 m${PDI}\u200e`)).toBe('USD 5 m');
  });
});

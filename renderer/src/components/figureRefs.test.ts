import { describe, expect, it } from 'vitest';
import { figureById } from '../../../shared/data';
import { i18n } from '../i18n';
import { nameFigureRefs } from './figureRefs';

describe('figure references in notes', () => {
  it('names a known figure by its label and never shows an internal id', () => {
    const label = figureById('reko-diq.first-production')?.label;
    expect(label).toBeTruthy();
    const out = nameFigureRefs(
      'Counted from first production, end-2028 (reko-diq.first-production, pre-review target).',
    );
    expect(out).toContain(label!);
    expect(out).not.toMatch(/reko-diq\.first-production/);
  });

  it('names each figure with its first source, unless the note already names the publisher', () => {
    const out = nameFigureRefs('Assumed; the project plans solar-based power (reko-diq.power).');
    expect(out).toBe(
      `Assumed; the project plans solar-based power (${figureById('reko-diq.power')!.label}, Dawn, Apr 2025).`,
    );
    const cited = nameFigureRefs('funded by the federal government (reko-diq.owners, Barrick framework release).');
    expect(cited).toBe(
      `funded by the federal government (${figureById('reko-diq.owners')!.label}, Barrick framework release).`,
    );
  });

  it('dates the source in English in an Urdu session too: the note around it is English prose', async () => {
    await i18n.changeLanguage('ur');
    try {
      expect(nameFigureRefs('(reko-diq.power)')).toContain('Dawn, Apr 2025');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('drops an id no figure has, with its separator, and leaves URLs and decimals alone', () => {
    expect(nameFigureRefs('USD 7.723 bn (Sep 2025, reko-diq.no-such-thing) supersedes it')).toBe(
      'USD 7.723 bn (Sep 2025) supersedes it',
    );
    expect(nameFigureRefs('see (reko-diq.no-such-thing).')).toBe('see.');
    expect(nameFigureRefs('https://www.usgs.gov/x and 12.5%')).toBe('https://www.usgs.gov/x and 12.5%');
  });
});

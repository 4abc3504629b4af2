import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset, getContested, getFigure } from '../../../shared/data';
import { applyLanguage } from '../i18n';
import { ContestedCard, FigureAge, FigureCard, Provenance, SourceLink } from './Sourced';

afterEach(cleanup);

describe('trust components', () => {
  it('shows a figure with its value, label, grade, as-of date and named source', () => {
    render(<FigureCard figure={getFigure('reko-diq.mine-life')} />);
    const card = screen.getByTestId('figure-reko-diq.mine-life');
    expect(card.textContent).toContain('37 years');
    expect(card.textContent).toContain('Mine life');
    const prov = within(card).getByTestId('provenance');
    expect(prov.textContent).toMatch(/A/);
    expect(prov.textContent).toContain('as of 8 Apr 2025');
    expect(within(prov).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('sets a number or range with its unit as one run that cannot break ("USD 5.6–6 bn", never "bn" alone)', () => {
    render(<FigureCard figure={getFigure('reko-diq.capex-phase1')} />);
    const run = document.querySelector('.figure-value .num-run');
    expect(run?.textContent).toBe(document.querySelector('.figure-value')?.textContent);
    expect(run?.textContent).toMatch(/^USD 5\.6–6(\.0)? bn$/);
  });

  it('labels assumptions and unverified items, and never shows a number for an unverified one', () => {
    render(<Provenance figure={{ sourceIds: ['factsheet'], asOf: '2026-03', confidence: 'C', basis: 'assumption' }} />);
    expect(screen.getByText('Assumption')).toBeTruthy();
    cleanup();
    const unverified = getFigure('fiscal.reko-diq-cit');
    render(<FigureCard figure={unverified} />);
    // A worded value is an isolated run of its own direction (<Bidi>), inside the card's value line.
    expect(screen.getByText('Unverified', { selector: '.figure-value bdi' })).toBeTruthy();
    expect(screen.getByText('Unverified', { selector: '.tag' })).toBeTruthy();
  });

  it('shows every reading where sources disagree, side by side', () => {
    render(<ContestedCard contested={getContested('contested.gdp-share')} />);
    const card = screen.getByTestId('contested-contested.gdp-share');
    expect(card.textContent).toContain('Sources disagree');
    for (const v of ['<3%', '2.1%', '3.2%']) expect(card.textContent).toContain(v);
    expect(within(card).getAllByTestId('provenance')).toHaveLength(3);
  });

  it('shows a superseded value as dated history beside the current one', () => {
    render(<FigureCard figure={getFigure('reko-diq.phase1-total-cost')} />);
    const history = screen.getByTestId('figure-history');
    expect(history.textContent).toMatch(/USD 6\.77 bn \(Mar 2025\) → USD 7\.72 bn \(18 Sep 2025\)/);
  });

  it('says how old a figure is, and nothing for a date still to come', () => {
    render(<FigureAge asOf="2026-02-05" today={new Date('2026-12-01T00:00:00Z')} />);
    expect(screen.getByTestId('figure-age').textContent).toBe('9 months old');
    cleanup();
    render(<FigureAge asOf="2029-03" today={new Date('2026-12-01T00:00:00Z')} />);
    expect(screen.queryByTestId('figure-age')).toBeNull();
  });

  it("sets a source's publisher and date as runs of their own: in Urdu the date reads whole, right to left", () => {
    const source = dataset.sources.find((s) => s.url && /^[A-Za-z]/.test(s.publisher) && s.date?.length === 10)!;
    applyLanguage('ur');
    try {
      render(<SourceLink source={source} />);
      const runs = [...screen.getByRole('link').querySelectorAll('bdi')].map((b) => [b.textContent, b.dir]);
      const [y, , d] = source.date!.split('-').map(Number);
      expect(runs[0]).toEqual([source.publisher, 'ltr']);
      // "27 فروری 2026": day, Urdu month, year in one right-to-left run (not "Dawn, 27 2026 فروری").
      expect(runs[1]![1]).toBe('rtl');
      expect(runs[1]![0]).toMatch(new RegExp(`^${d} \\p{Script=Arabic}+ ${y}$`, 'u'));
    } finally {
      applyLanguage('en');
    }
    cleanup();
    render(<SourceLink source={source} />);
    expect(screen.getByRole('link').textContent).toMatch(new RegExp(`^.+, \\d{1,2} [A-Z][a-z]{2} \\d{4}$`));
  });
});

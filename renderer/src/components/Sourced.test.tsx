import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getContested, getFigure } from '../../../shared/data';
import '../i18n';
import { ContestedCard, FigureCard, Provenance } from './Sourced';

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

  it('labels assumptions and unverified items, and never shows a number for an unverified one', () => {
    render(<Provenance figure={{ sourceIds: ['factsheet'], asOf: '2026-03', confidence: 'C', basis: 'assumption' }} />);
    expect(screen.getByText('Assumption')).toBeTruthy();
    cleanup();
    const unverified = getFigure('fiscal.reko-diq-cit');
    render(<FigureCard figure={unverified} />);
    expect(screen.getByText('Unverified', { selector: '.figure-value' })).toBeTruthy();
    expect(screen.getByText('Unverified', { selector: '.tag' })).toBeTruthy();
  });

  it('shows every reading where sources disagree, side by side', () => {
    render(<ContestedCard contested={getContested('contested.gdp-share')} />);
    const card = screen.getByTestId('contested-contested.gdp-share');
    expect(card.textContent).toContain('Sources disagree');
    for (const v of ['<3%', '2.1%', '3.2%']) expect(card.textContent).toContain(v);
    expect(within(card).getAllByTestId('provenance')).toHaveLength(3);
  });
});

// What an analyst reads in "Changes from the source case" and in Compare's list of inputs that differ.
import { afterEach, describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from '../../../../shared/scenario';
import { i18n } from '../../i18n';
import { diffScenarios } from './DiffList';

afterEach(async () => {
  await i18n.changeLanguage('en');
});
const t = (k: string, o?: Record<string, string>) => i18n.t(k, { ns: 'scenarios', ...o });

function edited() {
  const source = createScenarioFromPreset('reko-diq');
  const s = structuredClone(source);
  s.discounting.convention = 'mid-year';
  s.debt.enabled = !source.debt.enabled;
  s.fiscal.royaltyPct.value = 6.5;
  return { s, source };
}

describe('differences between two scenarios', () => {
  it('names a switch by what its control says, never by its stored value', () => {
    const { s, source } = edited();
    const rows = diffScenarios(t, s, source);
    const convention = rows.find((r) => r.key === 'discounting.convention')!;
    expect(convention).toMatchObject({ from: 'End of year', to: 'Mid-year' });
    const debt = rows.find((r) => r.key === 'debt.enabled')!;
    expect([debt.from, debt.to].sort()).toEqual(['Off', 'On']);
    expect(JSON.stringify(rows)).not.toMatch(/mid-year"|end-of-year|true|false/);
  });

  it('writes numbers in the one format with their unit placed', () => {
    const { s, source } = edited();
    const royalty = diffScenarios(t, s, source).find((r) => r.key === 'fiscal.royaltyPct')!;
    expect(royalty).toMatchObject({ from: '5%', to: '6.5%' });
  });

  it('shows more digits only where the usual ones would make two different values look equal', () => {
    const { s, source } = edited();
    s.fiscal.royaltyPct.value = 5.0004;
    const royalty = diffScenarios(t, s, source).find((r) => r.key === 'fiscal.royaltyPct')!;
    expect(royalty).toMatchObject({ from: '5.0000%', to: '5.0004%' });
  });

  it('reads in Urdu too', async () => {
    await i18n.changeLanguage('ur');
    const { s, source } = edited();
    const convention = diffScenarios(t, s, source).find((r) => r.key === 'discounting.convention')!;
    expect(convention.to).toBe(i18n.t('option.convention.mid-year', { ns: 'scenarios' }));
    expect(convention.to).not.toBe('Mid-year');
  });
});

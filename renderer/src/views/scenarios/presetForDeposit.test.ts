// Why: the Deposits view relies on this mapping; a wrong preset would model a deposit with another's numbers.
import { describe, expect, it } from 'vitest';
import { modelDepositHash, presetForDeposit } from './presetForDeposit';

describe('presetForDeposit', () => {
  it('maps the modelled deposits to their presets', () => {
    expect(presetForDeposit('reko-diq')).toBe('reko-diq');
    expect(presetForDeposit('saindak')).toBe('saindak');
    expect(presetForDeposit('chitral-antimony')).toBe('ussm-export-programme');
    expect(presetForDeposit('qila-abdullah-antimony')).toBe('ussm-export-programme');
    expect(presetForDeposit('loe-shilman')).toBe('ussm-export-programme');
  });
  it('falls back to a blank project, also for unknown (data-pack) deposits', () => {
    expect(presetForDeposit('duddar')).toBe('blank');
    expect(presetForDeposit('not-in-dataset')).toBe('blank');
    expect(presetForDeposit('pack-deposit', ['Sb'])).toBe('ussm-export-programme');
  });
  it('builds the route the editor understands', () => {
    expect(modelDepositHash('saindak')).toBe('#/scenarios/new?preset=saindak&deposit=saindak');
  });
});

// "Model this deposit": from a deposit profile straight into the calculator, prefilled from the deposit.
import { describe, expect, it } from 'vitest';
import { launchApp, waitForView } from './harness';

describe('model this deposit', () => {
  it('opens the Reko Diq scenario from the Reko Diq profile', async () => {
    const app = await launchApp({ route: '#/deposits/reko-diq' });
    try {
      await waitForView(app.page, 'deposits');
      await app.page.getByTestId('model-deposit').click();
      await waitForView(app.page, 'scenarios');
      expect(app.page.url()).toContain('#/scenarios/new?preset=reko-diq&deposit=reko-diq');
      await expect.poll(() => app.page.getByTestId('scenario-name').innerText()).toContain('Reko Diq');
    } finally {
      await app.close();
    }
  });
});

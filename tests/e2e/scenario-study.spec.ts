// Why: the 2025 study case's reconciliation table must show the engine's own numbers, and the Monte Carlo view must
// show the annual price paths with the percentile convention stated; both are looked at (screenshots in artifacts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset, evaluateScenario, reconciliationFor } from '../../shared/scenario';
import { ARTIFACTS, launchApp, waitForView } from './harness';

describe('Reko Diq 2025 study case', () => {
  it("shows the reconciliation table with the engine's numbers and the Monte Carlo price paths", async () => {
    const s = createScenarioFromPreset('reko-diq-study-2025');
    const rec = reconciliationFor(s, evaluateScenario(s))!;
    const app = await launchApp({ route: '#/scenarios/reko-diq-study-2025' });
    try {
      const { page } = app;
      await waitForView(page, 'scenarios');
      const table = page.getByTestId('reconciliation');
      await table.waitFor();
      for (const r of rec.rows) {
        const shown = (await table.getByTestId(`recon-${r.id}`).getByTestId('recon-model').innerText()).replace(
          /[^\d.-]/g,
          '',
        );
        expect(Number(shown), r.id).toBeCloseTo(r.model, 1);
      }
      expect(await table.getByTestId('recon-npv8').getByTestId('recon-target').innerText()).toMatch(/Within ±15/);
      expect(await table.getByTestId('recon-irr').getByTestId('recon-target').innerText()).toMatch(/Within ±2\.5 pp/);
      await table.scrollIntoViewIfNeeded();
      await table.screenshot({ path: path.join(ARTIFACTS, 'reconciliation-table.png') });

      await page.getByTestId('tab-risk').click();
      const mc = page.getByTestId('montecarlo-panel');
      await mc.waitFor();
      expect(await mc.getByTestId('field-risk.pricePaths.mode').locator('select').inputValue()).toBe('mean-reverting');
      await page.getByTestId('mc-run').click();
      await page.getByTestId('mc-paths').waitFor({ timeout: 60_000 });
      await page.waitForSelector('[data-testid="mc-paths"] .recharts-wrapper > svg.recharts-surface');
      expect(await page.getByTestId('mc-p90').innerText()).toMatch(/P90 NPV \(low case\)/);
      expect(await page.getByTestId('mc-paths-note').innerText()).toMatch(/P90 = low case/);
      expect(await page.getByTestId('mc-convention').innerText()).toMatch(
        /^Reserves convention.*half-life \d+(\.\d+)? years.*not by changing the rate\./s,
      );
      // Drivers are worded, the price driver by its product's name.
      await mc.locator('.scn-drivers summary').click();
      const drivers = await mc.locator('.scn-drivers ul').innerText();
      expect(drivers).toContain(
        `${s.products.find((p) => p.id === s.mainProductId)?.name ?? s.products[0]!.name} price`,
      );
      expect(drivers).not.toMatch(/mc\.driver|undefined/);
      await mc.scrollIntoViewIfNeeded();
      await mc.screenshot({ path: path.join(ARTIFACTS, 'montecarlo-paths.png') });
    } finally {
      await app.close();
    }
  });
});

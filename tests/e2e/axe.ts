// Why: one way to run axe-core in a page for every spec: the library is evaluated through the DevTools
// protocol (the app's CSP rightly refuses an injected <script>), and only serious and critical violations
// are kept, described well enough to fix.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousViolations(page: Page, context = 'body'): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (ctx) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: string,
            opts: object,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(ctx, { resultTypes: ['violations'] });
  }, context);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

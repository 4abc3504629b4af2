// Why: the IRR notes a reader is shown beside a scenario's warnings, picked by one rule so the report, the print and
// the exports agree. The notes are codes and rates (shared/finance IrrNote); the words are the reader's language's.
import type { IrrNote } from '../finance';
import type { ScenarioResult } from './result';

export type IrrMetric = 'preTax' | 'afterTax' | 'equity';

/**
 * Every IRR note worth a warning, pre-tax, after-tax, then equity. A multiple-root caution is left out when only one
 * root is plausible (> -50%): with a closure cost after the last revenue year NPV always turns zero again near -100%,
 * which is arithmetic, not economics (the IRR detail still lists that root).
 */
export function irrCautions(r: Pick<ScenarioResult, 'irr'>): { metric: IrrMetric; note: IrrNote }[] {
  const out: { metric: IrrMetric; note: IrrNote }[] = [];
  const pick = (metric: IrrMetric, d: ScenarioResult['irr']['preTax'] | null) => {
    if (!d?.note) return;
    const plausible = d.roots.filter((x) => x > -0.5).length;
    if (d.value === null || !d.multipleRoots || plausible > 1) out.push({ metric, note: d.note });
  };
  pick('preTax', r.irr.preTax);
  pick('afterTax', r.irr.afterTax);
  pick('equity', r.irr.equity);
  return out;
}

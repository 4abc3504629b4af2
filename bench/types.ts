// Why: every benchmark reports the same shape, so `npm run bench` can print one table and fail on a blown budget.
export interface BenchResult {
  /** What was measured, e.g. "evaluateScenario 40y (median)". */
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'x' | 's';
  /** The budget; `lowerIsBetter` false means value must be at least the budget (speed-up ratios). */
  budget: number;
  lowerIsBetter: boolean;
  note?: string;
}
export type Bench = () => Promise<BenchResult[]>;

// Why: the scenario engine's public surface (model, evaluation, risk, sensitivity, levers, presets).
export * from './model';
export {
  evaluateScenario,
  lastBreakevenRuns,
  scenarioNpv,
  type AnnualRow,
  type AnnualTable,
  type NpvAtRate,
  type RowPhase,
  type ScenarioResult,
  type ScenarioWarning,
  type EvaluateOptions,
} from './evaluate';
export { annualRow, annualRows, ANNUAL_COLUMNS, type AnnualColumn } from './result';
export { compileScenario, type Compiled } from './compile';
export { runCore, createWorkspace, neutralPerturbation, type Perturbation, type Workspace } from './npv-loop';
export { governmentTake, debtSchedule, type TakeSplit, type DebtSchedule } from './fiscal';
export {
  runMonteCarlo,
  BAND_TRIALS,
  type MonteCarloOptions,
  type MonteCarloResult,
  type MonteCarloDriver,
  type MonteCarloDriverId,
  type PricePathSample,
} from './montecarlo';
export { summariseSortedNpvs, percentileLabels, type NpvSummary } from './mc-summary';
export { fillPricePaths, pathParams, kappaOfHalfLife, type PathParams } from './price-paths';
export {
  RISK_CATEGORY_EFFECTS,
  RISK_BASE,
  riskParameters,
  defaultRiskSettings,
  type RiskCategoryEffect,
  type RiskParameters,
} from './risk';
export { createRng, cholesky, triangular, pert, gamma, lognormalFromZ, percentileSorted, type Rng } from './random';
export * from './sensitivity';
export { LEVER_DEFINITIONS, defaultLevers, leverWaterfall, type LeverDefinition, type WaterfallStep } from './levers';
export { presets, createScenarioFromPreset, type ScenarioPreset } from './presets';
export { GRAMS_PER_TROY_OZ, GRAMS_PER_LB, priceUnitsPerGram, tonnesPerPriceUnit, gramsPerTonneOre } from './units';
export { reconcile, reconciliationFor, type Reconciliation, type ReconciliationRow } from './reconcile';
export { irrCautions, type IrrMetric } from './irr-cautions';

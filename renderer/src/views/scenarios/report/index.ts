// Why: the printable scenario building blocks the briefing PDF imports. They take a Scenario (and its result) by
// props, hold no store state, and accept a fixed `width` so charts render without measuring in print. The editor
// uses these same components.
export { ScenarioAssumptions } from './ScenarioAssumptions';
export { ScenarioMetrics } from './ScenarioMetrics';
export { CashFlowTable, CASH_FLOW_COLUMNS } from './CashFlowTable';
export { CashFlowChart, paybackYear } from './CashFlowChart';
export { NpvCharts, NpvVsRateChart, NpvVsPriceChart } from './NpvCharts';
export { TakeSplitChart } from './TakeSplitChart';
export { LeverWaterfall } from './LeverWaterfall';
export { ScenarioComparison, type ComparedScenario } from './ScenarioComparison';
export { TornadoChart, SpiderChart, PriceCapexTable } from './Sensitivity';
export { IllustrativeStamp } from './IllustrativeStamp';

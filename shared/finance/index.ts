// Why: one import point for the discounted-cash-flow primitives used across the app.
export { npv, discountFactors, type NpvOptions } from './npv';
export {
  irr,
  irrDetail,
  lastIrrEvaluations,
  IRR_RULE,
  IRR_SCAN_MIN,
  type IrrDetail,
  type IrrNote,
  type IrrNoteCode,
} from './irr';
export { mirr } from './mirr';
export { payback, discountedPayback } from './payback';

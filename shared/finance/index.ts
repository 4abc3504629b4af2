// Why: one import point for the discounted-cash-flow primitives used across the app.
export { npv, discountFactors, type NpvOptions } from './npv';
export { irr, irrDetail, IRR_SCAN_MIN, IRR_SCAN_MAX, type IrrDetail } from './irr';
export { payback, discountedPayback } from './payback';

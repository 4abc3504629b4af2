// Why: IRR is the most quoted and most misread project metric. The engine needs it fast (Monte Carlo, charts)
// and honest: one rule picks the rate a technical report would quote, every other rate that solves NPV = 0 is listed,
// no rate at or below -100% is ever a root, and the app says when no IRR exists instead of printing a number.
import { polyRootsIn } from './roots';

/** Full IRR answer: the value (or null), why, and every rate that solves NPV = 0. */
export interface IrrDetail {
  /** The IRR under {@link IRR_RULE}, as a fraction (0.1 = 10%), or null when none exists. */
  value: number | null;
  /** Why `value` is null, or a caution when several rates solve NPV = 0: a code and its rates, worded by the reader. */
  note?: IrrNote;
  /** True when more than one rate in the window solves NPV = 0. */
  multipleRoots: boolean;
  /** Every distinct rate in the window (above {@link IRR_SCAN_MIN}) where NPV = 0, ascending; a double root once. */
  roots: number[];
  /** Rates where NPV = 0 between -100% and {@link IRR_SCAN_MIN}: reported, never quoted as the IRR. */
  outsideWindow: number[];
  /** Number of sign changes in the flow series (zeros ignored). */
  signChanges: number;
}

/**
 * Why no IRR is quoted, or a caution beside the one quoted. The engine states the case and its rates (fractions);
 * the words are written once, in the reader's language, where the note is shown.
 * - nonFinite / allZero / allNegative / allPositive: the flows rule out an IRR.
 * - borrowing: flows start positive and turn negative; `rates[0]` is the borrowing rate.
 * - noCrossing: NPV is zero at `rates` but never turns from + to - as the rate rises.
 * - belowWindowOnly: NPV is zero only at `rates`, all below {@link IRR_SCAN_MIN}.
 * - neverZero: the flows change sign `changes` times but NPV is never zero above -100%.
 * - multiple: NPV is zero at `rates`; `value` is the one quoted.
 * - outsideWindow: the quoted IRR stands; NPV is also zero at `outside`, below the window.
 * `outside` (rates below the window) also qualifies noCrossing and multiple.
 */
export type IrrNoteCode =
  | 'nonFinite'
  | 'allZero'
  | 'allNegative'
  | 'allPositive'
  | 'borrowing'
  | 'noCrossing'
  | 'belowWindowOnly'
  | 'neverZero'
  | 'multiple'
  | 'outsideWindow';
export interface IrrNote {
  code: IrrNoteCode;
  rates: number[];
  outside: number[];
  changes: number;
  value?: number;
}

/** Lowest rate quoted as an IRR. Between -100% and this, NPV = 0 is arithmetic of the last flow, not a return. */
export const IRR_SCAN_MIN = -0.99;

/** The one IRR rule, stated wherever an IRR is shown. */
export const IRR_RULE =
  'IRR is the discount rate at which NPV turns from positive to negative as the rate rises (the highest such rate if ' +
  'there are several), as technical reports quote it. Other rates where NPV is zero are listed, not quoted; if NPV ' +
  'never turns from positive to negative, no IRR is quoted.';

const MAX_ITER = 100;
const REL_TOL = 1e-13;
/**
 * A step this small means the iterate after it is exact: the order-3 step converges quartically, leaving K s^4 after a
 * step s, and K is about 5 for 40-year mine flows and below a few thousand across the seeded samples of
 * irr.exact.test.ts, so a step of 1e-5 leaves well under 1e-16. Mine flows started at the estimate in {@link scan}
 * reach it on their second evaluation.
 */
const STEP_DONE = 1e-5;

/**
 * The trimmed flows (first to last non-zero) as one typed array, written by {@link scan}: every solver step runs on
 * the same monomorphic array whatever the caller passed (a number[] from a table, a Float64Array from the engine).
 */
let buf = new Float64Array(64);
/** Degree of the trimmed series: `buf[0..deg]` holds it. */
// Stryker disable next-line UnaryOperator: scan sets deg before any solver reads it
let deg = -1;

/**
 * NPV evaluations made by the last {@link irr} / {@link irrDetail} call on its fast path: the solver's cost, which
 * the engine bench prints and the tests bound (a wrong derivative or start still converges, only slower).
 */
let evaluations = 0;
export function lastIrrEvaluations(): number {
  return evaluations;
}

/**
 * Scratch results, in typed arrays: a module-level `let` that holds a double is boxed, so each write to one allocates
 * (four values twice per evaluation, in every Monte Carlo chart), while a typed array's slots are written in place.
 * `sums[j]` = S_j of the last {@link powerSums}; `fx` = f, f', f'', f''' of the last {@link evalF}.
 */
const sums = new Float64Array(4);
const fx = new Float64Array(4);

/**
 * `buf` reversed (`rev[k] = buf[deg - k]`), filled on the first evaluation below 0% after each {@link scan}; it
 * grows with `buf`.
 */
let rev = new Float64Array(64);
// Stryker disable next-line BooleanLiteral: scan clears the flag before any evaluation reads it
let revReady = false;

/**
 * The power sums S_j = sum over k of k^j c_k x^k (j = 0 to 3) of c[0..n] at x, into `sums`. The running power is
 * the only dependency chain, and it is split in two (even and odd k, stepping by x^2), so the multiplies of
 * neighbouring years run side by side. A pair's weights come from its sum s = e + o and its odd term o
 * (k^j e + (k+1)^j o expands in k^i s and k^i o), which saves three multiplies a pair over weighting each term.
 */
function powerSums(c: Float64Array, n: number, x: number): void {
  const x2 = x * x;
  let pe = 1;
  let po = x;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let k = 0;
  for (; k < n; k += 2) {
    const o = c[k + 1]! * po;
    const s = c[k]! * pe + o;
    const ks = k * s;
    const kks = k * ks;
    const ko = k * o;
    a0 += s;
    a1 += ks;
    a2 += kks;
    a3 += k * kks;
    b0 += o;
    b1 += ko;
    b2 += k * ko;
    pe *= x2;
    po *= x2;
  }
  if (k === n) {
    const e = c[k]! * pe;
    const ke = k * e;
    const kke = k * ke;
    a0 += e;
    a1 += ke;
    a2 += kke;
    a3 += k * kke;
  }
  sums[0] = a0;
  sums[1] = a1 + b0;
  sums[2] = a2 + 2 * b1 + b0;
  sums[3] = a3 + 3 * b2 + 3 * b1 + b0;
}

/**
 * A function with the same roots and signs as NPV(r) on r > -1, and its first three derivatives, into `fx`. For
 * r >= 0 it is NPV itself in v = 1 / (1 + r): with S_j = sum t^j c_t v^t, f = S_0, f' = -v S_1,
 * f'' = v^2 (S_2 + S_1) and f''' = -v^3 (S_3 + 3 S_2 + 2 S_1). For r < 0 the discount factors grow like (1 + r)^-t;
 * there we use Q(w) = NPV(r) * w^deg with w = 1 + r, a well-scaled polynomial (same sign, w > 0): with S_j the power
 * sums of the reversed flows at w, Q = S_0, Q' = S_1 / w, Q'' = (S_2 - S_1) / w^2 and
 * Q''' = (S_3 - 3 S_2 + 2 S_1) / w^3.
 */
function evalF(r: number): void {
  evaluations++;
  if (r >= 0) {
    const v = 1 / (1 + r);
    powerSums(buf, deg, v);
    const s1 = sums[1]!;
    const s2 = sums[2]!;
    fx[0] = sums[0]!;
    fx[1] = -v * s1;
    fx[2] = v * v * (s2 + s1);
    fx[3] = -v * v * v * (sums[3]! + 3 * s2 + 2 * s1);
  } else {
    const w = 1 + r;
    powerSums(reversed(), deg, w);
    const s1 = sums[1]!;
    const s2 = sums[2]!;
    fx[0] = sums[0]!;
    fx[1] = s1 / w;
    fx[2] = (s2 - s1) / (w * w);
    fx[3] = (sums[3]! - 3 * s2 + 2 * s1) / (w * w * w);
  }
}

function reversed(): Float64Array {
  // Stryker disable next-line ConditionalExpression: a cache; rebuilding the same reversed copy changes nothing
  if (!revReady) {
    // Module variables read into locals: in the loop each read of one would be a load from the module's context.
    const b = buf;
    const r = rev;
    const n = deg;
    for (let k = 0; k <= n; k++) r[k] = b[n - k]!;
    // Stryker disable next-line BooleanLiteral: a cache flag; rebuilding the same reversed copy changes nothing
    revReady = true;
  }
  return rev;
}

/** Sign-faithful NPV(r) (see evalF). */
function npvSign(r: number): number {
  evalF(r);
  return fx[0]!;
}

/**
 * Safeguarded third-order steps on a bracket that holds exactly one root. `sLo` is the sign of NPV just above `lo`
 * (lo may be -1, the limit r -> -1+); `hi` may be Infinity. A Householder order-3 step (quartic convergence; Halley's
 * far from the root) is taken when it stays inside the bracket, else the bracket is halved (or widened, or
 * approached geometrically at -1). `guess` seeds it when inside the bracket (NaN: none, the midpoint of a finite
 * bracket). Returns the root (> -1) or NaN.
 */
function bracketSolve(lo: number, hi: number, sLo: number, guess: number): number {
  let r = guess > lo && guess < hi ? guess : Number.isFinite(hi) ? 0.5 * (lo + hi) : Math.max(lo + 1, 0.1);
  // Stryker disable next-line EqualityOperator: one step more or less before the root search takes over changes nothing
  for (let i = 0; i < MAX_ITER; i++) {
    evalF(r);
    const f = fx[0]!; // always finite: the flows are finite and scaled, and r stays above -100%
    // Stryker disable next-line ConditionalExpression,BlockStatement: an exact zero also ends it below (a zero step)
    if (f === 0) return r;
    if ((f > 0 ? 1 : -1) === sLo) lo = r;
    else hi = r;
    // Halley's step is u / g with u = f / f' and g = 1 - u f'' / 2f'. It leaves an error of C h^3, C = f''' / 6f' -
    // (f'' / 2f')^2; taking that off gives Householder's order-3 step h / (1 + C h^2) = u g / (g^2 + C u^2), taken
    // where the correction is small (|C h^2| < 1/2: near the root); elsewhere Halley's. One reciprocal of f', and
    // one division for the step: divisions are the slow, serial part of an iteration.
    const d = 1 / fx[1]!;
    const u = f * d;
    const a = 0.5 * (fx[2]! * d);
    const g = 1 - u * a;
    const cu2 = ((fx[3]! * d) / 6 - a * a) * u * u;
    // Stryker disable next-line EqualityOperator: at |C u^2| = g^2 / 2 exactly either step is a safeguarded step
    const near = Math.abs(cu2) < 0.5 * g * g;
    let next = r - (near ? (u * g) / (g * g + cu2) : u / g);
    const inside = next > lo && next < hi;
    // A step this small leaves an error of its fourth power (see STEP_DONE), but only near a root: where NPV turns
    // (f' near 0, far from any root) Halley's step is tiny too, so the Newton step f / f' must be as small. At the root
    // NPV is rounding noise whose sign may put the step outside the bracket: it ends there too, at r. A tiny step
    // anywhere else is no progress, and the bracket is halved (or widened) instead.
    const done = STEP_DONE * Math.max(1, Math.abs(r));
    // Stryker disable next-line EqualityOperator: a step exactly at the threshold is as good as one just under it
    const small = Math.abs(next - r) <= done;
    // Stryker disable next-line EqualityOperator: as above, for the Newton step
    if (small && Math.abs(u) <= done) return inside ? next : r;
    if (inside && !small) {
      // a step inside the bracket
    } else if (!Number.isFinite(hi)) next = r + Math.max(1, Math.abs(r));
    else if (lo <= -1)
      next = -1 + 0.25 * (1 + hi); // approach -1 geometrically, not by halving
    else next = 0.5 * (lo + hi);
    if (Math.abs(next - r) <= REL_TOL * Math.max(1, Math.abs(r))) return next;
    if (Number.isFinite(hi) && hi - lo <= REL_TOL * Math.max(1, Math.abs(lo))) return 0.5 * (lo + hi);
    r = next;
  }
  // Stryker disable next-line all: never reached (see the loop's bound); kept so the function always returns
  return Number.isFinite(hi) ? 0.5 * (lo + hi) : Number.NaN;
}

/** Summary of a flow series: first and last non-zero sign, sign changes, finiteness. */
interface Shape {
  sFirst: number;
  sLast: number;
  changes: number;
  finite: boolean;
  /** Sum of |flows|: NPV at any r >= 0 smaller than a few ulps of it is indistinguishable from zero. */
  absSum: number;
  /**
   * A starting rate: the IRR of the flows with the inflows and the outflows each collapsed to their mean time and
   * spread (one Halley step from 0% in log(1 + r)). Within a point or two of the root for mine profiles, so the
   * solver needs two evaluations there.
   */
  start: number;
}
// Stryker disable next-line ObjectLiteral,BooleanLiteral: scan writes every field before any reader
const shape: Shape = { sFirst: 0, sLast: 0, changes: 0, finite: true, absSum: 0, start: 0.1 };

/** Shape of `flows`, and their trimmed copy into `buf` / `deg` for the solvers. */
function scan(flows: ArrayLike<number>): Shape {
  const n = flows.length;
  evaluations = 0;
  if (buf.length < n) {
    // Stryker disable next-line ArithmeticOperator: the growth policy; any length >= n holds the flows
    buf = new Float64Array(Math.max(n, 2 * buf.length));
    rev = new Float64Array(buf.length);
  }
  const b = buf;
  // Locals, written to `shape` once at the end: this runs before every IRR, in every Monte Carlo chart.
  let prev = 0;
  // Stryker disable next-line UnaryOperator: only an all-zero series keeps it, and it returns before deg is read
  let i0 = -1;
  // Stryker disable next-line UnaryOperator: only an all-zero series keeps it, and it returns before deg is read
  let i1 = -1;
  let sFirst = 0;
  let changes = 0;
  let chk = 0;
  let pos = 0;
  let neg = 0;
  let tPos = 0;
  let tNeg = 0;
  let ttPos = 0;
  let ttNeg = 0;
  for (let t = 0; t < n; t++) {
    const c = flows[t]!;
    b[t] = c;
    const tc = t * c;
    if (c > 0) {
      pos += c;
      tPos += tc;
      ttPos += t * tc;
      if (prev < 0) changes++;
      else if (prev === 0) {
        sFirst = 1;
        i0 = t;
      }
      prev = 1;
      i1 = t;
    } else if (c < 0) {
      neg -= c;
      tNeg -= tc;
      ttNeg -= t * tc;
      if (prev > 0) changes++;
      else if (prev === 0) {
        sFirst = -1;
        i0 = t;
      }
      prev = -1;
      i1 = t;
    }
    // 0 for a finite flow, NaN for an infinite or NaN one: one check after the loop instead of a branch per flow.
    // Stryker disable next-line AssignmentOperator: -= gives the same 0 or NaN
    chk += c * 0;
  }
  shape.sFirst = sFirst;
  shape.sLast = prev;
  shape.changes = changes;
  shape.finite = chk === 0;
  shape.absSum = pos + neg;
  deg = i1 - i0;
  revReady = false;
  if (i0 !== 0) b.copyWithin(0, i0, i1 + 1); // (-1, all zero: copies nothing)
  // The solvers' power sums weight flows by t^2: flows near the largest double would overflow them (and tiny ones
  // underflow), so such series are scaled by a power of two, which is exact and leaves every root where it was.
  // Scaling non-finite or all-zero flows is harmless: they return before the solvers read them.
  const big = Math.max(pos, neg);
  if (big > 1e250 || big < 1e-250) {
    let m = 0;
    for (let t = 0; t <= deg; t++) m = Math.max(m, Math.abs(b[t]!));
    // The largest flow to (1/2, 1]. 2^e overflows for subnormal flows (e > 1023): two exact halves.
    const e = -Math.ceil(Math.log2(m));
    const k1 = 2 ** (e >> 1);
    const k2 = 2 ** (e - (e >> 1));
    for (let t = 0; t <= deg; t++) b[t] = b[t]! * k1 * k2;
  }
  // One Halley step from r = 0 on h(x) = ln PV(inflows) - ln PV(outflows), x = ln(1 + r): h(0) is the log of
  // their ratio, h'(0) minus the gap between their mean times, h''(0) the difference of their time variances.
  // Flows of one sign (no IRR asked) give NaN here, and the start stays at 10%.
  const dPos = tPos / pos;
  const dNeg = tNeg / neg;
  const h = Math.log(pos / neg);
  const h1 = dNeg - dPos;
  const h2 = ttPos / pos - dPos * dPos - (ttNeg / neg - dNeg * dNeg);
  const den = 2 * h1 * h1 - h * h2;
  const x = den > 0 ? (-2 * h * h1) / den : h1 < -0.5 ? -h / h1 : Number.NaN;
  const est = Math.expm1(x);
  shape.start = est > -0.9 && est < 10 ? est : 0.1;
  return shape;
}

/**
 * Every rate r > -1 where NPV = 0, ascending, each once. Leading and trailing zero flows are dropped first (they add
 * roots only at r = infinity and r = -1, which are not rates). r >= 0 is searched as a polynomial in v = 1/(1+r) on
 * (0, 1]; r < 0 as the reversed polynomial in w = 1 + r on (0, 1).
 */
function allRoots(): number[] {
  // Neither search can return 0: the trimmed series' first and last flows (the polynomials' values there) are not 0.
  const out: number[] = [];
  for (const w of polyRootsIn(reversed(), deg, 0, 1)) if (w < 1) out.push(w - 1); // w = 1 (0%) comes from v below
  for (const v of polyRootsIn(buf, deg, 0, 1).reverse()) out.push(1 / v - 1);
  return out;
}

/**
 * The quoted root under {@link IRR_RULE}: the highest root in the window where NPV goes from + to - as r rises, or
 * null when there is none (flows that start positive, NPV that only touches zero). Signs between roots are read at
 * midpoints; below the lowest root NPV has the sign of the last flow (r -> -1), above the highest that of the first.
 */
function quoted(s: Shape, roots: number[]): number | null {
  for (let k = roots.length - 1; k >= 0; k--) {
    const r = roots[k]!;
    if (r < IRR_SCAN_MIN) break;
    const below = k === 0 ? s.sLast : Math.sign(npvSign(0.5 * (roots[k - 1]! + r)));
    const above = k === roots.length - 1 ? s.sFirst : Math.sign(npvSign(0.5 * (r + roots[k + 1]!)));
    if (below === 1 && above === -1) return r;
  }
  return null;
}

/** The rate of opposite sign found by the last two-change {@link fastValue}: the other root lies beyond it. */
let fastMid = 0;

/** The other root of a two-change series once {@link fastValue} found the quoted one (NaN if none). */
function otherRoot(s: Shape): number {
  const mid = fastMid;
  return s.sFirst === -1 ? bracketSolve(-1, mid, s.sLast, Number.NaN) : bracketSolve(mid, Infinity, -1, mid + 0.1);
}

/**
 * The fast answer for one or two sign changes (the usual mine profiles), or undefined to fall back to the full root
 * search. One change: exactly one root (Descartes). Two changes: zero or two roots; if NPV has the opposite sign of
 * the end flows at the guess or at 0%, there are exactly two, one on each side, and the rule picks one of them.
 */
function fastValue(s: Shape, guess: number | undefined): number | undefined {
  const r = fastRoot(s, guess);
  // NaN (no fast answer) fails this too.
  return r >= IRR_SCAN_MIN ? r : undefined;
}

/** NPV at `rate` clearly of the sign opposite to the end flows': a near-zero value may be a double root. */
function provesTwo(s: Shape, rate: number): boolean {
  const noise = 1e-12 * s.absSum;
  // Stryker disable next-line ArithmeticOperator: sFirst is 1 or -1, and dividing by it is multiplying
  return npvSign(rate) * s.sFirst < -noise;
}

/** The quoted root of a one- or two-change series (see {@link fastValue}), or NaN. */
function fastRoot(s: Shape, guess: number | undefined): number {
  if (s.changes === 1) {
    if (s.sFirst === 1) return Number.NaN; // a borrowing profile: no + to - crossing (irrDetail explains)
    return bracketSolve(-1, Infinity, s.sLast, guess ?? s.start);
  }
  if (s.changes !== 2) return Number.NaN;
  const g = guess ?? Number.NaN;
  let mid = g >= 0 ? g : 0.1;
  if (!provesTwo(s, mid)) {
    mid = 0;
    if (!provesTwo(s, 0)) return Number.NaN;
  }
  fastMid = mid;
  // Ends negative (closure after the payback): the + to - crossing is the upper root, near the one-outlay estimate
  // when that lies above the proven point; ends positive: the lower one.
  return s.sFirst === -1
    ? bracketSolve(mid, Infinity, 1, s.start > mid ? s.start : mid + 0.1)
    : bracketSolve(-1, mid, s.sLast, Number.NaN);
}

/** The answer for flows that rule out an IRR before any root is searched for (see {@link IrrNoteCode}). */
function noIrr(note: IrrNote): IrrDetail {
  return { multipleRoots: false, roots: [], outsideWindow: [], signChanges: note.changes, value: null, note };
}

/**
 * A note on flows with `changes` sign changes (`value`: the rate quoted beside a caution). A module function, not a
 * closure made per call: each closure costs an allocation (and, under the bench's tsx, a naming call).
 */
function irrNote(
  code: IrrNoteCode,
  changes: number,
  rates: number[] = [],
  outside: number[] = [],
  value?: number,
): IrrNote {
  const note: IrrNote = { code, rates, outside, changes };
  // Added, not spread in: spreading an object literal into another is a slow generic copy.
  if (value !== undefined) note.value = value;
  return note;
}

/**
 * Internal rate of return with the reasoning behind it. The value follows {@link IRR_RULE}; `roots` lists every
 * rate in the window where NPV = 0 and `outsideWindow` those between -100% and {@link IRR_SCAN_MIN}. `guess` only
 * seeds the iteration; it never changes the answer.
 */
export function irrDetail(flows: ArrayLike<number>, guess?: number): IrrDetail {
  const s = scan(flows);
  const changes = s.changes;
  if (!s.finite) return noIrr(irrNote('nonFinite', changes));
  if (changes === 0) {
    const code = s.sFirst === 0 ? 'allZero' : s.sFirst === -1 ? 'allNegative' : 'allPositive';
    return noIrr(irrNote(code, changes));
  }
  // The fast path's root is the quoted one; the full search adds the others (and replaces its copy of that root,
  // so irr() and irrDetail() agree to the last bit).
  const fast = fastValue(s, guess);
  let all: number[];
  if (fast === undefined) all = allRoots();
  else if (changes === 1) all = [fast];
  else {
    // Two changes and a point of opposite sign: exactly two roots (Descartes), one each side of it.
    const o = otherRoot(s);
    // Stryker disable next-line EqualityOperator: the two roots lie either side of the proven point, never equal
    all = Number.isFinite(o) ? (o < fast ? [o, fast] : [fast, o]) : [fast];
  }
  // One loop, not two filters: each filter allocates its callback and its array (three IRRs in every evaluation).
  const roots: number[] = [];
  const outsideWindow: number[] = [];
  for (const r of all) (r >= IRR_SCAN_MIN ? roots : outsideWindow).push(r);
  const value = fast ?? quoted(s, all);
  const out: IrrDetail = { value, multipleRoots: roots.length > 1, roots, outsideWindow, signChanges: changes };
  if (value === null) {
    // One change and no quoted root although one is in the window: flows that start positive.
    if (roots.length && changes === 1) out.note = irrNote('borrowing', changes, [roots[0]!]);
    else if (roots.length) out.note = irrNote('noCrossing', changes, roots, outsideWindow);
    else if (all.length) out.note = irrNote('belowWindowOnly', changes, all);
    else out.note = irrNote('neverZero', changes);
  } else if (roots.length > 1) out.note = irrNote('multiple', changes, roots, outsideWindow, value);
  else if (outsideWindow.length) out.note = irrNote('outsideWindow', changes, [], outsideWindow);
  return out;
}

/**
 * Internal rate of return as a fraction (0.1 = 10%), or null where none exists. Always equal to
 * `irrDetail(flows).value`: the same rule, with a fast path for one or two sign changes.
 */
export function irr(flows: ArrayLike<number>, guess?: number): number | null {
  const s = scan(flows);
  if (!s.finite || s.changes === 0) return null;
  const fast = fastValue(s, guess);
  if (fast !== undefined) return fast;
  return irrDetail(flows, guess).value;
}

// Why: IRR is the most quoted and most misread project metric. The engine needs it fast (Monte Carlo, charts)
// and honest: one rule picks the rate a technical report would quote, every other rate that solves NPV = 0 is listed,
// no rate at or below -100% is ever a root, and the app says when no IRR exists instead of printing a number.
import { coefficientSignChanges, polyAt, polyRootsIn } from './roots';

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
/** A Newton step this small means the iterate after it is exact to ~1e-16 (quadratic convergence), so stop there. */
const NEWTON_DONE = 1e-9;

// Scratch outputs of evalF (avoid allocating a tuple per evaluation).
let fVal = 0;
let fDer = 0;

/**
 * A function with the same roots and signs as NPV(r) on r > -1, and its derivative; results in fVal / fDer.
 * For r >= 0 it is NPV itself, by Horner's scheme in v = 1 / (1 + r). For r < 0 the discount factors grow
 * like (1 + r)^-t; there we use Q(w) = NPV(r) * w^(n-1) with w = 1 + r, a well-scaled polynomial (same sign, w > 0).
 */
function evalF(flows: ArrayLike<number>, lo: number, hi: number, r: number): void {
  if (r >= 0) {
    const v = 1 / (1 + r);
    let p = flows[hi]!;
    let dp = 0;
    for (let t = hi - 1; t >= lo; t--) {
      dp = dp * v + p;
      p = p * v + flows[t]!;
    }
    fVal = p;
    fDer = -v * v * dp;
  } else {
    const w = 1 + r;
    let q = flows[lo]!;
    let dq = 0;
    for (let t = lo + 1; t <= hi; t++) {
      dq = dq * w + q;
      q = q * w + flows[t]!;
    }
    fVal = q;
    fDer = dq;
  }
}

/** Sign-faithful NPV(r) (see evalF) without the derivative. */
function npvSign(flows: ArrayLike<number>, lo: number, hi: number, r: number): number {
  if (r >= 0) {
    const v = 1 / (1 + r);
    let p = flows[hi]!;
    for (let t = hi - 1; t >= lo; t--) p = p * v + flows[t]!;
    return p;
  }
  const w = 1 + r;
  let q = flows[lo]!;
  for (let t = lo + 1; t <= hi; t++) q = q * w + flows[t]!;
  return q;
}

/**
 * Safeguarded Newton on a bracket that holds exactly one root. `sLo` is the sign of NPV just above `lo` (lo may be
 * -1, the limit r -> -1+); `hi` may be Infinity. Returns the root (> -1) or NaN.
 */
function bracketSolve(
  flows: ArrayLike<number>,
  i0: number,
  i1: number,
  lo: number,
  hi: number,
  sLo: number,
  guess: number,
): number {
  let r = guess > lo && guess < hi ? guess : Number.isFinite(hi) ? 0.5 * (lo + hi) : Math.max(lo + 1, 0.1);
  for (let i = 0; i < MAX_ITER; i++) {
    evalF(flows, i0, i1, r);
    const f = fVal;
    if (f === 0) return r;
    if (!Number.isFinite(f) || (f > 0 ? 1 : -1) === sLo) lo = r;
    else hi = r;
    let next = r - f / fDer;
    if (next > lo && next < hi) {
      if (Math.abs(next - r) <= NEWTON_DONE * Math.max(1, Math.abs(r))) return next;
    } else if (!Number.isFinite(hi)) next = r + Math.max(1, Math.abs(r));
    else if (lo <= -1)
      next = -1 + 0.25 * (1 + hi); // approach -1 geometrically, not by halving
    else next = 0.5 * (lo + hi);
    if (Math.abs(next - r) <= REL_TOL * Math.max(1, Math.abs(r))) return next;
    if (Number.isFinite(hi) && hi - lo <= REL_TOL * Math.max(1, Math.abs(lo))) return 0.5 * (lo + hi);
    r = next;
  }
  return Number.isFinite(hi) ? 0.5 * (lo + hi) : Number.NaN;
}

/** Summary of a flow series: first/last non-zero index and sign, sign changes, finiteness. */
interface Shape {
  i0: number;
  i1: number;
  sFirst: number;
  sLast: number;
  changes: number;
  finite: boolean;
  /** Sum of |flows|: NPV at any r >= 0 smaller than a few ulps of it is indistinguishable from zero. */
  absSum: number;
  /**
   * A starting rate for one sign change: (inflows / outflows)^(1 / (their mean-time gap)) - 1, the IRR of the flows
   * collapsed to one outlay and one return at their centres of mass. Within a few points of the root for mine
   * profiles, so Newton needs three or four steps instead of six or seven from 10%.
   */
  start: number;
}
const shape: Shape = { i0: 0, i1: -1, sFirst: 0, sLast: 0, changes: 0, finite: true, absSum: 0, start: 0.1 };

function scan(flows: ArrayLike<number>): Shape {
  let prev = 0;
  shape.i0 = -1;
  shape.i1 = -1;
  shape.changes = 0;
  shape.sFirst = 0;
  shape.finite = true;
  let pos = 0;
  let neg = 0;
  let tPos = 0;
  let tNeg = 0;
  for (let t = 0; t < flows.length; t++) {
    const c = flows[t]!;
    if (c > 0 || c < 0) {
      if (c > 0) {
        pos += c;
        tPos += t * c;
      } else {
        neg -= c;
        tNeg -= t * c;
      }
      if (c === Infinity || c === -Infinity) shape.finite = false;
      const s = c > 0 ? 1 : -1;
      if (prev === 0) {
        shape.sFirst = s;
        shape.i0 = t;
      } else if (s !== prev) shape.changes++;
      prev = s;
      shape.i1 = t;
    } else if (c !== 0) shape.finite = false;
  }
  shape.sLast = prev;
  shape.absSum = pos + neg;
  const gap = pos > 0 && neg > 0 ? tPos / pos - tNeg / neg : 0;
  const est = gap > 0.5 ? (pos / neg) ** (1 / gap) - 1 : 0.1;
  shape.start = est > -0.9 && est < 10 ? est : 0.1;
  return shape;
}

/**
 * Every rate r > -1 where NPV = 0, ascending, each once. Leading and trailing zero flows are dropped first (they add
 * roots only at r = infinity and r = -1, which are not rates). r >= 0 is searched as a polynomial in v = 1/(1+r) on
 * (0, 1]; r < 0 as the reversed polynomial in w = 1 + r on (0, 1).
 */
function allRoots(flows: ArrayLike<number>, i0: number, i1: number): number[] {
  const deg = i1 - i0;
  const p = new Float64Array(deg + 1);
  const q = new Float64Array(deg + 1);
  for (let t = 0; t <= deg; t++) {
    p[t] = flows[i0 + t]!;
    q[deg - t] = flows[i0 + t]!;
  }
  const out: number[] = [];
  const neg = polyRootsIn(q, deg, 0, 1);
  for (const w of neg) if (w > 0 && w < 1) out.push(w - 1);
  const pos = polyRootsIn(p, deg, 0, 1);
  for (let k = pos.length - 1; k >= 0; k--) if (pos[k]! > 0) out.push(1 / pos[k]! - 1);
  return out;
}

/**
 * The quoted root under {@link IRR_RULE}: the highest root in the window where NPV goes from + to - as r rises, or
 * null when there is none (flows that start positive, NPV that only touches zero). Signs between roots are read at
 * midpoints; below the lowest root NPV has the sign of the last flow (r -> -1), above the highest that of the first.
 */
function quoted(flows: ArrayLike<number>, s: Shape, roots: number[]): number | null {
  for (let k = roots.length - 1; k >= 0; k--) {
    const r = roots[k]!;
    if (r < IRR_SCAN_MIN) break;
    const below = k === 0 ? s.sLast : Math.sign(npvSign(flows, s.i0, s.i1, 0.5 * (roots[k - 1]! + r)));
    const above = k === roots.length - 1 ? s.sFirst : Math.sign(npvSign(flows, s.i0, s.i1, 0.5 * (r + roots[k + 1]!)));
    if (below > 0 && above < 0) return r;
  }
  return null;
}

/** The rate of opposite sign found by the last two-change {@link fastValue}: the other root lies beyond it. */
let fastMid = 0;

/** The other root of a two-change series once {@link fastValue} found the quoted one (NaN if none). */
function otherRoot(flows: ArrayLike<number>, s: Shape): number {
  const mid = fastMid;
  return s.sFirst < 0
    ? bracketSolve(flows, s.i0, s.i1, -1, mid, s.sLast, 0.5 * (mid - 1))
    : bracketSolve(flows, s.i0, s.i1, mid, Infinity, -s.sFirst, mid + 0.1);
}

/**
 * The fast answer for one or two sign changes (the usual mine profiles), or undefined to fall back to the full root
 * search. One change: exactly one root (Descartes). Two changes: zero or two roots; if NPV has the opposite sign of
 * the end flows at the guess or at 0%, there are exactly two, one on each side, and the rule picks one of them.
 */
function fastValue(flows: ArrayLike<number>, s: Shape, guess: number | undefined): number | null | undefined {
  if (s.changes === 1) {
    if (s.sFirst > 0) return undefined; // a borrowing profile: no + to - crossing (irrDetail explains)
    const r = bracketSolve(flows, s.i0, s.i1, -1, Infinity, s.sLast, guess ?? s.start);
    return Number.isFinite(r) && r >= IRR_SCAN_MIN ? r : undefined;
  }
  if (s.changes !== 2) return undefined;
  // Only a value clearly of the opposite sign proves two simple roots (a near-zero one may be a double root).
  const noise = 1e-12 * s.absSum;
  let mid = guess !== undefined && guess >= 0 ? guess : 0.1;
  let fm = npvSign(flows, s.i0, s.i1, mid);
  if (!(fm * -s.sFirst > noise)) {
    mid = 0;
    fm = npvSign(flows, s.i0, s.i1, 0);
    if (!(fm * -s.sFirst > noise)) return undefined;
  }
  fastMid = mid;
  // Ends negative (closure after the payback): the + to - crossing is the upper root; ends positive: the lower one.
  const r =
    s.sFirst < 0
      ? bracketSolve(flows, s.i0, s.i1, mid, Infinity, -s.sFirst, mid + 0.1)
      : bracketSolve(flows, s.i0, s.i1, -1, mid, s.sLast, 0.5 * (mid - 1));
  return Number.isFinite(r) && r >= IRR_SCAN_MIN ? r : undefined;
}

/**
 * Internal rate of return with the reasoning behind it. The value follows {@link IRR_RULE}; `roots` lists every
 * rate in the window where NPV = 0 and `outsideWindow` those between -100% and {@link IRR_SCAN_MIN}. `guess` only
 * seeds the iteration; it never changes the answer.
 */
export function irrDetail(flows: ArrayLike<number>, guess?: number): IrrDetail {
  const s = scan(flows);
  const changes = s.changes;
  const base = { multipleRoots: false, roots: [] as number[], outsideWindow: [] as number[], signChanges: changes };
  const note = (code: IrrNoteCode, rates: number[] = [], outside: number[] = [], value?: number): IrrNote => ({
    code,
    rates,
    outside,
    changes,
    ...(value === undefined ? {} : { value }),
  });
  if (!s.finite) return { ...base, value: null, note: note('nonFinite') };
  if (changes === 0) {
    const code = s.sFirst === 0 ? 'allZero' : s.sFirst < 0 ? 'allNegative' : 'allPositive';
    return { ...base, value: null, note: note(code) };
  }
  // The fast path's root is the quoted one; the full search adds the others (and replaces its copy of that root,
  // so irr() and irrDetail() agree to the last bit).
  const fast = fastValue(flows, s, guess);
  let all: number[];
  if (typeof fast !== 'number') all = allRoots(flows, s.i0, s.i1);
  else if (changes === 1) all = [fast];
  else {
    // Two changes and a point of opposite sign: exactly two roots (Descartes), one each side of it.
    const o = otherRoot(flows, s);
    all = Number.isFinite(o) ? (o < fast ? [o, fast] : [fast, o]) : [fast];
  }
  const roots = all.filter((r) => r >= IRR_SCAN_MIN);
  const outsideWindow = all.filter((r) => r < IRR_SCAN_MIN);
  const value = typeof fast === 'number' ? fast : quoted(flows, s, all);
  const out: IrrDetail = { value, multipleRoots: roots.length > 1, roots, outsideWindow, signChanges: changes };
  if (value === null) {
    if (roots.length && s.sFirst > 0 && changes === 1) out.note = note('borrowing', [roots[0]!]);
    else if (roots.length) out.note = note('noCrossing', roots, outsideWindow);
    else if (all.length) out.note = note('belowWindowOnly', all);
    else out.note = note('neverZero');
  } else if (roots.length > 1) out.note = note('multiple', roots, outsideWindow, value);
  else if (outsideWindow.length) out.note = note('outsideWindow', [], outsideWindow);
  return out;
}

/**
 * Internal rate of return as a fraction (0.1 = 10%), or null where none exists. Always equal to
 * `irrDetail(flows).value`: the same rule, with a fast path for one or two sign changes.
 */
export function irr(flows: ArrayLike<number>, guess?: number): number | null {
  const s = scan(flows);
  if (!s.finite || s.changes === 0) return null;
  const fast = fastValue(flows, s, guess);
  if (fast !== undefined) return fast;
  return irrDetail(flows, guess).value;
}

/** Exported for tests: Descartes' bound and Horner on a coefficient array. */
export const _internal = { coefficientSignChanges, polyAt };

// Why: IRR is the most quoted and most misread project metric. The engine needs it fast (Monte Carlo, charts)
// and honest: it must say when no IRR exists and when several rates solve NPV = 0, instead of printing a number.

/** Full IRR answer: the value (or null), why it is null, and whether several rates solve NPV = 0. */
export interface IrrDetail {
  /** The IRR as a fraction (0.1 = 10%), or null when none exists in the searched range. */
  value: number | null;
  /** Plain-English reason when `value` is null, or a caution when several roots exist. */
  reason?: string;
  /** True when the flows change sign more than once or more than one root was found. */
  multipleRoots: boolean;
  /** Every root found, ascending (fractions). */
  roots: number[];
  /** Number of sign changes in the flow series (zeros ignored). */
  signChanges: number;
}

/** Search window used when more than two sign changes force a scan. */
export const IRR_SCAN_MIN = -0.99;
export const IRR_SCAN_MAX = 10;

const MAX_ITER = 100;
const REL_TOL = 1e-13;
/** A Newton step this small means the iterate after it is exact to ~1e-16 (quadratic convergence), so stop there. */
const NEWTON_DONE = 1e-9;

// Grid for the multi-root scan on (-0.99, 10]: dense near usual rates, coarser further out.
const GRID: Float64Array = (() => {
  const pts: number[] = [];
  for (let r = -0.99; r < -0.2; r += 0.01) pts.push(r);
  for (let r = -0.2; r < 1; r += 0.0025) pts.push(r);
  for (let r = 1; r < 3; r += 0.02) pts.push(r);
  for (let r = 3; r <= IRR_SCAN_MAX + 1e-9; r += 0.1) pts.push(r);
  return Float64Array.from(pts);
})();

// Scratch outputs of evalF (avoid allocating a tuple per evaluation).
let fVal = 0;
let fDer = 0;

/**
 * A function with the same roots and signs as NPV(r), and its derivative in r; results in fVal / fDer.
 * For r >= 0 it is NPV itself, by Horner's scheme in v = 1 / (1 + r). For r < 0 the discount factors grow
 * like (1 + r)^-t and Newton on NPV crawls; there we use Q(w) = NPV(r) * w^(n-1) with w = 1 + r, a polynomial
 * in w <= 1 that is well scaled (same sign, same roots, since w > 0).
 */
function evalF(flows: ArrayLike<number>, r: number): void {
  const n = flows.length;
  if (r >= 0) {
    const v = 1 / (1 + r);
    let p = flows[n - 1]!;
    let dp = 0;
    for (let t = n - 2; t >= 0; t--) {
      dp = dp * v + p;
      p = p * v + flows[t]!;
    }
    fVal = p;
    fDer = -v * v * dp;
  } else {
    const w = 1 + r;
    let q = flows[0]!;
    let dq = 0;
    for (let t = 1; t < n; t++) {
      dq = dq * w + q;
      q = q * w + flows[t]!;
    }
    fVal = q;
    fDer = dq;
  }
}

/** Sign-faithful NPV(r) (see evalF), without the derivative. */
function npvAt(flows: ArrayLike<number>, r: number): number {
  const n = flows.length;
  if (r >= 0) {
    const v = 1 / (1 + r);
    let p = flows[n - 1]!;
    for (let t = n - 2; t >= 0; t--) p = p * v + flows[t]!;
    return p;
  }
  const w = 1 + r;
  let q = flows[0]!;
  for (let t = 1; t < n; t++) q = q * w + flows[t]!;
  return q;
}

// Sign summary of the last scanned series.
let sFirst = 0;
let sLast = 0;
let allFinite = true;

function countSignChanges(flows: ArrayLike<number>): number {
  let changes = 0;
  let prev = 0;
  sFirst = 0;
  allFinite = true;
  for (let t = 0; t < flows.length; t++) {
    const c = flows[t]!;
    if (c > 0 || c < 0) {
      const s = c > 0 ? 1 : -1;
      if (prev === 0) sFirst = s;
      else if (s !== prev) changes++;
      prev = s;
    } else if (c !== 0) {
      allFinite = false;
    }
    if (c === Infinity || c === -Infinity) allFinite = false;
  }
  sLast = prev;
  return changes;
}

/**
 * Safeguarded Newton on a bracket. `sLo` is the sign of NPV just above `lo` (lo may be -1, meaning the limit r -> -1+);
 * `hi` may be Infinity. The sign at `hi` is -sLo. Returns the root or NaN.
 */
function bracketSolve(flows: ArrayLike<number>, lo: number, hi: number, sLo: number, guess: number): number {
  let r = guess > lo && guess < hi ? guess : Number.isFinite(hi) ? 0.5 * (lo + hi) : Math.max(lo + 1, 0.1);
  for (let i = 0; i < MAX_ITER; i++) {
    evalF(flows, r);
    const f = fVal;
    if (f === 0) return r;
    if (!Number.isFinite(f)) {
      // Overflow near r = -1: the sign there is the sign of the last flow, i.e. the low side.
      lo = r;
    } else if ((f > 0 ? 1 : -1) === sLo) lo = r;
    else hi = r;
    let next = r - f / fDer;
    if (next > lo && next < hi) {
      if (Math.abs(next - r) <= NEWTON_DONE * Math.max(1, Math.abs(r))) return next;
    } else {
      if (!Number.isFinite(hi)) next = r + Math.max(1, Math.abs(r));
      else if (lo <= -1) next = -1 + 0.25 * (1 + hi); // approach -1 geometrically, not by halving
      else next = 0.5 * (lo + hi);
    }
    if (Math.abs(next - r) <= REL_TOL * Math.max(1, Math.abs(r))) return next;
    if (Number.isFinite(hi) && hi - lo <= REL_TOL * Math.max(1, Math.abs(lo))) return 0.5 * (lo + hi);
    r = next;
  }
  return Number.isFinite(hi) ? 0.5 * (lo + hi) : Number.NaN;
}

/** Plain damped Newton from `guess` (no bracket). Returns the root or NaN. */
function newton(flows: ArrayLike<number>, guess: number): number {
  let r = guess;
  for (let i = 0; i < MAX_ITER; i++) {
    evalF(flows, r);
    if (fVal === 0) return r;
    if (!Number.isFinite(fVal) || fDer === 0 || !Number.isFinite(fDer)) return Number.NaN;
    let step = fVal / fDer;
    const maxStep = Math.max(0.5, Math.abs(r));
    if (Math.abs(step) > maxStep) step = Math.sign(step) * maxStep;
    let next = r - step;
    if (next <= -1) next = 0.5 * (r - 1);
    if (Math.abs(next - r) <= NEWTON_DONE * Math.max(1, Math.abs(r))) return next;
    r = next;
  }
  return Number.NaN;
}

/** Roots by scanning the grid on (-0.99, 10] for sign changes and solving each bracket. */
function scanRoots(flows: ArrayLike<number>): number[] {
  const roots: number[] = [];
  let rPrev = GRID[0]!;
  let fPrev = npvAt(flows, rPrev);
  if (fPrev === 0) roots.push(rPrev);
  for (let k = 1; k < GRID.length; k++) {
    const r = GRID[k]!;
    const f = npvAt(flows, r);
    if (f === 0) roots.push(r);
    else if (fPrev !== 0 && (f > 0) !== (fPrev > 0)) {
      const root = bracketSolve(flows, rPrev, r, fPrev > 0 ? 1 : -1, 0.5 * (rPrev + r));
      if (Number.isFinite(root)) roots.push(root);
    }
    rPrev = r;
    fPrev = f;
  }
  return roots;
}

function pct(r: number): string {
  return `${(r * 100).toFixed(1)}%`;
}

function nearest(roots: number[], guess: number): number {
  let best = roots[0]!;
  for (const r of roots) if (Math.abs(r - guess) < Math.abs(best - guess)) best = r;
  return best;
}

/**
 * Internal rate of return with the reasoning behind it.
 *
 * - No sign change (all positive, all negative, all zero): `value` null with the reason.
 * - One sign change: exactly one IRR exists (Descartes' rule of signs); solved by safeguarded Newton.
 * - Two sign changes: zero or two roots; one is found by Newton and the other by bracketing on the side it must lie.
 * - More: the window (-0.99, 10] is scanned for sign changes and each bracket is solved.
 * When several roots exist, `value` is the root nearest `guess` (Excel's behaviour with its default guess of 10%)
 * and `multipleRoots` is true with a caution in `reason`.
 */
export function irrDetail(flows: ArrayLike<number>, guess = 0.1): IrrDetail {
  const n = flows.length;
  const changes = countSignChanges(flows);
  if (!allFinite) {
    return { value: null, reason: 'Cash flows contain a non-finite value: IRR is undefined.', multipleRoots: false, roots: [], signChanges: changes };
  }
  if (n < 2 || changes === 0) {
    const reason =
      sFirst === 0
        ? 'All cash flows are zero: IRR is undefined.'
        : sFirst < 0
          ? 'Cash flows never change sign (all negative or zero, so the project never pays back): IRR is undefined.'
          : 'Cash flows never change sign (all positive or zero, no investment to earn a return on): IRR is undefined.';
    return { value: null, reason, multipleRoots: false, roots: [], signChanges: changes };
  }
  if (changes === 1) {
    const r = bracketSolve(flows, -1, Infinity, sLast, guess);
    if (Number.isFinite(r)) {
      if (sFirst > 0) {
        const reason = 'Cash flows start positive and turn negative (no up-front investment): this IRR is a borrowing rate, not a return; judge the project on NPV.';
        return { value: r, reason, multipleRoots: false, roots: [r], signChanges: 1 };
      }
      return { value: r, multipleRoots: false, roots: [r], signChanges: 1 };
    }
    return { value: null, reason: 'IRR did not converge.', multipleRoots: false, roots: [], signChanges: 1 };
  }
  let roots: number[];
  if (changes === 2) {
    const sEnd = sLast; // equal to sFirst with an even number of changes
    const r1 = newton(flows, guess);
    if (Number.isFinite(r1)) {
      evalF(flows, r1);
      const sRight = fDer > 0 ? 1 : fDer < 0 ? -1 : 0;
      let r2 = Number.NaN;
      if (sRight !== 0) {
        const eps = 1e-7 * Math.max(1, Math.abs(r1));
        if (sRight !== sEnd) r2 = bracketSolve(flows, r1 + eps, Infinity, sRight, r1 + 0.1);
        else r2 = bracketSolve(flows, -1, r1 - eps, sEnd, 0.5 * (r1 - 1));
      }
      roots = Number.isFinite(r2) && Math.abs(r2 - r1) > 1e-9 ? [r1, r2].sort((a, b) => a - b) : [r1];
    } else {
      roots = scanRoots(flows);
    }
  } else {
    roots = scanRoots(flows);
  }
  if (roots.length === 0) {
    return {
      value: null,
      reason: `Cash flows change sign ${changes} times but NPV is never zero between ${pct(IRR_SCAN_MIN)} and ${pct(IRR_SCAN_MAX)}: IRR is undefined.`,
      multipleRoots: true,
      roots,
      signChanges: changes,
    };
  }
  const value = nearest(roots, guess);
  const reason =
    roots.length > 1
      ? `Cash flows change sign ${changes} times (for example closure costs after the last revenue year); NPV is zero at ${roots.map(pct).join(' and ')}. The IRR shown is the root nearest ${pct(guess)}; judge the project on NPV.`
      : `Cash flows change sign ${changes} times; only one IRR was found, but IRR rankings are unreliable for such flows.`;
  return { value, reason, multipleRoots: true, roots, signChanges: changes };
}

/**
 * Internal rate of return as a fraction (0.1 = 10%), or null where none exists (no sign change, all negative, ...).
 * Fast path for the usual single sign change; see {@link irrDetail} for the reason and multiple-root flag.
 * @param guess starting point; with several roots the one nearest the guess is returned (default 0.1, as Excel).
 */
export function irr(flows: ArrayLike<number>, guess = 0.1): number | null {
  const changes = countSignChanges(flows);
  if (!allFinite || changes === 0 || flows.length < 2) return null;
  if (changes === 1) {
    const r = bracketSolve(flows, -1, Infinity, sLast, guess);
    return Number.isFinite(r) ? r : null;
  }
  if (changes === 2) {
    // Zero or two roots. Newton finds one; the other is solved only if it could be nearer the guess.
    const sEnd = sLast;
    const r1 = newton(flows, guess);
    if (Number.isFinite(r1)) {
      // fDer is still the derivative at the last iterate, within 1e-9 of r1: same sign as at r1.
      const sRight = fDer > 0 ? 1 : fDer < 0 ? -1 : 0;
      if (sRight === 0) return r1;
      const otherOnRight = sRight !== sEnd;
      const d = Math.abs(r1 - guess);
      if (otherOnRight ? r1 >= guess : r1 <= guess) return r1;
      const probe = otherOnRight ? guess + d : guess - d;
      if (probe <= -1) return r1;
      const fp = npvAt(flows, probe);
      if (fp === 0 || (fp > 0 ? 1 : -1) !== sEnd) return r1;
      const eps = 1e-7 * Math.max(1, Math.abs(r1));
      const r2 = otherOnRight
        ? bracketSolve(flows, r1 + eps, probe, sRight, 0.5 * (r1 + probe))
        : bracketSolve(flows, probe, r1 - eps, sEnd, 0.5 * (r1 + probe));
      return Number.isFinite(r2) && Math.abs(r2 - guess) < d ? r2 : r1;
    }
  }
  return irrDetail(flows, guess).value;
}

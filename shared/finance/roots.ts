// Why: an IRR is a root of a polynomial, and a polynomial can have close roots, double roots and roots a grid scan
// steps over. This finds every real root of a polynomial on an interval by isolating them between the roots of its
// derivative (recursively), pruned by Descartes' rule of signs, so no root is missed and a double root counts once.

/** Sign changes in a coefficient sequence, zeros ignored (Descartes: an upper bound on the positive roots). */
export function coefficientSignChanges(p: ArrayLike<number>, deg: number): number {
  let changes = 0;
  let prev = 0;
  for (let t = 0; t <= deg; t++) {
    const s = Math.sign(p[t]!);
    if (s === 0) continue;
    if (s === -prev) changes++;
    prev = s;
  }
  return changes;
}

/**
 * Evaluations of a polynomial ({@link polyAt} or a Newton step) since the last {@link polyRootsIn} call began: the
 * root finder's cost (Descartes' rule and the one-sign-change shortcut exist to save them).
 */
let evaluations = 0;
export function lastRootEvaluations(): number {
  return evaluations;
}

/** p(x) by Horner's scheme; coefficients ascending (p[0] + p[1] x + ...). */
export function polyAt(p: ArrayLike<number>, deg: number, x: number): number {
  evaluations++;
  let y = p[deg]!;
  for (let t = deg - 1; t >= 0; t--) y = y * x + p[t]!;
  return y;
}

/** Whether y = p(x) (x >= 0, from {@link polyAt}) is within Horner's rounding-error bound: not told from zero. */
function isNoise(p: ArrayLike<number>, deg: number, x: number, y: number): boolean {
  let m = Math.abs(p[deg]!);
  for (let t = deg - 1; t >= 0; t--) m = m * x + Math.abs(p[t]!);
  return Math.abs(y) <= 4 * (deg + 1) * Number.EPSILON * m;
}

/**
 * The root of p in [a, b], where p(a) and p(b) have opposite signs and p is monotone: Newton kept in the bracket
 * (a step leaving it bisects instead), at most 200 steps.
 */
function solveBracket(p: ArrayLike<number>, deg: number, a: number, b: number, fa: number): number {
  let lo = a;
  let hi = b;
  const sLo = Math.sign(fa);
  let x = 0.5 * (a + b);
  for (let i = 0; i < 200; i++) {
    evaluations++;
    let y = p[deg]!;
    let dy = 0;
    for (let t = deg - 1; t >= 0; t--) {
      dy = dy * x + y;
      y = y * x + p[t]!;
    }
    if (Math.sign(y) === sLo) lo = x;
    else hi = x;
    let next = x - y / dy;
    // A step that rounds to nothing (y = 0 included) has converged. It lands on x, now a bracket end, where
    // bisecting would throw the converged x away and, when Newton overshoots from the other side, bisect all the way.
    if (next === x) return x;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    // Converged when the step is below 4 ulps. (Once the bracket is that narrow, every step is.)
    if (Math.abs(next - x) <= 4 * Number.EPSILON * x) return next;
    x = next;
  }
  // Only a root within about 2^-200 of a = 0 gets here: bisection towards 0 is slow and the bracket is that wide.
  return 0.5 * (lo + hi);
}

/**
 * Every distinct real root of p (degree `deg`, ascending coefficients) in [a, b] with 0 <= a < b, ascending.
 * Between two consecutive roots of p' the polynomial is monotone, so each such stretch holds at most one root; a
 * root of p' where p is zero (to rounding) is a multiple root and is listed once.
 */
export function polyRootsIn(p: ArrayLike<number>, deg: number, a: number, b: number): number[] {
  evaluations = 0;
  return rootsIn(p, deg, a, b);
}

function rootsIn(p: ArrayLike<number>, deg: number, a: number, b: number): number[] {
  // Leading zeros dropped; an all-zero p ends at deg = -1 (p[-1] is undefined).
  while (p[deg] === 0) deg--;
  if (deg < 1) return []; // a constant has no isolated root
  if (p[0] === 0) {
    // x = 0 is a root, which Descartes' rule (positive roots) does not count: the others are the roots of p / x.
    const q = new Float64Array(deg);
    for (let t = 1; t <= deg; t++) q[t - 1] = p[t]!;
    const rest = rootsIn(q, deg - 1, a, b);
    return a === 0 && rest[0] !== 0 ? [0, ...rest] : rest;
  }
  const changes = coefficientSignChanges(p, deg);
  if (changes === 0) return []; // no positive root at all
  const fa = polyAt(p, deg, a);
  const za = isNoise(p, deg, a, fa);
  if (changes === 1) {
    // Exactly one positive root: it lies in [a, b] iff p changes sign there (or vanishes at an end).
    if (za) return [a];
    const fb = polyAt(p, deg, b);
    if (isNoise(p, deg, b, fb)) return [b];
    return Math.sign(fa) !== Math.sign(fb) ? [solveBracket(p, deg, a, b, fa)] : [];
  }
  const d = new Float64Array(deg);
  for (let t = 1; t <= deg; t++) d[t - 1] = t * p[t]!;
  const out: number[] = za ? [a] : [];
  let x0 = a;
  let f0 = fa;
  let z0 = za;
  for (const x1 of [...rootsIn(d, deg - 1, a, b), b]) {
    if (x1 <= x0) continue; // a root of p' at a, or at b listed again
    const f1 = polyAt(p, deg, x1);
    const z1 = isNoise(p, deg, x1, f1);
    if (z1) out.push(x1);
    else if (!z0 && Math.sign(f0) !== Math.sign(f1)) out.push(solveBracket(p, deg, x0, x1, f0));
    x0 = x1;
    f0 = f1;
    z0 = z1;
  }
  return out;
}

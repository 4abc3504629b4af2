// Why: an IRR is a root of a polynomial, and a polynomial can have close roots, double roots and roots a grid scan
// steps over. This finds every real root of a polynomial on an interval by isolating them between the roots of its
// derivative (recursively), pruned by Descartes' rule of signs, so no root is missed and a double root counts once.

/** Sign changes in a coefficient sequence, zeros ignored (Descartes: an upper bound on the positive roots). */
export function coefficientSignChanges(p: ArrayLike<number>, deg: number): number {
  let changes = 0;
  let prev = 0;
  for (let t = 0; t <= deg; t++) {
    const c = p[t]!;
    if (c === 0) continue;
    const s = c > 0 ? 1 : -1;
    if (prev !== 0 && s !== prev) changes++;
    prev = s;
  }
  return changes;
}

/** p(x) by Horner's scheme; coefficients ascending (p[0] + p[1] x + ...). */
export function polyAt(p: ArrayLike<number>, deg: number, x: number): number {
  let y = p[deg]!;
  for (let t = deg - 1; t >= 0; t--) y = y * x + p[t]!;
  return y;
}

/** Rounding-error bound of {@link polyAt} at x (x >= 0): |p(x)| below it cannot be told from zero. */
function noiseAt(p: ArrayLike<number>, deg: number, x: number): number {
  let y = Math.abs(p[deg]!);
  for (let t = deg - 1; t >= 0; t--) y = y * x + Math.abs(p[t]!);
  return 4 * (deg + 1) * Number.EPSILON * y;
}

/** The root of p in [a, b], where p(a) and p(b) have opposite signs and p is monotone: Newton kept in the bracket. */
function solveBracket(p: ArrayLike<number>, deg: number, a: number, b: number, fa: number): number {
  let lo = a;
  let hi = b;
  const sLo = fa > 0 ? 1 : -1;
  let x = 0.5 * (a + b);
  for (let i = 0; i < 200; i++) {
    let y = p[deg]!;
    let dy = 0;
    for (let t = deg - 1; t >= 0; t--) {
      dy = dy * x + y;
      y = y * x + p[t]!;
    }
    if (y === 0) return x;
    if ((y > 0 ? 1 : -1) === sLo) lo = x;
    else hi = x;
    let next = x - y / dy;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 4 * Number.EPSILON * Math.abs(x) || hi - lo <= 4 * Number.EPSILON * Math.abs(hi)) {
      return next;
    }
    x = next;
  }
  return 0.5 * (lo + hi);
}

/**
 * Every distinct real root of p (degree `deg`, ascending coefficients) in [a, b] with 0 <= a < b, ascending.
 * Between two consecutive roots of p' the polynomial is monotone, so each such stretch holds at most one root; a
 * root of p' where p is zero (to rounding) is a multiple root and is listed once.
 */
export function polyRootsIn(p: ArrayLike<number>, deg: number, a: number, b: number): number[] {
  while (deg > 0 && p[deg] === 0) deg--;
  if (deg <= 0) return [];
  const changes = coefficientSignChanges(p, deg);
  if (changes === 0) return []; // no positive root at all
  const fa = polyAt(p, deg, a);
  const fb = polyAt(p, deg, b);
  const za = Math.abs(fa) <= noiseAt(p, deg, a);
  const zb = Math.abs(fb) <= noiseAt(p, deg, b);
  if (changes === 1) {
    // Exactly one positive root: it lies in [a, b] iff p changes sign there (or vanishes at an end).
    if (za) return [a];
    if (zb) return [b];
    return fa > 0 !== fb > 0 ? [solveBracket(p, deg, a, b, fa)] : [];
  }
  const d = new Float64Array(deg);
  for (let t = 1; t <= deg; t++) d[t - 1] = t * p[t]!;
  const crit = polyRootsIn(d, deg - 1, a, b);
  const out: number[] = [];
  let x0 = a;
  let f0 = fa;
  let z0 = za;
  if (za) out.push(a);
  const pts = crit.length && crit[crit.length - 1] === b ? crit : [...crit, b];
  for (const x1 of pts) {
    if (x1 <= x0) continue;
    const f1 = x1 === b ? fb : polyAt(p, deg, x1);
    const z1 = x1 === b ? zb : Math.abs(f1) <= noiseAt(p, deg, x1);
    if (z1) out.push(x1);
    else if (!z0 && f0 > 0 !== f1 > 0) out.push(solveBracket(p, deg, x0, x1, f0));
    x0 = x1;
    f0 = f1;
    z0 = z1;
  }
  return out;
}

// Why: Monte Carlo results must be reproducible from a seed on every platform (Node, browser, Worker), so the
// engine carries its own small PRNG and samplers instead of Math.random.

/** A seeded uniform generator on [0, 1). */
export interface Rng {
  next(): number;
  /** Standard normal draw. */
  normal(): number;
}

/**
 * sfc32 generator seeded through splitmix32: fast, 128-bit state, passes PractRand to large sizes.
 * The same seed gives the same sequence everywhere.
 *
 * A class, not closures: every generator then shares one `next` and one `normal`, so the samplers' call sites see
 * the same target in every run. With fresh closures per run, each Monte Carlo run threw away the optimised code of
 * the samplers that had inlined the previous run's generator.
 */
class Sfc32 implements Rng {
  // The state lives in a typed array: fields or closure variables holding values up to 2^32 are boxed on every
  // write (a heap number each), which made the generator the Monte Carlo's main garbage source.
  private readonly st = new Uint32Array(4);
  private readonly spare = new Float64Array(1);
  private hasSpare = false;

  constructor(seed: number) {
    let s = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      this.st[i] = (z ^ (z >>> 16)) >>> 0;
    }
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const st = this.st;
    const a = st[0]!;
    const b = st[1]!;
    const c = st[2]!;
    const d = st[3]!;
    const t = (((a + b) >>> 0) + d) >>> 0;
    st[3] = d + 1;
    st[0] = b ^ (b >>> 9);
    st[1] = c + (c << 3);
    st[2] = ((c << 21) | (c >>> 11)) + t;
    return t / 4294967296;
  }

  normal(): number {
    // Marsaglia polar method; caches the second variate.
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare[0]!;
    }
    let u: number, v: number, q: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      q = u * u + v * v;
    } while (q >= 1 || q === 0);
    const m = Math.sqrt((-2 * Math.log(q)) / q);
    this.spare[0] = v * m;
    this.hasSpare = true;
    return u * m;
  }
}

/** A seeded generator (see {@link Sfc32}). */
export function createRng(seed: number): Rng {
  return new Sfc32(seed);
}

/** Lognormal multiplier with median 1: exp(sigma * z). `z` is a standard normal draw. */
export function lognormalFromZ(sigma: number, z: number): number {
  return Math.exp(sigma * z);
}

/** Triangular(min, mode, max) by inverse CDF of a uniform `u`. */
export function triangular(u: number, min: number, mode: number, max: number): number {
  if (max <= min) return mode;
  const fc = (mode - min) / (max - min);
  return u < fc
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** Gamma(shape, 1) by Marsaglia–Tsang (shape >= 1; boosted for shape < 1). */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(rng.next() || 1e-300, 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** PERT(min, mode, max) with the usual lambda = 4: a scaled Beta distribution. */
export function pert(rng: Rng, min: number, mode: number, max: number, lambda = 4): number {
  if (max <= min) return mode;
  const a = 1 + (lambda * (mode - min)) / (max - min);
  const b = 1 + (lambda * (max - mode)) / (max - min);
  const x = gamma(rng, a);
  const y = gamma(rng, b);
  return min + (x / (x + y)) * (max - min);
}

/**
 * Cholesky factor L (lower triangular, row-major n x n) with L L^T = m. Returns null when `m` is not positive definite.
 */
export function cholesky(m: number[][]): Float64Array | null {
  const n = m.length;
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i]![j]!;
      for (let k = 0; k < j; k++) sum -= L[i * n + k]! * L[j * n + k]!;
      if (i === j) {
        if (!(sum > 1e-12)) return null;
        L[i * n + i] = Math.sqrt(sum);
      } else L[i * n + j] = sum / L[j * n + j]!;
    }
  }
  return L;
}

/** Percentile with linear interpolation between order statistics (Excel PERCENTILE.INC); `sorted` ascending, p in [0, 1]. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const x = p * (n - 1);
  const lo = Math.floor(x);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (x - lo);
}

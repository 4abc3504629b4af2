// Why: the tornado of Monte Carlo drivers needs each sampled driver's correlation with NPV. Accumulated trial by trial
// as the trials run (Welford's update, stable without knowing the means in advance), it keeps no per-driver arrays
// and makes no passes over them after the run: nine two-pass Pearson sums over 10,000 trials were a tenth of a cold
// run, most of it in the interpreter.

/** Running means and centred second moments of k drivers and of NPV, and the drivers' co-moments with NPV. */
export interface Comoments {
  n: number;
  meanY: number;
  m2Y: number;
  meanX: Float64Array;
  m2X: Float64Array;
  cXY: Float64Array;
}

export function newComoments(k: number): Comoments {
  return {
    n: 0,
    meanY: 0,
    m2Y: 0,
    meanX: new Float64Array(k),
    m2X: new Float64Array(k),
    cXY: new Float64Array(k),
  };
}

/** One trial: its k driver values `x` and its NPV `y`. */
export function addTrial(m: Comoments, x: Float64Array, y: number): void {
  const n = ++m.n;
  const dy = y - m.meanY;
  m.meanY += dy / n;
  const dyAfter = y - m.meanY;
  m.m2Y += dy * dyAfter;
  const { meanX, m2X, cXY } = m;
  // Stryker disable next-line EqualityOperator: one slot past the end reads undefined, and its writes are dropped.
  for (let j = 0; j < meanX.length; j++) {
    const dx = x[j]! - meanX[j]!;
    meanX[j]! += dx / n;
    m2X[j]! += dx * (x[j]! - meanX[j]!);
    cXY[j]! += dx * dyAfter;
  }
}

/** Pearson correlation of driver j with NPV; 0 when either never varied. */
export function correlation(m: Comoments, j: number): number {
  const d = m.m2X[j]! * m.m2Y;
  return d > 0 ? m.cXY[j]! / Math.sqrt(d) : 0;
}

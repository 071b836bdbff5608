import type { DiscrepancyMethod } from "../DiscrepancyMethod.js";

/**
 * A point set prepared for the O(n² d) pair sums of one L2 discrepancy, in the centered form
 *
 *   D² = (1/n²) Σ_{i,j} K̄(x_i, x_j),  K̄(x, y) = K(x, y) − g(x) − g(y) + c,
 *
 * where K(x, y) = Π_k f(x_k, y_k) is the method's reproducing kernel, g(x) = ∫ K(x, y) dy and
 * c = ∫∫ K. This is algebraically scipy's `c − (2/n) Σ g(x_i) + (1/n²) Σ K(x_i, x_j)`, but the large
 * constants cancel inside each term instead of once at the end, so a small discrepancy keeps its
 * relative accuracy (scipy's form loses up to ~1e-8 relative at n = 1000 in low dimension).
 *
 * Every one-dimensional factor has the form f(x, y) = α(x) + α(y) − t·(β − γ·t) with t = |X(x) − X(y)|,
 * X a power-of-two multiple of x (exact):
 *
 * | method  | f(x, y) (scipy / Hickernell)                         | α            | X    | β   | γ   |
 * | ------- | ---------------------------------------------------- | ------------ | ---- | --- | --- |
 * | CD      | 1 + ½|x−½| + ½|y−½| − ½|x−y|                         | ½ + ½|x−½|   | x/2  | 1   | 0   |
 * | WD      | 3/2 − |x−y| + (x−y)²                                 | ¾            | x    | 1   | 1   |
 * | MD      | 15/8 − ¼|x−½| − ¼|y−½| − ¾|x−y| + ½(x−y)²            | 15/16 − ¼|x−½| | x  | ¾   | ½   |
 * | L2-star | 1 − max(x, y)                                        | ½ − ½x       | x/2  | 1   | 0   |
 * | SD      | 2 − 2|x−y| (Hickernell's 2^d spread over the factors) | 1            | 2x   | 1   | 0   |
 *
 * so one tiled kernel with a linear (γ = 0) and a quadratic variant serves all five.
 */
export interface PairTerms {
  readonly n: number;
  readonly d: number;
  /** X(x_ik), row-major. */
  readonly X: Float64Array;
  /** α(x_ik), row-major. */
  readonly alpha: Float64Array;
  readonly quadratic: boolean;
  readonly beta: number;
  readonly gamma: number;
  /** g(x_i) per point. */
  readonly g: Float64Array;
  /** c = ∫∫ K. */
  readonly c: number;
}

/** Builds the {@link PairTerms} of row-major `data` (n × d) for `method`. O(n d). */
export function preparePairTerms(method: DiscrepancyMethod, data: Float64Array, n: number, d: number): PairTerms {
  const X = new Float64Array(n * d);
  const alpha = new Float64Array(n * d);
  const g = new Float64Array(n);
  const cFactor = { CD: 13 / 12, WD: 4 / 3, MD: 19 / 12, "L2-star": 1 / 3, SD: 4 / 3 }[method];
  for (let i = 0; i < n; i++) {
    let gi = 1;
    for (let k = 0; k < d; k++) {
      const v = data[i * d + k];
      const u = Math.abs(v - 0.5);
      const o = i * d + k;
      switch (method) {
        case "CD":
          X[o] = 0.5 * v;
          alpha[o] = 0.5 + 0.5 * u;
          gi *= 1 + 0.5 * u - 0.5 * u * u;
          break;
        case "WD":
          X[o] = v;
          alpha[o] = 0.75;
          gi *= 4 / 3;
          break;
        case "MD":
          X[o] = v;
          alpha[o] = 15 / 16 - 0.25 * u;
          gi *= 5 / 3 - 0.25 * u - 0.25 * u * u;
          break;
        case "L2-star":
          X[o] = 0.5 * v;
          alpha[o] = 0.5 - 0.5 * v;
          gi *= 0.5 * (1 - v * v);
          break;
        case "SD":
          X[o] = 2 * v;
          alpha[o] = 1;
          gi *= 1 + 2 * v - 2 * v * v;
          break;
      }
    }
    g[i] = gi;
  }
  const quadratic = method === "WD" || method === "MD";
  return {
    n,
    d,
    X,
    alpha,
    quadratic,
    beta: method === "MD" ? 0.75 : 1,
    gamma: method === "MD" ? 0.5 : method === "WD" ? 1 : 0,
    g,
    c: cFactor ** d,
  };
}

/** K̄(x_i, x_i): the factor at t = 0 is 2α. */
export function diagonalTerm(t: PairTerms, i: number): number {
  const { d, alpha } = t;
  let p = 1;
  for (let k = 0; k < d; k++) p *= 2 * alpha[i * d + k];
  return p - 2 * t.g[i] + t.c;
}

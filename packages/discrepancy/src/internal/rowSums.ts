import type { PairTerms } from "./pairTerms.js";

/** Rows per tile of the pair kernel: eight running products stay in registers. */
export const TILE = 8;

/** Number of tiles of n rows. */
export function tileCount(n: number): number {
  return Math.ceil(n / TILE);
}

/** K̄(x_i, x_j) for one pair, scalar (triangles inside a tile, the last partial tile). */
function pairTerm(t: PairTerms, i: number, j: number): number {
  const { d, X, alpha, beta, gamma } = t;
  const oi = i * d;
  const oj = j * d;
  let p = 1;
  for (let k = 0; k < d; k++) {
    const s = Math.abs(X[oi + k] - X[oj + k]);
    p *= alpha[oi + k] + alpha[oj + k] - s * (beta - gamma * s);
  }
  return p - t.g[j] + (t.c - t.g[i]);
}

/**
 * Writes R_i = Σ_{j > i} K̄(x_i, x_j) for every row i of tiles [tileStart, tileEnd) into `R[i]`.
 *
 * @remarks
 * R_i depends only on i (never on which tiles a call covers): the terms are added in the fixed order
 * j = i + 1, …, n − 1, first those inside i's tile (scalar), then the rest eight rows at a time. That is
 * what makes a worker-thread split bit-identical to the single-thread result.
 */
export function rowSums(t: PairTerms, tileStart: number, tileEnd: number, R: Float64Array): void {
  const n = t.n;
  for (let tile = tileStart; tile < tileEnd; tile++) {
    const i0 = tile * TILE;
    const i1 = Math.min(n, i0 + TILE);
    for (let i = i0; i < i1; i++) {
      let s = 0;
      for (let j = i + 1; j < i1; j++) s += pairTerm(t, i, j);
      R[i] = s;
    }
    if (i1 - i0 < TILE) {
      // The last, partial tile has no rows beyond it.
      continue;
    }
    if (t.quadratic) tileQuadratic(t, i0, R);
    else tileLinear(t, i0, R);
  }
}

/** Adds the terms j ≥ i0 + 8 of rows i0 … i0 + 7 to R, for γ = 0: f = α_i + α_j − |X_i − X_j|. */
function tileLinear(t: PairTerms, i0: number, R: Float64Array): void {
  const { n, d, X, alpha, g, c } = t;
  const o0 = i0 * d;
  const o1 = o0 + d;
  const o2 = o1 + d;
  const o3 = o2 + d;
  const o4 = o3 + d;
  const o5 = o4 + d;
  const o6 = o5 + d;
  const o7 = o6 + d;
  const h0 = c - g[i0];
  const h1 = c - g[i0 + 1];
  const h2 = c - g[i0 + 2];
  const h3 = c - g[i0 + 3];
  const h4 = c - g[i0 + 4];
  const h5 = c - g[i0 + 5];
  const h6 = c - g[i0 + 6];
  const h7 = c - g[i0 + 7];
  let s0 = R[i0];
  let s1 = R[i0 + 1];
  let s2 = R[i0 + 2];
  let s3 = R[i0 + 3];
  let s4 = R[i0 + 4];
  let s5 = R[i0 + 5];
  let s6 = R[i0 + 6];
  let s7 = R[i0 + 7];
  for (let j = i0 + TILE; j < n; j++) {
    const oj = j * d;
    let p0 = 1;
    let p1 = 1;
    let p2 = 1;
    let p3 = 1;
    let p4 = 1;
    let p5 = 1;
    let p6 = 1;
    let p7 = 1;
    for (let k = 0; k < d; k++) {
      const xj = X[oj + k];
      const aj = alpha[oj + k];
      p0 *= alpha[o0 + k] + aj - Math.abs(X[o0 + k] - xj);
      p1 *= alpha[o1 + k] + aj - Math.abs(X[o1 + k] - xj);
      p2 *= alpha[o2 + k] + aj - Math.abs(X[o2 + k] - xj);
      p3 *= alpha[o3 + k] + aj - Math.abs(X[o3 + k] - xj);
      p4 *= alpha[o4 + k] + aj - Math.abs(X[o4 + k] - xj);
      p5 *= alpha[o5 + k] + aj - Math.abs(X[o5 + k] - xj);
      p6 *= alpha[o6 + k] + aj - Math.abs(X[o6 + k] - xj);
      p7 *= alpha[o7 + k] + aj - Math.abs(X[o7 + k] - xj);
    }
    const gj = g[j];
    s0 += p0 - gj + h0;
    s1 += p1 - gj + h1;
    s2 += p2 - gj + h2;
    s3 += p3 - gj + h3;
    s4 += p4 - gj + h4;
    s5 += p5 - gj + h5;
    s6 += p6 - gj + h6;
    s7 += p7 - gj + h7;
  }
  R[i0] = s0;
  R[i0 + 1] = s1;
  R[i0 + 2] = s2;
  R[i0 + 3] = s3;
  R[i0 + 4] = s4;
  R[i0 + 5] = s5;
  R[i0 + 6] = s6;
  R[i0 + 7] = s7;
}

/** As {@link tileLinear}, for f = α_i + α_j − t(β − γ t), t = |X_i − X_j|. */
function tileQuadratic(t: PairTerms, i0: number, R: Float64Array): void {
  const { n, d, X, alpha, g, c, beta, gamma } = t;
  const o0 = i0 * d;
  const o1 = o0 + d;
  const o2 = o1 + d;
  const o3 = o2 + d;
  const o4 = o3 + d;
  const o5 = o4 + d;
  const o6 = o5 + d;
  const o7 = o6 + d;
  const h0 = c - g[i0];
  const h1 = c - g[i0 + 1];
  const h2 = c - g[i0 + 2];
  const h3 = c - g[i0 + 3];
  const h4 = c - g[i0 + 4];
  const h5 = c - g[i0 + 5];
  const h6 = c - g[i0 + 6];
  const h7 = c - g[i0 + 7];
  let s0 = R[i0];
  let s1 = R[i0 + 1];
  let s2 = R[i0 + 2];
  let s3 = R[i0 + 3];
  let s4 = R[i0 + 4];
  let s5 = R[i0 + 5];
  let s6 = R[i0 + 6];
  let s7 = R[i0 + 7];
  for (let j = i0 + TILE; j < n; j++) {
    const oj = j * d;
    let p0 = 1;
    let p1 = 1;
    let p2 = 1;
    let p3 = 1;
    let p4 = 1;
    let p5 = 1;
    let p6 = 1;
    let p7 = 1;
    for (let k = 0; k < d; k++) {
      const xj = X[oj + k];
      const aj = alpha[oj + k];
      let s = Math.abs(X[o0 + k] - xj);
      p0 *= alpha[o0 + k] + aj - s * (beta - gamma * s);
      s = Math.abs(X[o1 + k] - xj);
      p1 *= alpha[o1 + k] + aj - s * (beta - gamma * s);
      s = Math.abs(X[o2 + k] - xj);
      p2 *= alpha[o2 + k] + aj - s * (beta - gamma * s);
      s = Math.abs(X[o3 + k] - xj);
      p3 *= alpha[o3 + k] + aj - s * (beta - gamma * s);
      s = Math.abs(X[o4 + k] - xj);
      p4 *= alpha[o4 + k] + aj - s * (beta - gamma * s);
      s = Math.abs(X[o5 + k] - xj);
      p5 *= alpha[o5 + k] + aj - s * (beta - gamma * s);
      s = Math.abs(X[o6 + k] - xj);
      p6 *= alpha[o6 + k] + aj - s * (beta - gamma * s);
      s = Math.abs(X[o7 + k] - xj);
      p7 *= alpha[o7 + k] + aj - s * (beta - gamma * s);
    }
    const gj = g[j];
    s0 += p0 - gj + h0;
    s1 += p1 - gj + h1;
    s2 += p2 - gj + h2;
    s3 += p3 - gj + h3;
    s4 += p4 - gj + h4;
    s5 += p5 - gj + h5;
    s6 += p6 - gj + h6;
    s7 += p7 - gj + h7;
  }
  R[i0] = s0;
  R[i0 + 1] = s1;
  R[i0 + 2] = s2;
  R[i0 + 3] = s3;
  R[i0 + 4] = s4;
  R[i0 + 5] = s5;
  R[i0 + 6] = s6;
  R[i0 + 7] = s7;
}

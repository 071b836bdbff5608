import type { PairTerms } from "./pairTerms.js";

/** Rows per tile of the pair kernel: 4 rows × 2 columns = eight running products stay in registers. */
export const TILE = 4;

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
 * j = i + 1, …, n − 1, first those inside i's tile (scalar), then the rest four rows by two columns at
 * a time. That is
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

/**
 * Adds the terms j ≥ i0 + 4 of rows i0 … i0 + 3 to R, for γ = 0: f = α_i + α_j − |X_i − X_j|. Two
 * columns j, j + 1 per step share the loads of the four rows' coordinates.
 */
function tileLinear(t: PairTerms, i0: number, R: Float64Array): void {
  const { n, d, X, alpha: A, g, c } = t;
  const o0 = i0 * d;
  const o1 = o0 + d;
  const o2 = o1 + d;
  const o3 = o2 + d;
  // Two terms per step: 2(c − g_i) each.
  const h0 = 2 * (c - g[i0]);
  const h1 = 2 * (c - g[i0 + 1]);
  const h2 = 2 * (c - g[i0 + 2]);
  const h3 = 2 * (c - g[i0 + 3]);
  let s0 = R[i0];
  let s1 = R[i0 + 1];
  let s2 = R[i0 + 2];
  let s3 = R[i0 + 3];
  let j = i0 + TILE;
  for (; j + 1 < n; j += 2) {
    const oj = j * d;
    const ol = oj + d;
    let p0 = 1;
    let p1 = 1;
    let p2 = 1;
    let p3 = 1;
    let q0 = 1;
    let q1 = 1;
    let q2 = 1;
    let q3 = 1;
    for (let k = 0; k < d; k++) {
      const xj = X[oj + k];
      const aj = A[oj + k];
      const xl = X[ol + k];
      const al = A[ol + k];
      const x0 = X[o0 + k];
      const a0 = A[o0 + k];
      const x1 = X[o1 + k];
      const a1 = A[o1 + k];
      const x2 = X[o2 + k];
      const a2 = A[o2 + k];
      const x3 = X[o3 + k];
      const a3 = A[o3 + k];
      p0 *= a0 + aj - Math.abs(x0 - xj);
      q0 *= a0 + al - Math.abs(x0 - xl);
      p1 *= a1 + aj - Math.abs(x1 - xj);
      q1 *= a1 + al - Math.abs(x1 - xl);
      p2 *= a2 + aj - Math.abs(x2 - xj);
      q2 *= a2 + al - Math.abs(x2 - xl);
      p3 *= a3 + aj - Math.abs(x3 - xj);
      q3 *= a3 + al - Math.abs(x3 - xl);
    }
    const gjl = g[j] + g[j + 1];
    s0 += p0 + q0 - gjl + h0;
    s1 += p1 + q1 - gjl + h1;
    s2 += p2 + q2 - gjl + h2;
    s3 += p3 + q3 - gjl + h3;
  }
  R[i0] = s0;
  R[i0 + 1] = s1;
  R[i0 + 2] = s2;
  R[i0 + 3] = s3;
  if (j < n) lastColumn(t, i0, j, R);
}

/** The odd last column j of a tile, scalar, added after the pairs (keeping the order j ascending). */
function lastColumn(t: PairTerms, i0: number, j: number, R: Float64Array): void {
  for (let r = 0; r < TILE; r++) R[i0 + r] += pairTerm(t, i0 + r, j);
}

/** As {@link tileLinear}, for f = α_i + α_j − s(β − γ s), s = |X_i − X_j|. */
function tileQuadratic(t: PairTerms, i0: number, R: Float64Array): void {
  const { n, d, X, alpha: A, g, c, beta, gamma } = t;
  const o0 = i0 * d;
  const o1 = o0 + d;
  const o2 = o1 + d;
  const o3 = o2 + d;
  // Two terms per step: 2(c − g_i) each.
  const h0 = 2 * (c - g[i0]);
  const h1 = 2 * (c - g[i0 + 1]);
  const h2 = 2 * (c - g[i0 + 2]);
  const h3 = 2 * (c - g[i0 + 3]);
  let s0 = R[i0];
  let s1 = R[i0 + 1];
  let s2 = R[i0 + 2];
  let s3 = R[i0 + 3];
  let j = i0 + TILE;
  for (; j + 1 < n; j += 2) {
    const oj = j * d;
    const ol = oj + d;
    let p0 = 1;
    let p1 = 1;
    let p2 = 1;
    let p3 = 1;
    let q0 = 1;
    let q1 = 1;
    let q2 = 1;
    let q3 = 1;
    for (let k = 0; k < d; k++) {
      const xj = X[oj + k];
      const aj = A[oj + k];
      const xl = X[ol + k];
      const al = A[ol + k];
      const x0 = X[o0 + k];
      const a0 = A[o0 + k];
      const x1 = X[o1 + k];
      const a1 = A[o1 + k];
      const x2 = X[o2 + k];
      const a2 = A[o2 + k];
      const x3 = X[o3 + k];
      const a3 = A[o3 + k];
      let u = Math.abs(x0 - xj);
      p0 *= a0 + aj - u * (beta - gamma * u);
      u = Math.abs(x0 - xl);
      q0 *= a0 + al - u * (beta - gamma * u);
      u = Math.abs(x1 - xj);
      p1 *= a1 + aj - u * (beta - gamma * u);
      u = Math.abs(x1 - xl);
      q1 *= a1 + al - u * (beta - gamma * u);
      u = Math.abs(x2 - xj);
      p2 *= a2 + aj - u * (beta - gamma * u);
      u = Math.abs(x2 - xl);
      q2 *= a2 + al - u * (beta - gamma * u);
      u = Math.abs(x3 - xj);
      p3 *= a3 + aj - u * (beta - gamma * u);
      u = Math.abs(x3 - xl);
      q3 *= a3 + al - u * (beta - gamma * u);
    }
    const gjl = g[j] + g[j + 1];
    s0 += p0 + q0 - gjl + h0;
    s1 += p1 + q1 - gjl + h1;
    s2 += p2 + q2 - gjl + h2;
    s3 += p3 + q3 - gjl + h3;
  }
  R[i0] = s0;
  R[i0 + 1] = s1;
  R[i0 + 2] = s2;
  R[i0 + 3] = s3;
  if (j < n) lastColumn(t, i0, j, R);
}

import { BLOCK, type PairTerms, TILE } from "./pairTerms.js";

/** Scratch sums of the overlapping tile in {@link pairSums} (one thread per module instance). */
const overlapSums = new Float64Array(TILE);

/** Number of blocks, the units of work of {@link rowSums}. */
export function blockCount(t: PairTerms): number {
  return t.blockRow.length;
}

/**
 * The pair-sum kernels read the coordinates of rows from `RB` and of columns from `CB`, both laid out
 * as {@link PairTerms.XA} (X and α interleaved) with `w` = 2 × (coordinates per point) numbers per
 * point: either XA itself (w = 2d) or a gathered copy of the coordinates that enter the product.
 */
interface Operands {
  RB: Float64Array;
  CB: Float64Array;
  w: number;
}

/** K̄(x_i, x_j) for one pair, scalar: row i at RB[ri …], column j at CB[cj …]. */
function pairTerm(t: PairTerms, o: Operands, ri: number, cj: number, i: number, j: number): number {
  const { RB, CB, w } = o;
  const { beta, gamma } = t;
  let p = 1;
  for (let k = 0; k < w; k += 2) {
    const s = Math.abs(RB[ri + k] - CB[cj + k]);
    p *= RB[ri + k + 1] + CB[cj + k + 1] - s * (beta - gamma * s);
  }
  return p - t.g[j] + (t.c - t.g[i]);
}

/**
 * Writes R_i = Σ_{j > i} K̄(x_i, x_j) into `R[i]` for every row i of the blocks that `next()` hands
 * out, until it returns a number ≥ {@link blockCount} (a counter: sequential for one thread, shared
 * between workers).
 *
 * @remarks
 * R_i depends only on i (never on which blocks a call covers): the terms are added in the fixed order
 * j = i + 1, …, n − 1, first those inside i's tile of four rows (scalar), then the rest of i's group and
 * each later group in turn, four rows by two columns at a time (one row at a time for the last rows of
 * a group), over the coordinates whose factor is not identically 1 between the two groups. That is
 * what makes a worker-thread split bit-identical to the single-thread result.
 */
export function rowSums(t: PairTerms, next: () => number, R: Float64Array): void {
  const { d, XA, groupStart, dims, dimCount } = t;
  const groups = groupStart.length - 1;
  const w = 2 * d;
  const direct: Operands = { RB: XA, CB: XA, w };
  // Gathered coordinates (only between different groups, which exist only when grouping applies).
  const gathered: Operands | undefined =
    groups > 1 ? { RB: new Float64Array(BLOCK * w), CB: new Float64Array(t.maxGroup * w), w } : undefined;
  // The block's sums accumulate here and are copied to R once (no cache line of R is written by two
  // threads over and over).
  const Rb = new Float64Array(BLOCK);
  const blocks = blockCount(t);
  for (let block = next(); block < blocks; block = next()) {
    const r0 = t.blockRow[block];
    const a = t.blockGroup[block];
    const aEnd = groupStart[a + 1];
    const r1 = Math.min(aEnd, r0 + BLOCK);
    // Inside a group every coordinate enters: the rows' own coordinates, XA itself.
    for (let i0 = r0; i0 < r1; i0 += TILE) {
      const i1 = Math.min(r1, i0 + TILE);
      for (let i = i0; i < i1; i++) {
        let s = 0;
        for (let j = i + 1; j < i1; j++) s += pairTerm(t, direct, i * w, j * w, i, j);
        Rb[i - r0] = s;
      }
      pairSums(t, direct, i0, i1, i0 * w, i1, aEnd, i1 * w, Rb, r0);
    }
    for (let b = a + 1; gathered !== undefined && b < groups; b++) {
      const j0 = groupStart[b];
      const j1 = groupStart[b + 1];
      if (j0 === j1) continue;
      const lo = (a ^ b) * d;
      const count = dimCount[a ^ b];
      gathered.w = 2 * count;
      gather(XA, d, dims, lo, count, r0, r1, gathered.RB);
      gather(XA, d, dims, lo, count, j0, j1, gathered.CB);
      for (let i0 = r0; i0 < r1; i0 += TILE) {
        pairSums(t, gathered, i0, Math.min(r1, i0 + TILE), (i0 - r0) * gathered.w, j0, j1, 0, Rb, r0);
      }
    }
    R.set(Rb.subarray(0, r1 - r0), r0);
  }
}

/** Copies the coordinates dims[lo … lo + count) of points [i0, i1) from XA (d per point) into `out`. */
function gather(
  XA: Float64Array,
  d: number,
  dims: Int32Array,
  lo: number,
  count: number,
  i0: number,
  i1: number,
  out: Float64Array,
): void {
  const w = 2 * d;
  const w2 = 2 * count;
  const end = i1 * w;
  for (let q = 0; q < count; q++) {
    const k = 2 * dims[lo + q];
    let o = 2 * q;
    for (let e = i0 * w + k; e < end; e += w) {
      out[o] = XA[e];
      out[o + 1] = XA[e + 1];
      o += w2;
    }
  }
}

/**
 * Adds the terms of columns [j0, j1) (first at CB[cb]) to the sums R[i − r0] of rows [i0, i1) (first
 * at RB[rb]), i1 − i0 ≤ 4.
 */
function pairSums(
  t: PairTerms,
  o: Operands,
  i0: number,
  i1: number,
  rb: number,
  j0: number,
  j1: number,
  cb: number,
  R: Float64Array,
  r0: number,
): void {
  if (j0 >= j1) return;
  if (i1 - i0 === TILE) {
    if (t.quadratic) tileQuadratic(t, o, i0, rb, j0, j1, cb, R, i0 - r0);
    else tileLinear(t, o, i0, rb, j0, j1, cb, R, i0 - r0);
    return;
  }
  if (i1 - i0 >= 2 && rb >= (TILE - (i1 - i0)) * o.w && !t.quadratic) {
    // Two or three last rows of a group, with rows before them in RB: a full tile ending at row
    // i1 − 1 into scratch sums, of which only the last rows are kept (a tile's work, instead of one
    // row kernel per row; each row's sum depends on that row alone, so the earlier rows, computed
    // again and discarded, change nothing).
    const e = i1 - TILE;
    const S = overlapSums;
    for (let i = i0; i < i1; i++) S[i - e] = R[i - r0];
    tileLinear(t, o, e, rb - (i0 - e) * o.w, j0, j1, cb, S, 0);
    for (let i = i0; i < i1; i++) R[i - r0] = S[i - e];
    return;
  }
  // The last rows of a group (fewer than four), one at a time.
  for (let i = i0; i < i1; i++) {
    const ri = rb + (i - i0) * o.w;
    if (t.quadratic) {
      let s = R[i - r0];
      for (let j = j0; j < j1; j++) s += pairTerm(t, o, ri, cb + (j - j0) * o.w, i, j);
      R[i - r0] = s;
    } else {
      rowLinear(t, o, i, ri, j0, j1, cb, R, i - r0);
    }
  }
}

/**
 * Adds the terms j0 ≤ j < j1 of rows i0 … i0 + 3 to the sums R[ro … ro + 3], for γ = 0: f = α_i + α_j − |X_i − X_j|. Two
 * columns j, j + 1 per step share the loads of the four rows' coordinates.
 */
function tileLinear(
  t: PairTerms,
  o: Operands,
  i0: number,
  rb: number,
  j0: number,
  j1: number,
  cb: number,
  R: Float64Array,
  ro: number,
): void {
  const { g, c } = t;
  const { RB, CB, w } = o;
  const o0 = rb;
  const o1 = o0 + w;
  const o2 = o1 + w;
  const o3 = o2 + w;
  // Two terms per step: 2(c − g_i) each.
  const h0 = 2 * (c - g[i0]);
  const h1 = 2 * (c - g[i0 + 1]);
  const h2 = 2 * (c - g[i0 + 2]);
  const h3 = 2 * (c - g[i0 + 3]);
  let s0 = R[ro];
  let s1 = R[ro + 1];
  let s2 = R[ro + 2];
  let s3 = R[ro + 3];
  let j = j0;
  let oj = cb;
  for (; j + 1 < j1; j += 2) {
    const ol = oj + w;
    let p0 = 1;
    let p1 = 1;
    let p2 = 1;
    let p3 = 1;
    let q0 = 1;
    let q1 = 1;
    let q2 = 1;
    let q3 = 1;
    for (let k = 0; k < w; k += 2) {
      const xj = CB[oj + k];
      const aj = CB[oj + k + 1];
      const xl = CB[ol + k];
      const al = CB[ol + k + 1];
      const x0 = RB[o0 + k];
      const a0 = RB[o0 + k + 1];
      const x1 = RB[o1 + k];
      const a1 = RB[o1 + k + 1];
      const x2 = RB[o2 + k];
      const a2 = RB[o2 + k + 1];
      const x3 = RB[o3 + k];
      const a3 = RB[o3 + k + 1];
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
    oj = ol + w;
  }
  R[ro] = s0;
  R[ro + 1] = s1;
  R[ro + 2] = s2;
  R[ro + 3] = s3;
  if (j < j1) lastColumn(t, o, i0, rb, j, oj, R, ro);
}

/** As {@link tileLinear} for the one row i (at RB[ri]), its sum at R[ro]. */
function rowLinear(
  t: PairTerms,
  o: Operands,
  i: number,
  ri: number,
  j0: number,
  j1: number,
  cb: number,
  R: Float64Array,
  ro: number,
): void {
  const { g, c } = t;
  const { RB, CB, w } = o;
  const h = 2 * (c - g[i]);
  let s = R[ro];
  let j = j0;
  let oj = cb;
  for (; j + 1 < j1; j += 2) {
    const ol = oj + w;
    let p = 1;
    let q = 1;
    for (let k = 0; k < w; k += 2) {
      const x = RB[ri + k];
      const a = RB[ri + k + 1];
      p *= a + CB[oj + k + 1] - Math.abs(x - CB[oj + k]);
      q *= a + CB[ol + k + 1] - Math.abs(x - CB[ol + k]);
    }
    s += p + q - (g[j] + g[j + 1]) + h;
    oj = ol + w;
  }
  R[ro] = j < j1 ? s + pairTerm(t, o, ri, oj, i, j) : s;
}

/** The odd last column j (at CB[cj]) of a tile, scalar, added after the pairs (j ascending). */
function lastColumn(t: PairTerms, o: Operands, i0: number, rb: number, j: number, cj: number, R: Float64Array, ro: number): void {
  for (let r = 0; r < TILE; r++) R[ro + r] += pairTerm(t, o, rb + r * o.w, cj, i0 + r, j);
}

/** As {@link tileLinear}, for f = α_i + α_j − s(β − γ s), s = |X_i − X_j|. */
function tileQuadratic(
  t: PairTerms,
  o: Operands,
  i0: number,
  rb: number,
  j0: number,
  j1: number,
  cb: number,
  R: Float64Array,
  ro: number,
): void {
  const { g, c, beta, gamma } = t;
  const { RB, CB, w } = o;
  const o0 = rb;
  const o1 = o0 + w;
  const o2 = o1 + w;
  const o3 = o2 + w;
  // Two terms per step: 2(c − g_i) each.
  const h0 = 2 * (c - g[i0]);
  const h1 = 2 * (c - g[i0 + 1]);
  const h2 = 2 * (c - g[i0 + 2]);
  const h3 = 2 * (c - g[i0 + 3]);
  let s0 = R[ro];
  let s1 = R[ro + 1];
  let s2 = R[ro + 2];
  let s3 = R[ro + 3];
  let j = j0;
  let oj = cb;
  for (; j + 1 < j1; j += 2) {
    const ol = oj + w;
    let p0 = 1;
    let p1 = 1;
    let p2 = 1;
    let p3 = 1;
    let q0 = 1;
    let q1 = 1;
    let q2 = 1;
    let q3 = 1;
    for (let k = 0; k < w; k += 2) {
      const xj = CB[oj + k];
      const aj = CB[oj + k + 1];
      const xl = CB[ol + k];
      const al = CB[ol + k + 1];
      const x0 = RB[o0 + k];
      const a0 = RB[o0 + k + 1];
      const x1 = RB[o1 + k];
      const a1 = RB[o1 + k + 1];
      const x2 = RB[o2 + k];
      const a2 = RB[o2 + k + 1];
      const x3 = RB[o3 + k];
      const a3 = RB[o3 + k + 1];
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
    oj = ol + w;
  }
  R[ro] = s0;
  R[ro + 1] = s1;
  R[ro + 2] = s2;
  R[ro + 3] = s3;
  if (j < j1) lastColumn(t, o, i0, rb, j, oj, R, ro);
}

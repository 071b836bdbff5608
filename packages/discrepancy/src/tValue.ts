import { formatValue, validateInteger } from "@qmckit/core";
import type { NetMatrices } from "@qmckit/digital-net";

/** Largest m for which {@link tValue} is exact (and fast). */
export const T_VALUE_MAX_M = 20;
/** Largest number of coordinates s for which {@link tValue} is exact (and fast). */
export const T_VALUE_MAX_DIMENSION = 12;

/**
 * The t-value of the first 2^m points of a base-2 digital net: the smallest t such that they form a
 * (t, m, s)-net — every elementary box Π_j [a_j 2^{−d_j}, (a_j + 1) 2^{−d_j}) of volume 2^{t−m}
 * holds exactly 2^t points. Smaller is better; t = 0 is perfect stratification.
 *
 * @param matrices - generating matrices of s ≤ 12 coordinates with at least m columns, e.g.
 *   `joeKuo.matrices(s)` from `@qmckit/digital-net` (the Sobol' matrices) or
 *   `matricesFromColumns(…).matrices(s)`.
 * @param m - 0 ≤ m ≤ 20: the net of the first 2^m points (columns 0 … m − 1).
 * @returns t in [0, m].
 * @throws RangeError beyond the exact range (m > 20 or s > 12), or when the matrices have fewer than m
 *   columns; TypeError for something that is not a NetMatrices.
 *
 * @remarks
 * Exact, by linear algebra over GF(2) (Niederreiter): the points form a (t, m, s)-net iff for every
 * (d_1, …, d_s) with Σ d_j = m − t, the first d_j rows of each C_j (restricted to m columns) are
 * linearly independent. A depth-first search over the d_j adds one row at a time to an incremental
 * echelon basis, records the smallest Σ d_j at which a row becomes dependent, and prunes every branch
 * that cannot beat it; t = m + 1 − (that smallest sum), or 0 when no dependency occurs up to m rows.
 * Rows beyond the matrices' precision are zero (so t ≥ m − precision·s). The tests check it against
 * a brute-force count of the points in every elementary box.
 *
 * @example
 * ```ts
 * import { joeKuo } from "@qmckit/digital-net";
 * tValue(joeKuo.matrices(2), 20); // 0: the first two Sobol' coordinates are a (0, m, 2)-net for every m
 * tValue(joeKuo.matrices(5), 10);
 * ```
 */
export function tValue(matrices: NetMatrices, m: number): number {
  if (matrices === null || typeof matrices !== "object" || !(matrices.hi instanceof Uint32Array)) {
    throw new TypeError(`matrices must be NetMatrices (e.g. joeKuo.matrices(s)); got ${formatValue(matrices)}`);
  }
  validateInteger("m", m, 0, T_VALUE_MAX_M, `tValue is exact for m ≤ ${T_VALUE_MAX_M} and s ≤ ${T_VALUE_MAX_DIMENSION}`);
  const s = matrices.dimension;
  validateInteger(
    "matrices.dimension",
    s,
    1,
    T_VALUE_MAX_DIMENSION,
    `tValue is exact for m ≤ ${T_VALUE_MAX_M} and s ≤ ${T_VALUE_MAX_DIMENSION}`,
  );
  if (matrices.columns < m) {
    throw new RangeError(`matrices must have at least m = ${m} columns; got ${matrices.columns}`);
  }
  if (m === 0) return 0;
  // rows[j·m + r]: row r of C_j restricted to the first m columns, column k as bit k.
  const rows = new Int32Array(s * m);
  const precision = Math.min(matrices.rows, 64);
  for (let j = 0; j < s; j++) {
    for (let r = 0; r < m && r < precision; r++) {
      let v = 0;
      for (let k = 0; k < m; k++) {
        const word = r < 32 ? matrices.hi[j * matrices.columns + k] : matrices.lo[j * matrices.columns + k];
        const bit = (word >>> (31 - (r % 32))) & 1;
        v |= bit << k;
      }
      rows[j * m + r] = v;
    }
  }
  const basis = new Int32Array(m); // basis[b]: the vector whose leading bit is b, or 0
  const pivots = new Int32Array(m); // stack of pivots inserted, for undo
  let depth = 0;
  let best = m + 1; // smallest Σ d_j found with dependent rows

  const insert = (v: number): boolean => {
    let w = v;
    while (w !== 0) {
      const b = 31 - Math.clz32(w);
      const e = basis[b];
      if (e === 0) {
        basis[b] = w;
        pivots[depth++] = b;
        return true;
      }
      w ^= e;
    }
    return false;
  };

  const search = (j: number, sum: number): void => {
    if (j === s) return;
    search(j + 1, sum);
    const mark = depth;
    let added = 0;
    while (sum + added + 1 < best) {
      if (!insert(rows[j * m + added])) {
        best = sum + added + 1;
        break;
      }
      added++;
      search(j + 1, sum + added);
    }
    while (depth > mark) basis[pivots[--depth]] = 0;
  };
  search(0, 0);
  return Math.max(0, m + 1 - best);
}

import { type DirectionNumbers, decodeDirectionNumbers } from "../directionNumbers.js";
import type { NetMatrices } from "../NetMatrices.js";

/**
 * The Sobol' generating matrices (32 columns × 32 rows, MSB-aligned) of the first `dimension`
 * coordinates of a direction-number table, by the Bratley–Fox recurrence.
 *
 * @param table - a packed Joe–Kuo table, e.g. `JOE_KUO_1024`.
 * @param dimension - number of coordinates, 1 ≤ dimension ≤ table.maxDimension (unchecked).
 * @returns {@link NetMatrices} with `columns = rows = 32` and `lo` all zero.
 *
 * @remarks
 * Coordinate 0 is the van der Corput sequence (column k = 2^(31−k), the identity). For a coordinate with
 * primitive polynomial x^s + a_1 x^(s−1) + … + a_(s−1) x + 1 (a = a_1 … a_(s−1) in binary) and initial
 * odd numbers m_1 … m_s, the direction numbers V_k = m_k · 2^(32−k) extend by
 * `V_k = V_(k−s) ⊕ (V_(k−s) >> s) ⊕ ⊕_(i=1)^(s−1) a_i V_(k−i)` (Bratley & Fox 1988, Algorithm 659; Joe &
 * Kuo 2008), and column k − 1 is V_k: row r of column k − 1 is bit r (from the top) of m_k / 2^k.
 *
 * @example
 * ```ts
 * import { JOE_KUO_1024 } from "../data/joeKuo1024.js";
 * sobolMatrices(JOE_KUO_1024, 2).hi.subarray(32, 36); // [2147483648, 3221225472, 2684354560, 4026531840]
 * ```
 */
export function sobolMatrices(table: DirectionNumbers, dimension: number): NetMatrices {
  const params = decodeDirectionNumbers(table, dimension);
  const hi = new Uint32Array(dimension * 32);
  for (let j = 0; j < dimension; j++) {
    const { s, a, m } = params[j];
    const v = hi.subarray(j * 32, j * 32 + 32);
    if (s === 0) {
      for (let k = 0; k < 32; k++) v[k] = 2 ** (31 - k);
      continue;
    }
    for (let k = 0; k < s && k < 32; k++) v[k] = m[k] * 2 ** (31 - k);
    for (let k = s; k < 32; k++) {
      let w = v[k - s] ^ (v[k - s] >>> s);
      for (let i = 1; i < s; i++) if ((a >>> (s - 1 - i)) & 1) w ^= v[k - i];
      v[k] = w >>> 0;
    }
  }
  return { dimension, columns: 32, rows: 32, hi, lo: new Uint32Array(dimension * 32) };
}

import type { NetMatrices } from "./NetMatrices.js";

/**
 * The lower-triangular scrambling matrices S of {@link linearMatrixScramble}, one per coordinate, stored
 * by **columns**: column c of coordinate j is the MSB-aligned 64-bit word
 * `hi[j·precision + c] · 2^32 + lo[j·precision + c]` (bit 63 − r = row r).
 */
export interface LinearScramble {
  readonly dimension: number;
  /** Columns of each S: the rows (precision) of the matrices it scrambles. */
  readonly precision: number;
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
}

/**
 * Matoušek's linear matrix scrambling (LMS): `C'_j = S_j · C_j` over GF(2) for every coordinate j,
 * keeping the first `bits` rows. Randomization step on the matrices, before the points are built.
 *
 * @param matrices - generating matrices with `rows ≤ scramble.precision`.
 * @param scramble - S per coordinate, `bits × precision`, by columns (e.g. from {@link drawLinearScramble}).
 * @param bits - rows of the result, 1–64.
 * @returns new matrices with `rows = bits`.
 *
 * @remarks
 * Column k of S·C is the XOR of the columns c of S for which row c of C's column k is 1. With S lower
 * triangular with a unit diagonal (random below it), each x ↦ S·x is a bijection of the binary
 * expansions that keeps every prefix, so the scrambled points are again a (t, m, s)-net, each uniformly
 * distributed once a digital shift is added (J. Matoušek, "On the L2-discrepancy for anchored boxes",
 * J. Complexity 14 (1998) 527–556; Owen 2003). Rows beyond the input precision come out fully random,
 * which fills the extra bits of a `bits`-wide representation.
 *
 * @example
 * ```ts
 * // S = identity on the first row, then every row also copies row 0 (QMCPy's fixed-S test):
 * const S: LinearScramble = { dimension: 1, precision: 2, hi: new Uint32Array([0xc0000000, 0x40000000]), lo: new Uint32Array(2) };
 * const C = { dimension: 1, columns: 2, rows: 2, hi: new Uint32Array([0x80000000, 0x40000000]), lo: new Uint32Array(2) };
 * linearMatrixScramble(C, S, 2).hi; // [0xc0000000, 0x40000000]
 * ```
 */
export function linearMatrixScramble(matrices: NetMatrices, scramble: LinearScramble, bits: number): NetMatrices {
  const { dimension: d, columns: m, rows } = matrices;
  const t = scramble.precision;
  const hi = new Uint32Array(d * m);
  const lo = new Uint32Array(d * m);
  const [maskHi, maskLo] = rowMask(bits);
  for (let j = 0; j < d; j++) {
    for (let k = 0; k < m; k++) {
      const ch = matrices.hi[j * m + k];
      const cl = matrices.lo[j * m + k];
      let h = 0;
      let l = 0;
      for (let c = 0; c < rows && c < t; c++) {
        const bit = c < 32 ? (ch >>> (31 - c)) & 1 : (cl >>> (63 - c)) & 1;
        if (bit) {
          h ^= scramble.hi[j * t + c];
          l ^= scramble.lo[j * t + c];
        }
      }
      hi[j * m + k] = h & maskHi;
      lo[j * m + k] = l & maskLo;
    }
  }
  return { dimension: d, columns: m, rows: bits, hi, lo };
}

/** Masks (hi, lo) keeping the first `bits` rows of an MSB-aligned 64-bit word. */
export function rowMask(bits: number): [number, number] {
  const hi = bits >= 32 ? 0xffffffff : bits <= 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  const lo = bits >= 64 ? 0xffffffff : bits <= 32 ? 0 : (0xffffffff << (64 - bits)) >>> 0;
  return [hi, lo];
}

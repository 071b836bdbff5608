import { rowMask } from "./linearMatrixScramble.js";
import type { NetMatrices } from "./NetMatrices.js";

/**
 * Digit interlacing of generating matrices (Dick's higher-order nets): output coordinate j interlaces
 * the rows of base coordinates j·α, …, j·α + α − 1.
 *
 * @param matrices - base matrices of `alpha · d` coordinates.
 * @param alpha - interlacing factor α ≥ 1.
 * @param bits - maximum rows of the result (≤ 64).
 * @returns matrices of d = ⌊base dimension / α⌋ coordinates with `rows = min(α · base rows, bits)`.
 *
 * @remarks
 * Row q of output coordinate j is row ⌊q/α⌋ of base coordinate j·α + (q mod α) (J. Dick, "Walsh spaces
 * containing smooth functions and quasi-Monte Carlo rules of arbitrary high order", SIAM J. Numer. Anal.
 * 46 (2008) 1519–1553; the layout of QMCPy's `dnb2_interlace`). A digital net of order α integrates
 * functions with α square-integrable mixed derivatives at the rate n^(−α) (up to log factors).
 *
 * @example
 * ```ts
 * // qmctoolscl's chain: base columns 52 = 110100, 45 = 101101 (6 rows) interlace to 3697 = 111001110001.
 * const base = { dimension: 2, columns: 1, rows: 6, hi: new Uint32Array([52 << 26, 45 << 26]), lo: new Uint32Array(2) };
 * interlaceMatrices(base, 2, 12).hi[0] >>> 20; // 3697
 * ```
 */
export function interlaceMatrices(matrices: NetMatrices, alpha: number, bits: number): NetMatrices {
  const m = matrices.columns;
  const d = Math.floor(matrices.dimension / alpha);
  const rows = Math.min(alpha * matrices.rows, bits);
  const hi = new Uint32Array(d * m);
  const lo = new Uint32Array(d * m);
  for (let j = 0; j < d; j++) {
    for (let k = 0; k < m; k++) {
      const [h, l] = interlaceWords(matrices.hi, matrices.lo, j * alpha, m, k, alpha, rows);
      hi[j * m + k] = h;
      lo[j * m + k] = l;
    }
  }
  const [mh, ml] = rowMask(rows);
  for (let i = 0; i < hi.length; i++) {
    hi[i] &= mh;
    lo[i] &= ml;
  }
  return { dimension: d, columns: m, rows, hi, lo };
}

/**
 * Interlaces `alpha` MSB-aligned words found at `src[(base + a) · stride + offset]`, a = 0 … α − 1, into
 * one word of `rows` rows: output row q is row ⌊q/α⌋ of word q mod α. Returns `[hi, lo]`.
 */
export function interlaceWords(
  srcHi: Uint32Array,
  srcLo: Uint32Array,
  base: number,
  stride: number,
  offset: number,
  alpha: number,
  rows: number,
): [number, number] {
  let h = 0;
  let l = 0;
  for (let q = 0; q < rows; q++) {
    const at = (base + (q % alpha)) * stride + offset;
    const r = Math.floor(q / alpha);
    const bit = r < 32 ? (srcHi[at] >>> (31 - r)) & 1 : (srcLo[at] >>> (63 - r)) & 1;
    if (bit) {
      if (q < 32) h |= 1 << (31 - q);
      else l |= 1 << (63 - q);
    }
  }
  return [h >>> 0, l >>> 0];
}

import { interlaceWords } from "./interlaceMatrices.js";

/**
 * Digit interlacing of integer points (used after nested uniform scrambling of the base coordinates):
 * output coordinate j of each point interlaces base coordinates j·α … j·α + α − 1.
 *
 * @param hi - high words of the base points, row-major `[point][alpha · dimension]`.
 * @param lo - low words, same layout.
 * @param dimension - output coordinates d (the input has α·d per point).
 * @param alpha - interlacing factor.
 * @param bits - rows of the output words (≤ 64).
 * @param outHi - high words of the result, `[point][d]`; allocated when omitted.
 * @param outLo - low words of the result.
 * @returns `{ hi, lo }` of the interlaced points.
 *
 * @remarks
 * Bit q (from the top) of output coordinate j is bit ⌊q/α⌋ of base coordinate j·α + (q mod α): the same
 * map as {@link interlaceMatrices}, applied to points instead of matrix columns.
 *
 * @example
 * ```ts
 * const { hi } = interlacePoints(new Uint32Array([0xc0000000, 0]), new Uint32Array(2), 1, 2, 4); // 11·00 → 1010
 * hi[0] >>> 28; // 0b1010 = 10
 * ```
 */
export function interlacePoints(
  hi: Uint32Array,
  lo: Uint32Array,
  dimension: number,
  alpha: number,
  bits: number,
  outHi?: Uint32Array,
  outLo?: Uint32Array,
): { hi: Uint32Array; lo: Uint32Array } {
  const n = hi.length / (alpha * dimension);
  const oh = outHi ?? new Uint32Array(n * dimension);
  const ol = outLo ?? new Uint32Array(n * dimension);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < dimension; j++) {
      const [h, l] = interlaceWords(hi, lo, i * alpha * dimension + j * alpha, 1, 0, alpha, bits);
      oh[i * dimension + j] = h;
      ol[i * dimension + j] = l;
    }
  }
  return { hi: oh, lo: ol };
}

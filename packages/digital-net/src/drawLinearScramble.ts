import type { RandomStream } from "@qmckit/core";
import { type LinearScramble, rowMask } from "./linearMatrixScramble.js";

/**
 * Draws the random matrices S of Matoušek's linear matrix scrambling for `dimension` coordinates: each S
 * is `bits × precision`, lower triangular with a unit diagonal and independent fair bits below it.
 *
 * @param rng - the random stream; consumes 2 · precision draws of 32 bits per coordinate, in order.
 * @param dimension - number of coordinates.
 * @param precision - rows of the matrices to scramble (columns of S), 1–64.
 * @param bits - rows of S, 1–64.
 * @returns the matrices by columns ({@link LinearScramble}).
 *
 * @remarks
 * Column c of S has a 1 in row c, fair random bits in rows c+1 … bits−1 and zeros above. Each column
 * takes a fixed 64 random bits (then masked), so the top rows of S do not depend on `bits`: a net with
 * fewer bits is the truncation of the same net with more.
 *
 * @example
 * ```ts
 * const S = drawLinearScramble(new RandomStream(1), 3, 32, 53);
 * S.hi[0] >>> 31; // 1: the unit diagonal in row 0 of column 0
 * ```
 */
export function drawLinearScramble(rng: RandomStream, dimension: number, precision: number, bits: number): LinearScramble {
  const hi = new Uint32Array(dimension * precision);
  const lo = new Uint32Array(dimension * precision);
  const [keepHi, keepLo] = rowMask(bits);
  for (let i = 0; i < dimension * precision; i++) {
    const c = i % precision;
    // Rows strictly below the diagonal: bit positions below 63 − c.
    const [aboveHi, aboveLo] = rowMask(c + 1);
    let h = rng.nextUint32() & ~aboveHi;
    let l = rng.nextUint32() & ~aboveLo;
    if (c < bits) {
      if (c < 32) h |= 1 << (31 - c);
      else l |= 1 << (63 - c);
    }
    hi[i] = h & keepHi;
    lo[i] = l & keepLo;
  }
  return { dimension, precision, hi, lo };
}

import type { DigitScramble } from "../DigitScramble.js";

const LO_SCALE = 2 ** -53;
const HI_SCALE = 2 ** -32;

/**
 * Writes the base-2 coordinate of the indices a ≤ i < e for every randomization except `'nus'`, with
 * bit operations: the 53 scrambled bits are two words, `hi` (digits 0–31) and `lo` (digits 32–52).
 *
 * @param s - the coordinate's scramble (base 2; matrix S or identity, digit maps).
 * @param out - the output buffer; index i goes to `out[offset + (i − a)·stride]`.
 * @param offset - position of index a.
 * @param stride - distance between consecutive indices.
 * @param a - first index.
 * @param e - end index (exclusive), e ≤ 2^32.
 * @remarks
 * Base 2 is a digital net over Z_2: digit-wise addition is XOR, so
 * 1. index digits: an odometer whose step from i − 1 to i flips the low c + 1 bits, c = ctz(i);
 * 2. scramble: `y(i) = y(i − 1) XOR (S·(flipped bits))`, i.e. XOR with the prefix-XOR of the columns
 *    0..c of S; every permutation of Z_2 is v ↦ v XOR π(0), so the digit maps are one XOR mask;
 * 3. float: `hi · 2^−32 + lo · 2^−53`, exact (a 53-bit integer times a power of two): at most
 *    1 − 2^−53, and the same bits in every window.
 * @example
 * ```ts
 * fillBase2(identityScramble, out, 0, 1, 0, 4); // [0, 0.5, 0.25, 0.75]
 * ```
 */
export function fillBase2(s: DigitScramble, out: Float64Array, offset: number, stride: number, a: number, e: number): void {
  if (e <= a) return;
  const m = s.indexDigits; // 32
  const K = s.digits; // 53
  // Columns of S as (hi, lo) words: row t is bit 31 − t of hi (t < 32) or bit 52 − t of lo.
  const colHi = new Int32Array(m);
  const colLo = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    let hi = 0;
    let lo = 0;
    for (let t = k; t < K; t++) {
      const bit = s.matrix === null ? (t === k ? 1 : 0) : s.matrix[t * m + k];
      if (bit === 0) continue;
      if (t < 32) hi |= 1 << (31 - t);
      else lo |= 1 << (52 - t);
    }
    colHi[k] = hi;
    colLo[k] = lo;
  }
  let maskHi = 0;
  let maskLo = 0;
  for (let t = 0; t < K; t++) {
    const flip = s.permutations !== null ? s.permutations[2 * t] : s.shifts[t];
    if (flip === 0) continue;
    if (t < 32) maskHi |= 1 << (31 - t);
    else maskLo |= 1 << (52 - t);
  }
  // Prefix XORs: going from i − 1 to i with c = ctz(i) flips index bits 0..c.
  const stepHi = new Int32Array(m);
  const stepLo = new Int32Array(m);
  for (let k = 0, h = 0, l = 0; k < m; k++) {
    h ^= colHi[k];
    l ^= colLo[k];
    stepHi[k] = h;
    stepLo[k] = l;
  }
  let yHi = maskHi;
  let yLo = maskLo;
  for (let k = 0, rest = a; rest > 0; k++, rest = Math.floor(rest / 2)) {
    if (rest % 2 === 1) {
      yHi ^= colHi[k];
      yLo ^= colLo[k];
    }
  }
  let pos = offset;
  for (let i = a; ; ) {
    out[pos] = (yHi >>> 0) * HI_SCALE + yLo * LO_SCALE;
    if (++i === e) break;
    pos += stride;
    // i < 2^32: ToInt32 keeps its bit pattern, so i & −i isolates the lowest set bit.
    const c = 31 - Math.clz32(i & -i);
    yHi ^= stepHi[c];
    yLo ^= stepLo[c];
  }
}

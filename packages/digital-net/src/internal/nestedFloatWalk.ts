import type { NetMatrices } from "../NetMatrices.js";
import type { NetOrder } from "../NetOrder.js";
import { NESTED_KEYS_PER_COORDINATE, type NestedScramble } from "../nestedUniformScramble.js";
import { hash32 } from "./hash32.js";
import { walkStart, walkSteps } from "./walkStart.js";

/**
 * The fused `'nus'` hot path: walk of the unscrambled net (at most 32 rows), nested uniform scramble and
 * float conversion in one pass, for the points at positions start ≤ i < end, written row-major at
 * `out[offset …]`. Equals {@link integersToFloat} of {@link nestedUniformScramble} of {@link netWalk}.
 *
 * @param matrices - unscrambled matrices, `rows ≤ 32`.
 * @param scramble - keys per coordinate.
 * @param bits - output bits, 1–64.
 * @param order - walk order.
 * @param start - first position (unchecked).
 * @param end - one past the last position (unchecked).
 * @param out - output buffer (unchecked length).
 * @param offset - index of the first coordinate in `out`; default 0.
 * @returns `out`.
 *
 * @example
 * ```ts
 * const nus = drawNestedScramble(new RandomStream(5), 2);
 * nestedFloatWalk(joeKuo.matrices(2), nus, 53, "natural", 0, 4, new Float64Array(8));
 * ```
 */
export function nestedFloatWalk(
  matrices: NetMatrices,
  scramble: NestedScramble,
  bits: number,
  order: NetOrder,
  start: number,
  end: number,
  out: Float64Array,
  offset = 0,
): Float64Array {
  const d = matrices.dimension;
  const n = end - start;
  if (n <= 0) return out;
  const s = new Int32Array(d);
  walkStart(matrices, start, order, s, new Int32Array(d));
  const steps = new Int32Array(walkSteps(matrices, order).hi.buffer);
  const { keys, top } = scramble;
  const maskHi = bits >= 32 ? -1 : -1 << (32 - bits);
  const maskLo = bits >= 64 ? -1 : bits <= 32 ? 0 : -1 << (64 - bits);
  const lastGroup = Math.min(8, (bits + 3) >>> 2);
  let o = offset;
  let idx = start | 0;
  for (let k = 0; k < n; k++) {
    if (k > 0) {
      idx = (idx + 1) | 0;
      const base = (31 - Math.clz32(idx & -idx)) * d;
      for (let j = 0; j < d; j++) s[j] ^= steps[base + j];
    }
    for (let j = 0; j < d; j++) {
      const x = s[j];
      const kb = j * NESTED_KEYS_PER_COORDINATE;
      let y = x ^ (top[(j << 8) + (x >>> 24)] << 24);
      for (let g = 2; g < lastGroup; g++) {
        const h = hash32((x >>> (32 - 4 * g)) ^ keys[kb + g]);
        const v = (x >>> (28 - 4 * g)) & 15;
        y ^=
          (((h & 1) << 3) |
            (((h >>> (1 + (v >>> 3))) & 1) << 2) |
            (((h >>> (3 + (v >>> 2))) & 1) << 1) |
            ((h >>> (7 + (v >>> 1))) & 1)) <<
          (28 - 4 * g);
      }
      const tail = maskLo === 0 ? 0 : (hash32(x ^ keys[kb + 8]) & maskLo) >>> 11;
      out[o++] = ((y & maskHi) >>> 0) * 2.3283064365386963e-10 + tail * 1.1102230246251565e-16;
    }
  }
  return out;
}

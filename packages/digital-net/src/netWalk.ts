import { walkStart, walkSteps } from "./internal/walkStart.js";
import type { NetMatrices } from "./NetMatrices.js";
import type { NetOrder } from "./NetOrder.js";

/**
 * Integer construction (step 1 of 3): the points with positions start ≤ i < end of the digital net with
 * generating matrices `matrices`, as MSB-aligned 64-bit words, in natural or Gray order.
 *
 * @param matrices - the (possibly scrambled) generating matrices.
 * @param start - first position, 0 ≤ start ≤ end (unchecked).
 * @param end - one past the last position, ≤ 2^columns (unchecked).
 * @param order - `'natural'` or `'gray'`.
 * @param outHi - high words, row-major `[i − start][j]`; allocated when omitted.
 * @param outLo - low words, same layout.
 * @returns `{ hi, lo }`: coordinate j of position i is `(hi · 2^32 + lo) · 2^−64`.
 *
 * @remarks
 * Any window in either order costs O(d) per point: the first point is built from the digits of `start`
 * (or of its Gray code), then each next point XORs one precomputed step word per coordinate — in Gray
 * order column ctz(i), in natural order the XOR of columns 0 … ctz(i) (the digits that flip between
 * i − 1 and i). Unlike QMCPy, natural order is not restricted to dyadic windows.
 *
 * @example
 * ```ts
 * const { hi } = netWalk(joeKuo.matrices(2), 0, 4, "natural");
 * Array.from(hi, (w) => w / 2 ** 32); // [0, 0, 0.5, 0.5, 0.25, 0.75, 0.75, 0.25]
 * ```
 */
export function netWalk(
  matrices: NetMatrices,
  start: number,
  end: number,
  order: NetOrder,
  outHi?: Uint32Array,
  outLo?: Uint32Array,
): { hi: Uint32Array; lo: Uint32Array } {
  const d = matrices.dimension;
  const n = end - start;
  const hi = outHi ?? new Uint32Array(n * d);
  const lo = outLo ?? new Uint32Array(n * d);
  if (n <= 0) return { hi, lo };
  const sh = new Int32Array(d);
  const sl = new Int32Array(d);
  walkStart(matrices, start, order, sh, sl);
  const steps = walkSteps(matrices, order);
  const stepHi = new Int32Array(steps.hi.buffer);
  const stepLo = new Int32Array(steps.lo.buffer);
  for (let j = 0; j < d; j++) {
    hi[j] = sh[j];
    lo[j] = sl[j];
  }
  // Low 32 bits of the position, wrapping like the digits of an index below 2^32.
  let idx = start | 0;
  let o = d;
  for (let k = 1; k < n; k++) {
    idx = (idx + 1) | 0;
    const base = (31 - Math.clz32(idx & -idx)) * d;
    for (let j = 0; j < d; j++, o++) {
      hi[o] = sh[j] ^= stepHi[base + j];
      lo[o] = sl[j] ^= stepLo[base + j];
    }
  }
  return { hi, lo };
}

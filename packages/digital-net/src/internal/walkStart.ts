import type { NetMatrices } from "../NetMatrices.js";
import { grayCode, type NetOrder } from "../NetOrder.js";

/**
 * The point at position `index` of a net in the given order, for every coordinate: the XOR of the
 * columns selected by the digits of `index` (natural) or of its Gray code (gray). Written to
 * `outHi[j]`, `outLo[j]`.
 */
export function walkStart(
  matrices: NetMatrices,
  index: number,
  order: NetOrder,
  outHi: Uint32Array | Int32Array,
  outLo: Uint32Array | Int32Array,
): void {
  const { dimension: d, columns: m } = matrices;
  const digits = order === "gray" ? grayCode(index) : index >>> 0;
  for (let j = 0; j < d; j++) {
    let h = 0;
    let l = 0;
    for (let k = 0; k < m; k++) {
      if ((digits >>> k) & 1) {
        h ^= matrices.hi[j * m + k];
        l ^= matrices.lo[j * m + k];
      }
    }
    outHi[j] = h;
    outLo[j] = l;
  }
}

/**
 * The step words of the walk: moving from position i − 1 to i XORs step `ctz(i)`. In Gray order step
 * k is column k (one digit of the Gray code flips); in natural order it is columns 0 … k XOR-ed
 * together (digits 0 … k of i flip, since i − 1 ends in k ones where i ends in k zeros).
 */
export function walkSteps(matrices: NetMatrices, order: NetOrder): { hi: Uint32Array; lo: Uint32Array } {
  const { dimension: d, columns: m } = matrices;
  const hi = new Uint32Array(d * m);
  const lo = new Uint32Array(d * m);
  for (let j = 0; j < d; j++) {
    let h = 0;
    let l = 0;
    for (let k = 0; k < m; k++) {
      if (order === "gray") {
        h = matrices.hi[j * m + k];
        l = matrices.lo[j * m + k];
      } else {
        h ^= matrices.hi[j * m + k];
        l ^= matrices.lo[j * m + k];
      }
      hi[k * d + j] = h;
      lo[k * d + j] = l;
    }
  }
  return { hi, lo };
}

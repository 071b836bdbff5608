import { formatValue } from "../validate/formatValue.js";

/**
 * A fast 32-bit integer hash (Wellons' "lowbias32": bias ≈ 0.17 on the avalanche test), a bijection of
 * uint32. For hashing-based randomization, e.g. Owen's nested uniform scrambling, where each node of the
 * scrambling tree derives its random bit from a hash of (seed, coordinate, digit prefix).
 *
 * @param x - a number (used as its low 32 bits).
 * @returns an unsigned 32-bit integer.
 * @throws TypeError when x is not a number.
 */
export function mix32(x: number): number {
  // One type check (free once a call site is monomorphic): a bigint or string would otherwise escape as an
  // engine error or hash its coercion silently.
  if (typeof x !== "number") throw new TypeError(`x must be a number; got ${formatValue(x)} (${typeof x})`);
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

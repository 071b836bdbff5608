/**
 * A fast 32-bit integer hash (Wellons' "lowbias32": bias ≈ 0.17 on the avalanche test), a bijection of
 * uint32. For hashing-based randomization, e.g. Owen's nested uniform scrambling, where each node of the
 * scrambling tree derives its random bit from a hash of (seed, coordinate, digit prefix).
 *
 * @returns an unsigned 32-bit integer.
 */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

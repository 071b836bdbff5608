/**
 * Wellons' "lowbias32" integer hash as a signed int32: the same bits as `mix32` of `@qmckit/core`
 * (`hash32(x) >>> 0 === mix32(x)`), without the final unsigned conversion, which would turn values
 * ≥ 2^31 into doubles in the scrambling hot loops (3× slower in V8).
 *
 * @example
 * ```ts
 * hash32(1) >>> 0 === mix32(1); // true
 * ```
 */
export function hash32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return x ^ (x >>> 16);
}

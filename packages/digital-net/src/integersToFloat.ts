const TWO_M32 = 2 ** -32;
const TWO_M53 = 2 ** -53;

/**
 * Float conversion (step 3 of 3): MSB-aligned 64-bit words to doubles in [0, 1), keeping the first 53
 * bits: `x = hi · 2^−32 + ⌊lo / 2^11⌋ · 2^−53`.
 *
 * @param hi - high words.
 * @param lo - low words (same length).
 * @param out - output; allocated when omitted. Length at least `hi.length`.
 * @returns `out`.
 *
 * @remarks
 * Exact for points with at most 53 bits; wider points are truncated (never rounded), so the result is
 * always at most 1 − 2^−53 and never 1.0 — unlike `ldexp(x, −t)` on a 63-bit integer, which rounds
 * 2^63 − 1 up to 1.0 (QMCPy's DS with t = 63).
 *
 * @example
 * ```ts
 * integersToFloat(new Uint32Array([0xffffffff]), new Uint32Array([0xffffffff]))[0]; // 1 − 2^−53
 * ```
 */
export function integersToFloat(hi: Uint32Array, lo: Uint32Array, out?: Float64Array): Float64Array {
  const o = out ?? new Float64Array(hi.length);
  for (let i = 0; i < hi.length; i++) o[i] = hi[i] * TWO_M32 + (lo[i] >>> 11) * TWO_M53;
  return o;
}

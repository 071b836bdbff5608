/**
 * Digital shift (DS): XORs every point with a per-coordinate shift, in place. Randomization step on the
 * integer points (words MSB-aligned, as in {@link NetIntegers}).
 *
 * @param hi - high words of the points, row-major `[point][coordinate]`; modified in place.
 * @param lo - low words, same layout; modified in place.
 * @param dimension - coordinates per point.
 * @param shiftHi - high words of the shift, one per coordinate.
 * @param shiftLo - low words of the shift.
 * @returns `hi` (the same array).
 *
 * @remarks
 * `x ⊕ s` with s uniform on the `bits`-bit integers makes every point uniform on [0,1) while keeping the
 * digital net structure (every elementary interval keeps its count). With fixed shifts this is a
 * deterministic map, e.g. QMCPy's DS test with t = 63: shift 2^62 sends 0 to 0.5.
 *
 * @example
 * ```ts
 * const hi = new Uint32Array([0, 0x80000000]), lo = new Uint32Array(2);
 * digitalShift(hi, lo, 1, new Uint32Array([0x40000000]), new Uint32Array(1)); // hi = [0x40000000, 0xc0000000]
 * ```
 */
export function digitalShift(
  hi: Uint32Array,
  lo: Uint32Array,
  dimension: number,
  shiftHi: Uint32Array,
  shiftLo: Uint32Array,
): Uint32Array {
  for (let i = 0; i < hi.length; i += dimension) {
    for (let j = 0; j < dimension; j++) {
      hi[i + j] ^= shiftHi[j];
      lo[i + j] ^= shiftLo[j];
    }
  }
  return hi;
}

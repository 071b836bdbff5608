/** Smallest probability handed to Φ⁻¹: a coordinate u = 0 is read as 2^-54 (see Measure remarks). */
const TINY = 2 ** -54;

/** Φ⁻¹-safe version of a coordinate in [0, 1): 0 becomes 2^-54 (1 cannot occur in [0, 1)). */
export function clampUnit(u: number): number {
  return Math.max(u, TINY);
}

/**
 * n^{-1/2} for n = 2^m, correctly rounded: 2^{-m/2} exactly for even m, Math.SQRT1_2 · 2^{-(m-1)/2}
 * for odd m. (`1 / Math.sqrt(2)` is one ulp below √½, and that ulp would show in every output.)
 */
export function invSqrt(n: number): number {
  const m = 31 - Math.clz32(n);
  return m % 2 === 0 ? 2 ** (-m / 2) : Math.SQRT1_2 * 2 ** (-(m - 1) / 2);
}

import quantile from "@stdlib/stats-base-dists-normal-quantile";

const standard: (p: number) => number = quantile.factory(0, 1);

/**
 * The standard normal quantile Φ⁻¹(p) of `@stdlib/stats-base-dists-normal-quantile` (the one typed
 * facade over that CommonJS package). NaN outside [0, 1]; ±∞ at 1 and 0.
 */
export function normalQuantile(p: number): number {
  return standard(p);
}

import quantile from "@stdlib/stats-base-dists-t-quantile";

/**
 * The Student-t quantile with `dof` degrees of freedom, from `@stdlib/stats-base-dists-t-quantile`
 * (the one typed facade over that CommonJS package). NaN outside its domain.
 */
export function studentTQuantile(p: number, dof: number): number {
  return quantile(p, dof);
}

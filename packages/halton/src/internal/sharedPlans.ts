import { firstPrimes } from "../firstPrimes.js";
import { type DigitPlan, digitPlan } from "./digitPlan.js";

/** Plans of the first bases, built once and shared by every Halton (they depend on the base only). */
const plans: DigitPlan[] = [];

/**
 * The digit plans of the first `dimension` prime bases, shared (read only) by every {@link Halton}: a plan
 * depends on its base only, so copies from `spawn` and new sequences reuse them instead of rebuilding.
 *
 * @param dimension - number of bases, in [1, 1000] (unchecked: internal).
 * @returns plans[j] for base b_j, j < dimension.
 * @example
 * ```ts
 * sharedPlans(3).map((p) => p.base); // [2, 3, 5]
 * ```
 */
export function sharedPlans(dimension: number): readonly DigitPlan[] {
  if (plans.length < dimension) {
    const bases = firstPrimes(dimension);
    for (let j = plans.length; j < dimension; j++) plans.push(digitPlan(bases[j]));
  }
  return plans.slice(0, dimension);
}

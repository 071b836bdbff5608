import { validateInteger } from "./validateInteger.js";

/** Largest number of replications a generator accepts. */
export const MAX_REPLICATIONS = 2 ** 16;

/** Checks `replications` (default 1): an integer in [1, 2^16]. */
export function validateReplications(replications: unknown = 1): number {
  return validateInteger("replications", replications, 1, MAX_REPLICATIONS);
}

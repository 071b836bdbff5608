import { validateInteger } from "./validateInteger.js";

/** The largest seed: seeds are integers in [0, 2^53 − 1] so that every seed is exact in a double. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/**
 * Checks a seed: an integer in [0, 2^53 − 1].
 *
 * @throws TypeError for a non-number; RangeError naming `seed` for a negative, fractional, NaN or
 *   too large value.
 */
export function validateSeed(seed: unknown, name = "seed"): number {
  return validateInteger(name, seed, 0, MAX_SEED);
}

/**
 * The randomizations of {@link Halton}, applied digit by digit to the base-b digits of each coordinate:
 *
 * - `'lms-perm'` (default): random linear matrix scrambling, then an independent random permutation of
 *   Z_b for every digit position.
 * - `'lms-ds'`: random linear matrix scrambling, then a random digital shift.
 * - `'lms'`: random linear matrix scrambling only (the point with index 0 stays at the origin, so this
 *   one alone is not unbiased).
 * - `'perm'`: independent random digit permutations per digit position (what scipy's `Halton` does).
 * - `'ds'`: random digital shift (digit-wise addition of a random digit vector, mod b).
 * - `'nus'`: Owen's nested scrambling: the permutation of digit t depends on the digits before it.
 * - `'qrng'`: the generalized Halton sequence of Faure and Lemieux (deterministic digit maps
 *   a ↦ f_j·a mod b with the multipliers {@link FAURE_LEMIEUX_MULTIPLIERS}) plus a random digital
 *   shift, as in the R package qrng; dimension ≤ 360.
 * - `'none'`: the plain Halton sequence (radical inverses), correctly rounded.
 */
export type HaltonRandomize = "lms-perm" | "lms-ds" | "lms" | "perm" | "ds" | "nus" | "qrng" | "none";

/**
 * Every valid {@link HaltonRandomize} value (the `randomize` option of {@link Halton}), in the order
 * error messages list them.
 * @example
 * ```ts
 * for (const randomize of HALTON_RANDOMIZATIONS) new Halton(2, { randomize, seed: 1 }).points(8);
 * ```
 */
export const HALTON_RANDOMIZATIONS: readonly HaltonRandomize[] = Object.freeze([
  "lms-perm",
  "lms-ds",
  "lms",
  "perm",
  "ds",
  "nus",
  "qrng",
  "none",
] as HaltonRandomize[]);

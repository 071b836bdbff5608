import { validateInteger } from "@qmckit/core";

/**
 * The number of base-`base` digits a Halton coordinate carries: the smallest K with base^K ≥ 2^53,
 * i.e. ⌈53 / log2(base)⌉, enough to fill the 53-bit significand of a double and no more (53 for base
 * 2, 34 for base 3, 5 for base 7919).
 *
 * @param base - an integer in [2, 2^16].
 * @throws RangeError naming `base` outside that range.
 * @remarks Computed by exact repeated multiplication, not by a floating-point logarithm: the product
 *   is exact while it is below 2^53, and rounding is monotone, so the comparison is exact.
 * @example
 * ```ts
 * precisionDigits(2); // 53
 * precisionDigits(3); // 34
 * ```
 */
export function precisionDigits(base: number): number {
  return digitsFor(validateInteger("base", base, 2, 2 ** 16), 2 ** 53);
}

/**
 * The number of base-`base` digits of the indices 0 ≤ i < 2^32 (the Halton capacity): the smallest m
 * with base^m ≥ 2^32 (32 for base 2, 21 for base 3, 3 for base 7919).
 *
 * @param base - an integer in [2, 2^16].
 * @throws RangeError naming `base` outside that range.
 * @example
 * ```ts
 * indexDigits(2); // 32
 * indexDigits(3); // 21
 * ```
 */
export function indexDigits(base: number): number {
  return digitsFor(validateInteger("base", base, 2, 2 ** 16), 2 ** 32);
}

function digitsFor(base: number, bound: number): number {
  let k = 0;
  for (let p = 1; p < bound; p *= base) k++;
  return k;
}

import { formatValue } from "./formatValue.js";

/**
 * Checks that `value` (a length or a point count) is a power of two, 1 included, and returns log2 of it.
 *
 * @throws RangeError naming the parameter, e.g. `x.length must be a power of two (1, 2, 4, …); got 12`.
 */
export function validatePowerOfTwo(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 2 ** 30 || (value & (value - 1)) !== 0) {
    throw new RangeError(`${name} must be a power of two in [1, 2^30]; got ${formatValue(value)}`);
  }
  return 31 - Math.clz32(value);
}

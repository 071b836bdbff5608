import { formatValue, validateInteger, validatePowerOfTwo } from "@qmckit/core";

/**
 * Checks the arguments shared by the signed Walsh–Hadamard functions: `signs` a Float64Array whose
 * length n is a power of two, and `x` a Float32Array holding n entries from `offset` on. Cheap when
 * they are valid (no strings built): the functions are called once per row.
 *
 * @throws TypeError for another kind of array or a non-number offset; RangeError otherwise, naming
 *   `signs.length`, or `${offsetName}`.
 */
export function validateSigned(name: string, x: unknown, signs: unknown, offsetName: string, offset: unknown): void {
  if (!(x instanceof Float32Array)) throw new TypeError(`${name} must be a Float32Array; got ${formatValue(x)}`);
  if (!(signs instanceof Float64Array)) throw new TypeError(`signs must be a Float64Array; got ${formatValue(signs)}`);
  const n = signs.length;
  if ((n & (n - 1)) !== 0 || n === 0 || n > 2 ** 30) validatePowerOfTwo("signs.length", n);
  if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0 || offset > x.length - n) {
    validateInteger(offsetName, offset, 0, x.length - n, `${name}.length = ${x.length}, signs.length = ${n}`);
  }
}

import { type FloatArray, formatValue, validateFloatArray, validatePowerOfTwo } from "@qmckit/core";

/**
 * Checks a real vector for the Walsh–Hadamard functions: a Float64Array or Float32Array whose length
 * is a power of two. Returns it.
 *
 * @throws TypeError for another kind; RangeError for a length that is not a power of two.
 */
export function validateReal(name: string, x: unknown): FloatArray {
  const arr = validateFloatArray(name, x);
  validatePowerOfTwo(`${name}.length`, arr.length);
  return arr;
}

/** Checks an optional output for a real vector: the same kind and length as `x`. */
export function validateRealOut(out: unknown, x: FloatArray): FloatArray {
  const kind = x instanceof Float64Array ? Float64Array : Float32Array;
  if (!(out instanceof kind)) throw new TypeError(`out must be a ${kind.name} like x; got ${formatValue(out)}`);
  if (out.length !== x.length) throw new RangeError(`out.length must equal x.length = ${x.length}; got ${out.length}`);
  return out;
}

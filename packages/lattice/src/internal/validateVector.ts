import { formatValue } from "@qmckit/core";

/**
 * Checks a generating vector: an array-like of integers in [0, max], at least `minLength` long.
 *
 * @throws TypeError for a non-array or non-number entry; RangeError naming the entry otherwise.
 */
export function validateVector(name: string, value: unknown, max: number, minLength = 1): Float64Array {
  if (typeof value !== "object" || value === null || typeof (value as ArrayLike<unknown>).length !== "number") {
    throw new TypeError(`${name} must be an array of integers; got ${formatValue(value)}`);
  }
  const a = value as ArrayLike<unknown>;
  if (a.length < minLength) {
    throw new RangeError(`${name} must have at least ${minLength} components; got ${a.length}`);
  }
  const out = new Float64Array(a.length);
  for (let j = 0; j < a.length; j++) {
    const v = a[j];
    if (typeof v !== "number") {
      throw new TypeError(`${name}[${j}] must be an integer number; got ${formatValue(v)} (${typeof v})`);
    }
    if (!Number.isInteger(v) || v < 0 || v > max) {
      throw new RangeError(`${name}[${j}] must be an integer in [0, ${max}]; got ${formatValue(v)}`);
    }
    out[j] = v;
  }
  return out;
}

import { formatValue } from "@qmckit/core";

/**
 * Reads an ArrayLike of finite numbers of the given length (or a scalar broadcast to it).
 *
 * @throws TypeError for a wrong kind; RangeError for a wrong length or a non-finite entry.
 */
export function validateVector(name: string, value: unknown, length: number, allowInfinite = false): Float64Array {
  if (typeof value === "number") {
    if (Number.isNaN(value) || (!allowInfinite && !Number.isFinite(value)))
      throw new RangeError(`${name} must be ${allowInfinite ? "a number (not NaN)" : "a finite number"}; got ${value}`);
    return new Float64Array(length).fill(value);
  }
  if (value === null || typeof value !== "object" || typeof (value as ArrayLike<unknown>).length !== "number") {
    throw new TypeError(`${name} must be a number or an array of ${length} numbers; got ${formatValue(value)}`);
  }
  const arr = value as ArrayLike<unknown>;
  if (arr.length !== length) throw new RangeError(`${name} must have length ${length}; got length ${arr.length}`);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const x = arr[i];
    if (typeof x !== "number") throw new TypeError(`${name}[${i}] must be a number; got ${formatValue(x)}`);
    if (Number.isNaN(x) || (!allowInfinite && !Number.isFinite(x)))
      throw new RangeError(`${name}[${i}] must be ${allowInfinite ? "a number (not NaN)" : "finite"}; got ${x}`);
    out[i] = x;
  }
  return out;
}

/**
 * Reads a square matrix given as nested arrays `[d][d]`, a flat ArrayLike of d² numbers (row-major), or a
 * scalar c (meaning c·I). Returns it row-major.
 */
export function validateSquareMatrix(name: string, value: unknown, d: number): Float64Array {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`${name} must be finite; got ${value}`);
    const out = new Float64Array(d * d);
    for (let i = 0; i < d; i++) out[i * d + i] = value;
    return out;
  }
  if (Array.isArray(value) && value.length === d && value.every((row) => Array.isArray(row) || ArrayBuffer.isView(row))) {
    const out = new Float64Array(d * d);
    for (let i = 0; i < d; i++) out.set(validateVector(`${name}[${i}]`, value[i], d), i * d);
    return out;
  }
  return validateVector(name, value, d * d);
}

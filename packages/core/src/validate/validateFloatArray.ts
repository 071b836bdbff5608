import { formatValue } from "./formatValue.js";

/** A floating-point typed array. */
export type FloatArray = Float64Array | Float32Array;

/**
 * Checks that `value` is a Float64Array or Float32Array (or, with `allowFloat32 = false`, only a
 * Float64Array) and returns it.
 *
 * @throws TypeError naming the parameter and the kind received.
 */
export function validateFloatArray(name: string, value: unknown, allowFloat32 = true): FloatArray {
  if (value instanceof Float64Array || (allowFloat32 && value instanceof Float32Array)) return value;
  const kinds = allowFloat32 ? "a Float64Array or Float32Array" : "a Float64Array";
  throw new TypeError(`${name} must be ${kinds}; got ${formatValue(value)}`);
}

import { formatValue } from "./formatValue.js";

/**
 * Checks that `value` is an integer `number` in `[min, max]` and returns it.
 *
 * @param name - the parameter name used in the message.
 * @param hint - an extra sentence appended in parentheses, e.g. how to raise a limit.
 * @throws TypeError when `value` is not a number; RangeError when it is not an integer in range,
 *   e.g. `dimension must be an integer in [1, 1024]; got 30000`.
 */
export function validateInteger(name: string, value: unknown, min: number, max: number, hint?: string): number {
  if (typeof value !== "number") {
    throw new TypeError(`${name} must be an integer number in [${min}, ${max}]; got ${formatValue(value)} (${typeof value})`);
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in [${min}, ${max}]; got ${formatValue(value)}${hint ? ` (${hint})` : ""}`);
  }
  return value;
}

import { formatValue } from "../validate/formatValue.js";
import { validateInteger } from "../validate/validateInteger.js";

/**
 * Resolves the arguments of `points(n)` / `points(start, end)` to `[start, end]` and checks them
 * against the capacity `maxPoints`.
 *
 * @throws TypeError for non-numbers; RangeError naming `n`, `start` or `end`, with the capacity.
 */
export function resolveWindow(startOrN: unknown, end: unknown, maxPoints: number): [number, number] {
  const hint = `the generator holds at most maxPoints = ${maxPoints} points`;
  if (end === undefined) {
    return [0, validateInteger("n", startOrN, 0, maxPoints, hint)];
  }
  const start = validateInteger("start", startOrN, 0, maxPoints, hint);
  if (typeof end === "number" && Number.isInteger(end) && end < start) {
    throw new RangeError(`end must be an integer in [start, maxPoints] = [${start}, ${maxPoints}]; got ${formatValue(end)}`);
  }
  return [start, validateInteger("end", end, start, maxPoints, hint)];
}

import { formatValue } from "./formatValue.js";

/**
 * Checks that `value` is one of the strings in `choices` and returns it, narrowed.
 *
 * @throws TypeError when `value` is not a string; RangeError listing the valid values otherwise,
 *   e.g. `randomize must be one of 'lms-ds', 'lms', 'ds', 'nus', 'none'; got "owen"`.
 */
export function validateChoice<const C extends string>(name: string, value: unknown, choices: readonly C[]): C {
  const list = choices.map((c) => `'${c}'`).join(", ");
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be one of ${list}; got ${formatValue(value)} (${typeof value})`);
  }
  if (!(choices as readonly string[]).includes(value)) {
    throw new RangeError(`${name} must be one of ${list}; got ${formatValue(value)}`);
  }
  return value as C;
}

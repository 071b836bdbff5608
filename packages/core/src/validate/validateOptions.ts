import { formatValue } from "./formatValue.js";

/**
 * Checks that `options` is `undefined` or a plain object whose keys are all in `allowed`, so that a
 * misspelt option (`radomize`) fails loudly instead of being ignored. Returns the options or `{}`.
 *
 * @throws TypeError for a non-object or an unknown key; the message lists the valid keys.
 */
export function validateOptions<T extends object>(name: string, options: T | undefined, allowed: readonly string[]): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${name} must be an options object; got ${formatValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`${name} has an unknown option '${key}'; valid options are ${allowed.map((k) => `'${k}'`).join(", ")}`);
    }
  }
  return options;
}

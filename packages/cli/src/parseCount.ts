import { UsageError } from "./UsageError.js";

/**
 * Parses an integer option: decimal digits (with an optional minus sign), or `2^k`. A value outside
 * `[min, max]` is a RangeError that states the range, e.g. `--seed must be an integer in
 * [0, 9007199254740991]; got 9007199254740992`; text that is not an integer is a usage error naming the
 * option, e.g. `--n must be an integer (digits or 2^k); got "1e3"`.
 *
 * @param option - the option's name without dashes, for the message.
 * @param text - the option's value, or `undefined` when the option is absent.
 * @param range - `[min, max]` accepted, max at most 2^53 − 1; without it any integer passes and the
 *   caller checks the value against a range it knows better (e.g. the generator's capacity), so a
 *   value beyond 2^53 comes back rounded to the nearest double.
 * @returns the value, or `undefined` when `text` is.
 */
export function parseCount(
  option: string,
  text: string | undefined,
  ...range: [min: number, max: number] | []
): number | undefined {
  if (text === undefined) return undefined;
  const pow = /^2\^(\d+)$/.exec(text);
  let value: bigint;
  // Any exponent beyond 1100 is beyond every double, so it need not be computed exactly.
  if (pow) value = 2n ** BigInt(Math.min(Number(pow[1]), 1100));
  else if (/^-?\d+$/.test(text)) value = BigInt(text);
  else throw new UsageError(`--${option} must be an integer (digits or 2^k); got ${JSON.stringify(text)}`);
  const [min, max] = range;
  if (min !== undefined && max !== undefined && (value < BigInt(min) || value > BigInt(max))) {
    throw new RangeError(
      `--${option} must be an integer in [${min}, ${max}]; got ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`,
    );
  }
  return Number(value);
}

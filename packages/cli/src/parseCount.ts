import { UsageError } from "./UsageError.js";

/**
 * Parses an integer option: decimal digits (with an optional minus sign), or `2^k`. A value outside
 * `[min, max]` is a RangeError that states the range, e.g. `--seed must be an integer in
 * [0, 9007199254740991]; got 9007199254740992`; text that is not an integer is a usage error naming the
 * option, e.g. `--n must be an integer (digits or 2^k); got "1e3"`.
 *
 * @param option - the option's name without dashes, for the message.
 * @param text - the option's value, or `undefined` when the option is absent.
 * @param min - smallest accepted value.
 * @param max - largest accepted value, at most 2^53 − 1.
 * @returns the value, or `undefined` when `text` is.
 */
export function parseCount(option: string, text: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (text === undefined) return undefined;
  const pow = /^2\^(\d+)$/.exec(text);
  let value: bigint;
  if (pow) value = 2n ** BigInt(pow[1]);
  else if (/^-?\d+$/.test(text)) value = BigInt(text);
  else throw new UsageError(`--${option} must be an integer (digits or 2^k); got ${JSON.stringify(text)}`);
  if (value < BigInt(min) || value > BigInt(max)) {
    throw new RangeError(
      `--${option} must be an integer in [${min}, ${max}]; got ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`,
    );
  }
  return Number(value);
}

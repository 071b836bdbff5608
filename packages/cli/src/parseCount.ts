import { UsageError } from "./UsageError.js";

/**
 * Parses a non-negative integer option: decimal digits, or `2^k`. Anything else is a usage error
 * naming the option, e.g. `--n must be a non-negative integer or 2^k; got "1e3"`.
 */
export function parseCount(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const pow = /^2\^(\d{1,2})$/.exec(text);
  if (pow) return 2 ** Number(pow[1]);
  if (/^-?\d+$/.test(text)) {
    const v = Number(text);
    if (Number.isSafeInteger(v)) return v;
  }
  throw new UsageError(`--${option} must be an integer or 2^k; got ${JSON.stringify(text)}`);
}

import { formatValue, validateInteger, validatePowerOfTwo } from "@qmckit/core";

/**
 * Checks the row length `n` of a flat batch (an integer power of two in [1, 2^30]) and that
 * `length`, the batch's length, is a multiple of it. Returns log2 n.
 *
 * @throws TypeError for a non-number n; RangeError otherwise, naming `n` or `${name}.length`.
 */
export function validateBatch(name: string, length: number, n: unknown): number {
  validateInteger("n", n, 1, 2 ** 30);
  const m = validatePowerOfTwo("n", n as number);
  if (length % (n as number) !== 0) {
    throw new RangeError(`${name}.length must be a multiple of n = ${formatValue(n)} (rows of length n); got ${length}`);
  }
  return m;
}

/**
 * Checks the two halves of a flat complex batch: distinct Float64Arrays of equal length (any
 * length; {@link validateBatch} then checks it against the row length).
 */
export function validateBatchPair(re: unknown, im: unknown): void {
  if (!(re instanceof Float64Array)) throw new TypeError(`re must be a Float64Array; got ${formatValue(re)}`);
  if (!(im instanceof Float64Array)) throw new TypeError(`im must be a Float64Array; got ${formatValue(im)}`);
  if (im.length !== re.length) throw new RangeError(`im.length must equal re.length = ${re.length}; got ${im.length}`);
  if (re === im) throw new RangeError("re and im must be distinct arrays; got the same array twice");
}

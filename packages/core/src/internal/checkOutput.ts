/**
 * Checks that an output buffer has the length a call will write.
 *
 * @throws TypeError when `out` is not a Float64Array; RangeError when its length differs.
 */
export function checkOutput(out: unknown, length: number, name = "out"): Float64Array {
  if (!(out instanceof Float64Array))
    throw new TypeError(`${name} must be a Float64Array; got ${Object.prototype.toString.call(out)}`);
  if (out.length !== length)
    throw new RangeError(`${name}.length must be replications · (end − start) · dimension = ${length}; got ${out.length}`);
  return out;
}

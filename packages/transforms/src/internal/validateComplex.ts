import { formatValue, validatePowerOfTwo } from "@qmckit/core";

/**
 * Boundary check for a complex vector held as two Float64Arrays: `re` must be a Float64Array of a
 * power-of-two length, `im` (when given, or when `imRequired`) a Float64Array of the same length.
 * Returns log2 of the length. `prefix` qualifies the names in messages (e.g. `"out"` → `outRe`).
 *
 * @throws TypeError for a wrong kind; RangeError for a wrong length, naming the argument.
 */
export function validateComplex(re: unknown, im: unknown, imRequired: boolean, reName = "re", imName = "im"): number {
  if (!(re instanceof Float64Array)) throw new TypeError(`${reName} must be a Float64Array; got ${formatValue(re)}`);
  if (im !== undefined || imRequired) {
    if (!(im instanceof Float64Array)) throw new TypeError(`${imName} must be a Float64Array; got ${formatValue(im)}`);
    if (im.length !== re.length) {
      throw new RangeError(`${imName}.length must equal ${reName}.length = ${re.length}; got ${im.length}`);
    }
  }
  return validatePowerOfTwo(`${reName}.length`, re.length);
}

/**
 * Checks an output pair: Float64Arrays of length `n`, distinct from each other. Names default to the
 * `fftInto` parameters; `fftbr`'s `out` object passes `out.re` / `out.im`.
 */
export function validateComplexOut(outRe: unknown, outIm: unknown, n: number, reName = "outRe", imName = "outIm"): void {
  for (const [name, arr] of [
    [reName, outRe],
    [imName, outIm],
  ] as const) {
    if (!(arr instanceof Float64Array)) throw new TypeError(`${name} must be a Float64Array; got ${formatValue(arr)}`);
    if (arr.length !== n) throw new RangeError(`${name}.length must equal re.length = ${n}; got ${arr.length}`);
  }
  if (outRe === outIm) throw new RangeError(`${reName} and ${imName} must be distinct arrays; got the same array twice`);
}

/**
 * Checks an optional `out` object `{ re, im }` for a transform of (re, im) written by copy-then-
 * in-place: besides {@link validateComplexOut}, out.re must not be `im` and out.im must not be `re`
 * (the copy would overwrite an input before it is read).
 */
export function validateOutObject(
  out: unknown,
  re: Float64Array,
  im: Float64Array | undefined,
): { re: Float64Array; im: Float64Array } {
  if (out === null || typeof out !== "object") {
    throw new TypeError(`out must be an object { re, im } of Float64Arrays; got ${formatValue(out)}`);
  }
  const o = out as { re: unknown; im: unknown };
  validateComplexOut(o.re, o.im, re.length, "out.re", "out.im");
  if ((im !== undefined && o.re === im) || o.im === re) {
    throw new RangeError("out.re must not be the input im, nor out.im the input re; got crossed arrays");
  }
  return o as { re: Float64Array; im: Float64Array };
}

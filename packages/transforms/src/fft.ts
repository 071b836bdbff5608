import FFTJS from "fft.js";
import { validateComplex, validateComplexOut } from "./internal/validateComplex.js";

/** The part of fft.js's plan we use, typed (its generated declarations are `any` throughout). */
interface FftJsPlan {
  transform(out: Float64Array, data: Float64Array): void;
  inverseTransform(out: Float64Array, data: Float64Array): void;
}

/** A cached fft.js plan with its two interleaved (re, im, re, im, …) scratch buffers. */
interface Plan {
  engine: FftJsPlan;
  input: Float64Array;
  output: Float64Array;
}

const FftJs = FFTJS as unknown as new (size: number) => FftJsPlan;
const plans = new Map<number, Plan>();

function planFor(n: number): Plan {
  let plan = plans.get(n);
  if (plan === undefined) {
    plan = { engine: new FftJs(n), input: new Float64Array(2 * n), output: new Float64Array(2 * n) };
    plans.set(n, plan);
  }
  return plan;
}

/** Unchecked kernel: interleave, run fft.js, de-interleave. Any aliasing of inputs and outputs is safe. */
function run(re: Float64Array, im: Float64Array | undefined, outRe: Float64Array, outIm: Float64Array, inverse: boolean) {
  const n = re.length;
  if (n === 1) {
    // fft.js needs n ≥ 2; the DFT of length 1 is the identity in both directions.
    outRe[0] = re[0];
    outIm[0] = im === undefined ? 0 : im[0];
    return;
  }
  const { engine, input, output } = planFor(n);
  if (im === undefined) {
    for (let i = 0; i < n; i++) {
      input[2 * i] = re[i];
      input[2 * i + 1] = 0;
    }
  } else {
    for (let i = 0; i < n; i++) {
      input[2 * i] = re[i];
      input[2 * i + 1] = im[i];
    }
  }
  // fft.js: forward uses e^{-2πi jk/n}; inverse uses e^{+2πi jk/n} and divides by n.
  if (inverse) engine.inverseTransform(output, input);
  else engine.transform(output, input);
  for (let i = 0; i < n; i++) {
    outRe[i] = output[2 * i];
    outIm[i] = output[2 * i + 1];
  }
}

/**
 * Unnormalized forward DFT in natural order (numpy's `fft.fft` convention), over fft.js with a
 * plan cached per size.
 *
 * @param re - real parts, a Float64Array whose length n is a power of two (n ≥ 1).
 * @param im - imaginary parts, same length; zeros when omitted.
 * @returns new arrays `{ re, im }` of length n holding `y_k = Σ_j x_j e^{-2πi jk/n}`.
 * @throws TypeError when `re` or `im` is not a Float64Array; RangeError when n is not a power of two
 *   or the lengths differ.
 * @remarks Cost O(n log n) plus two O(n) copies to and from fft.js's interleaved layout. Use
 *   {@link fftbr} for the orthonormal transform of bit-reversed input used by lattice kernels.
 * @example
 * ```ts
 * const { re, im } = fft(new Float64Array([1, 2, 3, 4]));
 * // re = [10, -2, -2, -2], im = [0, 2, 0, -2]
 * ```
 */
export function fft(re: Float64Array, im?: Float64Array): { re: Float64Array; im: Float64Array } {
  validateComplex(re, im, false);
  const out = { re: new Float64Array(re.length), im: new Float64Array(re.length) };
  run(re, im, out.re, out.im, false);
  return out;
}

/**
 * Inverse DFT in natural order with the 1/n factor (numpy's `fft.ifft`): `x_j = n^{-1} Σ_k y_k e^{+2πi jk/n}`.
 *
 * @param re - real parts, a Float64Array whose length n is a power of two (n ≥ 1).
 * @param im - imaginary parts, same length; zeros when omitted.
 * @returns new arrays `{ re, im }` of length n; `ifft(fft(x))` is x up to rounding.
 * @throws TypeError when `re` or `im` is not a Float64Array; RangeError when n is not a power of two
 *   or the lengths differ.
 * @example
 * ```ts
 * const { re } = ifft(new Float64Array([10, -2, -2, -2]), new Float64Array([0, 2, 0, -2]));
 * // re = [1, 2, 3, 4]
 * ```
 */
export function ifft(re: Float64Array, im?: Float64Array): { re: Float64Array; im: Float64Array } {
  validateComplex(re, im, false);
  const out = { re: new Float64Array(re.length), im: new Float64Array(re.length) };
  run(re, im, out.re, out.im, true);
  return out;
}

/**
 * {@link fft} into caller-owned arrays: no allocation after the first call for a size.
 *
 * @param re - real parts (length n, a power of two).
 * @param im - imaginary parts (length n).
 * @param outRe - receives the real parts of the transform (length n); may be `re` itself.
 * @param outIm - receives the imaginary parts (length n); may be `im` itself.
 * @returns `{ re: outRe, im: outIm }`.
 * @throws TypeError for a non-Float64Array argument; RangeError for a wrong length or when `outRe`
 *   and `outIm` are the same array.
 * @remarks Inputs are copied to a scratch buffer first, so any aliasing between inputs and outputs is
 *   allowed; `fftInto(re, im, re, im)` transforms in place.
 * @example
 * ```ts
 * const re = new Float64Array([1, 2, 3, 4]), im = new Float64Array(4);
 * fftInto(re, im, re, im); // re = [10, -2, -2, -2], im = [0, 2, 0, -2]
 * ```
 */
export function fftInto(
  re: Float64Array,
  im: Float64Array,
  outRe: Float64Array,
  outIm: Float64Array,
): { re: Float64Array; im: Float64Array } {
  validateComplex(re, im, true);
  validateComplexOut(outRe, outIm, re.length);
  run(re, im, outRe, outIm, false);
  return { re: outRe, im: outIm };
}

/**
 * {@link ifft} into caller-owned arrays (with the 1/n factor); aliasing allowed as for {@link fftInto}.
 *
 * @param re - real parts (length n, a power of two).
 * @param im - imaginary parts (length n).
 * @param outRe - receives the real parts (length n); may be `re` itself.
 * @param outIm - receives the imaginary parts (length n); may be `im` itself.
 * @returns `{ re: outRe, im: outIm }`.
 * @throws TypeError for a non-Float64Array argument; RangeError for a wrong length or when `outRe`
 *   and `outIm` are the same array.
 * @example
 * ```ts
 * const re = new Float64Array([10, -2, -2, -2]), im = new Float64Array([0, 2, 0, -2]);
 * ifftInto(re, im, re, im); // re = [1, 2, 3, 4], im = [0, 0, 0, 0]
 * ```
 */
export function ifftInto(
  re: Float64Array,
  im: Float64Array,
  outRe: Float64Array,
  outIm: Float64Array,
): { re: Float64Array; im: Float64Array } {
  validateComplex(re, im, true);
  validateComplexOut(outRe, outIm, re.length);
  run(re, im, outRe, outIm, true);
  return { re: outRe, im: outIm };
}

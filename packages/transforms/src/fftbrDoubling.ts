import { formatValue } from "@qmckit/core";
import type { ComplexArray } from "./ComplexArray.js";
import { radix2Twiddles } from "./internal/fftbrTables.js";
import { validateComplex } from "./internal/validateComplex.js";

/**
 * The O(n) doubling update of {@link fftbr}: from the transforms `a = fftbr(x₁)` and `b = fftbr(x₂)`
 * of the two halves of a length-2n vector x = [x₁, x₂] in bit-reversed order, the transform of x:
 * `fftbr(x)[k] = (a[k] + ω[k]·b[k]) / √2` and `fftbr(x)[k + n] = (a[k] − ω[k]·b[k]) / √2` for
 * k < n, with ω[k] = e^{−iπk/n} ({@link omegaFftbr}).
 *
 * @param a - `{ re, im }`, the transform of the first half (length n, a power of two).
 * @param b - `{ re, im }`, the transform of the second half (length n).
 * @returns new arrays `{ re, im }` of length 2n.
 * @throws TypeError when a, b or their parts are not Float64Arrays; RangeError when the lengths are
 *   not one power of two.
 * @remarks
 * Why: rev_{m+1}(2j) = rev_m(j) and rev_{m+1}(2j + 1) = n + rev_m(j), so the even-indexed terms of
 * the length-2n sum are x₁ and the odd ones x₂; the DFT splits as √n·â[k mod n] + e^{−iπk/n}·√n·b̂[k
 * mod n], and e^{−iπ(k+n)/n} = −e^{−iπk/n}; with the orthonormal scalings √n / √(2n) = 1/√2.
 * Adaptive cubature and fast kernels append n new points (the second half, in radical-inverse order)
 * and update in O(n) instead of O(n log n).
 * @example
 * ```ts
 * const a = fftbr(new Float64Array([1, 0, 1, 0])), b = fftbr(new Float64Array([0, 1, 1, 0]));
 * fftbrDoubling(a, b); // equals fftbr(new Float64Array([1, 0, 1, 0, 0, 1, 1, 0]))
 * ```
 */
export function fftbrDoubling(a: ComplexArray, b: ComplexArray): ComplexArray {
  for (const [name, z] of [
    ["a", a],
    ["b", b],
  ] as const) {
    if (z === null || typeof z !== "object") throw new TypeError(`${name} must be an object { re, im }; got ${formatValue(z)}`);
    validateComplex(z.re, z.im, true, `${name}.re`, `${name}.im`);
  }
  const n = a.re.length;
  if (b.re.length !== n) throw new RangeError(`b.re.length must equal a.re.length = ${n}; got ${b.re.length}`);
  const w = radix2Twiddles(n);
  const re = new Float64Array(2 * n);
  const im = new Float64Array(2 * n);
  const s = Math.SQRT1_2;
  for (let k = 0; k < n; k++) {
    const wr = w[2 * k];
    const wi = w[2 * k + 1];
    const br = b.re[k];
    const bi = b.im[k];
    const tr = wr * br - wi * bi;
    const ti = wr * bi + wi * br;
    re[k] = (a.re[k] + tr) * s;
    im[k] = (a.im[k] + ti) * s;
    re[k + n] = (a.re[k] - tr) * s;
    im[k + n] = (a.im[k] - ti) * s;
  }
  return { re, im };
}

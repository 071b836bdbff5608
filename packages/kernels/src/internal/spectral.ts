import { fftbrDoubling, fftbrInPlace, fwhtDoubling, fwhtInPlace, ifftbrInPlace } from "@qmckit/transforms";
import { realFftbr, realFftbrAdjoint, realFilter } from "./realFftbr.js";

/** Which transform diagonalizes the Gram matrix: fftbr for lattices, fwht for digital nets. */
export type Transform = "fftbr" | "fwht";

/**
 * ρ = √n·T(column) for each row of a flat batch of columns (real part for fftbr; the imaginary part is
 * zero up to rounding for a symmetric kernel's column). Writes into `out` (may be `columns`).
 */
export function columnSpectrum(t: Transform, columns: Float64Array, n: number, out: Float64Array): Float64Array {
  const s = Math.sqrt(n);
  if (t === "fftbr" && n >= 4) {
    // real input: one complex transform of length n/2 per column
    const zr = new Float64Array(n / 2);
    const zi = new Float64Array(n / 2);
    // realFftbr reads x into (zr, zi) before writing re, so out may alias columns
    for (let o = 0; o < columns.length; o += n) {
      const re = out.subarray(o, o + n);
      realFftbr(columns.subarray(o, o + n), re, undefined, zr, zi);
      for (let k = 0; k < n; k++) re[k] *= s;
    }
    return out;
  }
  const im = t === "fftbr" ? new Float64Array(n) : undefined;
  for (let o = 0; o < columns.length; o += n) {
    const re = out.subarray(o, o + n);
    if (re !== columns.subarray(o, o + n)) re.set(columns.subarray(o, o + n));
    if (im) {
      im.fill(0);
      fftbrInPlace(re, im);
    } else fwhtInPlace(re);
    for (let k = 0; k < n; k++) re[k] *= s;
  }
  return out;
}

/**
 * The adjoint of {@link columnSpectrum} for one column: out_i = Σ_k w_k·∂ρ_k/∂c_i, so that
 * Σ_k w_k ρ_k(c) = Σ_i out_i c_i for every column c. One transform serves all the columns a gradient
 * needs (the loss's derivative is a weighted sum of spectra). `scratch` of length ≥ n (fwht) or two of
 * length n/2 (fftbr).
 */
export function spectrumAdjoint(t: Transform, w: Float64Array, out: Float64Array, zr: Float64Array, zi: Float64Array): void {
  const n = w.length;
  const s = Math.sqrt(n);
  if (t === "fwht") {
    // √n·fwht is symmetric
    out.set(w);
    fwhtInPlace(out);
  } else if (n >= 4) realFftbrAdjoint(w, out, zr, zi);
  else {
    // n ≤ 2: fftbr is real and symmetric (the 1- and 2-point DFT)
    const im = new Float64Array(n);
    out.set(w);
    fftbrInPlace(out, im);
  }
  for (let i = 0; i < n; i++) out[i] *= s;
}

/**
 * ρ of the 2n-point column from ρ of the first half and the second half of the column, through the
 * transforms' O(n) doubling update (the old half is not transformed again).
 */
export function doubleSpectrum(t: Transform, rho: Float64Array, secondHalf: Float64Array): Float64Array {
  const n = rho.length;
  const down = 1 / Math.sqrt(n);
  const up = Math.sqrt(2 * n);
  const a = new Float64Array(n);
  for (let k = 0; k < n; k++) a[k] = rho[k] * down;
  let out: Float64Array;
  if (t === "fftbr") {
    const b = { re: new Float64Array(n), im: new Float64Array(n) };
    if (n >= 4) realFftbr(secondHalf, b.re, b.im, new Float64Array(n / 2), new Float64Array(n / 2));
    else {
      b.re.set(secondHalf);
      fftbrInPlace(b.re, b.im);
    }
    out = fftbrDoubling({ re: a, im: new Float64Array(n) }, b).re;
  } else {
    const b = secondHalf.slice();
    fwhtInPlace(b);
    out = fwhtDoubling(a, b);
  }
  for (let k = 0; k < 2 * n; k++) out[k] *= up;
  return out;
}

/**
 * out = T⁻¹(f(λ)·T(y)) for every row of the flat batch y, with f = multiply (λ·) or divide (·/λ).
 * fftbr: y is real, so both transforms run at half length, fused with the filter ({@link realFilter}).
 */
export function applySpectrum(t: Transform, lambda: Float64Array, y: Float64Array, out: Float64Array, divide: boolean): void {
  const n = lambda.length;
  const rows = y.length / n;
  if (t === "fwht") {
    for (let r = 0; r < rows; r++) {
      const v = out.subarray(r * n, (r + 1) * n);
      if (out !== y) v.set(y.subarray(r * n, (r + 1) * n));
      fwhtInPlace(v);
      if (divide) for (let k = 0; k < n; k++) v[k] /= lambda[k];
      else for (let k = 0; k < n; k++) v[k] *= lambda[k];
      fwhtInPlace(v);
    }
    return;
  }
  if (n >= 4) {
    // real right-hand sides: forward and inverse with complex transforms of length n/2, fused
    const zr = new Float64Array(n / 2);
    const zi = new Float64Array(n / 2);
    for (let r = 0; r < rows; r++) {
      realFilter(y.subarray(r * n, (r + 1) * n), lambda, divide, out.subarray(r * n, (r + 1) * n), zr, zi);
    }
    return;
  }
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let r = 0; r < rows; r++) {
    re.set(y.subarray(r * n, (r + 1) * n));
    im.fill(0);
    fftbrInPlace(re, im);
    for (let k = 0; k < n; k++) {
      const f = divide ? 1 / lambda[k] : lambda[k];
      re[k] *= f;
      im[k] *= f;
    }
    ifftbrInPlace(re, im);
    out.set(re, r * n);
  }
}

/** |T(y)_k|² for every row of the flat batch y. */
export function powerSpectrum(t: Transform, y: Float64Array, n: number, out: Float64Array): void {
  const re = new Float64Array(n);
  if (t === "fftbr" && n >= 4) {
    const im = new Float64Array(n);
    const zr = new Float64Array(n / 2);
    const zi = new Float64Array(n / 2);
    for (let o = 0; o < y.length; o += n) {
      realFftbr(y.subarray(o, o + n), re, im, zr, zi);
      for (let k = 0; k < n; k++) out[o + k] = re[k] * re[k] + im[k] * im[k];
    }
    return;
  }
  const im = t === "fftbr" ? new Float64Array(n) : undefined;
  for (let o = 0; o < y.length; o += n) {
    re.set(y.subarray(o, o + n));
    if (im) {
      im.fill(0);
      fftbrInPlace(re, im);
      for (let k = 0; k < n; k++) out[o + k] = re[k] * re[k] + im[k] * im[k];
    } else {
      fwhtInPlace(re);
      for (let k = 0; k < n; k++) out[o + k] = re[k] * re[k];
    }
  }
}

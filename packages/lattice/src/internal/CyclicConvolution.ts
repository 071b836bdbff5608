import { fft, fftInto, ifftInto } from "@qmckit/transforms";

/** Below this length the convolution is done directly: O(L²) beats the FFTs there. */
const DIRECT_BELOW = 8;

/**
 * A plan for the cyclic convolution with a fixed real kernel W of any length L:
 * `out[a] = Σ_b W[(a − b) mod L] · x[b]`, a, b ∈ [0, L).
 *
 * For L a power of two this is a transform of length M = L each way. For other L (the (n − 1)/2-class
 * circulants of prime-n CBC) the kernel is extended periodically to length 2L − 1 and the linear
 * convolution is done with zero-padded transforms of the next power of two M ≥ 2L − 1; entries
 * L − 1 … 2L − 2 of the result are the cyclic convolution and no wrap-around reaches them.
 *
 * Both x and W are real, so each length-M transform is done as one complex FFT of length M/2 on
 * z[t] = x[2t] + i·x[2t+1], split into the even and odd parts (the standard real-FFT packing), and the
 * product, which is Hermitian, is packed back the same way before one inverse FFT of length M/2. The
 * kernel's transform is computed once.
 */
export class CyclicConvolution {
  readonly length: number;
  readonly #kernel: Float64Array;
  readonly #size: number;
  /** Kernel transform W^[k], k = 0 … M/2. */
  readonly #kernelRe: Float64Array;
  readonly #kernelIm: Float64Array;
  /** e^{−2πik/M}, k = 0 … M/2. */
  readonly #cos: Float64Array;
  readonly #sin: Float64Array;
  readonly #re: Float64Array;
  readonly #im: Float64Array;

  constructor(kernel: Float64Array) {
    const L = kernel.length;
    this.length = L;
    this.#kernel = kernel;
    const powerOfTwo = (L & (L - 1)) === 0;
    const M = L < DIRECT_BELOW ? 0 : powerOfTwo ? L : 2 ** Math.ceil(Math.log2(2 * L - 1));
    this.#size = M;
    const h = M / 2;
    this.#kernelRe = new Float64Array(h + 1);
    this.#kernelIm = new Float64Array(h + 1);
    this.#cos = new Float64Array(h + 1);
    this.#sin = new Float64Array(h + 1);
    this.#re = new Float64Array(h);
    this.#im = new Float64Array(h);
    if (M === 0) return;
    const extended = new Float64Array(M);
    if (powerOfTwo) extended.set(kernel);
    else for (let t = 0; t < 2 * L - 1; t++) extended[t] = kernel[(t + 1) % L];
    const { re, im } = fft(extended);
    for (let k = 0; k <= h; k++) {
      this.#kernelRe[k] = re[k];
      this.#kernelIm[k] = im[k];
      this.#cos[k] = Math.cos((2 * Math.PI * k) / M);
      this.#sin[k] = -Math.sin((2 * Math.PI * k) / M);
    }
  }

  /** Writes the cyclic convolution of `x` (length L) with the kernel into `out` (length L). */
  apply(x: Float64Array, out: Float64Array): void {
    const L = this.length;
    const M = this.#size;
    if (M === 0) {
      const W = this.#kernel;
      for (let a = 0; a < L; a++) {
        let s = 0;
        for (let b = 0; b <= a; b++) s += W[a - b] * x[b];
        for (let b = a + 1; b < L; b++) s += W[a - b + L] * x[b];
        out[a] = s;
      }
      return;
    }
    const h = M / 2;
    const re = this.#re;
    const im = this.#im;
    // Pack the (zero-padded) real input: z[t] = x[2t] + i x[2t+1].
    for (let t = 0; t < h; t++) {
      const i0 = 2 * t;
      re[t] = i0 < L ? x[i0] : 0;
      im[t] = i0 + 1 < L ? x[i0 + 1] : 0;
    }
    fftInto(re, im, re, im);
    const kr = this.#kernelRe;
    const ki = this.#kernelIm;
    const cs = this.#cos;
    const sn = this.#sin;
    // For each pair (k, h − k): unpack X[k] = E + w^k O, multiply by W^[k], and repack the product
    // Y (Hermitian) as Ye[k] + i·Yo[k] with Ye = (Y[k] + conj Y[h−k])/2, Yo = (Y[k] − conj Y[h−k])/(2w^k).
    for (let k = 0; k <= h / 2; k++) {
      const j = k === 0 ? 0 : h - k;
      const zr = re[k];
      const zi = im[k];
      const cr = re[j];
      const ci = -im[j];
      const { yr: ykr, yi: yki } = spectrum(zr, zi, cr, ci, cs[k], sn[k], kr[k], ki[k]);
      // Partner index h − k: roles of Z[k] and Z[h−k] swap; its twiddle is e^{−2πi(h−k)/M} = −conj(w^k).
      const { yr: yjr, yi: yji } = spectrum(re[j], im[j], zr, -zi, -cs[k], sn[k], kr[h - k], ki[h - k]);
      if (k === 0) {
        // k = 0 pairs with k = h: Y[h] is the partner of Y[0] (Y[k + h] = conj Y[h − k]).
        const y0r = ykr;
        const yhr = yjr;
        // Y[0] and Y[h] are real for real data; Ye[0] = (Y0 + Yh)/2, Yo[0] = (Y0 − Yh)/2.
        re[0] = 0.5 * (y0r + yhr);
        im[0] = 0.5 * (y0r - yhr);
        continue;
      }
      pack(re, im, k, ykr, yki, yjr, yji, cs[k], sn[k]);
      if (j !== k) pack(re, im, j, yjr, yji, ykr, yki, -cs[k], sn[k]);
    }
    ifftInto(re, im, re, im);
    const lag = M === L ? 0 : L - 1;
    for (let a = 0; a < L; a++) {
      const i = a + lag;
      out[a] = (i & 1) === 0 ? re[i >> 1] : im[i >> 1];
    }
  }
}

/** X[k] = E + w O from Z[k] = (zr, zi) and conj Z[h−k] = (cr, ci); returns Y[k] = X[k]·(kr + i ki). */
function spectrum(zr: number, zi: number, cr: number, ci: number, wr: number, wi: number, kr: number, ki: number) {
  const er = 0.5 * (zr + cr);
  const ei = 0.5 * (zi + ci);
  // O = (Z − conj Z[h−k]) / (2i)
  const or = 0.5 * (zi - ci);
  const oi = -0.5 * (zr - cr);
  const xr = er + wr * or - wi * oi;
  const xi = ei + wr * oi + wi * or;
  return { yr: xr * kr - xi * ki, yi: xr * ki + xi * kr };
}

/** Writes Ye[k] + i·Yo[k] at index k, from Y[k] = (ar, ai) and Y[h−k] = (br, bi), twiddle w^k = (wr, wi). */
function pack(
  re: Float64Array,
  im: Float64Array,
  k: number,
  ar: number,
  ai: number,
  br: number,
  bi: number,
  wr: number,
  wi: number,
) {
  // Y[k + h] = conj Y[h − k] = (br, −bi).
  const er = 0.5 * (ar + br);
  const ei = 0.5 * (ai - bi);
  const dr = 0.5 * (ar - br);
  const di = 0.5 * (ai + bi);
  // Yo = d / w^k = d · conj(w^k) (|w| = 1).
  const or = dr * wr + di * wi;
  const oi = di * wr - dr * wi;
  // Ye + i Yo
  re[k] = er - oi;
  im[k] = ei + or;
}
